package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestDoneAfterLaterProblem: in a request or a change whose customer reported
// a fault after the work, the restoration that follows ends that fault, and the
// summary says so rather than that the work was done then (styles43
// RSC-40135, styles48 KA-2210, styles50 SW-40455); without a later problem, or
// in an incident, the words stay those of the type. The tickets are invented.
func TestDoneAfterLaterProblem(t *testing.T) {
	cust := func(b string) inventedMsg { return inventedMsg{ticket.RoleCustomer, true, b} }
	agent := func(b string) inventedMsg { return inventedMsg{ticket.RoleAgent, true, b} }
	request := cust("Please add the new warehouse printer to the label queue for the packing team.")
	done := agent("I've added the warehouse printer to the label queue and printed a test label.")
	cases := []struct {
		name string
		typ  string
		msgs []inventedMsg
		want string
	}{
		{"a change that broke something, then its fix", ticket.TypeChange,
			[]inventedMsg{request, done, cust("Since the change the office printer won't print labels at all, it shows error 0x45."),
				agent("I've put the office printer back on its own queue and the labels are printing again.")},
			"The problem reported after the work was reported fixed at"},
		{"a request done, no later problem", ticket.TypeServiceRequest,
			[]inventedMsg{request, done, cust("Thanks, the labels are printing fine on the new printer.")},
			"The request was reported done at"},
		{"an incident keeps its words", ticket.TypeIncident,
			[]inventedMsg{cust("The warehouse printer prints blank labels since this morning."),
				agent("I've replaced the label driver and printed a test label."),
				cust("It still prints blank labels on the packing bench."),
				agent("I've swapped the ribbon on the packing bench printer and the labels are printing again.")},
			"Service was reported restored at"},
	}
	for _, c := range cases {
		n := narrateInvented(c.typ, "Label printer", c.msgs...)
		if !strings.Contains(n.ExecutiveSummary, c.want) {
			t.Errorf("%s: the summary lacks %q:\n%s", c.name, c.want, n.ExecutiveSummary)
		}
	}
}
