package analysis

import "testing"

// TestSupplierReference: staff raising the fault with a supplier under the
// supplier's reference (styles10, 11, 13, 30, 55 shapes, invented) is
// found; the ticket's own reference, a change or follow-up of the team's own,
// and a raise with no reference are not.
func TestSupplierReference(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Raised P1 with Openline, ref OL-44120.", true},
		{"Raised with the courier's integration support, ref CX-90211.", true},
		{"Logged with Vendra, VND-30417.", true},
		{"Fault logged with the provider (reference 7720145).", true},
		{"Escalated to them and opened with Tixora support, case 00912345, P2.", true},
		{"Your request T1-4471 has been logged with the IT Service Desk.", false},
		{"Raised with the network team, they'll look at it today.", false},
		{"Follow-up OPS-5530 raised: alert on pool size < 10.", false},
		{"Upgrade booked as CHG-1187 for Sunday night.", false},
		{"Reported it to the supplier, no reference yet.", false},
	}
	for _, c := range cases {
		if got := supplierReference(c.s, "T1-4471"); got != c.want {
			t.Errorf("supplierReference(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
