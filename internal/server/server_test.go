package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/store"
)

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newTestServer is a server over a fresh SQLite store, logging to logs.
func newTestServer(t *testing.T, logs *syncBuffer) (*Server, store.Store) {
	t.Helper()
	eng := benchEngine(t)
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s, err := New(Config{Store: st, Engine: eng, MaxBody: 64, Metrics: &metrics.Registry{},
		Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// TestMiddleware: a panic becomes a JSON 500, and every 5xx is logged at
// error level; other answers are not logged at info level.
func TestMiddleware(t *testing.T) {
	var logs syncBuffer
	s, st := newTestServer(t, &logs)
	cases := []struct {
		name    string
		handler http.Handler
		status  int
		logged  bool
	}{
		{"panic", s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") })), 500, true},
		{"health", s.Handler(), 200, false},
		{"unknown route", s.Handler(), 404, false},
	}
	for _, c := range cases {
		path := "/healthz"
		if c.name == "unknown route" {
			path = "/nowhere"
		}
		before := strings.Count(logs.String(), `"level":"ERROR"`)
		rec := httptest.NewRecorder()
		c.handler.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var body struct{ Error, Code string }
		if rec.Code != c.status {
			t.Errorf("%s: %d, want %d", c.name, rec.Code, c.status)
		}
		if c.status >= 400 && (json.Unmarshal(rec.Body.Bytes(), &body) != nil || body.Code == "") {
			t.Errorf("%s: no JSON error: %s", c.name, rec.Body)
		}
		if got := strings.Count(logs.String(), `"level":"ERROR"`) > before; got != c.logged {
			t.Errorf("%s: logged at error level %v, want %v; logs:\n%s", c.name, got, c.logged, logs.String())
		}
	}
	// A store that is gone: readiness fails with 503, logged.
	st.Close()
	before := strings.Count(logs.String(), `"status":503`)
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 || strings.Count(logs.String(), `"status":503`) == before {
		t.Errorf("readyz on a closed store: %d; logs:\n%s", rec.Code, logs.String())
	}
	// The body limit holds for every route.
	var readErr error
	limited := s.middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, readErr = io.ReadAll(r.Body) }))
	limited.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/anything", strings.NewReader(strings.Repeat("x", 65))))
	if mbe := (*http.MaxBytesError)(nil); !errors.As(readErr, &mbe) || mbe.Limit != 64 {
		t.Errorf("a 65-byte body under a 64-byte limit: %v", readErr)
	}
}
