package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/riverqueue/river"
)

// backend is what differs between SQLite and PostgreSQL. TTx is the
// transaction type the River driver of the dialect works with.
type backend[TTx any] interface {
	// begin starts a write transaction.
	begin(ctx context.Context) (TTx, querier, error)
	commit(ctx context.Context, tx TTx) error
	rollback(ctx context.Context, tx TTx)
	// reader runs queries outside a transaction.
	reader() querier
	// timeArg turns a time into a query argument (NULL for the zero time).
	timeArg(t time.Time) any
	// timeBound turns a time into a bound of a range; the zero time is
	// the lowest time the dialect stores, or the highest if upper.
	timeBound(t time.Time, upper bool) any
	// text returns s as the database stores it (PostgreSQL cannot store
	// NUL or invalid UTF-8).
	text(s string) string
	// forUpdate is appended to a SELECT that must lock the row it reads.
	forUpdate() string
	isUniqueViolation(err error) bool
	// indexTicket (re)indexes the ticket text of ticket row seq.
	indexTicket(ctx context.Context, q querier, seq int64, isNew bool, subject, text string) error
	// indexReports (re)indexes the latest reports of ticket row seq.
	indexReports(ctx context.Context, q querier, seq int64, technical, executive string) error
	search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error)
	// unindexed counts the tickets changed since the search index was last
	// brought up to date.
	unindexed(ctx context.Context) (int64, error)
	// workersStarting runs before the workers start. SQLite takes over the
	// jobs left running by a dead process (one process works a file);
	// PostgreSQL announces the process and starts its heartbeat and sweep
	// (see postgres_heartbeat.go).
	workersStarting(ctx context.Context, client *river.Client[TTx]) error
	// workersStopped runs after the workers stopped: PostgreSQL hands the
	// process's jobs still running back to the queue and removes its
	// heartbeat.
	workersStopped(ctx context.Context) error
	close() error
}

// core implements Store over a backend. Everything but search and indexing
// is one piece of SQL for both dialects.
type core[TTx any] struct {
	b     backend[TTx]
	opts  Options
	river *river.Client[TTx]
	// batch, if set, groups concurrent ingestions and analyses into shared
	// transactions.
	batch *batcher[TTx]

	mu      sync.Mutex
	started bool
	closed  bool
}

var _ Store = (*core[any])(nil)

// inTx runs fn in a write transaction and commits it if fn succeeds.
func (c *core[TTx]) inTx(ctx context.Context, fn func(tx TTx, q querier) error) error {
	tx, q, err := c.b.begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx, q); err != nil {
		c.b.rollback(ctx, tx)
		return err
	}
	if err := c.b.commit(ctx, tx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// retryUnique runs fn again when it fails on a unique constraint: two
// transactions raced to create the same row, and the second attempt sees the
// first one's row. Only PostgreSQL can race; SQLite serialises writers.
func (c *core[TTx]) retryUnique(fn func() error) error {
	var err error
	for range 3 {
		if err = fn(); err == nil || !c.b.isUniqueViolation(err) {
			return err
		}
	}
	return err
}

func (c *core[TTx]) now() time.Time { return normTime(c.opts.Clock()) }

func (c *core[TTx]) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	started := c.started
	c.started = false
	c.mu.Unlock()
	var errs []error
	if started {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := c.river.StopAndCancel(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop workers: %w", err))
		}
		if err := c.b.workersStopped(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if c.batch != nil {
		c.batch.stop()
	}
	if err := c.b.close(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}
