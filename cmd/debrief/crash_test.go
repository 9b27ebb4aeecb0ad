package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// TestMain lets the test binary stand in for the debrief binary, so the crash
// test can run and kill real debrief processes without building one.
func TestMain(m *testing.M) {
	if os.Getenv("DEBRIEF_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// debriefCmd runs this binary as debrief with args.
func debriefCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DEBRIEF_TEST_RUN_MAIN=1")
	return cmd
}

// startServe starts `debrief serve` with the examples' configuration and
// returns its base URL.
func startServe(t *testing.T, db string) (*exec.Cmd, string) {
	t.Helper()
	return startServeConfig(t, db, examplesConfig)
}

// startServeConfig starts `debrief serve` with the configuration at cfg and
// returns its base URL.
func startServeConfig(t *testing.T, db, cfg string) (*exec.Cmd, string) {
	t.Helper()
	cmd := debriefCmd("serve", "--listen", "127.0.0.1:0", "--database", db, "--config", cfg, "--log-level", "warn")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if addr, ok := strings.CutPrefix(sc.Text(), "debrief: serving on "); ok {
			go io.Copy(io.Discard, stderr)
			return cmd, addr
		}
	}
	t.Fatalf("serve did not start: %v", sc.Err())
	return nil, ""
}

// TestCrashLosesNothing starts serve, posts 2,000 closed tickets, kills the
// process with SIGKILL mid-way, restarts it, and checks that every stored
// ticket has exactly one analysis: none lost, none duplicated.
func TestCrashLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills real processes")
	}
	db := filepath.Join(t.TempDir(), "debrief.db")
	out, err := debriefCmd("token", "create", "--role", "admin", "--database", db).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	token := lines[len(lines)-1]

	cmd, base := startServe(t, db)
	n := 2000
	if raceEnabled {
		n = 500 // .ci/run posts all 2,000 without the race detector
	}
	var accepted sync.Map
	var count atomic.Int64
	ids := make(chan int)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 10 * time.Second}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ids {
				body, _ := json.Marshal(tickettest.Synthetic(i, 12))
				req, _ := http.NewRequest("POST", base+"/api/v1/tickets", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := client.Do(req)
				if err != nil {
					continue // the server was killed under this request
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusCreated {
					accepted.Store(i, true)
					if count.Add(1) == int64(n/3) {
						cmd.Process.Signal(syscall.SIGKILL) // mid-way: requests and analyses in flight
					}
				}
			}
		}()
	}
	for i := range n {
		ids <- i
	}
	close(ids)
	wg.Wait()
	cmd.Wait()
	if c := count.Load(); c < int64(n/3) || c == int64(n) {
		t.Fatalf("%d tickets accepted: the kill did not land mid-way", c)
	}

	_, base = startServe(t, db)
	get := func(path string) (int, []byte) {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, b
	}
	// Wait for the restarted workers to drain the queue.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for {
		_, b := get("/metrics")
		if strings.Contains(string(b), `debrief_jobs{state="queued"} 0`) && strings.Contains(string(b), `debrief_jobs{state="running"} 0`) {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("queue did not drain:\n%s", b)
		}
		time.Sleep(200 * time.Millisecond)
	}
	stored, lost, dup := 0, 0, 0
	for i := range n {
		id := tickettest.Synthetic(i, 12).ID
		code, _ := get("/api/v1/tickets/" + id)
		if code == http.StatusNotFound {
			if _, ok := accepted.Load(i); ok {
				t.Errorf("ticket %s was accepted (201) but is not stored", id)
			}
			continue
		}
		stored++
		_, b := get("/api/v1/tickets/" + id + "/analyses")
		var as []map[string]any
		json.Unmarshal(b, &as)
		switch {
		case len(as) == 0:
			lost++
		case len(as) > 1:
			dup++
		}
	}
	if lost > 0 || dup > 0 {
		t.Errorf("of %d stored tickets, %d have no analysis and %d more than one", stored, lost, dup)
	}
	t.Logf("%d accepted before the kill, %d stored in all, each with exactly one analysis", count.Load(), stored)
}

// TestServeShutsDownGracefully: SIGTERM stops serve cleanly (exit status 0)
// after it has answered.
func TestServeShutsDownGracefully(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a real process")
	}
	cmd, base := startServe(t, filepath.Join(t.TempDir(), "debrief.db"))
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v after SIGTERM", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30 s of SIGTERM")
	}
}
