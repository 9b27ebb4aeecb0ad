package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredNotOthers: a restoration whose subject is the others (the rest
// of the estate, other customers) does not end this ticket's impact; a later
// restoration of the ticket's own service does. The tickets are invented.
func TestRestoredNotOthers(t *testing.T) {
	const fault = "Terminal T-7731 at the Gloucester Road shop failed to settle last night's card takings."
	cases := []struct {
		name string
		msgs []msg
		want string // "" for no restoration
	}{
		{"others settled, then this terminal", []msg{customer(fault),
			note("Only Gloucester Road. Other 11 terminals settled fine at 22:30."),
			note("The supplier re-pushed the terminal profile with a 23:00 cut-off."),
			staff("T-7731 settled fine overnight at the new cut-off, everything is back to normal.")},
			"T-7731 settled fine overnight at the new cut-off, everything is back to normal."},
		{"the rest are back, and no more", []msg{customer(fault),
			note("The rest of the terminals are back online and settled at 22:30.")},
			""},
		{"everyone else is back, and no more", []msg{customer("Nobody at the Leeds office can log in to the booking system."),
			note("Everyone else is working normally again after the restart.")},
			""},
		{"near miss: the ticket's own service", []msg{customer(fault),
			note("The supplier re-pushed the terminal profile with a 23:00 cut-off."),
			staff("The terminal settled fine overnight, everything is back to normal.")},
			"The terminal settled fine overnight, everything is back to normal."},
	}
	for _, c := range cases {
		a := invented(t, ticket.TypeIncident, c.msgs...)
		got := ""
		if r := a.Facts.Restored; r != nil {
			got = r.Text
		}
		if got != c.want {
			t.Errorf("%s: restored %q, want %q", c.name, got, c.want)
		}
		if a.Facts.Impact.Restored != (c.want != "") {
			t.Errorf("%s: impact restored %v", c.name, a.Facts.Impact.Restored)
		}
	}
}
