package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestMonitorDetailFlowing checks round 156's detail line of a monitor's
// recovery notice (restored_monitor_detail.go): the predicate with near
// misses, then Read, which asks for a recovery read on an earlier line of
// the same automatic message.
func TestMonitorDetailFlowing(t *testing.T) {
	cases := []predicateCase{
		{"479 of 480 pumps checked in within the last 60 minutes.", true},
		{"Data received again from 14:22.", true},
		{"Channels BITDEP, DEPTH_HOLE, BLKPOS updating.", true},
		{"0 failures in the last 10 minutes; 37 events processed.", true},
		{"3 queued reports uploaded.", true},
		{"38 of 38 vehicle routes published.", true},
		{"LA-18..LA-22 reporting", true},
		// near misses
		{"No data received from RPC-0317 for 15 minutes (last sample 13:42).", false},
		{"Last heartbeat received: 2026-03-21 23:02", false},
		{"Queued offline transactions uploaded: 1,214.", false},
		{"Info: Job exit code 0 - 1,842 of 1,842 cases updated", false},
		{"Last value 4 s since last position update, received late", false},
		{"Zone temperatures and alarms not updating on KilnView clients.", false},
		{"Heartbeat checked at 02:00.", false},
		{"Gap: 13:42 - 14:22 (40 min).", false},
		{"Alert open for 2 h 7 min.", false},
	}
	checkPredicate(t, "monitorDetailFlowing", func(text string) bool {
		return monitorDetailFlowing(text, tokens(text, nil))
	}, cases)

	t0 := time.Date(2026, 4, 7, 8, 0, 0, 0, time.UTC)
	msg := func(min int, role ticket.Role, body string) ticket.Event {
		return ticket.Event{At: t0.Add(time.Duration(min) * time.Minute), Kind: ticket.KindMessage, Role: role,
			Public: true, Author: string(role), Body: body}
	}
	read := func(notice string) []Sentence {
		tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: []ticket.Event{
			msg(0, ticket.RoleSystem, "ALERT: No data received from RPC-0317 for 15 minutes."),
			msg(20, ticket.RoleAgent, "Networks re-enabled the port at 14:21."),
			msg(40, ticket.RoleSystem, notice)}}
		return Read(tk, nil).Messages[2].Sentences
	}
	// after a recovery headline, the detail line is read
	ss := read("ViableTrack NORMAL - COMMUNICATION RESTORED\nData received again from 14:22.")
	if len(ss) != 2 || ss[1].Acts&Restored == 0 {
		t.Errorf("detail after a recovery: %+v, want the second line restored", ss)
	}
	// with no recovery read before it, the same line is not
	ss = read("Data received again from 14:22.\nGap: 13:42 - 14:22 (40 min).")
	for _, s := range ss {
		if s.Acts&Restored != 0 {
			t.Errorf("%q: restored with no recovery line before it", s.Text)
		}
	}
}
