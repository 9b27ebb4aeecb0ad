package server

import (
	"net/http"

	"github.com/debriefhq/debrief/internal/api"
)

// route is one of the server's own routes.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routes are the server's own routes, beside the API's.
func (s *Server) routes() []route {
	return []route{
		{"GET /healthz", s.healthz},
		{"GET /readyz", s.readyz},
		{"GET /metrics", s.metrics},
	}
}

// Routes lists the patterns of the server's own routes ("GET /healthz"),
// served beside those of api.Routes.
func Routes() []string {
	var s Server
	var out []string
	for _, rt := range s.routes() {
		out = append(out, rt.pattern)
	}
	return out
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	api.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cfg.Store.QueueStats(r.Context()); err != nil {
		s.log.Error("readiness: the store is not reachable", "err", err)
		api.WriteError(w, http.StatusServiceUnavailable, "not_ready", "the store is not reachable")
		return
	}
	api.WriteJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	if err := s.cfg.Metrics.Write(w); err != nil {
		s.log.Warn("writing metrics", "err", err)
	}
}
