package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestOpeningAlertFault: an alert that opens a ticket in a monitor's own words
// ("FIRING", "Heartbeat missed") states the problem and keeps its acts; a chat
// widget's welcome and an alert later in the ticket are still all automatic
// (round 80).
func TestOpeningAlertFault(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 5, 50, 0, 0, time.UTC)
	alert := "[FIRING] report-render: queue depth 1,842 > 500 for 15m (prod-eu-west). Runbook: https://wiki.example/runbooks/report-render"
	for _, tc := range []struct {
		name  string
		body  string
		first bool // the message opens the ticket
		ack   bool // every sentence is an automatic acknowledgement
	}{
		{"firing (styles40)", alert, true, false},
		{"triggered (styles28)", "[PagerBell] TRIGGERED: checkin-api p95 latency 8.4s > 3s for 10m (env=prod, port=HHD)", true, false},
		{"heartbeat missed (styles24)", "[P2] Heartbeat missed: site CUB-LDS-02 controller SC-400. No heartbeat for 15 min (last 03:01:44 UTC).", true, false},
		{"watchdog (styles37)", "EDI watchdog: no inbound ORDERS from partner KRAMPE-LOGISTIK for 4h 12m. Expected: at least 1 per 2h on working days.", true, false},
		{"no signal (styles65)", "RVRC-ALERT: VIDEO LOSS on Site 4471 - cameras 3, 5, 6 - no signal since 02:13:51. Event ID 88120447.", true, false},
		{"not checked in (styles72)", "Host SHF-TILL-02 (café till, Sheffield) has not checked in for 10 minutes. Last seen 17:31:48.", true, false},
		// near misses: a chat widget's welcome opens the ticket; a monitor's
		// notice or an alert later in it
		{"chat queue", "You're chatting with Lernly Support. An advisor will join shortly.", true, true},
		{"chat welcome", "Welcome to Tollcross chat. You're number 3 in the queue.", true, true},
		{"chat trigger words absent", "You're through to Kindred Support chat. An agent will join shortly - the current wait is about 3 minutes.", true, true},
		{"alert later in the ticket", alert, false, true},
		{"recovery later in the ticket", "RESOLVED: heartbeat restored on CUB-LDS-02. Duration: 58m 16s.", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := ticket.Event{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleSystem, Public: true, Author: "monitor", Body: tc.body}
			evs := []ticket.Event{msg}
			if !tc.first {
				msg.At = t0.Add(10 * time.Minute)
				evs = []ticket.Event{{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "cara",
					Body: "The report queue is stuck and nothing renders."}, msg}
			}
			tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: evs}
			r := Read(tk, nil)
			m := r.Messages[len(r.Messages)-1]
			if !m.Automatic {
				t.Errorf("not automatic: the clocks must still skip it")
			}
			all := true
			for _, s := range m.Sentences {
				all = all && s.Acts&AutoAck != 0
			}
			if all != tc.ack {
				t.Errorf("every sentence auto_ack = %v, want %v: %+v", all, tc.ack, m.Sentences)
			}
		})
	}
}
