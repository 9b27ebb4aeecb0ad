// Package server is debrief's HTTP service: the JSON API over the archive, the
// webhook receivers (Zammad and a generic signed webhook), token auth with
// roles and per-customer scoping, health, readiness and Prometheus metrics.
//
// Routes are declared once in a table (routes) that both registers them and
// lets the tests check them against docs/openapi.yaml.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/store"
)

// Config configures a Server.
type Config struct {
	Store  store.Store
	Engine *engine.Engine
	Logger *slog.Logger
	// ZammadSecret is the HMAC-SHA1 token of the Zammad webhook; without it
	// /hooks/zammad is disabled (404).
	ZammadSecret []byte
	// WebhookSecret is the HMAC-SHA256 key of the generic webhook; without it
	// /hooks/generic is disabled (404).
	WebhookSecret []byte
	// MaxBody is the largest request body accepted (default 16 MiB).
	MaxBody int64
	// Clock is the time source (default time.Now).
	Clock func() time.Time
	// Metrics is the registry the server adds its series to (default: its own).
	Metrics *metrics.Registry
}

// Server serves the API. Create it with New.
type Server struct {
	cfg    Config
	log    *slog.Logger
	mux    *http.ServeMux
	tokens *tokenCache
	locks  keyedMutex

	requests *metrics.Counter
	ingested *metrics.Counter
}

// DefaultMaxBody is the default request body limit.
const DefaultMaxBody = 16 << 20

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Engine == nil {
		return nil, errors.New("server: a store and an engine are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Metrics == nil {
		cfg.Metrics = &metrics.Registry{}
	}
	s := &Server{cfg: cfg, log: cfg.Logger, mux: http.NewServeMux(), tokens: newTokenCache(cfg.Store, cfg.Clock)}
	s.requests = cfg.Metrics.NewCounter("debrief_http_requests_total", "HTTP requests served, by status code class.", "code")
	s.ingested = cfg.Metrics.NewCounter("debrief_tickets_ingested_total", "Ticket versions received, by outcome.", "outcome")
	cfg.Metrics.NewGaugeFunc("debrief_jobs", "Analysis jobs by state (queued, running, completed, failed).", "state", func() (map[string]float64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		q, err := cfg.Store.QueueStats(ctx)
		if err != nil {
			return nil, err
		}
		return map[string]float64{"queued": float64(q.Queued), "running": float64(q.Running), "completed": float64(q.Completed), "failed": float64(q.Failed)}, nil
	})
	cfg.Metrics.NewGaugeFunc("debrief_search_unindexed", "Tickets whose latest change the search index does not hold yet.", "", func() (map[string]float64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := cfg.Store.Unindexed(ctx)
		if err != nil {
			return nil, err
		}
		return map[string]float64{"": float64(n)}, nil
	})
	for _, rt := range s.routes() {
		s.mux.Handle(rt.Method+" "+rt.Pattern, s.wrap(rt))
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such route: "+r.Method+" "+r.URL.Path)
	})
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.mux }

// Role is what a token may do.
type Role string

// Roles, from least to most privileged.
const (
	RolePublic Role = ""
	RoleViewer Role = "viewer"
	RoleAgent  Role = "agent"
	RoleAdmin  Role = "admin"
)

func (r Role) rank() int {
	switch r {
	case RoleViewer:
		return 1
	case RoleAgent:
		return 2
	case RoleAdmin:
		return 3
	}
	return 0
}

// route is one entry of the route table.
type route struct {
	Method, Pattern string
	// Role is the least role that may call it; RolePublic needs no token.
	Role    Role
	Handler func(w http.ResponseWriter, r *http.Request, c *caller)
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/healthz", RolePublic, s.healthz},
		{"GET", "/readyz", RolePublic, s.readyz},
		{"GET", "/metrics", RolePublic, s.metrics},
		{"POST", "/api/v1/tickets", RoleAgent, s.postTicket},
		{"GET", "/api/v1/tickets/{id}", RoleViewer, s.getTicket},
		{"GET", "/api/v1/tickets/{id}/analyses", RoleViewer, s.listAnalyses},
		{"GET", "/api/v1/tickets/{id}/analyses/{version}/{file}", RoleViewer, s.getReport},
		{"POST", "/api/v1/tickets/{id}/reanalyse", RoleAgent, s.reanalyse},
		{"GET", "/api/v1/search", RoleViewer, s.search},
		{"POST", "/hooks/zammad", RolePublic, s.zammadHook},
		{"POST", "/hooks/generic", RolePublic, s.genericHook},
	}
}

// caller is who made a request.
type caller struct {
	Role     Role
	Customer string // non-empty: a viewer bound to this customer
	TokenID  int64
}

// sees reports whether the caller may see a ticket of customer.
func (c *caller) sees(customer string) bool { return c.Customer == "" || c.Customer == customer }

// wrap adds recovery, body limits, auth, metrics and a log line to a route.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.cfg.Clock()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
				if !sw.wrote {
					writeError(sw, http.StatusInternalServerError, "internal", "internal error")
				}
			}
			s.requests.Inc(strconv.Itoa(sw.status/100) + "xx")
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", s.cfg.Clock().Sub(start))
		}()
		r.Body = http.MaxBytesReader(sw, r.Body, s.cfg.MaxBody)
		c := &caller{}
		if rt.Role != RolePublic {
			var ok bool
			if c, ok = s.authenticate(sw, r); !ok {
				return
			}
			if c.Role.rank() < rt.Role.rank() {
				writeError(sw, http.StatusForbidden, "forbidden", fmt.Sprintf("this needs the %s role; the token has %s", rt.Role, c.Role))
				return
			}
		}
		rt.Handler(sw, r, c)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// apiError is the JSON body of every error response.
type apiError struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, apiError{Error: msg, Code: code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// keyedMutex serialises work per key (a ticket id) within this process.
type keyedMutex struct {
	mu    sync.Mutex
	locks map[string]*keyLock
}

type keyLock struct {
	mu   sync.Mutex
	refs int
}

func (k *keyedMutex) lock(key string) func() {
	k.mu.Lock()
	if k.locks == nil {
		k.locks = map[string]*keyLock{}
	}
	l := k.locks[key]
	if l == nil {
		l = &keyLock{}
		k.locks[key] = l
	}
	l.refs++
	k.mu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		k.mu.Lock()
		if l.refs--; l.refs == 0 {
			delete(k.locks, key)
		}
		k.mu.Unlock()
	}
}
