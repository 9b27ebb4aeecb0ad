// Package store is debrief's archive and durable job queue.
//
// It keeps every received ticket version exactly as it arrived, every
// analysis version with its two Markdown reports, the findings and actions of
// each analysis as rows (they feed the monthly reports), a full-text index for
// the learning library, the API tokens, and the queue of analysis jobs.
//
// Two databases implement the one [Store] interface:
//
//   - SQLite (the embedded default): [Open] with a file path such as
//     "debrief.db". Pure Go (modernc.org/sqlite), WAL mode, one writer
//     connection and a pool of readers; concurrent ingestions are committed
//     together (group commit) and compiled statements are cached per
//     connection. Full-text search uses FTS5 with bm25.
//   - PostgreSQL (scale-out): [Open] with a "postgres://" or "postgresql://"
//     DSN (pgx). Full-text search uses tsvector, websearch_to_tsquery and
//     ts_rank. Several processes may share one database and its queue.
//
// Analysis jobs run on River (riverqueue). [Store.IngestTicket] stores a
// ticket version and enqueues its analysis in the same transaction; a worker
// started by [Store.Start] calls [Options.Analyse] and stores the result
// under the job's id, which is unique among analyses; River then completes
// the job. A crash at any point loses nothing: the job runs again, and if
// its analysis was already stored it stores nothing more. With SQLite,
// analyses archived by concurrent workers share transactions with each
// other and with ingestions (group commit).
//
// Times are stored in UTC with microsecond precision. Every error that means
// "no such row" wraps [ErrNotFound].
package store

import (
	"context"

	"errors"
	"github.com/debriefhq/debrief/internal/figures"
	"log/slog"
	"strings"
	"time"
)

// Sentinel errors. Errors returned by a Store wrap them with %w.
var (
	// ErrNotFound means the ticket, version, analysis or token does not exist.
	ErrNotFound = errors.New("not found")
	// ErrExists means a row with the same unique key (a token hash) exists.
	ErrExists = errors.New("already exists")
	// ErrSchemaTooNew means the database was migrated by a newer debrief than
	// this binary; it refuses to touch it.
	ErrSchemaTooNew = errors.New("database schema is newer than this binary supports")
	// ErrConflict means a conditional ingestion (TicketVersion.Base) found
	// another latest version than the one it was derived from.
	ErrConflict = errors.New("the ticket changed meanwhile")
	// ErrInvalid means the argument cannot be stored (an empty ticket id, no
	// raw content, ...).
	ErrInvalid = errors.New("invalid argument")
	// ErrNoAnalyser means Start was called on a store opened without
	// Options.Analyse.
	ErrNoAnalyser = errors.New("no analyse function configured")
)

// TicketVersion is one received version of a ticket.
type TicketVersion struct {
	TicketID string
	// Version is 1, 2, 3... per ticket, assigned by the store.
	Version  int
	Customer string
	// Subject is shown in search hits and weighted highest in the index.
	Subject  string
	Closed   bool
	ClosedAt time.Time
	// Raw is the ticket JSON exactly as received.
	Raw []byte
	// SHA256 is the hex SHA-256 of the content used to detect duplicates. If
	// empty, IngestTicket computes it from Raw.
	SHA256 string
	// ReceivedAt defaults to the store's clock.
	ReceivedAt time.Time
	// Text is the subject and message bodies, indexed for search.
	Text string
	// Base, if set, makes IngestTicket conditional: the ticket's latest
	// version must still be *Base (0: the ticket must not exist yet), else
	// nothing is stored and ErrConflict is returned. A version merged from
	// the stored one (a helpdesk delivering one article at a time) names
	// it, so that concurrent merges in several processes lose nothing: the
	// loser merges again.
	Base *int
}

// IngestResult tells what IngestTicket did.
type IngestResult struct {
	TicketID string
	// Version is the stored version (the existing latest one for a duplicate).
	Version int
	// Duplicate is true when the content equals the latest version: nothing
	// new was stored and no job was enqueued.
	Duplicate bool
	// JobID is the enqueued analysis job, 0 if none was enqueued.
	JobID int64
}

// Analysis is one analysis version of a ticket.
type Analysis struct {
	TicketID string
	// Version is 1, 2, 3... per ticket, assigned by the store.
	Version int
	// TicketVersion is the analysed ticket version.
	TicketVersion int
	Writer        string
	WriterVersion string
	Model         string
	ConfigHash    string
	// CreatedAt defaults to the store's clock.
	CreatedAt time.Time
	// Technical and Executive are the Markdown reports. Their shareable,
	// redacted versions are not stored: they are made when read.
	Technical, Executive string
	// Facts is the JSON of the computed statistics, stored byte for byte.
	Facts            []byte
	Findings         []Finding
	Actions          []Action
	Fallback         bool
	FallbackReason   string
	PromptTokens     int
	CompletionTokens int
	// Customer and ClosedAt default to those of the analysed ticket version.
	Customer string
	ClosedAt time.Time
	// WithinSLA tells whether the first response met the SLA.
	WithinSLA bool
	// Reason says why the analysis was made: "ingest", the reason given to
	// Reanalyse, or whatever SaveAnalysis was given.
	Reason string
	// JobID is the queue job that produced the analysis, 0 for SaveAnalysis.
	JobID int64
	// Figures, if set, are stored for the monthly reports (replacing those of
	// an earlier analysis of the ticket); not returned by reads.
	Figures *figures.Figures
}

// Finding is one finding of an analysis.
type Finding struct {
	Code, Kind, Area string
	Directive        int
	Summary          string
}

// Action is one corrective action of an analysis.
type Action struct {
	// Code identifies the action within its ticket across analysis versions
	// (action items are matched on ticket and code); not stored per analysis.
	Code                           string
	Title, Owner, Category, Factor string
	Due                            time.Time
	// Status is "open" or "done"; empty is stored as "open".
	Status string
}

// AnalysisMeta describes an analysis version without its content.
type AnalysisMeta struct {
	Version        int
	TicketVersion  int
	CreatedAt      time.Time
	Writer         string
	WriterVersion  string
	Model          string
	ConfigHash     string
	Fallback       bool
	FallbackReason string
	Reason         string
}

// SearchOptions narrows a search.
type SearchOptions struct {
	// Customer, if set, keeps only that customer's tickets.
	Customer string
	// Limit is the maximum number of hits: 20 if zero, at most 200.
	Limit int
}

// Snippet markers: the matched words in Hit.Snippet are enclosed in them.
const (
	SnippetOpen  = "**"
	SnippetClose = "**"
)

// Hit is one search result: a ticket, with its latest analysis.
type Hit struct {
	TicketID string
	// Version is the latest analysis version, 0 if the ticket has none yet.
	Version int
	// TicketVersion is the latest ticket version.
	TicketVersion int
	Customer      string
	Subject       string
	// Snippet is an excerpt with the matched words between SnippetOpen and
	// SnippetClose.
	Snippet string
	// Rank orders hits: higher is better. Values are only comparable within
	// one search on one database kind.
	Rank float64
}

// Token is an API token. Only the SHA-256 hash of the secret is stored.
type Token struct {
	ID        int64
	Hash      string
	Role      string
	Customer  string
	Name      string
	CreatedAt time.Time
}

// ReportFilter selects the latest analyses of tickets for a report.
type ReportFilter struct {
	// Customer, if set, keeps only that customer's analyses.
	Customer string
	// From and To, if not zero, keep analyses whose ClosedAt is in [From, To).
	From, To time.Time
}

// FindingRow is a finding of the latest analysis of a ticket.
type FindingRow struct {
	Finding
	TicketID        string
	AnalysisVersion int
	Customer        string
	ClosedAt        time.Time
}

// ActionRow is an action of the latest analysis of a ticket.
type ActionRow struct {
	Action
	TicketID        string
	AnalysisVersion int
	Customer        string
	ClosedAt        time.Time
}

// QueueStats counts analysis jobs by state. Completed and Failed count the
// jobs the queue still retains (River deletes finished jobs after a while).
type QueueStats struct {
	// Queued jobs wait to run (available, scheduled, pending or retryable).
	Queued int64
	// Running jobs are being worked.
	Running int64
	// Completed jobs finished successfully.
	Completed int64
	// Failed jobs were given up (discarded after their last attempt, or
	// cancelled).
	Failed int64
}

// AnalyseFunc analyses one stored ticket version. The store calls it from a
// queue worker and stores what it returns; an error makes the job retry
// later with backoff. It must honour ctx: it is cancelled on shutdown and
// when Options.JobTimeout elapses.
type AnalyseFunc func(ctx context.Context, tv TicketVersion) (Analysis, error)

// Options configures a Store. The zero value is a store that only enqueues.
type Options struct {
	// Logger receives the store's and the queue's logs; nil discards them.
	Logger *slog.Logger
	// Workers is the number of analyses run at once by this process: 4 if 0.
	Workers int
	// Analyse runs the analysis. Without it the store only enqueues jobs and
	// Start returns ErrNoAnalyser.
	Analyse AnalyseFunc
	// Clock gives the time for ReceivedAt, CreatedAt and token creation
	// defaults; time.Now if nil.
	Clock func() time.Time
	// JobTimeout bounds one analysis: 10 minutes if 0.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before another worker
	// takes it over (its process is presumed dead): JobTimeout plus 5 minutes
	// if 0; it must exceed JobTimeout. With SQLite, jobs left running by a
	// previous process are also taken over at Start.
	RescueAfter time.Duration
	// MaxAttempts is how often a failing analysis is tried before it is
	// given up: 10 if 0.
	MaxAttempts int
	// RetryDelay gives the wait before attempt n+1 after n failed attempts;
	// nil uses the queue's default (about n^4 seconds, with jitter).
	RetryDelay func(attempt int) time.Duration
	// PollInterval is how often idle workers look for new jobs when no
	// notification arrives: 1 second if 0.
	PollInterval time.Duration
}

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.JobTimeout <= 0 {
		o.JobTimeout = 10 * time.Minute
	}
	if o.RescueAfter <= o.JobTimeout {
		o.RescueAfter = o.JobTimeout + 5*time.Minute
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 10
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	return o
}

// Monthly is what the monthly reports and the action follow-up read and
// change (figures.go, action_items.go).
type Monthly interface {
	// MonthFigures calls fn for each ticket of scope s whose last close is
	// in [from, to), in closing order, with its theme signature.
	MonthFigures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(*figures.Figures, figures.Signature) error) error
	// Tallies counts the tickets of scope s closed in [from, to) per priority.
	Tallies(ctx context.Context, from, to time.Time, s figures.Scope) ([]figures.Tally, error)
	// Signatures calls fn with the theme signature of each ticket of scope s
	// closed in [from, to) that has one.
	Signatures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(figures.Signature) error) error
	// ActionStats follows up the actions of scope s for the month [from, to) at now.
	ActionStats(ctx context.Context, from, to, now time.Time, s figures.Scope, limit int) (figures.ActionStats, error)
	// ListActions lists action items matching f.
	ListActions(ctx context.Context, f ActionFilter) ([]figures.ActionItem, error)
	// ActionItem returns one action item, or ErrNotFound.
	ActionItem(ctx context.Context, id int64) (figures.ActionItem, error)
	// ActionEvents lists the changes of an action item, oldest first.
	ActionEvents(ctx context.Context, id int64) ([]ActionEvent, error)
	// LoadFigures stores figures and action items in bulk for tickets the
	// archive does not hold (a generator of large archives for benchmarks).
	LoadFigures(ctx context.Context, fs []figures.Figures, actions []figures.ActionItem) error
	// ChangeAction applies and records a person's change of an action item.
	ChangeAction(ctx context.Context, id int64, ch ActionChange) (figures.ActionItem, error)
}

// Store is debrief's archive and job queue. It is safe for concurrent use.
type Store interface {
	Monthly
	Sessions
	TicketLister

	// IngestTicket stores a new ticket version. It is idempotent: content
	// equal (by SHA256) to the latest version stores nothing and returns
	// Duplicate. When analyse is true and the version is new, the analysis
	// job is enqueued in the same transaction. tv.Version is ignored; see
	// tv.Base for conditional ingestion.
	IngestTicket(ctx context.Context, tv TicketVersion, analyse bool) (IngestResult, error)
	// Ticket returns the latest version of a ticket, or ErrNotFound.
	Ticket(ctx context.Context, id string) (TicketVersion, error)
	// TicketVersion returns one version of a ticket, the latest if version
	// <= 0, or ErrNotFound.
	TicketVersion(ctx context.Context, id string, version int) (TicketVersion, error)
	// TicketVersions returns every version of a ticket, oldest first, or
	// ErrNotFound.
	TicketVersions(ctx context.Context, id string) ([]TicketVersion, error)
	// Reanalyse enqueues a new analysis of the latest ticket version; a new
	// analysis version will result. ErrNotFound if there is no such ticket.
	Reanalyse(ctx context.Context, id string, reason string) (jobID int64, err error)

	// Analyses lists every analysis version of a ticket, oldest first;
	// ErrNotFound if there is no such ticket.
	Analyses(ctx context.Context, ticketID string) ([]AnalysisMeta, error)
	// Analysis returns one analysis version; version <= 0 means the latest.
	// ErrNotFound if it does not exist.
	Analysis(ctx context.Context, ticketID string, version int) (Analysis, error)
	// SaveAnalysis stores an analysis made outside the queue (debrief import
	// analysing inline) and returns its assigned version. a.TicketVersion 0
	// means the latest ticket version; ErrNotFound if the ticket version does
	// not exist.
	SaveAnalysis(ctx context.Context, a Analysis) (version int, err error)
	// FallbackTickets lists the tickets whose latest analysis fell back to
	// the deterministic writer, by id.
	FallbackTickets(ctx context.Context) ([]string, error)
	// LatestAnalyses returns the latest analysis of each ticket matching f,
	// with findings and actions, ordered by ClosedAt then ticket id.
	LatestAnalyses(ctx context.Context, f ReportFilter) ([]Analysis, error)
	// Findings returns the findings of the latest analysis of each ticket
	// matching f, ordered by ClosedAt, ticket id and position.
	Findings(ctx context.Context, f ReportFilter) ([]FindingRow, error)
	// Actions returns the actions of the latest analysis of each ticket
	// matching f, ordered like Findings.
	Actions(ctx context.Context, f ReportFilter) ([]ActionRow, error)

	// Search runs a full-text query over the latest ticket text and the
	// reports of the latest analysis of each ticket, best hits first. The
	// query uses web-search syntax: words (all must match), "quoted
	// phrases", -excluded words and OR. Any input is accepted; a query with
	// no searchable word returns no hits.
	Search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error)

	// CreateToken stores a token and returns its id; ErrExists if the hash
	// is already stored. CreatedAt defaults to the store's clock.
	CreateToken(ctx context.Context, t Token) (id int64, err error)
	// TokenByHash returns the token with this hash, or ErrNotFound.
	TokenByHash(ctx context.Context, hash string) (Token, error)
	// Tokens lists every token, by id.
	Tokens(ctx context.Context) ([]Token, error)
	// DeleteToken deletes a token; ErrNotFound if there is none with this id.
	DeleteToken(ctx context.Context, id int64) error

	// CacheGet returns the model result stored under key, if any.
	CacheGet(ctx context.Context, key string) (value []byte, ok bool, err error)
	// CachePut stores a model result under key; an existing entry is kept.
	CachePut(ctx context.Context, key string, value []byte) error

	// Start runs the analysis workers in the background until Stop, Close
	// or the cancellation of ctx (which stops them like Stop). It returns
	// ErrNoAnalyser without Options.Analyse.
	Start(ctx context.Context) error
	// Stop stops the workers gracefully: no new job is taken, running ones
	// may finish until ctx is done, after which they are cancelled (and
	// retried later by whichever process runs workers).
	Stop(ctx context.Context) error
	// QueueStats counts the analysis jobs by state.
	QueueStats(ctx context.Context) (QueueStats, error)
	// Unindexed counts the tickets whose latest change the search index
	// does not hold yet. SQLite indexes in the background, in a file of its
	// own; PostgreSQL indexes in the storing transaction (always 0).
	Unindexed(ctx context.Context) (int64, error)

	// Close stops the workers (cancelling running jobs) and closes the
	// database. The store must not be used afterwards.
	Close() error
}

// IsPostgres tells whether dsn selects PostgreSQL rather than a SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens the store at dsn, creating and migrating the schema as needed.
// A dsn starting with postgres:// or postgresql:// opens PostgreSQL; anything
// else is a SQLite file path (created if missing). It fails with
// ErrSchemaTooNew on a database migrated by a newer binary.
func Open(ctx context.Context, dsn string, opts Options) (Store, error) {
	opts = opts.withDefaults()
	var (
		s   Store
		err error
	)
	if IsPostgres(dsn) {
		s, err = openPostgres(ctx, dsn, opts)
	} else {
		s, err = openSQLite(ctx, dsn, opts)
	}
	if err != nil {
		return nil, err
	}
	if b, ok := s.(interface {
		backfillFigures(context.Context) (int, error)
	}); ok {
		if _, err := b.backfillFigures(ctx); err != nil {
			_ = s.Close()
			return nil, err
		}
	}
	return s, nil
}
