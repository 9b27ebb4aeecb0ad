package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredCheckBeforeFix checks round 129's refusal
// (restored_check_before_fix.go): staff's check before any fix that found
// the thing fine or processed is no restoration; a change of state, a test,
// a fix in the sentence or a remedy earlier in the ticket keep it one. The
// sentences are written for the test.
func TestRestoredCheckBeforeFix(t *testing.T) {
	refused := []string{
		"Primary CPU normal, disk latency normal, proxy healthy.",
		"The calculation is correct.",
		"On our side the emails were sent and accepted by your mail server.",
		"Both payments went through at 10:02 and 10:03.",
		"Junctions on local control, running OK.",
	}
	for _, s := range refused {
		if !checkBeforeFix(tokens(s, nil), staffBefore, 0) {
			t.Errorf("%q: not refused before any fix", s)
		}
		if Classify(s, staffBefore)&Restored != 0 {
			t.Errorf("%q: read as restored before any fix", s)
		}
	}
	kept := []struct {
		text string
		c    Context
		acts Act
	}{
		{"Latency back to normal from 15:08.", staffBefore, 0},            // a change of state
		{"The portal is fine again.", staffBefore, 0},                     // a change of state
		{"Test print OK.", staffBefore, 0},                                // a test
		{"Created three accounts, sync with shore OK.", staffBefore, Fix}, // a fix in the sentence
		{"The calculation is correct.", staffAfter, 0},                    // after a remedy
		{"The calculation is correct.", Context{Role: ticket.RoleAgent, RemedyInTicket: true}, 0},
		{"The calculation is correct.", Context{Role: ticket.RoleAgent, RemedyBefore: true}, 0},
		{"The calculation is correct.", custBefore, 0},                            // the customer's
		{"BT have confirmed and the port went through at 09:12.", staffBefore, 0}, // a third party's confirmation
		{"I went to the site.", staffBefore, 0},                                   // no "through"
	}
	for _, k := range kept {
		if checkBeforeFix(tokens(k.text, nil), k.c, k.acts) {
			t.Errorf("%q (%+v): refused", k.text, k.c)
		}
	}
}
