// Package service holds debrief's use cases, shared by the JSON API, the
// web interface and the CLI: ingesting tickets (debrief's JSON, Zammad
// deliveries merged with retry), the ticket, its analyses and its reports as
// a given caller may see them, re-analysis, and search. What a caller may
// see is decided in one place (visibility.go): a viewer bound to a customer
// gets only what that customer could see, redacted, in every view.
//
// The package knows nothing of HTTP: its errors carry a stable code (see
// [Error]) that each surface maps to its own answer.
package service

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/report"
	"github.com/debriefhq/debrief/internal/store"
)

// Tickets is the part of the store that keeps ticket versions.
type Tickets interface {
	IngestTicket(ctx context.Context, tv store.TicketVersion, analyse bool) (store.IngestResult, error)
	Ticket(ctx context.Context, id string) (store.TicketVersion, error)
	TicketVersion(ctx context.Context, id string, version int) (store.TicketVersion, error)
}

// Analyses is the part of the store that keeps analyses.
type Analyses interface {
	Analyses(ctx context.Context, ticketID string) ([]store.AnalysisMeta, error)
	Analysis(ctx context.Context, ticketID string, version int) (store.Analysis, error)
}

// Reanalyser is the part of the store that queues re-analyses.
type Reanalyser interface {
	Reanalyse(ctx context.Context, id, reason string) (jobID int64, err error)
	FallbackTickets(ctx context.Context) ([]string, error)
}

// Searcher is the part of the store that searches.
type Searcher interface {
	Search(ctx context.Context, query string, opts store.SearchOptions) ([]store.Hit, error)
	Unindexed(ctx context.Context) (int64, error)
}

// Store is everything the service reads and writes.
type Store interface {
	Tickets
	Analyses
	Reanalyser
	Searcher
	MonthlyStore
	MonthlyArchive
	ActionStore
	TicketLister
	Deliveries
}

// Config configures a Service.
type Config struct {
	Store  Store
	Engine *engine.Engine
	// Logger receives the service's logs; nil discards them.
	Logger *slog.Logger
	// Clock is the time source (time.Now if nil).
	Clock func() time.Time
	// ShareKey keys the opaque file names of redacted downloads, which must
	// not carry the ticket id they hide (redact.ShareName); a random key is
	// made when nil, so names are stable only within the process.
	ShareKey []byte
}

// Service runs the use cases. It is safe for concurrent use.
type Service struct {
	store Store
	eng   *engine.Engine
	log   *slog.Logger
	now   func() time.Time
	// shareKey keys the names of redacted downloads.
	shareKey []byte
	locks    keyedMutex
	// reports renders reports again from archived analyses, with the
	// engine's templates (the ticket page's cited reports).
	reports *report.Renderer
	// soFar are the current month's reports the dashboard shows, by month
	// and customer, reused for a minute (MonthSoFar).
	soFarMu sync.Mutex
	soFar   map[string]soFar
}

// New returns a service for cfg.
func New(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Engine == nil {
		return nil, errors.New("service: a store and an engine are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if len(cfg.ShareKey) == 0 {
		cfg.ShareKey = make([]byte, 32)
		if _, err := rand.Read(cfg.ShareKey); err != nil {
			return nil, fmt.Errorf("service: share key: %w", err)
		}
	}
	reports, err := report.New(cfg.Engine.Config().Templates)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	return &Service{store: cfg.Store, eng: cfg.Engine, log: cfg.Logger, now: cfg.Clock, shareKey: cfg.ShareKey, reports: reports}, nil
}

// Engine returns the service's analysis engine.
func (s *Service) Engine() *engine.Engine { return s.eng }

// Error codes: what went wrong, for a surface to answer (the API maps each
// to an HTTP status).
const (
	CodeNotFound      = "not_found"      // no such ticket, analysis or report, or not the caller's
	CodeInvalidTicket = "invalid_ticket" // the ticket does not parse or validate
	CodeUnknownSLA    = "unknown_sla"    // the ticket names no SLA the configuration knows
	CodeNotClosed     = "not_closed"     // only closed tickets are analysed
	CodeStore         = "store_error"    // the store failed: retry later
	CodeStaleVersion  = "stale_version"  // older than the stored version of the ticket
	CodeInternal      = "internal"       // a fault of debrief
	CodeExportFailed  = "export_failed"  // the report could not be rendered
	CodeInvalid       = "invalid"        // a request's argument is malformed (a month, a status, a date)
	CodeForbidden     = "forbidden"      // the caller's role may not do this
)

// Error is a use case's failure: a stable code, a message for the caller
// and, for faults, the cause (for logs, never for the caller).
type Error struct {
	Code string
	Msg  string
	Err  error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return "service: " + e.Msg + ": " + e.Err.Error()
	}
	return "service: " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

func fail(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of err: that of an [Error], else CodeInternal.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
