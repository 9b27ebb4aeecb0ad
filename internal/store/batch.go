package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/riverqueue/river"
)

// maxBatch bounds the ingestions sharing one transaction.
const maxBatch = 256

// errClosed is returned by operations on a closed store.
var errClosed = errors.New("store is closed")

// batcher commits concurrent ingestions together (group commit). SQLite
// has one writer, and a commit, the search index flush and River's job
// insert cost about as much for many tickets as for one. A caller finding
// the writer free writes at once, in its own goroutine; callers arriving
// while it is busy queue up and are written together by the batcher's
// goroutine.
type batcher[TTx any] struct {
	c *core[TTx]
	// writing is held by whoever writes: a lone caller or the batcher.
	writing sync.Mutex
	closed  atomic.Bool
	reqs    chan *ingestReq
	quit    chan struct{}
	done    chan struct{}
	once    sync.Once
}

type ingestReq struct {
	ctx     context.Context
	tv      TicketVersion
	analyse bool
	reply   chan ingestReply // buffered: the batcher never blocks on it
}

type ingestReply struct {
	res IngestResult
	err error
}

func newBatcher[TTx any](c *core[TTx]) *batcher[TTx] {
	b := &batcher[TTx]{c: c, reqs: make(chan *ingestReq), quit: make(chan struct{}), done: make(chan struct{})}
	go b.run()
	return b
}

// submit hands one ingestion to the batcher and waits for its result. If
// ctx ends first, submit returns its error; the ingestion may still be
// stored.
func (b *batcher[TTx]) submit(ctx context.Context, tv TicketVersion, analyse bool) (IngestResult, error) {
	if b.closed.Load() {
		return IngestResult{}, errClosed
	}
	if b.writing.TryLock() {
		defer b.writing.Unlock()
		return b.c.ingestAlone(ctx, tv, analyse)
	}
	r := &ingestReq{ctx: ctx, tv: tv, analyse: analyse, reply: make(chan ingestReply, 1)}
	select {
	case b.reqs <- r:
	case <-b.quit:
		return IngestResult{}, errClosed
	case <-ctx.Done():
		return IngestResult{}, ctx.Err()
	}
	select {
	case rep := <-r.reply:
		return rep.res, rep.err
	case <-ctx.Done():
		return IngestResult{}, ctx.Err()
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
		var first *ingestReq
		select {
		case first = <-b.reqs:
		case <-b.quit:
			return
		}
		batch := []*ingestReq{first}
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

// write ingests a batch in one transaction. If anything fails, each
// request is retried in a transaction of its own, so that one bad request
// only fails itself.
func (b *batcher[TTx]) write(batch []*ingestReq) {
	live := batch[:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.reply <- ingestReply{err: err}
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	if len(live) == 1 {
		r := live[0]
		res, err := b.c.ingestAlone(r.ctx, r.tv, r.analyse)
		r.reply <- ingestReply{res: res, err: err}
		return
	}
	// The batch's transaction belongs to no single caller.
	ctx := context.WithoutCancel(live[0].ctx)
	results := make([]IngestResult, len(live))
	err := b.c.inTx(ctx, func(tx TTx, q querier) error {
		var (
			params []river.InsertManyParams
			want   = map[analyseArgs]int{}
		)
		for i, r := range live {
			res, err := b.c.ingest(ctx, q, r.tv)
			if err != nil {
				return err
			}
			results[i] = res
			if r.analyse && !res.Duplicate {
				args := b.c.ingestJob(res)
				params = append(params, river.InsertManyParams{Args: args})
				want[args] = i
			}
		}
		if len(params) == 0 {
			return nil
		}
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
			results[i].JobID = j.Job.ID
			delete(want, args)
		}
		if len(want) > 0 {
			return fmt.Errorf("enqueue: %d jobs missing", len(want))
		}
		return nil
	})
	if err != nil {
		b.c.opts.Logger.WarnContext(ctx, "store: batched ingestion failed; retrying one by one", "size", len(live), "error", err)
		for _, r := range live {
			res, err := b.c.ingestAlone(r.ctx, r.tv, r.analyse)
			r.reply <- ingestReply{res: res, err: err}
		}
		return
	}
	for i, r := range live {
		r.reply <- ingestReply{res: results[i]}
	}
}
