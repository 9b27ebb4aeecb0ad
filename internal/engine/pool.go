package engine

import (
	"context"
	"sync"
)

// Ordered runs work for the items 0..n-1 on up to workers goroutines and calls
// done for each item in input order, whatever order the work finishes in.
// done runs on the calling goroutine, one call at a time, so it may write to
// an output without locking. When ctx ends, items not yet started are not
// run: done receives ctx.Err() for them. Ordered returns when done has been
// called for every item and every worker has returned.
func Ordered[T any](ctx context.Context, n, workers int, work func(ctx context.Context, i int) (T, error), done func(i int, v T, err error)) {
	type result struct {
		v   T
		err error
	}
	results := make([]chan result, n)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(max(workers, 1), n) {
		wg.Go(func() {
			for i := range jobs {
				v, err := work(ctx, i)
				results[i] <- result{v, err}
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case jobs <- i:
			case <-ctx.Done():
				for j := i; j < n; j++ {
					results[j] <- result{err: ctx.Err()}
				}
				return
			}
		}
	}()
	for i := range n {
		r := <-results[i]
		done(i, r.v, r.err)
	}
	wg.Wait()
}
