package zammad

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestMergeEmptyArticle: Zammad's "article": {} on a state change or the
// close adds no message (it read as an automatic acknowledgement).
func TestMergeEmptyArticle(t *testing.T) {
	first := `{"ticket":{"id":7,"number":"7","title":"t","state":"open","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T09:00:00Z"},
		"article":{"id":1,"body":"help","sender":"Customer","created_at":"2026-03-16T09:00:00Z"}}`
	closing := `{"ticket":{"id":7,"number":"7","title":"t","state":"closed","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T10:00:00Z"},
		"article":{}, "articles":[{}]}`
	tk := mergeAll(t, first, closing)
	if !tk.Closed() {
		t.Fatal("not closed")
	}
	for _, e := range tk.Events {
		if e.Kind == ticket.KindMessage && e.Body != "help" {
			t.Errorf("an empty article became a message: %+v", e)
		}
	}
	var msgs int
	for _, e := range tk.Events {
		if e.Kind == ticket.KindMessage {
			msgs++
		}
	}
	if msgs != 1 {
		t.Errorf("%d messages, want 1", msgs)
	}
}

// TestParseDeep: a payload nested without end is an error, not a crash.
func TestParseDeep(t *testing.T) {
	for _, open := range []string{"[", `{"a":`} {
		body := `{"ticket":{"id":1,"created_at":"2026-03-16T09:00:00Z"},"x":` + strings.Repeat(open, 2_000_000)
		if _, err := Parse([]byte(body)); err == nil {
			t.Errorf("%q x 2e6: accepted", open)
		}
	}
}

// TestMergeOlderDelivery: a delivery older than the stored ticket (a retry,
// or a race) adds its article but neither reopens the ticket nor renames it.
func TestMergeOlderDelivery(t *testing.T) {
	closing := `{"ticket":{"id":7,"number":"7","title":"renamed","state":"closed","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T10:00:00Z"},
		"article":{"id":2,"body":"fixed","sender":"Agent","created_at":"2026-03-16T10:00:00Z"}}`
	older := `{"ticket":{"id":7,"number":"7","title":"first title","state":"open","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T09:30:00Z"},
		"article":{"id":1,"body":"help","sender":"Customer","created_at":"2026-03-16T09:30:00Z"}}`
	tk := mergeAll(t, closing, older)
	if !tk.Closed() || tk.Subject != "renamed" {
		t.Errorf("closed %v, subject %q: the older delivery moved the ticket back", tk.Closed(), tk.Subject)
	}
	var bodies []string
	for _, e := range tk.Events {
		if e.Kind == ticket.KindState {
			t.Errorf("state event %q from the older delivery", e.State)
		}
		if e.Kind == ticket.KindMessage {
			bodies = append(bodies, e.Body)
		}
	}
	if strings.Join(bodies, ",") != "help,fixed" {
		t.Errorf("messages %q, want help,fixed", bodies)
	}
}

// mergeAll merges the deliveries in order into a new ticket.
func mergeAll(t *testing.T, deliveries ...string) *ticket.Ticket {
	t.Helper()
	var tk *ticket.Ticket
	for _, d := range deliveries {
		p, err := Parse([]byte(d))
		if err != nil {
			t.Fatal(err)
		}
		tk = Merge(tk, p)
	}
	return tk
}
