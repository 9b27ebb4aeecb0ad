package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"slices"
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
// writes. The search index is in a file of its own (see searchdb.go).
type sqliteBackend struct {
	w, r *sql.DB
	ix   *searchIndex
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
	if b.w, b.r, err = openSQLiteFile(path); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	c := &core[*sql.Tx]{b: b, opts: opts}
	driver := riversqlite.New(b.w)
	if err = retryBusy(ctx, func() error { return b.migrate(ctx, driver, opts) }); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	if c.river, err = newRiverClient(c, driver); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: queue: %w", path, err)
	}
	if b.ix, err = openSearchIndex(ctx, path, b.r, opts.Logger); err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	c.batch = newBatcher(c)
	return c, nil
}

// openSQLiteFile opens the database file at path as one writer connection
// and a pool of readers (the writer itself for ":memory:", where every
// connection is a new database). Both cache their compiled statements.
func openSQLiteFile(path string) (w, r *sql.DB, err error) {
	if w, err = openCachingDB(sqliteDSN(path, false)); err != nil {
		return nil, nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	if path == ":memory:" {
		return w, w, nil
	}
	if r, err = openCachingDB(sqliteDSN(path, true)); err != nil {
		_ = w.Close()
		return nil, nil, err
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	return w, r, nil
}

// retryBusy runs fn again, a few times, while it fails with "database is
// locked": processes opening a new file together can find it locked while
// one of them switches it to WAL mode, which SQLite does not wait for.
func retryBusy(ctx context.Context, fn func() error) error {
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil || !isBusy(err) || attempt == 5 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
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

func (b *sqliteBackend) commit(_ context.Context, tx *sql.Tx) error {
	if err := tx.Commit(); err != nil {
		return err
	}
	if b.ix != nil {
		b.ix.changed()
	}
	return nil
}
func (b *sqliteBackend) rollback(_ context.Context, tx *sql.Tx) { _ = tx.Rollback() }
func (b *sqliteBackend) reader() querier                        { return sqlQuerier{b.r} }
func (b *sqliteBackend) timeArg(t time.Time) any                { return sqliteTime(t) }
func (b *sqliteBackend) text(s string) string                   { return s }
func (b *sqliteBackend) forUpdate() string                      { return "" }

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

// indexTicket and indexReports mark the ticket changed for the indexer: it
// is the next change, after every one committed before.
func (b *sqliteBackend) indexTicket(ctx context.Context, q querier, seq int64, _ bool, _, _ string) error {
	return b.markChanged(ctx, q, seq)
}

func (b *sqliteBackend) indexReports(ctx context.Context, q querier, seq int64, _, _ string) error {
	return b.markChanged(ctx, q, seq)
}

func (b *sqliteBackend) markChanged(ctx context.Context, q querier, seq int64) error {
	return q.exec(ctx, `UPDATE tickets SET changed = (SELECT max(changed) FROM tickets) + 1 WHERE seq = $1`, seq)
}

func (b *sqliteBackend) unindexed(ctx context.Context) (int64, error) { return b.ix.unindexed(ctx) }

// highlightLimit is the longest text (in characters) handed to FTS5's
// highlight(), whose cost grows with the square of the text's length;
// longer texts are highlighted in Go (see markTerms).
const highlightLimit = 16384

// search ranks with bm25, weighting the subject over the reports over the
// ticket text. Snippets are cut in Go from the highlighted texts of the
// returned hits only: FTS5's snippet() and highlight() are quadratic, and
// tickets can hold long log pastes. A search sees every change committed
// before it began, unless the index lags by more than searchWait.
func (b *sqliteBackend) search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	hits := []Hit{}
	groups := parseQuery(query)
	match := fts5Query(groups)
	if match == "" {
		return hits, nil
	}
	if err := b.ix.catchUp(ctx); err != nil {
		return nil, err
	}
	found, err := b.ix.search(ctx, match, opts.Customer, opts.Limit)
	if err != nil || len(found) == 0 {
		return hits, err
	}
	args := make([]any, len(found))
	for i, f := range found {
		args[i] = f.seq
	}
	rs, err := b.reader().query(ctx, `SELECT seq, id, latest_analysis, latest_version, customer, subject
		FROM tickets WHERE seq IN (`+placeholders(1, len(args))+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	bySeq := make(map[int64]Hit, len(found))
	for rs.Next() {
		var (
			seq int64
			h   Hit
		)
		if err := rs.Scan(&seq, &h.TicketID, &h.Version, &h.TicketVersion, &h.Customer, &h.Subject); err != nil {
			return nil, err
		}
		bySeq[seq] = h
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	var terms []string
	for _, f := range found {
		h, ok := bySeq[f.seq]
		if !ok {
			continue
		}
		for i := range f.texts {
			if f.long[i] {
				if terms == nil {
					terms = queryTerms(groups)
				}
				f.texts[i] = markTerms(f.texts[i], terms)
			}
		}
		h.Snippet = snippet(f.texts[:]...)
		h.Rank = f.score
		hits = append(hits, h)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Rank, a.Rank), cmp.Compare(a.TicketID, b.TicketID))
	})
	return hits, nil
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
	if b.ix != nil {
		b.ix.stop()
		errs = append(errs, b.ix.closeDBs())
	}
	if b.r != nil && b.r != b.w {
		errs = append(errs, b.r.Close())
	}
	if b.w != nil {
		errs = append(errs, b.w.Close())
	}
	return errors.Join(errs...)
}
