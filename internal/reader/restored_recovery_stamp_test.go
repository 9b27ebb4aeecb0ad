package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredRecoveryStamp checks round 230's narrowing of a monitoring
// recovery notice (restored_recovery_stamp.go): after the line that says
// what recovered, a line that only stamps the time of clearing is the
// notice's auto_ack alone; the recovery line keeps its restoration, and a
// stamp with an alarm's id or a thing named is still read. The sentences
// are written for the test.
func TestRestoredRecoveryStamp(t *testing.T) {
	checkPredicate(t, "recoveryStamp", func(text string) bool { return recoveryStamp(tokens(text, nil)) }, []predicateCase{
		{"Recovered: 2026-04-02 11:14 UTC", true},
		{"Alert cleared automatically at 09:40.", true},
		{"Cleared: 02/04/2026 11:14:09", true},
		{"State: UP since 11:14 UTC", true},
		{"resolved: 2026-04-02T11:14:00Z", true},
		{"Alert cleared after 2h14m.", true},
		{"Alert cleared automatically.", false},
		{"ALARM B-2210 CLEARED 11:14:09 UTC.", false},
		{"RECOVERED: Locker LK-2201 back online", false},
		{"Queue depth 0 at 11:14.", false},
	})
	t0 := time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)
	tk := &ticket.Ticket{ID: "t", Subject: "Queue depth alert", CreatedAt: t0, Events: []ticket.Event{
		{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleSystem, Public: false, Author: "monitor",
			Body: "ALERT [MAJOR] Export queue above threshold\nQueue depth 812 (threshold 500)."},
		{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleSystem, Public: false, Author: "monitor",
			Body: "RECOVERED [MAJOR] Export queue back below threshold\nQueue depth 0 (threshold 500).\nRecovered: 2026-04-02 11:14 UTC"},
	}}
	r := Read(tk, nil)
	last := r.Messages[len(r.Messages)-1]
	if !last.Automatic || len(last.Sentences) != 3 {
		t.Fatalf("recovery notice: automatic %v, %d sentences", last.Automatic, len(last.Sentences))
	}
	if got := last.Sentences[0].Acts; got&(AutoAck|Restored) != AutoAck|Restored {
		t.Errorf("%q: %s, want auto_ack and restored", last.Sentences[0].Text, got)
	}
	if got := last.Sentences[2].Acts; got != AutoAck {
		t.Errorf("%q: %s, want auto_ack alone", last.Sentences[2].Text, got)
	}
}
