package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

func alert(body string) msg { return msg{ticket.RoleSystem, true, body} }

// TestMachineOpenedProblem: a ticket a monitoring alert opened takes the
// alert's statement of the fault as its problem, unless the customer stated
// one in their own words. The tickets are invented.
func TestMachineOpenedProblem(t *testing.T) {
	cases := []struct {
		name string
		msgs []msg
		want string
		role ticket.Role
	}{
		{"the alert's fault, the customer's reply being no statement of one",
			[]msg{alert("CRITICAL - Circuit 4411 DOWN since 06:38 UTC.\nSite: Castle St."), note("Line test shows loss of light."), customer("Thanks, we're on the 4G backup for now.")},
			"CRITICAL - Circuit 4411 DOWN since 06:38 UTC.", ticket.RoleSystem},
		{"the customer's own statement of the fault comes first",
			[]msg{alert("CRITICAL - Circuit 4411 DOWN since 06:38 UTC."), customer("Our office internet has been down since 06:40 and the phones are failing.")},
			"Our office internet has been down since 06:40 and the phones are failing.", ticket.RoleCustomer},
		{"an acknowledgement opens nothing",
			[]msg{alert("Your ticket has been received. We will reply within 4 hours."), customer("Hello.")},
			"", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := invented(t, ticket.TypeIncident, c.msgs...).Facts.Problem
			switch {
			case p == nil && c.want != "":
				t.Errorf("no problem, want %q", c.want)
			case p != nil && (p.Text != c.want || p.Role != c.role):
				t.Errorf("problem = %q (%s), want %q (%s)", p.Text, p.Role, c.want, c.role)
			}
		})
	}
}
