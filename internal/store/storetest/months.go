package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/store"
)

// testMonthReads checks the reads of several months in one pass against
// the tickets loaded: each ticket in the month its closing time falls in,
// with bounds that are not UTC midnights (a reporting time zone's).
func testMonthReads(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	var fs []figures.Figures
	for i := range 90 {
		fs = append(fs, figures.Figures{
			TicketID: fmt.Sprintf("M-%03d", i), Analysis: 1, Customer: []string{"Acme", "Birch"}[i%2],
			Priority:      []string{"P1", "P2", ""}[i%3],
			ClosedAt:      epoch.Add(time.Duration(i) * 17 * time.Hour),
			FirstResponse: figures.Clock{HasTarget: i%4 != 0, Stopped: true, Met: i%5 != 0},
			Resolution:    figures.Clock{HasTarget: true, Stopped: true, Met: i%7 != 0, Business: int64(i)},
		})
	}
	if err := s.LoadFigures(ctx, fs, nil); err != nil {
		t.Fatal(err)
	}
	kolkata := time.FixedZone("IST", 5*3600+1800)
	var bounds []time.Time
	for d := 0; d <= 60; d += 15 {
		bounds = append(bounds, time.Date(2026, 3, 2+d, 0, 0, 0, 0, kolkata))
	}
	month := func(at time.Time) int {
		for i := range len(bounds) - 1 {
			if !at.Before(bounds[i]) && at.Before(bounds[i+1]) {
				return i
			}
		}
		return -1
	}
	scope := figures.Scope{Customer: "Acme"}
	want := make([]map[string]figures.Tally, len(bounds)-1)
	wantRes := make([][]int64, len(bounds)-1)
	for i := range want {
		want[i] = map[string]figures.Tally{}
	}
	for _, f := range fs {
		m := month(f.ClosedAt)
		if m < 0 || f.Customer != scope.Customer {
			continue
		}
		x := want[m][f.Priority]
		x.Priority = f.Priority
		x.Tickets++
		if f.FirstResponse.HasTarget {
			x.FRTarget++
			if f.FirstResponse.Met {
				x.FRMet++
			}
		}
		x.ResTarget++
		if f.Resolution.Met {
			x.ResMet++
		}
		want[m][f.Priority] = x
		wantRes[m] = append(wantRes[m], f.Resolution.Business)
	}
	got, err := s.MonthTallies(ctx, bounds, scope)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d months of tallies, want %d", len(got), len(want))
	}
	for i := range want {
		w := slices.SortedFunc(func(yield func(figures.Tally) bool) {
			for _, x := range want[i] {
				if !yield(x) {
					return
				}
			}
		}, func(a, b figures.Tally) int { return strings.Compare(a.Priority, b.Priority) })
		if fmt.Sprint(got[i]) != fmt.Sprint(w) || len(w) == 0 {
			t.Errorf("month %d: tallies %v, want %v (and some)", i, got[i], w)
		}
		one, err := s.Tallies(ctx, bounds[i], bounds[i+1], scope)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(one) != fmt.Sprint(got[i]) {
			t.Errorf("month %d alone: tallies %v, want %v", i, one, got[i])
		}
	}
	gotRes := make([][]int64, len(bounds)-1)
	if err := s.MonthClocks(ctx, bounds, scope, func(m int, f *figures.Figures) error {
		gotRes[m] = append(gotRes[m], f.Resolution.Business)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := range wantRes {
		slices.Sort(gotRes[i])
		if fmt.Sprint(gotRes[i]) != fmt.Sprint(wantRes[i]) {
			t.Errorf("month %d: clocks of %v, want %v", i, gotRes[i], wantRes[i])
		}
	}
	for _, bad := range [][]time.Time{bounds[:1], {bounds[1], bounds[0]}, {bounds[0], bounds[0]}} {
		if _, err := s.MonthTallies(ctx, bad, scope); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("tallies between %v: err = %v, want ErrInvalid", bad, err)
		}
		if err := s.MonthClocks(ctx, bad, scope, func(int, *figures.Figures) error { return nil }); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("clocks between %v: err = %v, want ErrInvalid", bad, err)
		}
	}
}
