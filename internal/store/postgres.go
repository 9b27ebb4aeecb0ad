package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// pgBackend is a pgx pool shared by the store and River.
type pgBackend struct {
	pool *pgxpool.Pool
	// hb announces the workers of this process (see postgres_heartbeat.go).
	hb *heartbeat
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
	driver := newPgDriver(riverpgxv5.New(pool))
	if err := b.migrate(ctx, driver.Driver, opts); err != nil {
		return nil, fmt.Errorf("store: open postgres %s: %w", where, err)
	}
	if c.river, err = newRiverClient(c, driver); err != nil {
		return nil, fmt.Errorf("store: open postgres %s: queue: %w", where, err)
	}
	b.hb = newHeartbeat(pool, opts, c.river.ID())
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
func (b *pgBackend) timeBound(t time.Time, upper bool) any {
	switch {
	case !t.IsZero():
		return pgTime(t)
	case upper:
		return pgtype.Timestamptz{InfinityModifier: pgtype.Infinity, Valid: true}
	default:
		return pgtype.Timestamptz{InfinityModifier: pgtype.NegativeInfinity, Valid: true}
	}
}
func (b *pgBackend) text(s string) string { return pgText(s) }
func (b *pgBackend) forUpdate() string    { return " FOR UPDATE" }
func (b *pgBackend) isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// unindexed is 0: PostgreSQL indexes in the storing transaction.
func (b *pgBackend) unindexed(context.Context) (int64, error) { return 0, nil }

// workersStarting announces the process's workers with a heartbeat and
// sweeps the jobs of dead processes (see postgres_heartbeat.go). Jobs left
// running by processes that never sent a heartbeat (an older binary) are
// left to River's rescuer (Options.RescueAfter).
func (b *pgBackend) workersStarting(ctx context.Context, _ *river.Client[pgx.Tx]) error {
	return b.hb.start(ctx)
}

// workersStopped hands the process's running jobs back and removes its
// heartbeat.
func (b *pgBackend) workersStopped(ctx context.Context) error { return b.hb.leave(ctx) }

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

// pgQuerier runs the shared SQL on pgx (PostgreSQL).

type pgConn interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

type pgQuerier struct{ c pgConn }

func (q pgQuerier) exec(ctx context.Context, query string, args ...any) error {
	_, err := q.c.Exec(ctx, query, pgArgs(args)...)
	return err
}

func (q pgQuerier) query(ctx context.Context, query string, args ...any) (rows, error) {
	return q.c.Query(ctx, query, pgArgs(args)...)
}

func (q pgQuerier) queryRow(ctx context.Context, query string, args ...any) row {
	return q.c.QueryRow(ctx, query, pgArgs(args)...)
}

// pgArgs returns args with every string made storable by pgText.
func pgArgs(args []any) []any {
	out := args
	for i, a := range args {
		s, ok := a.(string)
		if !ok {
			continue
		}
		if t := pgText(s); t != s {
			if &out[0] == &args[0] {
				out = append([]any(nil), args...)
			}
			out[i] = t
		}
	}
	return out
}

// pgTime is a time argument for PostgreSQL: a time, or NULL for zero.
func pgTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return normTime(t)
}
