package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOfflineRestated checks round 92's refusal (offlineRestated): in a ticket
// whose subject or opening reported a thing offline, staff's sentence that
// tells the same thing offline again with no reason is no cause; another
// component offline, a reason told with it, a "down" that is no state, or a
// ticket that reported nothing offline are left to the other rules. The
// sentences are written for the test.
func TestOfflineRestated(t *testing.T) {
	var buf [64]string
	reported := Context{Role: ticket.RoleAgent, Public: true,
		OfflineReported: offlineReportedWords([]string{"ALERT: pump-controller-B2 DOWN",
			"Pump controller B2 at the north yard not reachable for 10 minutes."}, buf[:0])}
	none := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		c    Context
		want bool
	}{
		{"Controller offline since 03:40, no ping from the NOC.", reported, true},
		{"The B2 controller has been down since about 3am.", reported, true},
		{"Our dashboard shows the north yard pumps unreachable since 03:41.", reported, true},
		{"Pump controller dead since last night, and the two others too.", reported, true},
		// near misses: another component, a reason, no state, nothing reported
		{"Mains feed to the site cabinet down since 03:38, the UPS ran flat.", reported, false},
		{"The controller went offline because its breaker tripped at 03:40.", reported, false},
		{"The controller is offline since the firmware push at 03:35 rebooted it.", reported, false},
		{"Controller offline since 03:40, so the schedule never ran.", reported, false},
		{"We narrowed the controller fault down to the power supply.", reported, false},
		{"The controller traffic went down the backup link.", reported, false},
		{"Controller offline since 03:40, no ping from the NOC.", none, false},
		{"Offline since 03:40.", reported, false},
	}
	for _, tc := range cases {
		if got := offlineRestated(tc.c, tokens(tc.text, nil)); got != tc.want {
			t.Errorf("offlineRestated(%q, reported %v) = %v, want %v", tc.text, tc.c.OfflineReported != nil, got, tc.want)
		}
	}
}

// TestOfflineRestatedRead checks that Read sets Context.OfflineReported from
// the subject and the opening: the restated outage is refused after an
// opening that reports it offline, and read as before after one that does
// not; the tickets are written for the test.
func TestOfflineRestatedRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	reply := "Checked our side: the gate reader at the east entrance has been offline since 07:12 and the cabinet shows a tripped breaker."
	mk := func(subject, opening string) *ticket.Ticket {
		return &ticket.Ticket{ID: "t", Subject: subject, CreatedAt: t0, Events: []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: opening},
			{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: reply},
		}}
	}
	var seen []string
	o := &Options{sawContext: func(ev, k int, c Context) {
		if ev == 1 {
			seen = c.OfflineReported
		}
	}}
	Read(mk("East gate reader offline", "The reader at the east entrance shows offline and nobody can badge in."), o)
	if !reportedWord(seen, "reader") || !reportedWord(seen, "gate") {
		t.Errorf("OfflineReported after an offline report = %q, want the subject's and opening's words", seen)
	}
	Read(mk("Badges refused at the east entrance", "Since 7am every badge is refused at the east entrance."), o)
	if seen != nil {
		t.Errorf("OfflineReported after a report of no outage = %q, want nil", seen)
	}
}
