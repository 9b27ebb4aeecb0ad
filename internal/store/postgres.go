package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// pgBackend is a pgx pool shared by the store and River.
type pgBackend struct {
	pool *pgxpool.Pool
}

// migrateLockKey is the advisory lock that serialises the migrations of
// processes starting together (per database, whatever the search_path).
const migrateLockKey = 0x64656272 // "debr"

func openPostgres(ctx context.Context, dsn string, opts Options) (_ Store, err error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx redacts the password from this error.
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	where := cfg.ConnConfig.Host + "/" + cfg.ConnConfig.Database
	// Migrations hold one connection while River's migrator takes another.
	cfg.MaxConns = max(cfg.MaxConns, 2)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres %s: %w", where, err)
	}
	b := &pgBackend{pool: pool}
	defer func() {
		if err != nil {
			_ = b.close()
		}
	}()
	c := &core[pgx.Tx]{b: b, opts: opts}
	driver := riverpgxv5.New(pool)
	if err := b.migrate(ctx, driver, opts); err != nil {
		return nil, fmt.Errorf("store: open postgres %s: %w", where, err)
	}
	if c.river, err = newRiverClient(c, driver); err != nil {
		return nil, fmt.Errorf("store: open postgres %s: queue: %w", where, err)
	}
	return c, nil
}

const pgSchemaVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TIMESTAMPTZ NOT NULL
)`

// migrate applies debrief's migrations in one transaction, then River's
// with its migrator, one transaction per River version (a PostgreSQL enum
// value River adds cannot be used in the transaction that adds it). A
// session advisory lock makes processes starting together take turns.
func (b *pgBackend) migrate(ctx context.Context, driver *riverpgxv5.Driver, opts Options) error {
	ms, err := loadMigrations("postgres")
	if err != nil {
		return err
	}
	conn, err := b.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLockKey)); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, int64(migrateLockKey)); err != nil {
			// Losing the session releases the lock: drop the connection.
			_ = conn.Conn().Close(ctx)
		}
	}()

	var from, to int
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		from, to, err = migrateSchema(ctx, pgQuerier{tx}, pgSchemaVersionTable, ms, pgTime(opts.Clock()))
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if from != to {
		opts.Logger.InfoContext(ctx, "store: schema migrated", "dialect", "postgres", "from", from, "to", to)
	}

	// River applies each of its versions in a transaction of its own.
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: opts.Logger})
	if err != nil {
		return fmt.Errorf("migrate queue: %w", err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrate queue: %w", err)
	}
	return nil
}

func (b *pgBackend) begin(ctx context.Context) (pgx.Tx, querier, error) {
	tx, err := b.pool.Begin(ctx)
	if err != nil {
		return nil, nil, err
	}
	return tx, pgQuerier{tx}, nil
}

func (b *pgBackend) commit(ctx context.Context, tx pgx.Tx) error { return tx.Commit(ctx) }

// rollback uses its own context: the caller's may be what failed.
func (b *pgBackend) rollback(ctx context.Context, tx pgx.Tx) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_ = tx.Rollback(ctx)
}

func (b *pgBackend) reader() querier         { return pgQuerier{b.pool} }
func (b *pgBackend) timeArg(t time.Time) any { return pgTime(t) }
func (b *pgBackend) text(s string) string    { return pgText(s) }
func (b *pgBackend) forUpdate() string       { return " FOR UPDATE" }
func (b *pgBackend) isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// The text search configuration; the SQLite index stems with porter too.
const pgTextSearchConfig = "english"

// searchTimeout bounds a search on the server.
const searchTimeout = 30 * time.Second

func (b *pgBackend) indexTicket(ctx context.Context, q querier, seq int64, _ bool, subject, text string) error {
	return q.exec(ctx, `UPDATE tickets SET ticket_tsv =
		setweight(to_tsvector('`+pgTextSearchConfig+`', $2), 'A') || setweight(to_tsvector('`+pgTextSearchConfig+`', $3), 'C')
		WHERE seq = $1`, seq, subject, text)
}

func (b *pgBackend) indexReports(ctx context.Context, q querier, seq int64, technical, executive string) error {
	return q.exec(ctx, `UPDATE tickets SET report_tsv =
		setweight(to_tsvector('`+pgTextSearchConfig+`', $2), 'B')
		WHERE seq = $1`, seq, technical+"\n\n"+executive)
}

// search ranks with ts_rank over the weighted vector (subject A, reports B,
// ticket text C), divided by 1 + the log of the document length, and makes
// snippets with ts_headline for the returned hits only, from their first
// 100,000 characters (ts_headline's cost grows with the text). The query is
// parsed like SQLite's and passed on normalised, with repeated terms
// dropped and at most maxQueryTerms, which bounds the cost of ranking and
// headlines.
func (b *pgBackend) search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	hits := []Hit{}
	query = webQuery(parseQuery(query))
	if query == "" {
		return hits, nil
	}
	// A search must not outlive its caller on the server, even if the
	// connection is lost without a cancel request reaching the server.
	tx, err := b.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, err
	}
	defer b.rollback(ctx, tx)
	if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = `+strconv.Itoa(int(searchTimeout.Milliseconds()))); err != nil {
		return nil, err
	}
	rs, err := pgQuerier{tx}.query(ctx, `WITH q AS (SELECT websearch_to_tsquery('`+pgTextSearchConfig+`', $1) AS q),
		top AS (
			SELECT t.id, t.latest_analysis, t.latest_version, t.customer, t.subject, ts_rank(t.search, q.q, 1) AS score
			FROM tickets t, q
			WHERE t.search @@ q.q AND ($2 = '' OR t.customer = $2)
			ORDER BY score DESC, t.id
			LIMIT $3)
		SELECT top.id, top.latest_analysis, top.latest_version, top.customer, top.subject,
			ts_headline('`+pgTextSearchConfig+`', left(concat_ws(E'\n', top.subject, a.technical, a.executive, v.body), 100000), q.q,
				'StartSel=`+SnippetOpen+`, StopSel=`+SnippetClose+`, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "'),
			top.score
		FROM top CROSS JOIN q
		JOIN ticket_versions v ON v.ticket_id = top.id AND v.version = top.latest_version
		LEFT JOIN analyses a ON a.ticket_id = top.id AND a.version = top.latest_analysis
		ORDER BY top.score DESC, top.id`, query, opts.Customer, opts.Limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var (
			h     Hit
			score float32
		)
		if err := rs.Scan(&h.TicketID, &h.Version, &h.TicketVersion, &h.Customer, &h.Subject, &h.Snippet, &score); err != nil {
			return nil, err
		}
		h.Rank = float64(score)
		hits = append(hits, h)
	}
	return hits, rs.Err()
}

// unindexed is 0: PostgreSQL indexes in the storing transaction.
func (b *pgBackend) unindexed(context.Context) (int64, error) { return 0, nil }

// recoverJobs does nothing: other live processes may be running jobs, so
// abandoned ones are left to River's rescuer (Options.RescueAfter).
func (b *pgBackend) recoverJobs(context.Context, *river.Client[pgx.Tx]) error { return nil }

func (b *pgBackend) close() error {
	b.pool.Close()
	return nil
}

// pgText makes a string storable as PostgreSQL text, which cannot hold NUL
// characters or invalid UTF-8: they become U+FFFD. (SQLite stores them as
// they are; Raw, being bytes, is exact in both.)
func pgText(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}
