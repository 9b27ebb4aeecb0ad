package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/riverqueue/river"
)

// maxBatch bounds the writes sharing one transaction.
const maxBatch = 256

// errClosed is returned by operations on a closed store.
var errClosed = errors.New("store is closed")

// batcher commits concurrent writes together (group commit): ticket
// ingestions and the analyses the workers archive. SQLite has one writer,
// and a commit and River's job insert cost about as much for many rows as
// for one. A caller finding the writer free writes at
// once, in its own goroutine; callers arriving while it is busy queue up and
// are written together by the batcher's goroutine.
type batcher[TTx any] struct {
	c *core[TTx]
	// writing is held by whoever writes: a lone caller or the batcher.
	writing sync.Mutex
	closed  atomic.Bool
	reqs    chan *writeReq
	quit    chan struct{}
	done    chan struct{}
	once    sync.Once
}

// writeReq is one ingestion (tv set) or one analysis to archive (a set).
type writeReq struct {
	ctx     context.Context
	tv      *TicketVersion
	analyse bool
	a       *Analysis
	jobID   int64
	reply   chan writeReply // buffered: the batcher never blocks on it
}

type writeReply struct {
	res IngestResult
	// version and existed are saveAnalysis's results.
	version int
	existed bool
	err     error
}

func newBatcher[TTx any](c *core[TTx]) *batcher[TTx] {
	b := &batcher[TTx]{c: c, reqs: make(chan *writeReq), quit: make(chan struct{}), done: make(chan struct{})}
	go b.run()
	return b
}

// alone performs r in a transaction of its own.
func (b *batcher[TTx]) alone(r *writeReq) writeReply {
	if r.tv != nil {
		res, err := b.c.ingestAlone(r.ctx, *r.tv, r.analyse)
		return writeReply{res: res, err: err}
	}
	version, existed, err := b.c.saveAlone(r.ctx, *r.a, r.jobID)
	return writeReply{version: version, existed: existed, err: err}
}

// submit hands one write to the batcher and waits for its result. If ctx
// ends first, submit returns its error; the write may still be stored.
func (b *batcher[TTx]) submit(r *writeReq) writeReply {
	if b.closed.Load() {
		return writeReply{err: errClosed}
	}
	if b.writing.TryLock() {
		defer b.writing.Unlock()
		return b.alone(r)
	}
	r.reply = make(chan writeReply, 1)
	select {
	case b.reqs <- r:
	case <-b.quit:
		return writeReply{err: errClosed}
	case <-r.ctx.Done():
		return writeReply{err: r.ctx.Err()}
	}
	select {
	case rep := <-r.reply:
		return rep
	case <-r.ctx.Done():
		return writeReply{err: r.ctx.Err()}
	}
}

// stop ends the batcher after the batch in progress.
func (b *batcher[TTx]) stop() {
	b.closed.Store(true)
	b.once.Do(func() { close(b.quit) })
	<-b.done
	// Wait for a lone writer to finish.
	b.writing.Lock()
	defer b.writing.Unlock()
}

func (b *batcher[TTx]) run() {
	defer close(b.done)
	for {
		var first *writeReq
		select {
		case first = <-b.reqs:
		case <-b.quit:
			return
		}
		batch := []*writeReq{first}
	fill:
		for len(batch) < maxBatch {
			select {
			case r := <-b.reqs:
				batch = append(batch, r)
			default:
				break fill
			}
		}
		b.writing.Lock()
		b.write(batch)
		b.writing.Unlock()
	}
}

// write performs a batch in one transaction: the ingestions (their jobs
// inserted together) then the analyses. If anything fails, each request is
// retried in a transaction of its own, so that one bad request only fails
// itself.
func (b *batcher[TTx]) write(batch []*writeReq) {
	live := batch[:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.reply <- writeReply{err: err}
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	if len(live) == 1 {
		live[0].reply <- b.alone(live[0])
		return
	}
	// The batch's transaction belongs to no single caller.
	ctx := context.WithoutCancel(live[0].ctx)
	replies := make([]writeReply, len(live))
	err := b.c.inTx(ctx, func(tx TTx, q querier) error {
		var (
			params []river.InsertManyParams
			want   = map[analyseArgs]int{}
		)
		for i, r := range live {
			if r.tv == nil {
				continue
			}
			res, err := b.c.ingest(ctx, q, *r.tv)
			if err != nil {
				return err
			}
			replies[i].res = res
			if r.analyse && !res.Duplicate {
				args := b.c.ingestJob(res)
				params = append(params, river.InsertManyParams{Args: args})
				want[args] = i
			}
		}
		if len(params) > 0 {
			jobs, err := b.c.river.InsertManyTx(ctx, tx, params)
			if err != nil {
				return fmt.Errorf("enqueue: %w", err)
			}
			for _, j := range jobs {
				var args analyseArgs
				if err := json.Unmarshal(j.Job.EncodedArgs, &args); err != nil {
					return fmt.Errorf("enqueue: %w", err)
				}
				i, ok := want[args]
				if !ok {
					return fmt.Errorf("enqueue: unexpected job %d", j.Job.ID)
				}
				replies[i].res.JobID = j.Job.ID
				delete(want, args)
			}
			if len(want) > 0 {
				return fmt.Errorf("enqueue: %d jobs missing", len(want))
			}
		}
		for i, r := range live {
			if r.a == nil {
				continue
			}
			var err error
			if replies[i].version, replies[i].existed, err = b.c.saveAnalysis(ctx, q, *r.a, r.jobID); err != nil {
				return fmt.Errorf("analysis of ticket %q: %w", r.a.TicketID, err)
			}
		}
		return nil
	})
	if err != nil {
		level := slog.LevelWarn
		if errors.Is(err, ErrConflict) || errors.Is(err, ErrStale) {
			level = slog.LevelDebug // expected: a merge lost a race and will be redone
		}
		b.c.opts.Logger.Log(ctx, level, "store: batched write failed; retrying one by one", "size", len(live), "error", err)
		for _, r := range live {
			r.reply <- b.alone(r)
		}
		return
	}
	for i, r := range live {
		r.reply <- replies[i]
	}
}
