package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestMonitorNotice checks round 55's monitor recovery notices
// (restored_monitor.go) as an automatic message after an alert and a
// remedy, with near misses: the alert itself, a raised alarm, a state down.
func TestMonitorNotice(t *testing.T) {
	cases := []predicateCase{
		{"UTC CLEAR J0412 - OTU COMMS RESTORED 16:58:31.", true},
		{"ALARM A-0417 CLEARED 05:51:36 UTC.", true},
		{"Alarm AZ_SERVO_FAULT cleared 17:51:58Z.", true},
		{"Antenna returned to service.", true},
		{"Junction returned to UTC control.", true},
		{"Resolved in 1h 22m 19s at 14:26:30 on 2026.09.22", true},
		{"Sorter SRT-2 state: RUNNING.", true},
		{"Info: QUEUE OK - 14 frames waiting", true},
		{"VMS RECOVERY: position reports from PD301 resumed.", true},
		// near misses
		{"Alarm: AZ_SERVO_FAULT (code 0x2A14) raised 03:47:19Z", false},
		{"Sorter SRT-2 state: STOPPED.", false},
		{"UTC FAULT J0412 - OTU COMMS FAILURE.", false},
		{"Your incident INC0042 has been RESOLVED and closed.", false},
	}
	checkMonitorLines(t, "ALERT: sorter SRT-2 stopped, tray fault.", "We restarted the sorter controller.", cases)
}

// checkMonitorLines reads each case as a public automatic message 40 minutes
// after an alert and 20 after staff's remedy, and reports those whose
// restoration is not as wanted.
func checkMonitorLines(t *testing.T, alert, remedy string, cases []predicateCase) {
	t.Helper()
	t0 := time.Date(2026, 4, 7, 8, 0, 0, 0, time.UTC)
	msg := func(min int, role ticket.Role, body string) ticket.Event {
		return ticket.Event{At: t0.Add(time.Duration(min) * time.Minute), Kind: ticket.KindMessage, Role: role,
			Public: true, Author: string(role), Body: body}
	}
	for _, c := range cases {
		tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: []ticket.Event{
			msg(0, ticket.RoleSystem, alert), msg(20, ticket.RoleAgent, remedy), msg(40, ticket.RoleSystem, c.text)}}
		r := Read(tk, nil)
		got := false
		for _, s := range r.Messages[2].Sentences {
			got = got || s.Acts&Restored != 0
		}
		if got != c.want {
			t.Errorf("%q: restored = %v, want %v", c.text, got, c.want)
		}
	}
}
