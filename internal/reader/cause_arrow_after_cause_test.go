package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestCauseArrowAfterCause: a terse step of the mechanism written with an
// arrow or an equals sign between words carries on the cause told before it;
// a setting in code, an operator in brackets or between figures does not
// (round 119).
func TestCauseArrowAfterCause(t *testing.T) {
	checkPredicate(t, "causeArrowAfterCause", causeArrowAfterCause, []predicateCase{
		{"Thicker liner = stiffer hinge, lids spring open even when closed right.", true},
		{"Rounded edge sits lower on the old trays -> shorter cuts.", true},
		{"Queue bug = SYNC-2210, known.", true},
		{"Old v3 firmware can't parse the new header -> gateway drops half the frames, partial data only.", true},
		// near misses
		{"Setting `pool.max_idle = 50` works around it.", false},
		{"Re-opened the port (VLAN 40 -> gateway, TCP 443).", false},
		{"Backlog draining, lag coming down (1800 -> 310).", false},
		{"120 x 1.5 = 180 / 60 = 3 panels.", false},
		{"Is the tax flag = exempt on import?", false},
		{"Moved the import to the new DWG->PDF step.", false},
		{"The sync queue retries the first item forever.", false},
	})

	// In a ticket: read as a cause only after a sentence the rules read as one,
	// in staff's message.
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	mk := func(reply string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: "Lids popping open", CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "The lids on the new batch keep popping open on the line."},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: reply},
		}}
	}
	cases := []struct {
		reply string
		want  bool // the second sentence is read as a cause
	}{
		{"The lids pop open because the new batch was cut from 450gsm board instead of 350gsm. Thicker board = stiffer fold, flaps spring even with correct crease.", true},
		{"Thanks for the photos. Thicker board = stiffer fold, flaps spring even with correct crease.", false},
	}
	for _, c := range cases {
		r := Read(mk(c.reply), &Options{rulesOnly: true})
		m := r.Messages[len(r.Messages)-1]
		if len(m.Sentences) != 2 {
			t.Fatalf("%q: %d sentences, want 2", c.reply, len(m.Sentences))
		}
		if got := m.Sentences[1].Acts&Cause != 0; got != c.want {
			t.Errorf("%q: second sentence cause %v, want %v", c.reply, got, c.want)
		}
	}
}
