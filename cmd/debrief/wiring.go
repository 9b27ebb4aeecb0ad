package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/llmwriter"
	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The wiring the commands share: one constructor, openApp, gives every
// command the same logger, configuration, engine (with its writer and the
// archive-backed cache of model results) and store.

const defaultDatabase = "debrief.db"

type stringFlagger interface {
	String(name, value, usage string) *string
}

func databaseFlag(fs stringFlagger) *string {
	return fs.String("database", defaultDatabase, "SQLite file, or a postgres:// URL for PostgreSQL")
}

func configFlag(fs stringFlagger, what string) *string {
	return fs.String("config", "", "configuration file"+what+" (default ./"+config.DefaultFile+" if present, else built-in)")
}

// logLevelFlag is the level of the logs a command writes to stderr; batch
// commands default to warn, so that only what went wrong shows.
func logLevelFlag(fs stringFlagger, def string) *string {
	return fs.String("log-level", def, "debug, info, warn or error")
}

// appOptions say what a command needs opened.
type appOptions struct {
	// logLevel is the --log-level flag; logJSON writes JSON logs (serve).
	logLevel string
	logJSON  bool
	// config loads the configuration from configPath and builds the engine
	// with writer (empty: the configuration's writer).
	config     bool
	configPath string
	writer     string
	// database, if not empty, opens the store.
	database string
	// analyse lets the store's workers run analyses with the engine (needs
	// config); workers and poll configure them (0: the store's defaults).
	analyse bool
	workers int
	poll    time.Duration
	// metrics, if set, measures every analysis the store's workers run and
	// the queue's processes and hand-backs.
	metrics *metrics.Registry
	// monthly lets the workers build last month's reports on the first of
	// each month, with the service set in app.months before Start.
	monthly bool
}

// app is what openApp opened. Close it.
type app struct {
	log *slog.Logger
	cfg *config.Config
	eng *engine.Engine
	st  store.Store
	// analyse analyses a stored ticket version with eng (nil without config).
	analyse store.AnalyseFunc
	// months builds the monthly reports, once its service is set.
	months monthBuilder
}

// monthBuilder builds and archives a month's reports with a service set
// after the store opened (the service needs the store).
type monthBuilder struct{ svc *service.Service }

func (m *monthBuilder) build(ctx context.Context, month string) error {
	if m.svc == nil {
		return fmt.Errorf("monthly reports of %s: no service yet", month)
	}
	return m.svc.ArchiveMonth(ctx, month, "periodic")
}

// openApp opens what o asks for, logging to stderr.
func openApp(ctx context.Context, stderr io.Writer, o appOptions) (*app, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return nil, usageError{"--log-level: " + err.Error()}
	}
	hopts := &slog.HandlerOptions{Level: level}
	a := &app{log: slog.New(slog.NewTextHandler(stderr, hopts))}
	if o.logJSON {
		a.log = slog.New(slog.NewJSONHandler(stderr, hopts))
	}
	cache, actions := &storeCache{}, &storeActions{}
	if o.config {
		cfg, err := config.Load(o.configPath)
		if err != nil {
			return nil, err
		}
		var mc llmwriter.Cache = cache
		if o.database == "" {
			mc = llmwriter.NewMemoryCache()
		}
		eng, err := newEngine(cfg, a.log, mc, o.writer)
		if err != nil {
			return nil, err
		}
		a.cfg, a.eng, a.analyse = cfg, eng, service.AnalyserFollowing(eng, actions)
	}
	if o.database == "" {
		return a, nil
	}
	sopts := store.Options{Logger: a.log, Workers: o.workers, PollInterval: o.poll, Metrics: o.metrics}
	if a.cfg != nil {
		sopts.HeartbeatInterval = time.Duration(a.cfg.Queue.HeartbeatInterval)
		sopts.ProcessTimeout = time.Duration(a.cfg.Queue.ProcessTimeout)
	}
	if o.analyse {
		sopts.Analyse = a.analyse
		if o.metrics != nil {
			sopts.Analyse = store.Instrument(a.analyse, o.metrics, a.log)
		}
		if o.monthly {
			sopts.Monthly, sopts.MonthlyLocation = a.months.build, a.cfg.Reporting
		}
	}
	st, err := store.Open(ctx, o.database, sopts)
	if err != nil {
		return nil, err
	}
	a.st, cache.st, actions.st = st, st, st
	return a, nil
}

// Close closes the store, if one was opened.
func (a *app) Close() error {
	if a.st == nil {
		return nil
	}
	return a.st.Close()
}

// newEngine builds the engine with the writer the configuration chooses (or
// kind, when not empty, overriding it).
func newEngine(cfg *config.Config, log *slog.Logger, cache llmwriter.Cache, kind string) (*engine.Engine, error) {
	if kind == "" {
		kind = cfg.Writer.Kind
	}
	switch kind {
	case "", "deterministic":
		return engine.New(cfg, nil)
	case "llm":
		if cfg.Writer.Kind != "llm" {
			return nil, fmt.Errorf("the llm writer needs its settings in the configuration (writer: {kind: llm, base_url: ..., model: ...}); %s has none", cfg.Source)
		}
		w, err := llmwriter.New(cfg.Writer, llmwriter.Options{Logger: log, Cache: cache, ConfigHash: cfg.Hash,
			Redactor: func(t *ticket.Ticket) *redact.Redactor { return engine.NewRedactor(cfg, t) }})
		if err != nil {
			return nil, err
		}
		return engine.New(cfg, w)
	}
	return nil, fmt.Errorf("unknown writer %q (want deterministic or llm)", kind)
}

// storeCache keeps model results in the archive, so identical inputs (same
// ticket version, configuration, model and prompt) are paid for once, across
// restarts. It misses until its store is set.
type storeCache struct{ st store.Store }

func (c *storeCache) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if c.st == nil {
		return nil, false, nil
	}
	return c.st.CacheGet(ctx, key)
}

func (c *storeCache) Put(ctx context.Context, key string, value []byte) error {
	if c.st == nil {
		return nil
	}
	return c.st.CachePut(ctx, key, value)
}

// storeActions lists a ticket's action items from the archive, so that a
// re-analysis shows what became of them; it lists none until its store is set.
type storeActions struct{ st store.Store }

func (a *storeActions) ListActions(ctx context.Context, f store.ActionFilter) ([]figures.ActionItem, error) {
	if a.st == nil {
		return nil, nil
	}
	return a.st.ListActions(ctx, f)
}
