package reader

// Round 235: a note of a step told in the passive with no auxiliary, a thing
// and what was done to it, then where it went ("to", "on", "into", "at") or a
// colon and the detail, is the step, not a cause:
//
//   - "Rollout moved to 100 %." (styles110 110-13, labelled fix)
//   - "GEM driver 3.4 installed on ETX-01, ETX-07 and ETX-08, host connection
//     stayed online during the install." (styles107 107-14, labelled fix)
//   - "Volume grown to 3 TB; prune script pointed at the new path here and on
//     ded-03 and ded-11 (81% and 77% full); ..." (styles112 112-11, fix)
//   - "Tech contacts for Aldgate updated: s.kraus@ and eng-alerts@ added,
//     j.whitfield@ removed." (styles112 112-07, fix)
//   - "Aspen release policy changed: studentNumber released whenever the person
//     has a student record, ..." (styles102 102-15, fix)
//   - "Switch port 14 moved to port 20 while they were there." (styles79 79-05)
//
// The change rules ("cause change", "change altered") and the model read a
// change as what broke the service; here nothing follows the change but its
// target. A change told with its object ("Release 5.2 moved sign-in codes to
// the new sender ID ...", "Sunday's release moved the login callback from
// ...") is active and stays; so does one told with a fault or a second clause
// ("Uploads moved to the eu2 cluster Fri 14:00 ..., and Brookside's firewall
// only allows the old range", "sw-212-01 ports 13-18 moved into VLAN 40 ...,
// should be VLAN 20", "Their SPF record changed on Fri 02/05 and no longer
// includes our mail servers", and in the postmortems "SDK version 1.270.0
// deployed to production with backwards compatibility issue"): a word of a
// fault, a cause or a contrast (passiveNoteStop) leaves it to the other rules,
// and so does an old target ("Resolver pointed at the retired DC.", a stale
// reference: "pointed" is no step's participle here). "switched" is left out: a
// party "switched to a new authorisation server" (styles10 10-10, styles21
// 11-04, both causes). Over every cause Read read in the tuning sets: 0 true,
// 6 false in five writers. Refused in notCause, so the model is bound too.

// passiveNoteParts are the steps' participles a passive note tells.
var passiveNoteParts = newWordSet(map[string]bool{"installed": true, "updated": true, "moved": true, "grown": true,
	"raised": true, "added": true, "removed": true, "enabled": true, "re-enabled": true, "extended": true,
	"increased": true, "upgraded": true, "deployed": true, "pushed": true, "rolled": true,
	"entered": true, "changed": true, "set": true, "reset": true})

// passiveNoteStop are the words of a fault, a cause, a contrast or a second
// clause's state that make the change more than a step's note.
var passiveNoteStop = newWordSet(map[string]bool{"failed": true, "expired": true, "error": true, "errors": true,
	"broke": true, "broken": true, "stopped": true, "because": true, "so": true, "which": true, "why": true,
	"since": true, "caused": true, "cause": true, "fault": true, "due": true, "wrong": true, "crashed": true,
	"rejected": true, "never": true, "not": true, "no": true, "didn't": true, "wasn't": true, "without": true,
	"should": true, "still": true, "missing": true, "only": true, "after": true, "but": true, "issue": true,
	"issues": true, "problem": true, "problems": true, "bug": true, "old": true, "retired": true,
	"former": true, "previous": true})

// passiveNoteSubjectStop before the participle show a clause of its own: an
// auxiliary, a pronoun, a conjunction.
var passiveNoteSubjectStop = newWordSet(map[string]bool{"is": true, "was": true, "were": true, "are": true,
	"has": true, "have": true, "had": true, "been": true, "be": true, "we": true, "i": true, "they": true,
	"he": true, "she": true, "you": true, "it": true, "that": true, "who": true, "and": true, "then": true,
	"also": true})

// passiveStepNote reports whether a sentence opens on a thing of one to six
// words and a step's participle with no auxiliary, followed by a preposition
// of its target, a colon or nothing, with no word of a fault.
func passiveStepNote(text string, ts []string) bool {
	if len(ts) < 2 || passiveNoteStop.anyIn(ts) {
		return false
	}
	for i := 1; i < len(ts) && i <= 6; i++ {
		if passiveNoteSubjectStop.has(ts[i-1]) {
			return false
		}
		if !passiveNoteParts.has(ts[i]) {
			continue
		}
		if i+1 == len(ts) {
			return true
		}
		switch ts[i+1] {
		case "to", "on", "into", "at", "for", "in":
			return true
		}
		// "Tech contacts for Aldgate updated: ...": the participle ends a head.
		for c := 0; c < len(text); c++ {
			if text[c] == ':' {
				var buf [16]string
				return len(tokens(text[:c], buf[:0])) == i+1
			}
		}
		return false
	}
	return false
}
