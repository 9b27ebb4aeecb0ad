package store

import (
	"context"
	"fmt"
	"time"
)

// pollEvery is how often WaitIdle and WaitIndexed look at the queue or the
// index again.
var pollEvery = 100 * time.Millisecond

// QueueCounter is the part of a Store that WaitIdle watches.
type QueueCounter interface {
	QueueStats(ctx context.Context) (QueueStats, error)
}

// WaitIdle waits until q has no job queued or running, and returns the jobs
// finished since the counts in since (Completed and Failed; take since
// before starting the workers, so that no finished job is missed). progress,
// if not nil, is called with the jobs finished so far and the jobs there were
// to run (since.Queued) whenever the number finished grows.
func WaitIdle(ctx context.Context, q QueueCounter, since QueueStats, progress func(done, total int64)) (QueueStats, error) {
	var shown int64
	for {
		s, err := q.QueueStats(ctx)
		if err != nil {
			return QueueStats{}, fmt.Errorf("store: wait for the queue: %w", err)
		}
		finished := QueueStats{Completed: s.Completed - since.Completed, Failed: s.Failed - since.Failed}
		if n := finished.Completed + finished.Failed; n > shown && progress != nil {
			progress(n, since.Queued)
			shown = n
		}
		if s.Queued == 0 && s.Running == 0 {
			return finished, nil
		}
		select {
		case <-ctx.Done():
			return finished, ctx.Err()
		case <-time.After(pollEvery):
		}
	}
}

// IndexCounter is the part of a Store that WaitIndexed watches.
type IndexCounter interface {
	Unindexed(ctx context.Context) (int64, error)
}

// WaitIndexed waits while the search index is behind the archive by
// farBehind tickets or more (after an upgrade, a large import or a lost
// search file it may be rebuilding). A smaller lag is left to the search,
// which waits for the changes made before it. progress, if not nil, is called
// only when the index is far behind: first with done 0 and the tickets to
// index, then whenever more are indexed.
func WaitIndexed(ctx context.Context, ix IndexCounter, farBehind int64, progress func(done, total int64)) error {
	first, shown := int64(-1), int64(0)
	for {
		unindexed, err := ix.Unindexed(ctx)
		if err != nil {
			return fmt.Errorf("store: wait for the index: %w", err)
		}
		if first < 0 {
			first = unindexed
			if first >= farBehind && progress != nil {
				progress(0, first)
			}
		}
		if done := first - unindexed; done > shown {
			if first >= farBehind && progress != nil {
				progress(done, first)
			}
			shown = done
		}
		if unindexed < farBehind {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pollEvery):
		}
	}
}
