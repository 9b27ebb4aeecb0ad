package reader

import "strings"

// Round 188: staff's note that a remedial job is running or has started, the
// job named by its noun and the note opening with it: "Backfill of
// 01:58-07:48 readings from the hub buffers started." (styles99), "Backfill
// 02:14-03:50 from DCS buffer running." (styles100), "Reprint of all 412
// running now." (styles105), "Backfill from Tue 03:00 running, ETA ~6h."
// (styles40). Each is labelled fix and no rule read it: the progressive step
// of round 43 opens with its verb ("Running vacuumdb ... now"), the passive
// note wants a participle of a step done, and the one-word step is one word.
// Counted over every tuning set (styles to styles110), staff sentences
// opening with one of these nouns and holding "running", "started",
// "underway", "in progress", "kicked off" or "begun", not read as fix: 4
// labelled fix (styles40, 99, 100, 105) against 2 not, both refused here: a
// plan ("Backfill script running tonight.", styles17) and a cause whose
// "started" stands after the clause (`Reprocess ran twice: the 15:05
// scheduler retry started a second run ...`, styles7). The job finished
// ("Backfill complete 01:30-05:00, no gaps.", "Rebuild finished 07:55
// yesterday") is labelled restored as often as fix, and "Rollback: ..." opens
// a change's plan: neither is this shape.

// remedyJobs are the nouns of a remedial job that is run.
var remedyJobs = newWordSet(map[string]bool{"backfill": true, "reprint": true, "rerun": true, "re-run": true,
	"resync": true, "re-sync": true, "reprocess": true, "replay": true, "rebuild": true, "reindex": true,
	"re-index": true, "reimport": true, "re-import": true, "resend": true, "re-send": true, "rescan": true,
	"re-scan": true})

// jobUnderway are the one-word states of a job under way.
var jobUnderway = newWordSet(map[string]bool{"running": true, "started": true, "underway": true, "begun": true})

// jobPlanWords make the job a plan, not a step taken.
var jobPlanWords = newWordSet(map[string]bool{"tonight": true, "tomorrow": true, "later": true, "will": true, "next": true,
	"scheduled": true, "planned": true, "once": true, "when": true, "if": true})

// jobRunning reports whether a staff sentence notes a remedial job running
// or started (above).
func jobRunning(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || len(ts) < 2 || endsQuestion(text) {
		return false
	}
	k := 0
	if ts[0] == "the" {
		k = 1
	}
	if k >= len(ts) || !remedyJobs.has(ts[k]) {
		return false
	}
	if hedges.hasIn(sc) || negations.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		if jobPlanWords.has(w) {
			return false
		}
	}
	// the state stands in the note's first clause, before any ",", ";", ":"
	// or dash that breaks it (not a clock time's colon)
	clause := strings.ToLower(text)
	for _, brk := range []string{", ", "; ", ": ", " - ", " \u2013 ", " \u2014 "} {
		if i := strings.Index(clause, brk); i >= 0 {
			clause = clause[:i]
		}
	}
	if strings.Contains(clause, "in progress") || strings.Contains(clause, "kicked off") || strings.Contains(clause, "under way") {
		return true
	}
	for _, w := range strings.Fields(clause) {
		if jobUnderway.has(strings.Trim(w, ".!()")) {
			return true
		}
	}
	return false
}
