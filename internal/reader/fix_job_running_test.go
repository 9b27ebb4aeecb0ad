package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestJobRunning checks staff's note of a remedial job running or started
// (fix_job_running.go), and its refusals: a plan, a state after the clause, a
// job finished, the customer, a question, a hedge, a negation. Sentences
// written for the test.
func TestJobRunning(t *testing.T) {
	agent := Context{Role: ticket.RoleAgent, Public: true}
	note := Context{Role: ticket.RoleAgent}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	for _, c := range []struct {
		text string
		c    Context
		want bool
	}{
		{"Backfill of 03:10-06:40 readings from the gateway cache started.", note, true},
		{"Backfill 01:00-02:30 from the PLC buffer running.", note, true},
		{"Reprint of all 230 running now.", agent, true},
		{"Backfill from Mon 22:00 running, ETA ~4h.", note, true},
		{"The resync of the Leeds shelf labels is in progress.", agent, true},
		{"Backfill script running tonight.", note, false},                                               // near miss: a plan
		{"Reprocess ran twice: the 04:00 retry started a second run while the first ran.", note, false}, // near miss: the state after the clause
		{"Backfill complete 01:30-05:00, no gaps.", note, false},                                        // near miss: finished, labelled restored as often
		{"Rebuild finished 07:55, RAID optimal.", note, false},                                          // near miss: finished
		{"Backfill running?", agent, false},                                                             // near miss: a question
		{"Backfill probably started.", note, false},                                                     // near miss: a hedge
		{"Backfill not started yet.", note, false},                                                      // near miss: a negation
		{"Reprint started on our side.", customer, false},                                               // near miss: the customer
		{"The export started at 09:00.", note, false},                                                   // near miss: not a remedial job
	} {
		var sc scan
		s := newScan(tokens(c.text, nil), &sc)
		if got := jobRunning(c.text, s, c.c, c.c.Role != ticket.RoleCustomer); got != c.want {
			t.Errorf("jobRunning(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Backfill 01:00-02:30 from the PLC buffer running.", note, Fix, 0},
		{"Backfill script running tonight.", note, 0, Fix}, // near miss
	})
}
