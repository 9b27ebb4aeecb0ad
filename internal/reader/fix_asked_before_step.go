package reader

import "strings"

// Round 73: a question asked before the writer's step. A staff question with
// "before I" or "before we" asks what the step needs, or asks the customer to
// confirm something; the step comes after the answer, so the sentence takes
// no remedy. Labelled questions, read as fixes (first taken in round 60,
// reverted with that round as a whole; re-measured here on styles to
// styles78, 7 false rows, no true row):
//   - styles3 03-dictation-licence/3: "quick check before I set this up: should Tomasz's work go to ...?"
//   - styles11 08-owner-statement-split/2: "Before I set this up: should the management fee also be split 60/40, ...?"
//   - styles12 19-template-ownership-transfer/2: "Before we move them, can you confirm you're an account admin ...?"
//   - styles20 03-new-crew-base/2: "One question before I move the crew: should their seniority ...?"
//   - styles31 03-new-contractor-voltline/2: "quick one before I set this up - do Voltline's operatives ...?"
//   - styles35 07-deep-frozen-zone-request/2: "Before I set it up - should hauliers be able to book ...?"
//   - styles45 02-portal-2fa-new-phone/2: "Before I reset it, can you confirm the employer reference ...?"
// Refused among classify's refusals for any writer and in modelRefusesFix.

// askedBeforeStep reports whether a question asks something before the
// writer's step: "?" and "before I" or "before we".
func askedBeforeStep(text string, ts []string) bool {
	if !strings.Contains(text, "?") {
		return false
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] == "before" && (ts[i+1] == "i" || ts[i+1] == "we") {
			return true
		}
	}
	return false
}
