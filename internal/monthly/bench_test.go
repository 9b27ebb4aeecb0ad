package monthly_test

import (
	"context"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/monthly/monthlytest"
	"github.com/debriefhq/debrief/internal/store"
)

// BenchmarkMonthlyReport builds the internal monthly report, charts included,
// over an archive of DEBRIEF_BENCH_MONTH_TICKETS tickets a month (10,000 by
// default) for ten months. DEBRIEF_BENCH_ARCHIVE names a SQLite file (made on
// first use and reused) or a postgres:// DSN (filled when empty); without it
// a temporary SQLite archive is made. A PostgreSQL archive is vacuumed and
// analysed first, as autovacuum would have done after the load (a server
// may run without it). It reports the peak heap in use.
func BenchmarkMonthlyReport(b *testing.B) {
	ctx := context.Background()
	perMonth := 10000
	if v, err := strconv.Atoi(os.Getenv("DEBRIEF_BENCH_MONTH_TICKETS")); err == nil && v > 0 {
		perMonth = v
	}
	dsn := os.Getenv("DEBRIEF_BENCH_ARCHIVE")
	if dsn == "" {
		dsn = b.TempDir() + "/bench.db"
	}
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	last := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	m, _ := monthly.ParseMonth("2026-02", time.UTC)
	n := 0
	if err := st.MonthFigures(ctx, m.Start(), m.End(), figures.Scope{}, func(*figures.Figures, figures.Signature) error { n++; return nil }); err != nil {
		b.Fatal(err)
	}
	if n == 0 {
		b.Logf("generating %d tickets a month for 10 months", perMonth)
		if err := monthlytest.Archive(ctx, st, last, 10, perMonth); err != nil {
			b.Fatal(err)
		}
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		vacuumAnalyze(ctx, b, dsn)
	}
	objectives := []figures.Objective{{Name: "P1 first response", Clock: figures.ClockFirstResponse, Priorities: []string{"P1"}, TargetPercent: 95}}
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	b.ResetTimer()
	for b.Loop() {
		r, err := monthly.Build(ctx, st, m, figures.Scope{}, monthly.Options{Objectives: objectives})
		if err != nil {
			b.Fatal(err)
		}
		r.Narrative = r.DeterministicNarrative()
		if err := r.Write(ctx, io.Discard, "md", monthly.WriteOptions{RenderOptions: monthly.RenderOptions{
			ChartSrc: func(name string) string { return name + ".png" }}}); err != nil {
			b.Fatal(err)
		}
		for _, c := range r.Charts() {
			if _, err := r.Chart(c.Name, monthly.PNG); err != nil {
				b.Fatal(err)
			}
		}
		if r.Tickets < perMonth/2 {
			b.Fatalf("only %d tickets in the month", r.Tickets)
		}
	}
	close(stop)
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}

// vacuumAnalyze updates the planner's statistics and the visibility map of
// the monthly tables (index-only scans) after a bulk load.
func vacuumAnalyze(ctx context.Context, b *testing.B, dsn string) {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `VACUUM ANALYZE ticket_figures, action_items`); err != nil {
		b.Fatal(err)
	}
}
