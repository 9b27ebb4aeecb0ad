package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/llmwriter"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The wiring the commands share: the database flag, the engine with its
// writer, and the archive-backed cache of model results.

const defaultDatabase = "debrief.db"

func databaseFlag(fs interface {
	String(name, value, usage string) *string
}) *string {
	return fs.String("database", defaultDatabase, "SQLite file, or a postgres:// URL for PostgreSQL")
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
		if log == nil {
			log = slog.New(slog.DiscardHandler)
		}
		if cache == nil {
			cache = llmwriter.NewMemoryCache()
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
