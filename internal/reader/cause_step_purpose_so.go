package reader

import "strings"

// Round 235: a note of staff's own step, told with no subject, and what the
// step keeps away after its "so" is the step's purpose, not a cause:
//
//   - "Closed the Waterways Escapes channel for arrivals in the next 60 days
//     so they can't sell dates we've already sold." (styles114 114-12)
//   - "Keep the same code ticked so she doesn't get a new number."
//     (styles118 118-05, an instruction)
//   - "Renewal batch runs tonight 22:00; doing the transfer after it so the
//     batch doesn't pick up the closing group." (styles119 119-03, a plan)
//   - "Dev (Marek): moved the nightly timesheet job from 02:00 to 03:30 so it
//     doesn't run alongside the rate sync, as a test." (styles81 81-03)
//
// The "so consequence" rule read each as a cause: a thing and the harm it did
// ("so the policy does not apply to it"). Round 37's preventionAfterSo refuses
// a harm kept away after a step marked by "now", "can", "asked" or "I've";
// round 217's ownStepReason a step with "I" or "we". Here the step has no
// subject at all: the clause opens on a step verb (a past form, an
// imperative, or an -ing form of a step) and its object, at the sentence's
// start, after a short head ending in a colon ("Dev (Marek):") or after a
// semicolon, and the last "so" is followed within four words by a negated
// modal ("can't", "doesn't", "won't", ...). Over every cause Read read in the
// tuning sets: 0 true, 4 false in four writers. A thing as the subject ("Patch
// script rewrote the keystore password so the svc can't open its TLS cert",
// styles7 01, labelled cause) stays: its first word is no step verb.
// Refused in notCause, so the model is bound too (modelVeto).

// stepPurposeIng are the -ing forms of a step that open a plan's clause.
var stepPurposeIng = newWordSet(map[string]bool{"doing": true, "moving": true, "holding": true, "keeping": true,
	"leaving": true, "closing": true, "pausing": true, "putting": true, "setting": true, "switching": true,
	"turning": true, "running": true})

// stepPurposeImperative are imperatives of a step beyond instructionVerbs.
var stepPurposeImperative = newWordSet(map[string]bool{"keep": true, "leave": true, "set": true, "close": true,
	"pause": true, "move": true, "hold": true})

// stepPurposeStop before the "so" make the clause a cause's own.
var stepPurposeStop = newWordSet(map[string]bool{"because": true, "caused": true, "due": true, "why": true})

// stepPurposeSo reports whether a clause opens on staff's step with no
// subject and the sentence's last "so" opens what the step keeps away.
func stepPurposeSo(text string, ts []string) bool {
	k := lastSoClause(ts)
	if k < 1 {
		return false
	}
	neg := false
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		if negatedModals.has(ts[j]) || preventedNeg.has(ts[j]) {
			neg = true
			break
		}
	}
	if !neg {
		return false
	}
	for _, w := range ts[:k] {
		if stepPurposeStop.has(w) {
			return false
		}
	}
	if stepPurposeAt(ts, 0, k) {
		return true
	}
	// A clause after a short head ending in a colon, or after a semicolon.
	var buf [16]string
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != ':' && c != ';' {
			continue
		}
		if c == ':' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			continue // a time ("22:00")
		}
		n := len(tokens(text[:i], buf[:0]))
		if n == 0 || n >= k || c == ':' && n > 4 {
			continue
		}
		if stepPurposeAt(ts, n, k) {
			return true
		}
	}
	return false
}

// stepPurposeAt reports whether ts[i:k] opens on a step verb with no subject
// and its object.
func stepPurposeAt(ts []string, i, k int) bool {
	for i < k && (ts[i] == "also" || ts[i] == "then" || ts[i] == "just" || ts[i] == "now") {
		i++
	}
	if i+1 >= k {
		return false
	}
	v := ts[i]
	step := isOwnStepVerb(v) || stepPurposeIng.has(v) || stepPurposeImperative.has(v) || instructionVerbs.has(v)
	if !step || strings.HasSuffix(v, "'s") {
		return false
	}
	return instructionObjects.has(ts[i+1]) || determiners.has(ts[i+1])
}
