package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredRecurrenceTold checks round 94's refusal
// (restored_recurrence_told.go): the reported fault come back, told with
// "again" or "back", is no restoration, whether the rules or the model read
// it. The sentences are written for the test; the near misses are a
// recurrence denied, a thing back without an apology, a fault gone and a
// service working again.
func TestRestoredRecurrenceTold(t *testing.T) {
	customer := Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	refused := []string{
		"Hi Jo, it's happened again at the Leeds office.",
		"It is happening again since lunch, 12 invoices stuck.",
		"Same problem again this afternoon on till 3.",
		"The saved filters have disappeared again.",
		"Screen 4 blank again at 09:40.",
		"Hi Ana, they've gone again.",
		"The rate has gone back to 4.5% again today.",
		"Sorry Sam, it's back.",
		"Thanks for telling us, sorry it's back.",
	}
	for _, s := range refused {
		if !recurrenceTold(tokens(s, nil)) {
			t.Errorf("%q: not read as a recurrence", s)
		}
		if Classify(s, customer)&Restored != 0 {
			t.Errorf("%q: read as restored", s)
		}
	}
	kept := []string{
		"It hasn't happened again since Monday.",
		"Not happened again this week, thanks.",
		"Great, it's back.",
		"The error has gone and the page loads.",
		"The scanners are working again.",
		"The door is closing again properly.",
	}
	for _, s := range kept {
		if recurrenceTold(tokens(s, nil)) {
			t.Errorf("%q: read as a recurrence", s)
		}
	}
	checkWording(t, []wordingCase{
		{"It hasn't happened again since Monday.", customer, Restored, 0},
		{"The scanners are working again.", customer, Restored, 0},
	})
}
