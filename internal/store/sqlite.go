package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteBackend keeps one writer connection (SQLite has one writer at a
// time; River and every write transaction share it, BEGIN IMMEDIATE) and a
// pool of read-only connections, which WAL lets read while the writer
// writes.
type sqliteBackend struct {
	w, r *sql.DB
}

// sqliteDSN makes the modernc.org/sqlite DSN of a database file.
func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "1")
	if readOnly {
		// WAL mode, set by the writer, is a property of the file.
		q.Set("_query_only", "1")
	} else {
		q.Set("_journal_mode", "WAL")
		// NORMAL in WAL mode: a commit survives a crash or kill of the
		// process; only a power loss can lose the last commits.
		q.Set("_synchronous", "NORMAL")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func openSQLite(ctx context.Context, path string, opts Options) (_ Store, err error) {
	if path == "" {
		return nil, fmt.Errorf("store: open sqlite: empty path: %w", ErrInvalid)
	}
	b := &sqliteBackend{}
	defer func() {
		if err != nil {
			_ = b.close()
		}
	}()
	if b.w, err = openCachingDB(sqliteDSN(path, false)); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	b.w.SetMaxOpenConns(1)
	b.w.SetMaxIdleConns(1)
	b.w.SetConnMaxIdleTime(0)
	b.w.SetConnMaxLifetime(0)
	if path == ":memory:" {
		// Every connection to :memory: is a new database: read through the
		// writer.
		b.r = b.w
	} else {
		if b.r, err = openCachingDB(sqliteDSN(path, true)); err != nil {
			return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
		}
		n := max(4, runtime.GOMAXPROCS(0))
		b.r.SetMaxOpenConns(n)
		b.r.SetMaxIdleConns(n)
	}
	c := &core[*sql.Tx]{b: b, opts: opts}
	driver := riversqlite.New(b.w)
	// Processes opening a new file together can find it locked while one of
	// them switches it to WAL mode, which SQLite does not wait for.
	for attempt := 1; ; attempt++ {
		err = b.migrate(ctx, driver, opts)
		if err == nil || !isBusy(err) || attempt == 5 {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	if c.river, err = newRiverClient(c, driver); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: queue: %w", path, err)
	}
	c.batch = newBatcher(c)
	return c, nil
}

const sqliteSchemaVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
)`

// migrate applies debrief's and River's migrations in one transaction: the
// schema changes all or not at all, and SQLite's write lock (BEGIN
// IMMEDIATE) makes processes starting together take turns.
func (b *sqliteBackend) migrate(ctx context.Context, driver *riversqlite.Driver, opts Options) error {
	ms, err := loadMigrations("sqlite")
	if err != nil {
		return err
	}
	tx, err := b.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	from, to, err := migrateSchema(ctx, sqlQuerier{tx}, sqliteSchemaVersionTable, ms, sqliteTime(opts.Clock()))
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: opts.Logger})
	if err != nil {
		return fmt.Errorf("migrate queue: %w", err)
	}
	// MigrateTx is deprecated because some PostgreSQL migrations of River
	// cannot share a transaction; its SQLite migrations can, and Migrate,
	// one transaction per version, races with another process migrating.
	//lint:ignore SA1019 see above
	if _, err := migrator.MigrateTx(ctx, tx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrate queue: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	if from != to {
		opts.Logger.InfoContext(ctx, "store: schema migrated", "dialect", "sqlite", "from", from, "to", to)
	}
	return nil
}

func (b *sqliteBackend) begin(ctx context.Context) (*sql.Tx, querier, error) {
	tx, err := b.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	return tx, sqlQuerier{tx}, nil
}

func (b *sqliteBackend) commit(_ context.Context, tx *sql.Tx) error { return tx.Commit() }
func (b *sqliteBackend) rollback(_ context.Context, tx *sql.Tx)     { _ = tx.Rollback() }
func (b *sqliteBackend) reader() querier                            { return sqlQuerier{b.r} }
func (b *sqliteBackend) timeArg(t time.Time) any                    { return sqliteTime(t) }
func (b *sqliteBackend) text(s string) string                       { return s }
func (b *sqliteBackend) forUpdate() string                          { return "" }

func (b *sqliteBackend) isUniqueViolation(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}

// isBusy tells whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

func (b *sqliteBackend) indexTicket(ctx context.Context, q querier, seq int64, isNew bool, subject, text string) error {
	if isNew {
		return q.exec(ctx, `INSERT INTO search (rowid, subject, body, reports) VALUES ($1, $2, $3, '')`, seq, subject, text)
	}
	return q.exec(ctx, `UPDATE search SET subject = $2, body = $3 WHERE rowid = $1`, seq, subject, text)
}

func (b *sqliteBackend) indexReports(ctx context.Context, q querier, seq int64, technical, executive string) error {
	return q.exec(ctx, `UPDATE search SET reports = $2 WHERE rowid = $1`, seq, technical+"\n\n"+executive)
}

// highlightLimit is the longest text (in characters) handed to FTS5's
// highlight(), whose cost grows with the square of the text's length;
// longer texts are highlighted in Go (see markTerms).
const highlightLimit = 16384

// search ranks with bm25, weighting the subject over the reports over the
// ticket text. Snippets are cut in Go from the highlighted texts of the
// returned hits only: FTS5's snippet() and highlight() are quadratic, and
// tickets can hold long log pastes.
func (b *sqliteBackend) search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	hits := []Hit{}
	groups := parseQuery(query)
	match := fts5Query(groups)
	if match == "" {
		return hits, nil
	}
	hl := func(col int, name string) string {
		return fmt.Sprintf(`CASE WHEN length(search.%[2]s) <= %[3]d THEN highlight(search, %[1]d, char(2), char(3))
			ELSE search.%[2]s END, length(search.%[2]s) > %[3]d`, col, name, highlightLimit)
	}
	rs, err := b.reader().query(ctx, `WITH top AS MATERIALIZED (
			SELECT search.rowid AS seq, -bm25(search, 5.0, 1.0, 2.0) AS score
			FROM search JOIN tickets t ON t.seq = search.rowid
			WHERE search MATCH $1 AND ($2 = '' OR t.customer = $2)
			ORDER BY score DESC, t.id
			LIMIT $3)
		SELECT t.id, t.latest_analysis, t.latest_version, t.customer, t.subject,
			`+hl(0, "subject")+`, `+hl(2, "reports")+`, `+hl(1, "body")+`, top.score
		FROM top JOIN tickets t ON t.seq = top.seq JOIN search ON search.rowid = top.seq
		WHERE search MATCH $1
		ORDER BY top.score DESC, t.id`, match, opts.Customer, opts.Limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var terms []string
	for rs.Next() {
		var (
			h     Hit
			texts [3]string
			long  [3]bool
		)
		if err := rs.Scan(&h.TicketID, &h.Version, &h.TicketVersion, &h.Customer, &h.Subject,
			&texts[0], &long[0], &texts[1], &long[1], &texts[2], &long[2], &h.Rank); err != nil {
			return nil, err
		}
		for i := range texts {
			if long[i] {
				if terms == nil {
					terms = queryTerms(groups)
				}
				texts[i] = markTerms(texts[i], terms)
			}
		}
		h.Snippet = snippet(texts[:]...)
		hits = append(hits, h)
	}
	return hits, rs.Err()
}

// recoverJobs takes over jobs left running: a SQLite database is worked by
// one process, so a running job at start-up was abandoned by a dead one. If
// another process does work the same file, the job may run twice, but its
// analysis is still stored once.
func (b *sqliteBackend) recoverJobs(ctx context.Context, client *river.Client[*sql.Tx]) error {
	return recoverRunningJobs(ctx, client, time.Now().UTC())
}

func (b *sqliteBackend) close() error {
	var errs []error
	if b.r != nil && b.r != b.w {
		errs = append(errs, b.r.Close())
	}
	if b.w != nil {
		errs = append(errs, b.w.Close())
	}
	return errors.Join(errs...)
}
