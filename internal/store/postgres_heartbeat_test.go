package store_test

import (
	"bytes"
	"context"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// logBuffer collects a store's logs for the tests to read.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// waitFor polls cond until it holds or within elapses.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// heartbeatOptions are fast queue options with a heartbeat every 100 ms
// and the default process timeout (30 s).
func heartbeatOptions(analyse store.AnalyseFunc) store.Options {
	return store.Options{
		Analyse:           analyse,
		Workers:           1,
		PollInterval:      100 * time.Millisecond,
		RetryDelay:        func(int) time.Duration { return 50 * time.Millisecond },
		HeartbeatInterval: 100 * time.Millisecond,
	}
}

func metricsText(t *testing.T, reg *metrics.Registry) string {
	t.Helper()
	var b strings.Builder
	if err := reg.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestPostgresSlowProcessRace: process A runs a job and stalls; process B,
// whose clock runs a minute ahead, sees A unseen for longer than the process
// timeout and hands A's job back; B runs it and stores its analysis. Then A
// comes back and finishes the job too: the ticket still has exactly one
// analysis, stored under the job's id.
func TestPostgresSlowProcessRace(t *testing.T) {
	dsn := storetest.NewPostgresSchema(t)
	ctx := t.Context()

	var (
		logA, logB     logBuffer
		started        = make(chan struct{})
		release        = make(chan struct{})
		callsA, callsB atomic.Int64
		returnedA      atomic.Bool
	)
	optsA := heartbeatOptions(func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		if callsA.Add(1) == 1 {
			close(started)
			<-release // stalled: no heartbeat reaches B's horizon meanwhile
		}
		a, err := storetest.Analyse(ctx, tv)
		returnedA.Store(true)
		return a, err
	})
	optsA.Logger = logA.logger()
	a := storetest.Open(t, dsn, optsA)
	tv := storetest.Ticket(1, "Acme", "Slow", "the worker stalls mid-job", true)
	res, err := a.IngestTicket(ctx, tv, true)
	if err != nil || res.JobID == 0 {
		t.Fatalf("ingest = %+v, %v", res, err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("process A never started the job")
	}

	var ahead atomic.Int64 // B's clock offset
	optsB := heartbeatOptions(func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		callsB.Add(1)
		return storetest.Analyse(ctx, tv)
	})
	optsB.Clock = func() time.Time { return time.Now().Add(time.Duration(ahead.Load())) }
	optsB.Logger = logB.logger()
	regB := &metrics.Registry{}
	optsB.Metrics = regB
	b := storetest.Open(t, dsn, optsB)
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // B sweeps a few times: A is alive
	if n := callsB.Load(); n != 0 {
		t.Fatalf("B ran the job of a live process %d times", n)
	}
	if !strings.Contains(metricsText(t, regB), "debrief_queue_processes 2") {
		t.Errorf("metrics do not count two processes:\n%s", metricsText(t, regB))
	}

	// A minute later for B: A is unseen for twice the process timeout.
	ahead.Store(int64(time.Minute))
	waitFor(t, 30*time.Second, "B did not take over A's job", func() bool {
		ms, err := b.Analyses(ctx, tv.TicketID)
		return err == nil && len(ms) == 1
	})
	logged := regexp.MustCompile(`stopped sending heartbeats.*process=\S+.*jobs=1\b`)
	if !logged.MatchString(logB.String()) {
		t.Errorf("B's log does not name the dead process and its one job:\n%s", logB.String())
	}
	if !strings.Contains(metricsText(t, regB), `debrief_jobs_rescued_total{reason="dead_process"} 1`) {
		t.Errorf("metrics do not count the job handed back:\n%s", metricsText(t, regB))
	}

	// A comes back and finishes its copy of the job.
	ahead.Store(0)
	close(release)
	waitFor(t, 30*time.Second, "A's stalled job did not finish", func() bool {
		return returnedA.Load() && strings.Contains(logA.String(), "already_stored=true")
	})
	waitFor(t, 10*time.Second, "A did not notice it had been presumed dead", func() bool {
		return strings.Contains(logA.String(), "presumed dead")
	})
	ms, err := a.Analyses(ctx, tv.TicketID)
	if err != nil || len(ms) != 1 {
		t.Fatalf("analyses = %+v, %v; want exactly one", ms, err)
	}
	got, err := a.Analysis(ctx, tv.TicketID, 0)
	if err != nil || got.JobID != res.JobID {
		t.Errorf("analysis job = %d, %v; want the ingested job %d", got.JobID, err, res.JobID)
	}
	if ca, cb := callsA.Load(), callsB.Load(); ca != 1 || cb != 1 {
		t.Errorf("analysed %d times by A and %d by B, want once each (the race)", ca, cb)
	}
}

// TestPostgresStopHandsBack: a process stopping gracefully leaves the
// queue at once: its row goes, and its job runs elsewhere long before the
// process timeout (30 s) or RescueAfter (15 min).
func TestPostgresStopHandsBack(t *testing.T) {
	dsn := storetest.NewPostgresSchema(t)
	ctx := t.Context()
	started := make(chan struct{}, 1)
	optsA := heartbeatOptions(func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		started <- struct{}{}
		<-ctx.Done() // never finishes: the stop must cancel it
		return store.Analysis{}, ctx.Err()
	})
	a, err := store.Open(ctx, dsn, optsA)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	tv := storetest.Ticket(1, "Acme", "Stop", "the process is deployed anew", true)
	if _, err := a.IngestTicket(ctx, tv, true); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	<-started

	regB := &metrics.Registry{}
	optsB := heartbeatOptions(storetest.Analyse)
	optsB.Metrics = regB
	b := storetest.Open(t, dsn, optsB)
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "B does not see two processes", func() bool {
		return strings.Contains(metricsText(t, regB), "debrief_queue_processes 2")
	})
	stopCtx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	err = a.Stop(stopCtx)
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	if !strings.Contains(metricsText(t, regB), "debrief_queue_processes 1") {
		t.Errorf("the stopped process is still counted:\n%s", metricsText(t, regB))
	}
	waitFor(t, 20*time.Second, "B did not run the job of the stopped process", func() bool {
		ms, err := b.Analyses(ctx, tv.TicketID)
		return err == nil && len(ms) == 1
	})
	t.Logf("the job ran elsewhere %v after the stop", time.Since(stopped).Round(time.Millisecond))
}
