package reader

import "slices"

// A clean verdict after the remedy (round 64, docs/quality.md "Round 64"):
// "clean" said of a run, a scan, a report or a period, as the predicate of
// the sentence and not before a noun it describes, after staff's remedy or
// a fix told earlier in the message or in the sentence:
//
//   - "Re-scan clean." (styles6 23), "OTDR clean both directions."
//     (styles58 18);
//   - "the nightly sync ran clean this morning and all 1,842 cases were
//     refreshed." (styles57 01);
//   - "7 days clean, no sign-ins from unfamiliar locations." (styles42 15);
//   - "The overstay report this morning was clean so no complaints from us."
//     (styles21 10), a customer's;
//   - "Fixed by re-pair; no root cause found, bridge log clean." (styles26
//     02).
//
// restored_clean_run.go reads a test or run with "no" and the symptom; these
// writers give the verdict in one word. Not "clean" before what it
// describes ("a clean install", "clean up the folder", "a clean boot"),
// a step ("wiped it clean", "keep it clean", "start clean"), the future, a
// condition, a contrast ("we can see loss on the broadband line in the
// afternoons while the leased line is clean", styles15 16, a cause) or a
// fault beside it, or before any remedy, where a clean log is a finding
// ("logs are clean, so it isn't the server").
//
// Over the tuning sets it reads the 6 labelled rows above and 2 false ones,
// a part found clean on a visit, labelled none ("Windows clean this time.",
// styles19 05; "Inlet filter clean.", styles64 06).

// cleanPrev are words before "clean" that make it a step or a
// description, not a verdict.
var cleanPrev = newWordSet(map[string]bool{"a": true, "the": true, "to": true, "keep": true, "kept": true, "make": true,
	"made": true, "wipe": true, "wiped": true, "start": true, "started": true, "fresh": true, "do": true, "did": true,
	"squeaky": true, "come": true, "and": true, "of": true, "very": true})

// cleanNext are the words that may follow the verdict: the end of a
// clause, a time, a place or the rest of a report.
var cleanNext = newWordSet(map[string]bool{"now": true, "again": true, "since": true, "this": true, "today": true, "both": true,
	"so": true, "and": true, "no": true, "on": true, "in": true, "throughout": true, "overnight": true, "all": true,
	"for": true, "with": true, "after": true, "across": true, "last": true, "first": true, "every": true})

// cleanVerdictStops refuse the verdict: the shared report stops, a wish, a
// finding's denial.
var cleanVerdictStops = newWordSet(withReportStops("should", "could", "when", "while", "whereas", "not", "isn't", "wasn't", "never", "nothing", "dirty",
	"infected", "malware", "virus"))

// cleanVerdict reports the form above; the caller checks the remedy.
func cleanVerdict(ts []string) bool {
	if len(ts) < 2 || len(ts) > 30 || !slices.Contains(ts, "clean") {
		return false // only a "clean" reads below: most sentences have none, and the stops are looked up at every word
	}
	at := -1
	for k, t := range ts {
		if cleanVerdictStops.has(t) {
			return false
		}
		if t == "clean" && at < 0 && k > 0 && !cleanPrev.has(ts[k-1]) && (k+1 == len(ts) || cleanNext.has(ts[k+1])) {
			at = k
		}
	}
	return at > 0
}
