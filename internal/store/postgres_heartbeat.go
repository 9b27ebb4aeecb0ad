package store

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/debriefhq/debrief/internal/metrics"
)

// Scale-out on PostgreSQL. Several processes work one queue, and River only
// takes over the jobs of a dead process after RescueAfter (JobTimeout plus 5
// minutes by default), since another live process might be running them.
// So every process running workers keeps a row in queue_processes (its River
// client id, which River records in river_job.attempted_by for each attempt)
// and refreshes it every HeartbeatInterval. Every such process also sweeps:
// it deletes the rows not refreshed for ProcessTimeout and, in the same
// transaction, hands the jobs still running under those client ids back to
// the queue as retryable (their attempt kept; discarded if it was their
// last). Deleting the row first makes concurrent sweepers take turns: one of
// them hands a dead process's jobs back and logs it. A process stopping
// gracefully hands back its own jobs and removes its row.
//
// A process presumed dead may only be slow (a long pause, a lost network):
// it then finishes jobs that another process runs again. The analysis is
// stored under the job id, which is unique among analyses, so the ticket
// still gets exactly one; the slow process's next heartbeat puts its row
// back. Jobs that hang inside a live process are still River's to rescue
// after RescueAfter.

// heartbeat announces one process's workers and sweeps for dead ones.
type heartbeat struct {
	pool *pgxpool.Pool
	opts Options
	// id is the River client id of this process's workers.
	id   string
	host string
	// rescued counts the jobs handed back, by reason ("dead_process",
	// "shutdown"); nil without Options.Metrics.
	rescued *metrics.Counter

	mu      sync.Mutex
	started time.Time
	stop    chan struct{}
	done    chan struct{}
}

// Reasons of a hand-back, the label of debrief_jobs_rescued_total.
const (
	rescueDeadProcess = "dead_process"
	rescueShutdown    = "shutdown"
)

func newHeartbeat(pool *pgxpool.Pool, opts Options, clientID string) *heartbeat {
	host, _ := os.Hostname()
	h := &heartbeat{pool: pool, opts: opts, id: clientID, host: host}
	if reg := opts.Metrics; reg != nil {
		h.rescued = reg.NewCounter("debrief_jobs_rescued_total",
			"Running jobs handed back to the queue from processes that stopped (shutdown) or stopped sending heartbeats (dead_process).", "reason")
		reg.NewGaugeFunc("debrief_queue_processes", "Processes seen working the queue within the process timeout.", "",
			func() (map[string]float64, error) {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				n, err := h.processes(ctx)
				return map[string]float64{"": float64(n)}, err
			})
	}
	return h
}

// start records the first heartbeat, sweeps once, and keeps beating and
// sweeping in the background until stopped.
func (h *heartbeat) start(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stop != nil {
		return nil
	}
	h.started = h.now()
	if _, err := h.beat(ctx); err != nil {
		return fmt.Errorf("heartbeat: %w", err)
	}
	if err := h.sweep(ctx); err != nil {
		return fmt.Errorf("sweep: %w", err)
	}
	h.stop, h.done = make(chan struct{}), make(chan struct{})
	go h.run(h.stop, h.done)
	return nil
}

func (h *heartbeat) now() time.Time { return normTime(h.opts.Clock()) }

func (h *heartbeat) run(stop, done chan struct{}) {
	defer close(done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-stop
		cancel()
	}()
	tick := time.NewTicker(h.opts.HeartbeatInterval)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		back, err := h.beat(ctx)
		if err == nil && back {
			h.opts.Logger.WarnContext(ctx, "store: this process had been presumed dead and its running jobs handed to others; "+
				"it is back (their analyses are still stored once)", "process", h.id)
		}
		if err == nil {
			err = h.sweep(ctx)
		}
		if err != nil && ctx.Err() == nil {
			h.opts.Logger.WarnContext(ctx, "store: queue heartbeat failed; retrying", "process", h.id, "error", err)
		}
	}
}

// beat records that the process is alive. It returns true if it inserted
// the row: after the first beat, another process had presumed this one
// dead.
func (h *heartbeat) beat(ctx context.Context) (inserted bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, h.opts.HeartbeatInterval)
	defer cancel()
	err = h.pool.QueryRow(ctx, `INSERT INTO queue_processes (client_id, host, pid, started_at, last_seen)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (client_id) DO UPDATE SET last_seen = excluded.last_seen
		RETURNING xmax = 0`, h.id, pgText(h.host), os.Getpid(), h.started, h.now()).Scan(&inserted)
	return inserted, err
}

// sweep hands back the running jobs of the processes unseen for
// ProcessTimeout and forgets them.
func (h *heartbeat) sweep(ctx context.Context) error {
	horizon := h.now().Add(-h.opts.ProcessTimeout)
	return pgx.BeginFunc(ctx, h.pool, func(tx pgx.Tx) error {
		rs, err := tx.Query(ctx, `DELETE FROM queue_processes WHERE last_seen < $1 AND client_id <> $2
			RETURNING client_id, last_seen`, horizon, h.id)
		if err != nil {
			return err
		}
		type gone struct {
			id       string
			lastSeen time.Time
		}
		var dead []gone
		for rs.Next() {
			var g gone
			if err := rs.Scan(&g.id, &g.lastSeen); err != nil {
				rs.Close()
				return err
			}
			dead = append(dead, g)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		for _, g := range dead {
			n, err := handBack(ctx, tx, g.id, "process "+g.id+" stopped sending heartbeats; job handed back to the queue")
			if err != nil {
				return fmt.Errorf("hand back the jobs of %s: %w", g.id, err)
			}
			h.opts.Logger.WarnContext(ctx, "store: a queue process stopped sending heartbeats; its running jobs go back to the queue",
				"process", g.id, "last_seen", g.lastSeen, "jobs", n)
			h.count(rescueDeadProcess, n)
		}
		return nil
	})
}

// leave stops the heartbeat, hands the jobs this process still has running
// back to the queue and removes its row. The workers must be stopped.
func (h *heartbeat) leave(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stop == nil {
		return nil
	}
	close(h.stop)
	<-h.done
	h.stop, h.done = nil, nil
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	var n int64
	err := pgx.BeginFunc(ctx, h.pool, func(tx pgx.Tx) error {
		var err error
		if n, err = handBack(ctx, tx, h.id, "process "+h.id+" stopped; job handed back to the queue"); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM queue_processes WHERE client_id = $1`, h.id)
		return err
	})
	if err != nil {
		return fmt.Errorf("leave the queue: %w", err)
	}
	if n > 0 {
		h.opts.Logger.InfoContext(ctx, "store: running jobs handed back to the queue at shutdown", "process", h.id, "jobs", n)
	}
	h.count(rescueShutdown, n)
	return nil
}

func (h *heartbeat) count(reason string, n int64) {
	if h.rescued != nil && n > 0 {
		h.rescued.Add(reason, uint64(n))
	}
}

// processes counts the processes seen within ProcessTimeout.
func (h *heartbeat) processes(ctx context.Context) (int64, error) {
	var n int64
	err := h.pool.QueryRow(ctx, `SELECT count(*) FROM queue_processes WHERE last_seen >= $1`,
		h.now().Add(-h.opts.ProcessTimeout)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count queue processes: %w", err)
	}
	return n, nil
}

// handBack makes the jobs running under River client id retryable at once,
// their attempt kept (River counts the next run as a new attempt), or
// discarded if that was their last attempt. It returns how many.
func handBack(ctx context.Context, tx pgx.Tx, clientID, why string) (int64, error) {
	tag, err := tx.Exec(ctx, `UPDATE river_job SET
			state = (CASE WHEN attempt >= max_attempts THEN 'discarded' ELSE 'retryable' END)::river_job_state,
			scheduled_at = now(),
			finalized_at = CASE WHEN attempt >= max_attempts THEN now() END,
			errors = array_append(errors, jsonb_build_object('at', now(), 'attempt', attempt, 'error', $2::text, 'trace', ''))
		WHERE state = 'running' AND attempted_by[array_length(attempted_by, 1)] = $1`, clientID, why)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
