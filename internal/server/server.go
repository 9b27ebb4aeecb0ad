// Package server is debrief's HTTP server: the root mux and the middleware
// every request passes (recovery, body limits, metrics, access log, a log
// line for every server error), health, readiness and Prometheus metrics,
// and the JSON API of package api and the web interface of package ui
// mounted under it.
package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/debriefhq/debrief/internal/api"
	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ui"
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
	// NoUI leaves the web interface out (the API alone is served).
	NoUI bool
	// SecureCookies marks the web interface's session cookie Secure on
	// plain HTTP too (behind a proxy that ends TLS).
	SecureCookies bool
	// ShareKey keys the opaque names of redacted downloads (see
	// service.Config.ShareKey).
	ShareKey []byte
}

// Server serves debrief over HTTP. Create it with New.
type Server struct {
	cfg      Config
	log      *slog.Logger
	svc      *service.Service
	handler  http.Handler
	requests *metrics.Counter
	ui       *ui.UI
}

// DefaultMaxBody is the default request body limit.
const DefaultMaxBody = 16 << 20

// New returns a server for cfg: the service over its store and engine, and
// the API over the service.
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
	svc, err := service.New(service.Config{Store: cfg.Store, Engine: cfg.Engine, Logger: cfg.Logger, Clock: cfg.Clock, ShareKey: cfg.ShareKey})
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger, svc: svc}
	s.requests = cfg.Metrics.NewCounter("debrief_http_requests_total", "HTTP requests served, by status code class.", "code")
	tokens := auth.NewTokenCache(cfg.Store, cfg.Clock)
	a, err := api.New(api.Config{Service: svc, Tokens: tokens, Logger: cfg.Logger,
		ZammadSecret: cfg.ZammadSecret, WebhookSecret: cfg.WebhookSecret, Clock: cfg.Clock, Metrics: cfg.Metrics})
	if err != nil {
		return nil, err
	}
	s.gauges()
	mux := http.NewServeMux()
	for _, rt := range s.routes() {
		mux.HandleFunc(rt.pattern, rt.handler)
	}
	a.Register(mux)
	if !cfg.NoUI {
		s.ui, err = ui.New(ui.Config{Service: svc, Tokens: tokens, TokenStore: cfg.Store, Sessions: cfg.Store,
			Logger: cfg.Logger, Clock: cfg.Clock, SecureCookies: cfg.SecureCookies})
		if err != nil {
			return nil, err
		}
		s.ui.Register(mux)
	}
	s.handler = s.middleware(unrouted(mux))
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// UI returns the web interface, nil when Config.NoUI left it out.
func (s *Server) UI() *ui.UI { return s.ui }

// Service returns the use cases the server serves.
func (s *Server) Service() *service.Service { return s.svc }

// gauges registers the series read from the store when scraped.
func (s *Server) gauges() {
	st := s.cfg.Store
	s.cfg.Metrics.NewGaugeFunc("debrief_jobs", "Analysis jobs by state (queued, running, completed, failed).", "state", func() (map[string]float64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		q, err := st.QueueStats(ctx)
		if err != nil {
			return nil, err
		}
		return map[string]float64{"queued": float64(q.Queued), "running": float64(q.Running), "completed": float64(q.Completed), "failed": float64(q.Failed)}, nil
	})
	s.cfg.Metrics.NewGaugeFunc("debrief_search_unindexed", "Tickets whose latest change the search index does not hold yet.", "", func() (map[string]float64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		n, err := st.Unindexed(ctx)
		if err != nil {
			return nil, err
		}
		return map[string]float64{"": float64(n)}, nil
	})
}

// middleware adds recovery, the body limit, metrics and a log line to every
// request; a server error (5xx) is logged at error level.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.cfg.Clock()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
				if !sw.wrote {
					api.WriteError(sw, http.StatusInternalServerError, "internal", "internal error")
				}
			}
			s.requests.Inc(strconv.Itoa(sw.status/100) + "xx")
			level := slog.LevelDebug
			if sw.status >= 500 {
				level = slog.LevelError
			}
			s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", s.cfg.Clock().Sub(start))
		}()
		r.Body = http.MaxBytesReader(sw, r.Body, s.cfg.MaxBody)
		next.ServeHTTP(sw, r)
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

// unrouted answers what mux has no route for in JSON, as every other error:
// 405 with the Allow header when the path exists for other methods, else 404.
func unrouted(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h, pattern := mux.Handler(r); pattern == "" {
			probe := &statusProbe{header: http.Header{}}
			h.ServeHTTP(probe, r)
			if probe.status == http.StatusMethodNotAllowed {
				w.Header().Set("Allow", probe.header.Get("Allow"))
				api.WriteError(w, http.StatusMethodNotAllowed, "method_not_allowed",
					r.Method+" is not allowed on "+r.URL.Path+"; allowed: "+probe.header.Get("Allow"))
				return
			}
			if probe.status != http.StatusMovedPermanently && probe.status != http.StatusTemporaryRedirect && probe.status != http.StatusPermanentRedirect {
				api.WriteError(w, http.StatusNotFound, "not_found", "no such route: "+r.Method+" "+r.URL.Path)
				return
			}
		}
		mux.ServeHTTP(w, r)
	})
}

// statusProbe records what the mux's own answer to an unrouted request
// would be, without writing it.
type statusProbe struct {
	header http.Header
	status int
}

func (p *statusProbe) Header() http.Header { return p.header }

func (p *statusProbe) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return len(b), nil
}

func (p *statusProbe) WriteHeader(code int) {
	if p.status == 0 {
		p.status = code
	}
}
