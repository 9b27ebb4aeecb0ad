package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

func TestMain(m *testing.M) {
	storetest.ChildMain()
	os.Exit(m.Run())
}

// sqliteHarness makes each test a database file in its own temp dir.
var sqliteHarness = storetest.Harness{
	NewDSN: func(t *testing.T) string {
		return filepath.Join(t.TempDir(), "debrief.db")
	},
	Exec: func(t *testing.T, dsn, query string) {
		db, err := sql.Open("sqlite", dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(query); err != nil {
			t.Fatalf("exec %q: %v", query, err)
		}
	},
}

func TestSQLite(t *testing.T) {
	storetest.Run(t, sqliteHarness)
}

func TestSQLiteMemory(t *testing.T) {
	s := storetest.Open(t, ":memory:", store.Options{})
	res, err := s.IngestTicket(t.Context(), storetest.Ticket(1, "Acme", "s", "memory only", true), true)
	if err != nil || res.JobID == 0 {
		t.Fatalf("ingest = %+v, %v", res, err)
	}
	if hits, err := s.Search(t.Context(), "memory", store.SearchOptions{}); err != nil || len(hits) != 1 {
		t.Errorf("search = %v, %v", hits, err)
	}
}

func TestSQLiteOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a dir?x=1#frag%20", "debrief.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	s := storetest.Open(t, path, store.Options{})
	if _, err := s.IngestTicket(t.Context(), storetest.Ticket(1, "Acme", "s", "b", true), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at the given path: %v", err)
	}
}

// BenchmarkIngestSQLite ingests closed tickets, each enqueuing its analysis,
// one at a time.
func BenchmarkIngestSQLite(b *testing.B) {
	benchIngest(b, openBench(b))
}

// BenchmarkIngestSQLiteParallel ingests from 8 goroutines per CPU, as
// concurrent HTTP handlers do.
func BenchmarkIngestSQLiteParallel(b *testing.B) {
	s := openBench(b)
	ctx := context.Background()
	b.ReportAllocs()
	var next atomicCounter
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.IngestTicket(ctx, benchTicket(next.add()), true); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

// BenchmarkSearch searches 5,000 analysed tickets in SQLite.
func BenchmarkSearch(b *testing.B) {
	benchSearch(b, openBench(b))
}

func openBench(b *testing.B) store.Store {
	s, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}
