package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// querier is the little both database APIs have in common, so that the SQL
// shared by the two dialects is written once. Queries use $1, $2...
// placeholders, which both SQLite and PostgreSQL accept.
type querier interface {
	exec(ctx context.Context, query string, args ...any) error
	query(ctx context.Context, query string, args ...any) (rows, error)
	queryRow(ctx context.Context, query string, args ...any) row
}

type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

type row interface {
	Scan(dest ...any) error
}

// isNoRows tells whether err means a single-row query found nothing.
func isNoRows(err error) bool {
	return errors.Is(err, sql.ErrNoRows) || errors.Is(err, pgx.ErrNoRows)
}

// database/sql (SQLite).

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

// pgx (PostgreSQL).

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

// Times.

// sqliteTimeLayout is fixed-width so that stored times sort as text.
const sqliteTimeLayout = "2006-01-02T15:04:05.000000Z"

// normTime is how a time is stored: UTC, microseconds.
func normTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Microsecond)
}

// sqliteTime is a time argument for SQLite: text, or NULL for the zero time.
func sqliteTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return normTime(t).Format(sqliteTimeLayout)
}

// pgTime is a time argument for PostgreSQL: a time, or NULL for zero.
func pgTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return normTime(t)
}

// scanTime scans a nullable time stored by either dialect; NULL is the zero
// time.
type scanTime struct{ t *time.Time }

func (s scanTime) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*s.t = time.Time{}
	case time.Time:
		*s.t = normTime(v)
	case string:
		return s.parse(v)
	case []byte:
		return s.parse(string(v))
	default:
		return fmt.Errorf("store: cannot scan %T as a time", v)
	}
	return nil
}

func (s scanTime) parse(v string) error {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return fmt.Errorf("store: stored time %q: %w", v, err)
	}
	*s.t = normTime(t)
	return nil
}
