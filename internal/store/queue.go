package store

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
)

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

// analyseArgs are the arguments of an analysis job.
type analyseArgs struct {
	TicketID      string `json:"ticket_id"`
	TicketVersion int    `json:"ticket_version"`
	Reason        string `json:"reason,omitempty"`
}

// Kind implements river.JobArgs.
func (analyseArgs) Kind() string { return "debrief_analyse" }

// analyseWorker runs analysis jobs.
type analyseWorker[TTx any] struct {
	river.WorkerDefaults[analyseArgs]
	c *core[TTx]
}

// Work loads the ticket version, analyses it and stores the analysis under
// the job's id; the queue then marks the job completed (in batches, which
// costs far less than completing each job in the analysis's transaction).
// If the process dies before the analysis is committed, nothing is stored
// and the job runs again. If it dies after, the job also runs again, finds
// its analysis stored and stores nothing: the job id is unique among
// analyses, so a job never stores two.
func (w *analyseWorker[TTx]) Work(ctx context.Context, job *river.Job[analyseArgs]) error {
	c := w.c
	args := job.Args
	if version, ok, err := c.jobAnalysis(ctx, job.ID); err != nil {
		return fmt.Errorf("store: analyse ticket %q version %d: %w", args.TicketID, args.TicketVersion, err)
	} else if ok {
		c.opts.Logger.InfoContext(ctx, "store: job re-run after a stop; its analysis was already stored",
			"ticket", args.TicketID, "version", version, "job", job.ID)
		return nil
	}
	tv, err := c.ticketVersion(ctx, args.TicketID, args.TicketVersion)
	if errors.Is(err, ErrNotFound) {
		return river.JobCancel(fmt.Errorf("store: analyse ticket %q version %d: %w", args.TicketID, args.TicketVersion, err))
	}
	if err != nil {
		return fmt.Errorf("store: analyse ticket %q version %d: load: %w", args.TicketID, args.TicketVersion, err)
	}
	a, err := c.opts.Analyse(ctx, tv)
	if err != nil {
		return fmt.Errorf("store: analyse ticket %q version %d: %w", args.TicketID, args.TicketVersion, err)
	}
	a.TicketID, a.TicketVersion, a.JobID = tv.TicketID, tv.Version, job.ID
	if a.Reason == "" {
		a.Reason = args.Reason
	}
	version, existed, err := c.saveJobAnalysis(ctx, a, job.ID)
	if err != nil {
		return fmt.Errorf("store: save analysis of ticket %q: %w", args.TicketID, err)
	}
	c.opts.Logger.DebugContext(ctx, "store: analysis stored",
		"ticket", args.TicketID, "version", version, "job", job.ID, "already_stored", existed)
	return nil
}

// retryPolicy adapts Options.RetryDelay to River.
type retryPolicy struct {
	delay func(attempt int) time.Duration
	clock func() time.Time
}

func (p retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	return p.clock().Add(p.delay(job.Attempt))
}

// newRiverClient builds the River client of a store. It works jobs only if
// opts.Analyse is set.
func newRiverClient[TTx any](c *core[TTx], driver riverdriver.Driver[TTx]) (*river.Client[TTx], error) {
	opts := c.opts
	cfg := &river.Config{
		ID:                          clientID(),
		Logger:                      opts.Logger,
		JobTimeout:                  opts.JobTimeout,
		RescueStuckJobsAfter:        opts.RescueAfter,
		MaxAttempts:                 opts.MaxAttempts,
		FetchPollInterval:           opts.PollInterval,
		FetchCooldown:               min(opts.PollInterval, 20*time.Millisecond),
		CompletedJobRetentionPeriod: 24 * time.Hour,
	}
	if opts.RetryDelay != nil {
		cfg.RetryPolicy = retryPolicy{delay: opts.RetryDelay, clock: time.Now}
	}
	if opts.Analyse != nil {
		workers := river.NewWorkers()
		if err := river.AddWorkerSafely(workers, &analyseWorker[TTx]{c: c}); err != nil {
			return nil, err
		}
		if opts.Monthly != nil {
			if err := river.AddWorkerSafely(workers, &monthlyWorker{build: opts.Monthly}); err != nil {
				return nil, err
			}
			cfg.PeriodicJobs = []*river.PeriodicJob{monthlyJob(cmp.Or(opts.MonthlyLocation, time.UTC), opts.Clock)}
		}
		cfg.Workers = workers
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}}
	}
	return river.NewClient(driver, cfg)
}

// clientID names a store's queue client, as River records it in the
// attempted_by of each job it runs and as heartbeats name a process: the
// host, the process id and a random part, so that several stores in one
// process differ too.
func clientID() string {
	host, _ := os.Hostname()
	host = strings.NewReplacer(".", "_", "-", "_").Replace(cmp.Or(host, "unknown_host"))
	if len(host) > 60 {
		host = host[:60]
	}
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	return fmt.Sprintf("%s_%d_%s", host, os.Getpid(), hex.EncodeToString(rnd[:]))
}

// Start implements Store.
func (c *core[TTx]) Start(ctx context.Context) error {
	if c.opts.Analyse == nil {
		return fmt.Errorf("store: start workers: %w", ErrNoAnalyser)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return errors.New("store: start workers: store is closed")
	}
	if c.started {
		return nil
	}
	if err := c.b.workersStarting(ctx, c.river); err != nil {
		return fmt.Errorf("store: start workers: %w", err)
	}
	if err := c.river.Start(ctx); err != nil {
		return errors.Join(fmt.Errorf("store: start workers: %w", err), c.b.workersStopped(ctx))
	}
	c.started = true
	return nil
}

// Stop implements Store.
func (c *core[TTx]) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.started {
		return nil
	}
	err := c.river.Stop(ctx)
	if err != nil && ctx.Err() != nil {
		// Out of patience: cancel the running jobs and wait for them to
		// return; they will be retried.
		hard, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		err = c.river.StopAndCancel(hard)
	}
	if err != nil {
		return fmt.Errorf("store: stop workers: %w", err)
	}
	c.started = false
	if err := c.b.workersStopped(ctx); err != nil {
		return fmt.Errorf("store: stop workers: %w", err)
	}
	return nil
}

// QueueStats implements Store.
func (c *core[TTx]) QueueStats(ctx context.Context) (QueueStats, error) {
	counts, err := c.river.Driver().GetExecutor().JobCountByAllStates(ctx, &riverdriver.JobCountByAllStatesParams{
		Schema: c.river.Schema(),
	})
	if err != nil {
		return QueueStats{}, fmt.Errorf("store: queue stats: %w", err)
	}
	n := func(states ...rivertype.JobState) int64 {
		var sum int64
		for _, s := range states {
			sum += int64(counts[s])
		}
		return sum
	}
	return QueueStats{
		Queued: n(rivertype.JobStateAvailable, rivertype.JobStateScheduled, rivertype.JobStatePending,
			rivertype.JobStateRetryable),
		Running:   n(rivertype.JobStateRunning),
		Completed: n(rivertype.JobStateCompleted),
		Failed:    n(rivertype.JobStateDiscarded, rivertype.JobStateCancelled),
	}, nil
}

// recoverRunningJobs makes every job in the running state available again.
// Only safe when no live process can be working them; used by SQLite at
// Start. A job that had used up its attempts is discarded instead.
func recoverRunningJobs[TTx any](ctx context.Context, client *river.Client[TTx], now time.Time) error {
	exec := client.Driver().GetExecutor()
	var afterID int64
	for {
		stuck, err := exec.JobGetStuck(ctx, &riverdriver.JobGetStuckParams{
			AfterID: afterID, Max: 500, Schema: client.Schema(), StuckHorizon: now.Add(time.Second),
		})
		if err != nil {
			return err
		}
		if len(stuck) == 0 {
			return nil
		}
		p := &riverdriver.JobRescueManyParams{Schema: client.Schema(), StuckHorizon: now}
		for _, job := range stuck {
			afterID = job.ID
			state, finalized := rivertype.JobStateAvailable, (*time.Time)(nil)
			if job.Attempt >= job.MaxAttempts {
				state, finalized = rivertype.JobStateDiscarded, &now
			}
			errData, err := jsonAttemptError(now, job.Attempt, "job abandoned by a stopped process; recovered at start-up")
			if err != nil {
				return err
			}
			p.ID = append(p.ID, job.ID)
			p.Error = append(p.Error, errData)
			p.FinalizedAt = append(p.FinalizedAt, finalized)
			p.ScheduledAt = append(p.ScheduledAt, now)
			p.State = append(p.State, string(state))
		}
		if _, err := exec.JobRescueMany(ctx, p); err != nil {
			return err
		}
	}
}

// jsonAttemptError encodes an entry of a River job's error list.
func jsonAttemptError(at time.Time, attempt int, msg string) ([]byte, error) {
	return json.Marshal(rivertype.AttemptError{At: at, Attempt: max(attempt, 0), Error: msg})
}
