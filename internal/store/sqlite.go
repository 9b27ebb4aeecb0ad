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
		// SQLite's default page cache (2 MB per reader): since migration
		// 0009 a month's figures are one range of the table, read once, and
		// a monthly report over 1,000,000 tickets was no slower than with
		// 32 MiB per reader, which took 230 MB more memory.
		q.Add("_pragma", "cache_size(-2000)")
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
func (b *sqliteBackend) timeBound(t time.Time, upper bool) any {
	switch {
	case !t.IsZero():
		return sqliteTime(t)
	case upper:
		return "~" // sorts after every stored time: they start with a digit
	default:
		return ""
	}
}
func (b *sqliteBackend) text(s string) string { return s }
func (b *sqliteBackend) forUpdate() string    { return "" }

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

// workersStarting takes over jobs left running: a SQLite database is
// worked by one process, so a running job at start-up was abandoned by a
// dead one. If another process does work the same file, the job may run
// twice, but its analysis is still stored once.
func (b *sqliteBackend) workersStarting(ctx context.Context, client *river.Client[*sql.Tx]) error {
	if err := recoverRunningJobs(ctx, client, time.Now().UTC()); err != nil {
		return fmt.Errorf("recover jobs: %w", err)
	}
	return nil
}

// workersStopped has nothing to do: the next start takes over.
func (b *sqliteBackend) workersStopped(context.Context) error { return nil }

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

// sqlQuerier runs the shared SQL on database/sql (SQLite).
type sqlConn interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type sqlQuerier struct{ c sqlConn }

func (q sqlQuerier) exec(ctx context.Context, query string, args ...any) error {
	_, err := q.c.ExecContext(ctx, query, args...)
	return err
}

func (q sqlQuerier) query(ctx context.Context, query string, args ...any) (rows, error) {
	r, err := q.c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (q sqlQuerier) queryRow(ctx context.Context, query string, args ...any) row {
	return q.c.QueryRowContext(ctx, query, args...)
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

// sqliteTimeLayout is fixed-width so that stored times sort as text.
const sqliteTimeLayout = "2006-01-02T15:04:05.000000Z"

// sqliteTime is a time argument for SQLite: text, or NULL for the zero time.
func sqliteTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return normTime(t).Format(sqliteTimeLayout)
}
