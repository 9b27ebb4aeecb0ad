package engine

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// TestOrdered: results come back in input order whatever order the work
// finishes in, with no more than the given number of workers at once.
func TestOrdered(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {50, 1}, {50, 4}, {7, 100}, {5, 0}} {
		var running, most atomic.Int64
		var order []int
		Ordered(t.Context(), tc.n, tc.workers, func(_ context.Context, i int) (int, error) {
			now := running.Add(1)
			for {
				m := most.Load()
				if now <= m || most.CompareAndSwap(m, now) {
					break
				}
			}
			time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
			running.Add(-1)
			if i%7 == 3 {
				return 0, errors.New("odd one")
			}
			return i * i, nil
		}, func(i, v int, err error) {
			order = append(order, i)
			if (err != nil) != (i%7 == 3) || (err == nil && v != i*i) {
				t.Errorf("n=%d item %d: %d, %v", tc.n, i, v, err)
			}
		})
		if len(order) != tc.n {
			t.Fatalf("n=%d: done called %d times", tc.n, len(order))
		}
		for i, got := range order {
			if got != i {
				t.Fatalf("n=%d workers=%d: done order %v", tc.n, tc.workers, order)
			}
		}
		if limit := int64(max(tc.workers, 1)); most.Load() > limit {
			t.Errorf("n=%d: %d workers at once, limit %d", tc.n, most.Load(), limit)
		}
	}
}

// TestOrderedCancelled: once the context ends, the items not started are not
// run and are reported with the context's error.
func TestOrderedCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var ran atomic.Int64
	var errs int
	Ordered(ctx, 100, 2, func(_ context.Context, i int) (struct{}, error) {
		ran.Add(1)
		if i == 5 {
			cancel()
		}
		return struct{}{}, nil
	}, func(i int, _ struct{}, err error) {
		if errors.Is(err, context.Canceled) {
			errs++
		}
	})
	if ran.Load() >= 100 || errs == 0 || int(ran.Load())+errs != 100 {
		t.Errorf("ran %d, cancelled %d of 100", ran.Load(), errs)
	}
}
