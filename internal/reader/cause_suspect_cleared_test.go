package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseSuspectCleared checks the refusal of a suspect cleared with no
// cause told (suspectCleared, in notCause, so the model too). The sentences
// are written for the test; near misses keep their cause.
func TestCauseSuspectCleared(t *testing.T) {
	cases := []predicateCase{
		// a suspect cleared, nothing told of the cause
		{"Ana, checked it: the firewall change wasn't it.", true},
		{"Certificate renewed fine, so it wasn't the certificate.", true},
		{"Cache is empty now, so it isn't the cache.", true},
		{"Your router won't be the cause, the page is built on our side.", true},
		{"The new plug-in isn't the problem.", true},
		{"Nothing changed on the server since Friday.", true},
		{"Nothing we sent broke the contract terms.", true},
		// near misses: the cause after the dismissal, a consequence, a long reason before "so"
		{"The scanner was not the cause after all: the cable to the cabinet was cut overnight.", false},
		{"The parser isn't the problem; version 2 stopped filling defaults, so the value is empty.", false},
		{"The card was cancelled by the bank at midnight, two hours before the outage, so the outage isn't it.", false},
		{"The update ran after the export, so it wasn't in the file sent to the shops.", false},
		{"Nothing was sent because the job had stopped.", false},
		{"Nothing changed on the server, so the fault must be in the network.", false},
		{"Found it: the disk filled up overnight.", false},
		{"It was the certificate, which expired on Sunday.", false},
	}
	checkPredicate(t, "suspectCleared", func(text string) bool { return suspectCleared(text, tokens(text, nil)) }, cases)
	staff := Context{Role: ticket.RoleAgent, Public: true}
	checkWording(t, []wordingCase{
		{"Ana, checked it: the firewall change wasn't it.", staff, 0, Cause},
		{"The scanner was not the cause after all: the cable to the cabinet was cut overnight.", staff, Cause, 0},
	})
}
