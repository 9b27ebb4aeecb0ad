package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// Queue tests.

// queueOptions are the options of the queue tests: fast polling and retries.
func queueOptions(analyse store.AnalyseFunc) store.Options {
	return store.Options{
		Analyse:      analyse,
		Workers:      4,
		PollInterval: 100 * time.Millisecond,
		RetryDelay:   func(int) time.Duration { return 50 * time.Millisecond },
		JobTimeout:   20 * time.Second,
		RescueAfter:  25 * time.Second,
	}
}

// waitDone waits until n jobs completed and none is left to run.
func waitDone(t *testing.T, s store.Store, n int64, within time.Duration) store.QueueStats {
	t.Helper()
	deadline := time.Now().Add(within)
	var (
		st  store.QueueStats
		err error
	)
	for time.Now().Before(deadline) {
		st, err = s.QueueStats(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if st.Completed >= n && st.Queued == 0 && st.Running == 0 {
			return st
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("queue not done after %v: %+v, want %d completed", within, st, n)
	return st
}

// ingestClosed ingests n closed tickets for analysis.
func ingestClosed(t *testing.T, s store.Store, n int) []store.TicketVersion {
	t.Helper()
	out := make([]store.TicketVersion, n)
	for i := range n {
		out[i] = Ticket(i, fmt.Sprintf("Customer%d", i%5), fmt.Sprintf("Incident %d", i),
			fmt.Sprintf("Service %d went down; restarted it.", i), true)
		if res := mustIngest(t, s, out[i], true); res.JobID == 0 {
			t.Fatalf("ticket %d: no job enqueued", i)
		}
	}
	return out
}

// checkOneAnalysisEach asserts that each ticket has exactly one analysis,
// made from its stored version by Analyse, each by a different job.
func checkOneAnalysisEach(t *testing.T, s store.Store, tickets []store.TicketVersion) {
	t.Helper()
	jobs := map[int64]string{}
	for _, tv := range tickets {
		metas, err := s.Analyses(ctxOf(t), tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		if len(metas) != 1 {
			t.Errorf("%s has %d analyses, want exactly 1", tv.TicketID, len(metas))
			continue
		}
		got, err := s.Analysis(ctxOf(t), tv.TicketID, 1)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.Ticket(ctxOf(t), tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Analyse(ctxOf(t), stored)
		want.TicketID, want.Version, want.TicketVersion = tv.TicketID, 1, stored.Version
		want.Customer, want.ClosedAt, want.CreatedAt, want.Reason, want.JobID = stored.Customer, stored.ClosedAt, got.CreatedAt, "ingest", got.JobID
		sameAnalysis(t, got, want)
		if got.JobID == 0 || jobs[got.JobID] != "" {
			t.Errorf("%s: job id %d missing or shared with %s", tv.TicketID, got.JobID, jobs[got.JobID])
		}
		jobs[got.JobID] = tv.TicketID
	}
}

func testQueueAll(t *testing.T, h Harness) {
	const n = 200
	s := Open(t, h.newDSN(t), queueOptions(Analyse))
	tickets := ingestClosed(t, s, n)
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != n {
		t.Fatalf("before start: %+v, %v; want %d queued", st, err, n)
	}
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	st := waitDone(t, s, n, 2*time.Minute)
	if st.Completed != n || st.Failed != 0 {
		t.Errorf("queue = %+v, want %d completed and none failed", st, n)
	}
	if err := s.Stop(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	checkOneAnalysisEach(t, s, tickets)
}

// flaky fails the first failures calls for each ticket.
type flaky struct {
	mu       sync.Mutex
	failures int
	calls    map[string]int
}

func (f *flaky) analyse(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
	f.mu.Lock()
	f.calls[tv.TicketID]++
	n := f.calls[tv.TicketID]
	f.mu.Unlock()
	if n <= f.failures {
		return store.Analysis{}, fmt.Errorf("model unavailable (call %d)", n)
	}
	return Analyse(ctx, tv)
}

func testQueueRetry(t *testing.T, h Harness) {
	f := &flaky{failures: 2, calls: map[string]int{}}
	s := Open(t, h.newDSN(t), queueOptions(f.analyse))
	tickets := ingestClosed(t, s, 3)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	st := waitDone(t, s, 3, time.Minute)
	if st.Failed != 0 {
		t.Errorf("queue = %+v, want no failed job", st)
	}
	checkOneAnalysisEach(t, s, tickets)
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, tv := range tickets {
		if f.calls[tv.TicketID] != 3 {
			t.Errorf("%s analysed %d times, want 3 (two failures, one success)", tv.TicketID, f.calls[tv.TicketID])
		}
	}
}

func testQueueIdempotent(t *testing.T, h Harness) {
	count, calls := countingAnalyse()
	s := Open(t, h.newDSN(t), queueOptions(count))
	tv := Ticket(1, "Acme", "Webhook", "delivered twice", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	// The webhook is retried after the analysis was made.
	if res := mustIngest(t, s, tv, true); !res.Duplicate || res.JobID != 0 {
		t.Errorf("redelivery = %+v, want a duplicate without a job", res)
	}
	time.Sleep(300 * time.Millisecond)
	waitDone(t, s, 1, time.Minute)
	checkOneAnalysisEach(t, s, []store.TicketVersion{tv})
	if n := calls(); n != 1 {
		t.Errorf("analysed %d times, want 1", n)
	}
}

// countingAnalyse is Analyse counting its calls.
func countingAnalyse() (analyse store.AnalyseFunc, calls func() int) {
	var (
		mu sync.Mutex
		n  int
	)
	analyse = func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		mu.Lock()
		n++
		mu.Unlock()
		return Analyse(ctx, tv)
	}
	return analyse, func() int {
		mu.Lock()
		defer mu.Unlock()
		return n
	}
}

// testQueueRerun runs a job again whose analysis was stored but which the
// queue had not yet marked completed when its process died: the analysis is
// neither made nor stored a second time.
func testQueueRerun(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	s := Open(t, dsn, queueOptions(Analyse))
	tv := Ticket(1, "Acme", "Crash", "the process died after the commit", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// As if the completion had never reached the database.
	h.Exec(t, dsn, `UPDATE river_job SET state = 'available', finalized_at = NULL`)

	count, calls := countingAnalyse()
	s = Open(t, dsn, queueOptions(count))
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != 1 {
		t.Fatalf("queue before the re-run = %+v, %v; want the job available again", st, err)
	}
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	checkOneAnalysisEach(t, s, []store.TicketVersion{tv})
	if n := calls(); n != 0 {
		t.Errorf("the re-run job analysed the ticket %d times, want 0", n)
	}
}

func testQueueReanalyse(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), queueOptions(Analyse))
	tv := Ticket(1, "Acme", "Backup failed", "tape missing", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	tv2 := Ticket(1, "Acme", "Backup failed", "tape missing; found it", true)
	mustIngest(t, s, tv2, false)
	id, err := s.Reanalyse(ctxOf(t), tv.TicketID, "new prompt")
	if err != nil || id == 0 {
		t.Fatalf("Reanalyse = %d, %v", id, err)
	}
	waitDone(t, s, 2, time.Minute)
	metas, err := s.Analyses(ctxOf(t), tv.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	if len(metas) != 2 || metas[1].Version != 2 || metas[1].TicketVersion != 2 || metas[1].Reason != "new prompt" || metas[0].Reason != "ingest" {
		t.Fatalf("analyses = %+v, want a second one of ticket version 2 for the reason given", metas)
	}
	a, err := s.Analysis(ctxOf(t), tv.TicketID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != 2 || a.JobID != id || !strings.Contains(a.Technical, "found it") {
		t.Errorf("latest analysis = v%d job %d %q, want v2 by job %d of the new text", a.Version, a.JobID, a.Technical, id)
	}
}

// testQueueStopMidway stops the workers while analyses are in flight,
// without letting them finish, then runs the queue again from a new store.
func testQueueStopMidway(t *testing.T, h Harness) {
	const n = 60
	dsn := h.newDSN(t)
	var (
		mu      sync.Mutex
		started int
	)
	slow := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		mu.Lock()
		started++
		mu.Unlock()
		select {
		case <-ctx.Done():
			return store.Analysis{}, ctx.Err()
		case <-time.After(40 * time.Millisecond):
		}
		return Analyse(ctx, tv)
	}
	s, err := store.Open(ctxOf(t), dsn, queueOptions(slow))
	if err != nil {
		t.Fatal(err)
	}
	tickets := ingestClosed(t, s, n)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); ; {
		st, err := s.QueueStats(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if st.Completed >= 10 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers too slow: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	stopCtx, cancel := context.WithTimeout(ctxOf(t), time.Millisecond)
	err = s.Stop(stopCtx)
	cancel()
	if err != nil {
		t.Fatalf("stop: %v", err)
	}
	before, _ := s.QueueStats(ctxOf(t))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if before.Completed >= n {
		t.Fatalf("all %d jobs finished before the stop; the test proves nothing", n)
	}
	t.Logf("stopped with %+v", before)

	s = Open(t, dsn, queueOptions(Analyse))
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, n, 2*time.Minute)
	checkOneAnalysisEach(t, s, tickets)
}

// testQueueTwoStores runs workers in two stores on one database, as two
// processes would: every ticket is analysed exactly once.
func testQueueTwoStores(t *testing.T, h Harness) {
	const n = 100
	dsn := h.newDSN(t)
	var (
		mu    sync.Mutex
		calls = map[string]int{}
	)
	count := func(who string) store.AnalyseFunc {
		return func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
			mu.Lock()
			calls[who]++
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			return Analyse(ctx, tv)
		}
	}
	a := Open(t, dsn, queueOptions(count("a")))
	b := Open(t, dsn, queueOptions(count("b")))
	for _, s := range []store.Store{a, b} {
		if err := s.Start(ctxOf(t)); err != nil {
			t.Fatal(err)
		}
	}
	tickets := ingestClosed(t, a, n)
	waitDone(t, b, n, 2*time.Minute)
	checkOneAnalysisEach(t, a, tickets)
	mu.Lock()
	defer mu.Unlock()
	if calls["a"]+calls["b"] != n {
		t.Errorf("%d analyses run, want %d", calls["a"]+calls["b"], n)
	}
	t.Logf("store a ran %d analyses, store b %d", calls["a"], calls["b"])
}

func testQueueNoAnalyser(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	if err := s.Start(ctxOf(t)); !errors.Is(err, store.ErrNoAnalyser) {
		t.Errorf("Start: err = %v, want ErrNoAnalyser", err)
	}
	if err := s.Stop(ctxOf(t)); err != nil {
		t.Errorf("Stop of a store never started: %v", err)
	}
}
