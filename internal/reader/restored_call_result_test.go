package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCallResult checks round 106's result seen on the call
// (restored_call_result.go): staff's sentence with "while [he was] [still]
// on the phone/call" or "with <someone> on the line" and a word of a good
// result, in a logged call's opening too. The sentences are written for the
// test; the near misses are the call's words without a result, a fault left,
// a contrast, a plan, a permission ("with your OK"), "on the phone" without
// the call's words, and a question.
func TestRestoredCallResult(t *testing.T) {
	opening := Context{Role: ticket.RoleAgent, Public: false, Opening: true}
	note := Context{Role: ticket.RoleAgent, Public: false}
	cases := []wordingCase{
		{"Test scan OK while on the call.", opening, Restored, 0},
		{"Cleared the jam with her on the phone, next 5 labels printed fine.", opening, Restored, 0},
		{"Till tried again while still on the line: card authorised.", note, Restored, 0},
		{"She logged in while on the call and can see the rota.", note, Restored, 0},
		// near misses
		{"Asked him to restart the router while on the phone.", opening, 0, Restored},
		{"Had her reboot the hub while on the call - still offline.", opening, 0, Restored},
		{"Scanner connected while on the phone but dropped again after a minute.", opening, 0, Restored},
		{"We will test it while you are on the phone tomorrow, it should be fine.", note, 0, Restored},
		{"I've copied the key in (with your OK on the phone) and resubmitted it.", note, 0, Restored},
		{"As discussed on the phone, the fix is fine to go in tonight.", note, 0, Restored},
		{"Did it print OK while you were on the call?", note, 0, Restored},
		{"He said ok, he'll do it while on the line.", opening, 0, Restored}, // round 174: "'ll" is "will"'s plan
	}
	checkWording(t, cases)
	checkRuleItself(t, "a result on the call", func(_ string, toks []string) bool { return callResult(toks) }, cases[:4], append(cases[4:10:10], cases[11]))
}
