package storetest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
)

func testMigrations(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	ctx := ctxOf(t)
	for round := range 3 {
		s, err := store.Open(ctx, dsn, store.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", round, err)
		}
		res, err := s.IngestTicket(ctx, Ticket(round, "Acme", "s", "b", true), true)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		for i := range round + 1 {
			if _, err := s.Ticket(ctx, fmt.Sprintf("T-%04d", i)); err != nil {
				t.Errorf("round %d: ticket %d lost: %v", round, i, err)
			}
		}
		st, err := s.QueueStats(ctx)
		if err != nil || st.Queued != int64(round+1) || res.JobID == 0 {
			t.Errorf("round %d: queue %+v (err %v), want %d queued", round, st, err, round+1)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// testConcurrentOpen starts several stores on a new database at once, as
// several processes may: the migrations must take turns.
func testConcurrentOpen(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	stores := make([]store.Store, 3)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = store.Open(ctxOf(t), dsn, store.Options{}) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Errorf("open %d: %v", i, errs[i])
			continue
		}
		if _, err := s.IngestTicket(ctxOf(t), Ticket(i, "Acme", "s", "b", true), true); err != nil {
			t.Errorf("store %d: %v", i, err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}
}

func testNewerSchema(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	s, err := store.Open(ctxOf(t), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, s, Ticket(1, "Acme", "s", "b", true), false)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	h.Exec(t, dsn, `INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_the_future', CURRENT_TIMESTAMP)`)
	s, err = store.Open(ctxOf(t), dsn, store.Options{})
	if !errors.Is(err, store.ErrSchemaTooNew) {
		if s != nil {
			_ = s.Close()
		}
		t.Fatalf("open: err = %v, want ErrSchemaTooNew", err)
	}
	if !strings.Contains(err.Error(), "9999") {
		t.Errorf("error %q does not say which version the database has", err)
	}
}
