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
// On PostgreSQL several processes may run workers on one queue. Each sends
// heartbeats, and the running jobs of a process unseen for
// Options.ProcessTimeout are handed back to the queue by the others (see
// postgres_heartbeat.go); River's rescue after Options.RescueAfter stays the
// last resort.
//
// Search hits carry a plain-text snippet and the spans of its matches; each
// surface marks them up its own way ([Hit.MarkedSnippet] for Markdown-style
// emphasis, [MarkSpans] for any other).
//
// The files follow the entities: tickets.go, analyses.go, reports.go,
// search.go, tokens.go, cache.go (the model cache) and queue.go hold the
// SQL shared by both dialects (parameters $1, $2... which both accept);
// sqlite*.go and postgres*.go hold what one dialect alone needs.
//
// Times are stored in UTC with microsecond precision. Every error that means
// "no such row" wraps [ErrNotFound].
package store

import (
	"context"

	"errors"
	"log/slog"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/figures"

	"github.com/debriefhq/debrief/internal/metrics"
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
	// ErrStale means an ingested version's last change (ChangedAt) is
	// older than the stored latest version's: storing it would move the
	// ticket backwards.
	ErrStale = errors.New("the stored ticket is newer")
	// ErrInvalid means the argument cannot be stored (an empty ticket id, no
	// raw content, ...).
	ErrInvalid = errors.New("invalid argument")
	// ErrNoAnalyser means Start was called on a store opened without
	// Options.Analyse.
	ErrNoAnalyser = errors.New("no analyse function configured")
)

// Options configures a Store. The zero value is a store that only enqueues.
type Options struct {
	// Logger receives the store's and the queue's logs; nil discards them.
	Logger *slog.Logger
	// Workers is the number of analyses run at once by this process: 4 if 0.
	Workers int
	// Analyse runs the analysis. Without it the store only enqueues jobs and
	// Start returns ErrNoAnalyser.
	Analyse AnalyseFunc
	// Monthly, if set with Analyse, builds and archives a month's reports:
	// the workers run it for last month on the first of each month in
	// MonthlyLocation (UTC if nil), once across every process.
	Monthly         MonthlyFunc
	MonthlyLocation *time.Location
	// Clock gives the time for ReceivedAt, CreatedAt and token creation
	// defaults, and for the heartbeats of PostgreSQL workers; time.Now if
	// nil.
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
	// HeartbeatInterval is how often a process running workers on
	// PostgreSQL records that it is alive and looks for processes that are
	// not: 5 seconds if 0 (debrief's configuration: queue.heartbeat_interval).
	HeartbeatInterval time.Duration
	// ProcessTimeout is how long a process running workers on PostgreSQL
	// may go unseen before the others hand its running jobs back to the
	// queue: 30 seconds if 0; at least three heartbeats. Hosts' clocks
	// (Clock) must agree to well within it (debrief's configuration:
	// queue.process_timeout).
	ProcessTimeout time.Duration
	// Metrics, if set, receives the queue's metrics: the jobs handed back
	// from stopped or dead processes, and the processes seen working the
	// queue (PostgreSQL).
	Metrics *metrics.Registry
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
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if o.ProcessTimeout <= 0 {
		o.ProcessTimeout = DefaultProcessTimeout
	}
	o.ProcessTimeout = max(o.ProcessTimeout, 3*o.HeartbeatInterval)
	return o
}

// DefaultHeartbeatInterval and DefaultProcessTimeout are Options'
// HeartbeatInterval and ProcessTimeout when left 0.
const (
	DefaultHeartbeatInterval = 5 * time.Second
	DefaultProcessTimeout    = 30 * time.Second
)

// Monthly is what the monthly reports and the action follow-up read and
// change (figures.go, action_items.go).
type Monthly interface {
	// MonthFigures calls fn for each ticket of scope s whose last close is
	// in [from, to), in closing order, with its theme signature.
	MonthFigures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(*figures.Figures, figures.Signature) error) error
	// MonthClocks is MonthFigures over the months [bounds[i], bounds[i+1])
	// in one pass, with only what a month's summary and tallies need filled
	// in, each ticket with its month i, in no particular order.
	MonthClocks(ctx context.Context, bounds []time.Time, s figures.Scope, fn func(int, *figures.Figures) error) error
	// Tallies counts the tickets of scope s closed in [from, to) per priority.
	Tallies(ctx context.Context, from, to time.Time, s figures.Scope) ([]figures.Tally, error)
	// MonthTallies counts the tickets of scope s per priority in each of
	// the months [bounds[i], bounds[i+1]) in one pass (out[i] is month i's).
	MonthTallies(ctx context.Context, bounds []time.Time, s figures.Scope) ([][]figures.Tally, error)
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
	// SaveMonthlyReport archives a new version of a month's report.
	SaveMonthlyReport(ctx context.Context, r MonthlyRecord) (version int, err error)
	// MonthlyReports lists the archived reports of a month ("" for all).
	MonthlyReports(ctx context.Context, month string) ([]MonthlyRecord, error)
	// MonthlyReport returns one archived report (version <= 0: the latest).
	MonthlyReport(ctx context.Context, month, scope string, version int) (MonthlyRecord, error)
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

	// RecordDelivery remembers a webhook delivery by key (its signature)
	// until expires and reports whether no delivery with that key was
	// remembered: replays are refused across restarts and processes.
	RecordDelivery(ctx context.Context, key string, expires time.Time) (first bool, err error)
	// ForgetDelivery forgets a recorded delivery that could not be stored,
	// so that the sender's retry of it is accepted.
	ForgetDelivery(ctx context.Context, key string) error

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
