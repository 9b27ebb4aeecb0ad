package storetest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// The killed-worker test runs workers in a child process (this test binary
// again) and kills it with SIGKILL mid-run.
const (
	childEnvDSN = "DEBRIEF_STORETEST_CHILD_DSN"
	// killAfter is how many analyses the worker process completes.
	killAfter = 40
)

// ChildMain must be called first thing in TestMain of a package that runs
// the suite. In the worker process the killed-worker test starts, it works
// jobs until it is killed and never returns; otherwise it returns at once.
func ChildMain() {
	dsn := os.Getenv(childEnvDSN)
	if dsn == "" {
		return
	}
	// The first killAfter analyses succeed; the next ones hang, so that the
	// process is surely in the middle of jobs when it is killed.
	var calls atomic.Int64
	slow := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		if calls.Add(1) > killAfter {
			<-ctx.Done()
			return store.Analysis{}, ctx.Err()
		}
		time.Sleep(5 * time.Millisecond)
		return Analyse(ctx, tv)
	}
	opts := queueOptions(slow)
	opts.JobTimeout, opts.RescueAfter = time.Hour, 2*time.Hour
	s, err := store.Open(context.Background(), dsn, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "storetest child:", err)
		os.Exit(3)
	}
	if err := s.Start(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "storetest child:", err)
		os.Exit(3)
	}
	select {} // until killed
}

func killOptions(analyse store.AnalyseFunc) store.Options {
	o := queueOptions(analyse)
	// A job whose worker died is taken over after 2 seconds.
	o.JobTimeout, o.RescueAfter = time.Second, 2*time.Second
	return o
}

func testQueueKilled(t *testing.T, h Harness) {
	if testing.Short() {
		t.Skip("starts a worker process")
	}
	const n = 200
	dsn := h.newDSN(t)
	s, err := store.Open(ctxOf(t), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tickets := ingestClosed(t, s, n)

	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	child := exec.Command(exe, "-test.run=^$")
	child.Env = append(os.Environ(), childEnvDSN+"="+dsn)
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			_ = child.Process.Kill()
			_ = child.Wait()
		}
	}()
	deadline := time.Now().Add(time.Minute)
	var st store.QueueStats
	for {
		if st, err = s.QueueStats(ctxOf(t)); err != nil {
			t.Fatal(err)
		}
		// Kill it while it is working on jobs, once it has done some.
		if st.Completed >= killAfter && st.Running > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker process completed too little: %+v", st)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	killed = true
	st, _ = s.QueueStats(ctxOf(t))
	t.Logf("killed the worker process at %+v", st)
	if st.Completed >= n || st.Running == 0 {
		t.Fatalf("no job was left running by the kill (%+v); the test proves nothing", st)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = Open(t, dsn, killOptions(Analyse))
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, n, 3*time.Minute)
	checkOneAnalysisEach(t, s, tickets)
}
