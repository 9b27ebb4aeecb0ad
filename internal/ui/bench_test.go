package ui_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/demo"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/server"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// The pages' server-side cost over a large archive: the ticket list, a
// ticket page, a library search, the dashboard and monthly pages (archived
// and built) with a chart each, rendered in process (no network), with the
// store calls each makes counted. DEBRIEF_BENCH_TICKETS sets the archive's
// size (100,000 by default).

var benchWords = []string{"mail", "relay", "backup", "tape", "database", "timeout", "printer", "driver", "vpn", "certificate",
	"expired", "disk", "full", "dns", "latency", "kernel", "upgrade", "password", "login", "proxy"}

func BenchmarkPages(b *testing.B) {
	n := 100_000
	if s := os.Getenv("DEBRIEF_BENCH_TICKETS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	ctx := context.Background()
	dir := b.TempDir()
	cfg, err := demo.Config(dir)
	if err != nil {
		b.Fatal(err)
	}
	eng, err := engine.New(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	raw, err := store.Open(ctx, filepath.Join(dir, "debrief.db"), store.Options{Analyse: service.Analyser(eng)})
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	if err := raw.Start(ctx); err != nil {
		b.Fatal(err)
	}
	st := &storetest.Counting{Store: raw}
	// "Now" is moved, once the archive is made, into its busiest months, so
	// that the dashboard's month and the monthly pages' have tickets.
	var clock atomic.Pointer[time.Time]
	now := time.Now()
	clock.Store(&now)
	srv, err := server.New(server.Config{Store: st, Engine: eng, Clock: func() time.Time { return *clock.Load() }})
	if err != nil {
		b.Fatal(err)
	}
	admin, err := demo.Seed(ctx, srv.Service(), raw, 2*time.Minute)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	fillArchive(b, raw, n)
	b.Logf("archive of %d tickets made in %v", n, time.Since(start).Round(time.Second))
	// The last of the three busiest months in a row is the dashboard's (late
	// in it); of
	// the two before, the later one's reports are archived (as on the first
	// of the next month), the earlier one's are not.
	var (
		busiest time.Time
		most    int
		count   = map[time.Time]int{}
	)
	for m := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC); m.Year() < 2040; m = m.AddDate(0, 1, 0) {
		ts, err := raw.Tallies(ctx, m, m.AddDate(0, 1, 0), figures.Scope{})
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range ts {
			count[m] += t.Tickets
		}
		if n := min(count[m], count[m.AddDate(0, -1, 0)], count[m.AddDate(0, -2, 0)]); n > most {
			busiest, most = m, n
		}
	}
	late := busiest.AddDate(0, 0, 20)
	clock.Store(&late)
	archived, built := busiest.AddDate(0, -1, 0).Format("2006-01"), busiest.AddDate(0, -2, 0).Format("2006-01")
	start = time.Now()
	if err := srv.Service().ArchiveMonth(ctx, archived, "bench"); err != nil {
		b.Fatal(err)
	}
	b.Logf("now %s: %d tickets in %s, %d in %s (archived in %v), %d in %s", late.Format(time.DateOnly), count[busiest], busiest.Format("2006-01"),
		count[busiest.AddDate(0, -1, 0)], archived, time.Since(start).Round(time.Millisecond), count[busiest.AddDate(0, -2, 0)], built)

	h := srv.Handler()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/signin", strings.NewReader(url.Values{"token": {admin}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	h.ServeHTTP(rec, req)
	cookies := rec.Result().Cookies()
	if len(cookies) == 0 {
		b.Fatalf("sign in: %d", rec.Code)
	}
	for _, p := range []struct{ name, path string }{
		{"TicketList", "/tickets"},
		{"TicketListFiltered", "/tickets?priority=P2&breached=yes&month=2026-05&sort=customer&page=3"},
		{"TicketListText", "/tickets?q=printer"},
		{"TicketPage", "/tickets/G204-117"},
		{"LibrarySearch", "/library?q=printer+driver"},
		{"LibrarySearchFacet", "/library?q=mail+relay&priority=P1"},
		{"Dashboard", "/"},
		{"MonthlyArchived", "/monthly?month=" + archived},
		{"MonthlyArchivedChart", "/monthly/charts/volume-by-priority.svg?archived=1&month=" + archived},
		{"MonthlyBuilt", "/monthly?month=" + built},
		{"MonthlyBuiltChart", "/monthly/charts/volume-by-priority.svg?month=" + built},
	} {
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			st.Reset()
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest("GET", p.path, nil)
				for _, c := range cookies {
					req.AddCookie(c)
				}
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d: %.300s", p.path, rec.Code, rec.Body.String())
				}
			}
			b.ReportMetric(float64(st.Calls())/float64(b.N), "queries/op")
			// CPU time of the process per page: on a shared machine, wall
			// time also counts the waits for other processes.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}

// fillArchive stores n synthetic closed tickets (searchable text) with their
// per-ticket figures spread over twelve months.
func fillArchive(b *testing.B, s store.Store, n int) {
	ctx := context.Background()
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range 16 {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				w := func(k int) string { return benchWords[(i*7+k*3)%len(benchWords)] }
				tv := storetest.Ticket(i, fmt.Sprintf("Customer%d", i%20), fmt.Sprintf("%s %s problem %d", w(0), w(1), i),
					fmt.Sprintf("Customer reports %s trouble with %s after the %s change. Agent checked logs and %s.", w(0), w(1), w(2), w(3)), true)
				if _, err := s.IngestTicket(ctx, tv, false); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	base := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	const batch = 10_000
	for lo := 0; lo < n; lo += batch {
		var fs []figures.Figures
		for i := lo; i < min(lo+batch, n); i++ {
			fs = append(fs, figures.Figures{
				TicketID: fmt.Sprintf("T-%04d", i), Analysis: 1, Customer: fmt.Sprintf("Customer%d", i%20),
				Team: fmt.Sprintf("Team %d", i%5), Priority: fmt.Sprintf("P%d", 1+i%4), SLA: "standard", CloseReason: "solved",
				Subject:       fmt.Sprintf("%s %s problem %d", benchWords[(i*7)%len(benchWords)], benchWords[(i*7+3)%len(benchWords)], i),
				ClosedAt:      base.Add(time.Duration(i) * (365 * 24 * time.Hour / time.Duration(n))), // i * 365 days overflows
				FirstResponse: figures.Clock{HasTarget: true, Stopped: true, Met: i%7 != 0, Business: int64(600 + i%3600)},
				Factors:       []string{[]string{"monitoring", "capacity", "change", "vendor"}[i%4]},
			})
		}
		if err := s.LoadFigures(ctx, fs, nil); err != nil {
			b.Fatal(err)
		}
	}
	for deadline := time.Now().Add(10 * time.Minute); ; {
		u, err := s.Unindexed(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if u == 0 {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("search index still %d behind", u)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
