package reader

import "strings"

// A step staff took and the harm it keeps away from now on is the remedy's
// purpose, not a cause: the step told in the past with no subject or after
// "we" / "I" (or a thing "now" in its new state), then "so" with no comma
// before it and a clause whose subject, one to four words, "can't",
// "cannot", "won't", "doesn't" or "don't" do the harm. Round 37's
// preventionAfterSo wants a mark of the writer's step (an offer, "now",
// "asked", "I've") and a harm opened by "doesn't", "nothing" or "nobody";
// these are told with the plain past and "can't". Read as causes by the
// rules' "so consequence" (each labelled a fix), over every tuning set
// (round 197): 0 true / 4 false, in four writers' sets:
//
//   - "Dev (Marek): moved the nightly timesheet job from 02:00 to 03:30 so it
//     doesn't run alongside the rate sync, as a test." (styles81,
//     03-night-timesheets-missing)
//   - "Sync job also now split into 4 batches so one slow batch can't stop
//     the rest." (styles92, 92-10-webshop-stock-stale)
//   - "Marco capped the fan Wi-Fi during the match, and this morning we
//     reserved space on every access point for the tills so fans can't
//     crowd them out." (styles111, 111-15-bar-tills-half-time)
//   - "Closed the Waterways Escapes channel for arrivals in the next 60 days
//     so they can't sell dates we've already sold." (styles114,
//     114-12-agent-channel-sync-alert)
//
// The true causes told with "so ... can't" after a change name the thing
// that made it ("Patch script rewrote the keystore password so the svc
// can't open its TLS cert on start.", styles7), put a comma before "so" (a
// consequence: "..., so Go can't verify any TLS server.", styles 20), or tell
// a state, not a step ("... don't have the new root so can't connect.",
// styles98); each stays.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 197 (docs/quality.md, "Round 197").

// purposeHarmVerbs open the harm a step keeps away, after its subject.
var purposeHarmVerbs = map[string]bool{"can't": true, "cannot": true, "won't": true, "doesn't": true, "don't": true}

// purposeStepPast are the past forms of a step beyond stepPast,
// stepsMorePast, stepPastOpeners and stepPastMore.
var purposeStepPast = map[string]bool{"closed": true, "capped": true, "split": true, "paused": true,
	"limited": true}

// purposeLead may stand before the step's verb in its clause: the doer
// ("we", "I"), a time, "also", "and".
var purposeLead = map[string]bool{"we": true, "i": true, "also": true, "and": true, "then": true, "just": true,
	"this": true, "morning": true, "afternoon": true, "evening": true, "today": true, "tonight": true,
	"yesterday": true}

// stepPurposeAfterSo reports whether a sentence tells a step in the past and,
// after a "so" with no comma before it, a harm the step keeps away.
func stepPurposeAfterSo(text string, ts []string) bool {
	if !hasAnyToken(ts, "so") {
		return false
	}
	for _, t := range ts {
		switch t {
		case "because", "cause", "caused", "why", "due", "had":
			return false
		}
	}
	low := strings.ToLower(StraightApostrophes(text))
	low = strings.ReplaceAll(low, "\n", " ")
	i := strings.LastIndex(low, " so ")
	if i <= 0 || strings.ContainsRune(",;:-–", rune(low[i-1])) {
		return false
	}
	var abuf [16]string
	after := tokens(low[i+4:], abuf[:0])
	if len(after) > 0 && after[0] == "that" {
		after = after[1:]
	}
	harm := false
	for j := 1; j < len(after) && j <= 4; j++ {
		if purposeHarmVerbs[after[j]] {
			harm = true
			break
		}
	}
	if !harm {
		return false
	}
	clause := low[:i]
	for _, sep := range []string{", ", "; ", ": ", " - ", " – "} {
		if at := strings.LastIndex(clause, sep); at >= 0 {
			clause = clause[at+len(sep):]
		}
	}
	var cbuf [32]string
	cs := tokens(clause, cbuf[:0])
	for v := 0; v < len(cs) && v <= 4; v++ {
		w := cs[v]
		if stepPast[w] || stepsMorePast[w] || stepPastOpeners[w] || stepPastMore[w] || purposeStepPast[w] {
			if v > 0 && cs[v-1] == "now" {
				return true // a thing in the state the step left ("Sync job also now split ...")
			}
			for _, l := range cs[:v] {
				if !purposeLead[l] {
					return false
				}
			}
			return true
		}
	}
	return false
}
