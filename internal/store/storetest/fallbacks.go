package storetest

import (
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
)

// testFallbackTickets: only tickets whose latest analysis fell back are
// listed; a later analysis that did not fall back takes a ticket off.
func testFallbackTickets(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	save := func(i int, fallback bool) {
		t.Helper()
		a := store.Analysis{TicketID: Ticket(i, "", "", "", true).TicketID, Writer: "w", Fallback: fallback}
		if fallback {
			a.FallbackReason = "model down"
		}
		if _, err := s.SaveAnalysis(ctxOf(t), a); err != nil {
			t.Fatal(err)
		}
	}
	if ids, err := s.FallbackTickets(ctxOf(t)); err != nil || ids == nil || len(ids) != 0 {
		t.Fatalf("FallbackTickets of an empty store = %v, %v; want an empty list", ids, err)
	}
	for i := range 4 {
		mustIngest(t, s, Ticket(i, "Acme", "subject", "body", true), false)
	}
	save(0, true)  // fell back
	save(1, false) // did not
	save(2, true)  // fell back, then did not
	save(2, false)
	save(3, false) // did not, then fell back
	save(3, true)
	ids, err := s.FallbackTickets(ctxOf(t))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"T-0000", "T-0003"}; !slices.Equal(ids, want) {
		t.Errorf("FallbackTickets = %v, want %v", ids, want)
	}
}
