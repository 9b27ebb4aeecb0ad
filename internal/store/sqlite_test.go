package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

func TestMain(m *testing.M) {
	storetest.ChildMain()
	os.Exit(m.Run())
}

// sqliteHarness makes each test a database file in its own temp dir: empty,
// or a copy of one a store migrated.
var sqliteHarness = storetest.Harness{
	NewDSN: func(t *testing.T) string {
		return filepath.Join(t.TempDir(), "debrief.db")
	},
	NewMigratedDSN: func(t *testing.T) string { return storetest.MigratedSQLite(t) },
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

// searchIDs opens the store at path and returns the ids of the tickets a
// search for q finds, and the store's count of unindexed tickets.
func searchIDs(t *testing.T, path, q string) ([]string, int64) {
	t.Helper()
	s, err := store.Open(t.Context(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hits, err := s.Search(t.Context(), q, store.SearchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.TicketID)
	}
	n, err := s.Unindexed(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return ids, n
}

// TestSQLiteSearchFileRebuilt: the search index is derived data in a file
// of its own. Lost, from an older format or from another archive, it is
// rebuilt from the archive at start-up.
func TestSQLiteSearchFileRebuilt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "debrief.db")
	s := storetest.Open(t, path, store.Options{})
	for i, body := range []string{"quorum lost on node two", "printer jammed again"} {
		if _, err := s.IngestTicket(t.Context(), storetest.Ticket(i, "Acme", "s", body, true), false); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := storetest.Analyse(t.Context(), storetest.Ticket(1, "Acme", "s", "", true))
	a.TicketID, a.Technical = "T-0001", "The cluster lost quorum after the firmware update."
	if _, err := s.SaveAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want := []string{"T-0000", "T-0001"} // T-0001 by its report only
	check := func(step string) {
		t.Helper()
		ids, unindexed := searchIDs(t, path, "quorum")
		if !slices.Equal(ids, want) || unindexed != 0 {
			t.Errorf("%s: search = %v (%d unindexed), want %v", step, ids, unindexed, want)
		}
	}
	check("first open")

	if err := os.Remove(path + "-search"); err != nil {
		t.Fatal(err)
	}
	check("search file deleted")

	// A search file of another format.
	exec := func(dsn, q string) {
		t.Helper()
		sqliteHarness.Exec(t, dsn, q)
	}
	exec(path+"-search", `DELETE FROM search; UPDATE search_state SET format = 99`)
	check("other format")

	// The search file of another, busier archive.
	exec(path+"-search", `DELETE FROM search; UPDATE search_state SET mark = 1000000`)
	check("foreign file")

	// An archive from before the search file (schema 3): the index was a
	// table of the archive itself.
	if err := os.Remove(path + "-search"); err != nil {
		t.Fatal(err)
	}
	exec(path, `DROP INDEX tickets_changed`)
	exec(path, `ALTER TABLE tickets DROP COLUMN changed`)
	exec(path, `CREATE VIRTUAL TABLE search USING fts5 (subject, body, reports)`)
	// Later migrations go back too, to be applied again after 4.
	exec(path, `DROP TABLE action_events; DROP TABLE action_items; DROP TABLE ticket_figures`)
	// (and undo migration 6, which a schema-3 archive lacks too)
	exec(path, `DROP TABLE webhook_deliveries`)
	exec(path, `ALTER TABLE tickets DROP COLUMN latest_changed_at`)
	exec(path, `ALTER TABLE tickets DROP COLUMN latest_closed`)
	// (and migrations 7 and 8, the archived monthly reports and the web sessions)
	exec(path, `DROP TABLE monthly_reports; DROP TABLE web_sessions`)
	exec(path, `DELETE FROM schema_version WHERE version >= 4`)
	check("upgrade from schema 3")
}
