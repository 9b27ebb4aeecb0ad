package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// writeTickets writes n synthetic tickets of msgs messages each into dir.
func writeTickets(tb testing.TB, dir string, n, msgs int) {
	tb.Helper()
	for i := range n {
		b, err := json.Marshal(tickettest.Synthetic(i, msgs))
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("t%06d.json", i)), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func benchFolder(b *testing.B, n, msgs int, args ...string) {
	dir := b.TempDir()
	writeTickets(b, dir, n, msgs)
	b.ResetTimer()
	for b.Loop() {
		var errb strings.Builder
		if code := run(context.Background(), append(args, dir), strings.NewReader(""), io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

// BenchmarkStatsFromDisk: `debrief stats --json` over a folder of 10,000
// tickets (20 messages each) read from disk. Target: over 20,000 tickets/s on
// one core (run with -cpu 1).
func BenchmarkStatsFromDisk(b *testing.B) {
	benchFolder(b, 10_000, 20, "stats", "--json")
}

// BenchmarkAnalyzeFolder: `debrief analyze` over 10,000 tickets on all cores,
// writing both reports of each to disk. Target: over 2,000 tickets/s on this
// 2-core machine.
func BenchmarkAnalyzeFolder(b *testing.B) {
	benchFolder(b, 10_000, 20, "analyze", "--out", b.TempDir(), "--workers", fmt.Sprint(runtime.GOMAXPROCS(0)))
}

// BenchmarkImportAnalyse: `debrief import` of 2,000 closed tickets into SQLite,
// storing each and then running the queue until every analysis is archived
// (both reports, redacted versions, findings, actions, search index).
func BenchmarkImportAnalyse(b *testing.B) {
	dir := b.TempDir()
	writeTickets(b, dir, 2000, 20)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i))
		var errb strings.Builder
		if code := run(context.Background(), []string{"import", "--database", db, "--workers", "64", dir}, strings.NewReader(""), io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(2000*float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}
