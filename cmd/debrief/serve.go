package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/debriefhq/debrief/internal/demo"
	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/server"
	"github.com/debriefhq/debrief/internal/store"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	listen := fs.String("listen", "127.0.0.1:8080", "address to listen on")
	db := databaseFlag(fs)
	cfgPath := configFlag(fs, "")
	workers := fs.Int("workers", 128, "analysis jobs in flight at once in this process (the LLM writer has its own concurrency limit)")
	zammadEnv := fs.String("zammad-secret-env", "DEBRIEF_ZAMMAD_SECRET", "environment variable holding the Zammad webhook's HMAC token (unset: /hooks/zammad is off)")
	hookEnv := fs.String("webhook-secret-env", "DEBRIEF_WEBHOOK_SECRET", "environment variable holding the generic webhook's HMAC key (unset: /hooks/generic is off)")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	logLevel := logLevelFlag(fs, "info")
	demoMode := fs.Bool("demo", false, "a demonstration: a temporary archive with the bundled examples analysed, and a one-time admin sign-in link")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"serve takes no arguments"}
	}
	if *demoMode {
		dir, err := os.MkdirTemp("", "debrief-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		*db = filepath.Join(dir, "debrief.db")
		if *cfgPath, err = demo.WriteConfig(dir); err != nil {
			return err
		}
	}
	reg := &metrics.Registry{}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, logJSON: true, config: true, configPath: *cfgPath,
		database: *db, analyse: true, workers: *workers, metrics: reg, monthly: true})
	if err != nil {
		return err
	}
	defer a.Close()
	log, cfg, eng, st := a.log, a.cfg, a.eng, a.st
	srv, err := server.New(server.Config{Store: st, Engine: eng, Logger: log, Metrics: reg, MaxBody: *maxBody,
		ZammadSecret: []byte(os.Getenv(*zammadEnv)), WebhookSecret: []byte(os.Getenv(*hookEnv)),
		ShareKey: []byte(os.Getenv("DEBRIEF_SHARE_KEY"))})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	a.months.svc = srv.Service()
	if err := st.Start(ctx); err != nil {
		return err
	}
	log.Info("debrief serving", "listen", ln.Addr().String(), "database", redactDSN(*db), "config", cfg.Source, "writer", eng.Writer().Name(), "workers", *workers)
	fmt.Fprintf(e.stderr, "debrief: serving on http://%s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	if *demoMode {
		secret, err := demo.Seed(ctx, srv.Service(), st, 2*time.Minute)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "debrief demo: sign in once at http://%s%s\n", ln.Addr(), srv.UI().OneTimeLink(secret, time.Hour))
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Graceful shutdown: stop taking requests, let in-flight ones finish, then
	// let running analyses finish (or hand them back to the queue).
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", "err", err)
	}
	if err := st.Stop(sctx); err != nil {
		log.Warn("queue shutdown", "err", err)
	}
	return nil
}

// redactDSN hides a password in a database URL for logs.
func redactDSN(dsn string) string {
	if !store.IsPostgres(dsn) {
		return dsn
	}
	if u, err := url.Parse(dsn); err == nil {
		return u.Redacted()
	}
	return "postgres://…"
}
