package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// TestWaitIdle: WaitIdle returns once every job has run, counting the
// completed and the given-up ones since the counts it was given, and reports
// progress as they finish.
func TestWaitIdle(t *testing.T) {
	ctx := t.Context()
	analyse := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		if tv.TicketID == "T-0003" {
			return store.Analysis{}, errors.New("the writer is broken")
		}
		return storetest.Analyse(ctx, tv)
	}
	s := storetest.Open(t, filepath.Join(t.TempDir(), "debrief.db"), store.Options{Analyse: analyse, MaxAttempts: 1, PollInterval: 20 * time.Millisecond})
	for i := range 6 {
		if _, err := s.IngestTicket(ctx, storetest.Ticket(i, "Acme", "s", "disk full", true), true); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.QueueStats(ctx)
	if err != nil || before.Queued != 6 {
		t.Fatalf("before = %+v, %v; want 6 queued", before, err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var calls [][2]int64
	got, err := store.WaitIdle(ctx, s, before, func(done, total int64) { calls = append(calls, [2]int64{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if got.Completed != 5 || got.Failed != 1 {
		t.Errorf("WaitIdle = %+v, want 5 completed and 1 failed", got)
	}
	if len(calls) == 0 || calls[len(calls)-1] != [2]int64{6, 6} {
		t.Fatalf("progress calls %v, want them to end at 6 of 6", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] <= calls[i-1][0] {
			t.Errorf("progress went from %d to %d", calls[i-1][0], calls[i][0])
		}
	}
	if q, err := s.QueueStats(ctx); err != nil || q.Queued+q.Running != 0 {
		t.Errorf("after WaitIdle: %+v, %v", q, err)
	}
}

// TestWaitIdleCancelled: with jobs queued and no worker to run them,
// WaitIdle returns when its context ends.
func TestWaitIdleCancelled(t *testing.T) {
	s := storetest.Open(t, filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	if _, err := s.IngestTicket(t.Context(), storetest.Ticket(1, "Acme", "s", "b", true), true); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	if _, err := store.WaitIdle(ctx, s, store.QueueStats{}, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's deadline", err)
	}
}

// TestWaitIndexed: with its search file lost, a SQLite archive rebuilds its
// index; WaitIndexed reports the rebuild when the lag reaches farBehind and
// returns once the lag is below it. Below farBehind it reports nothing.
func TestWaitIndexed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "debrief.db")
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Ingested by several goroutines at once, so that their commits are
	// grouped: one at a time, the ingestion took most of this test.
	const n, ingesters = 3000, 8
	var wg sync.WaitGroup
	for w := range ingesters {
		wg.Go(func() {
			for i := w; i < n; i += ingesters {
				if _, err := s.IngestTicket(t.Context(), storetest.Ticket(i, "Acme", "printer", "the printer jammed", true), false); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(db + "-search"); err != nil {
		t.Fatal(err)
	}
	s = storetest.Open(t, db, store.Options{})
	// The rebuild starts when the archive opens, so on a loaded machine it
	// may be nearly done before WaitIndexed first counts: what WaitIndexed
	// announces is checked against the count it saw.
	seen := &seenCounts{IndexCounter: s}
	var calls [][2]int64
	if err := store.WaitIndexed(t.Context(), seen, 100, func(done, total int64) { calls = append(calls, [2]int64{done, total}) }); err != nil {
		t.Fatal(err)
	}
	switch first := seen.counts[0]; {
	case first > n:
		t.Fatalf("%d tickets to index, more than the %d in the archive", first, n)
	case first >= 100 && (len(calls) == 0 || calls[0] != [2]int64{0, first}):
		t.Fatalf("progress calls %v, want the first to announce the %d tickets to index", calls, first)
	case first < 100 && len(calls) > 0:
		t.Fatalf("progress calls %v with only %d to index, below the threshold", calls, first)
	case first < 100:
		t.Logf("the rebuild had indexed %d of %d tickets before the first count", n-first, n)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] <= calls[i-1][0] || calls[i][1] != calls[0][1] {
			t.Errorf("progress went from %v to %v", calls[i-1], calls[i])
		}
	}
	if u, err := s.Unindexed(t.Context()); err != nil || u >= 100 {
		t.Errorf("after WaitIndexed: %d unindexed, %v; want fewer than 100", u, err)
	}
	// Nearly up to date: nothing to report.
	called := false
	if err := store.WaitIndexed(t.Context(), s, 1_000_000, func(int64, int64) { called = true }); err != nil || called {
		t.Errorf("WaitIndexed far below the threshold: %v, progress called %v", err, called)
	}
}

// seenCounts passes Unindexed through to a store and keeps what it returned.
type seenCounts struct {
	store.IndexCounter
	counts []int64
}

func (c *seenCounts) Unindexed(ctx context.Context) (int64, error) {
	u, err := c.IndexCounter.Unindexed(ctx)
	if err == nil {
		c.counts = append(c.counts, u)
	}
	return u, err
}
