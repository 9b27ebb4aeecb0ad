package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// TestScaleOutKilledServer runs two `debrief serve` processes on one
// PostgreSQL database, posts 1,000 closed tickets to both, kills one with
// SIGKILL a third of the way, and checks that every accepted ticket has
// exactly one analysis within 60 s of the kill: whether the killed process
// is restarted at once or not at all (the survivor takes over its jobs after
// the process timeout, instead of River's 15-minute rescue). The servers
// run with the examples' configuration and a process timeout of 5 s
// (queue.process_timeout; 30 s by default), so the wait for the dead
// process is a few seconds: what is checked is the same at any timeout.
// The two cases run side by side, each on a schema of its own.
func TestScaleOutKilledServer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills real processes")
	}
	storetest.PostgresDSN(t)
	cfg := quickQueueConfig(t)
	for _, restart := range []bool{true, false} {
		name := "not restarted"
		if restart {
			name = "restarted"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			scaleOutKill(t, cfg, restart)
		})
	}
}

// quickQueueConfig writes the examples' configuration with a heartbeat
// every second and a process timeout of 5 s, and returns its path.
func quickQueueConfig(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(examplesConfig)
	if err != nil {
		t.Fatal(err)
	}
	logo, err := filepath.Abs(filepath.Join(filepath.Dir(examplesConfig), "logo.png"))
	if err != nil {
		t.Fatal(err)
	}
	const rel = "logo: logo.png"
	if !bytes.Contains(data, []byte(rel)) {
		t.Fatalf("%s no longer has %q: update this test", examplesConfig, rel)
	}
	data = bytes.Replace(data, []byte(rel), []byte("logo: "+logo), 1)
	data = append(data, "\nqueue: {heartbeat_interval: 1s, process_timeout: 5s}\n"...)
	path := filepath.Join(t.TempDir(), "debrief.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func scaleOutKill(t *testing.T, cfg string, restart bool) {
	const (
		n      = 1000
		within = 60 * time.Second
	)
	dsn := storetest.NewPostgresSchema(t)
	out, err := debriefCmd("token", "create", "--role", "admin", "--database", dsn).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	token := lines[len(lines)-1]
	victim, victimURL := startServeConfig(t, dsn, cfg)
	_, survivorURL := startServeConfig(t, dsn, cfg)

	client := &http.Client{Timeout: 10 * time.Second}
	post := func(base string, i int) bool {
		body, _ := json.Marshal(tickettest.Synthetic(i, 12))
		req, _ := http.NewRequest("POST", base+"/api/v1/tickets", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			return false // the server was killed under this request
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode == http.StatusCreated
	}
	var (
		accepted sync.Map
		count    atomic.Int64
		killed   atomic.Bool
		killedAt time.Time
		killOnce sync.Once
		wg       sync.WaitGroup
		ids      = make(chan int)
	)
	kill := func() {
		killOnce.Do(func() {
			victim.Process.Signal(syscall.SIGKILL) // mid-way: requests and analyses in flight
			killedAt = time.Now()
			killed.Store(true)
		})
	}
	for range 8 {
		wg.Go(func() {
			for i := range ids {
				ok := false
				if i%2 == 0 && !killed.Load() {
					ok = post(victimURL, i)
				}
				if !ok && (i%2 == 1 || killed.Load()) {
					ok = post(survivorURL, i)
				}
				if ok {
					accepted.Store(i, true)
					if count.Add(1) == n/3 {
						kill()
					}
				}
			}
		})
	}
	for i := range n {
		ids <- i
	}
	close(ids)
	wg.Wait()
	victim.Wait()
	if !killed.Load() {
		t.Fatalf("only %d tickets accepted: the kill never happened", count.Load())
	}
	restartedURL := ""
	if restart {
		_, restartedURL = startServeConfig(t, dsn, cfg)
	}

	// Watch the queue from a store of our own, without workers.
	st, err := store.Open(t.Context(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithDeadline(t.Context(), killedAt.Add(within))
	defer cancel()
	var q store.QueueStats
	for {
		if q, err = st.QueueStats(ctx); err == nil && q.Queued == 0 && q.Running == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("%v after the kill the queue is not drained: %+v (%v)", within, q, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	drained := time.Since(killedAt)

	stored, lost, dup := 0, 0, 0
	for i := range n {
		id := tickettest.Synthetic(i, 12).ID
		metas, err := st.Analyses(t.Context(), id)
		if err != nil {
			if _, ok := accepted.Load(i); ok {
				t.Errorf("ticket %s was accepted (201) but is not stored: %v", id, err)
			}
			continue
		}
		stored++
		switch {
		case len(metas) == 0:
			lost++
		case len(metas) > 1:
			dup++
		}
	}
	if lost > 0 || dup > 0 {
		t.Errorf("of %d stored tickets, %d have no analysis and %d more than one", stored, lost, dup)
	}

	// The killed process held running jobs, and another process handed
	// them back (otherwise the test proved nothing).
	rescued := 0
	for _, base := range []string{survivorURL, restartedURL} {
		if base == "" {
			continue
		}
		rescued += rescuedJobs(t, client, base, token)
	}
	if rescued == 0 {
		t.Errorf("no job of the killed process was handed back: the kill left none running")
	}
	t.Logf("%d accepted, %d stored; killed after %d; queue drained %v after the kill, %d jobs handed back from the dead process",
		count.Load(), stored, n/3, drained.Round(100*time.Millisecond), rescued)
}

var rescuedLine = regexp.MustCompile(`(?m)^debrief_jobs_rescued_total\{reason="dead_process"\} (\d+)$`)

// rescuedJobs reads how many jobs of dead processes a server handed back.
func rescuedJobs(t *testing.T, client *http.Client, base, token string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := rescuedLine.FindSubmatch(b)
	if m == nil {
		return 0
	}
	v, _ := strconv.Atoi(string(m[1]))
	return v
}
