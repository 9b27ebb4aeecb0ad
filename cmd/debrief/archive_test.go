package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

func TestImportSearchReanalyseToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "debrief.db")
	_, errs, code := runCLI(t, "import", "--database", db, "--config", examplesConfig, exampletest.Tickets)
	if code != 0 || !strings.Contains(errs, "5 imported, 0 skipped as duplicates, 0 rejected; 5 analyses queued") || !strings.Contains(errs, "5 analyses stored, 0 failed") {
		t.Fatalf("import: %d %s", code, errs)
	}
	// Importing again finds only duplicates.
	if _, errs, _ := runCLI(t, "import", "--database", db, "--config", examplesConfig, exampletest.Tickets); !strings.Contains(errs, "0 imported, 5 skipped as duplicates") {
		t.Errorf("re-import: %s", errs)
	}
	// A JSON Lines file with one bad line: the rest is imported, the exit status says so.
	jl := filepath.Join(t.TempDir(), "more.jsonl")
	os.WriteFile(jl, []byte(`{"id":"J-1","created_at":"2026-05-01T10:00:00Z","closed_at":"2026-05-01T11:00:00Z","events":[{"at":"2026-05-01T10:00:00Z","kind":"message","role":"customer","body":"printer jammed"}]}
{"id": broken
{"id":"J-2","created_at":"2026-05-01T10:00:00Z"}
`), 0o644)
	if _, errs, code := runCLI(t, "import", "--database", db, "--config", examplesConfig, jl); code != 1 || !strings.Contains(errs, "2 imported, 0 skipped as duplicates, 1 rejected") || !strings.Contains(errs, "more.jsonl:2") {
		t.Errorf("jsonl import: %d %s", code, errs)
	}
	out, _, code := runCLI(t, "search", "--database", db, "quorum")
	if code != 0 || !strings.Contains(out, "G204-117") {
		t.Errorf("search: %d %q", code, out)
	}
	if _, errs, code := runCLI(t, "reanalyse", "--database", db, "--config", examplesConfig, "--writer", "deterministic", "G204-117"); code != 0 || !strings.Contains(errs, "G204-117: analysis version 2 stored") {
		t.Errorf("reanalyse: %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "reanalyse", "--database", db, "NOPE-1"); code != 1 || !strings.Contains(errs, "NOPE-1") {
		t.Errorf("reanalyse unknown: %d %s", code, errs)
	}
	out, _, code = runCLI(t, "token", "create", "--role", "viewer", "--customer", "Birchwood Lodges Ltd", "--database", db)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(lines[len(lines)-1], "dbf_") {
		t.Errorf("token create: %d %q", code, out)
	}
	if out, _, _ := runCLI(t, "token", "list", "--database", db); !strings.Contains(out, "Birchwood Lodges Ltd") {
		t.Errorf("token list: %q", out)
	}
	if _, errs, code := runCLI(t, "token", "create", "--role", "root", "--database", db); code != 2 || !strings.Contains(errs, `unknown role "root"`) {
		t.Errorf("bad role: %d %s", code, errs)
	}
	// A CSV export needs its mapping.
	if _, errs, code := runCLI(t, "import", "--database", db, "x.csv"); code != 2 || !strings.Contains(errs, "--mapping") {
		t.Errorf("csv without mapping: %d %s", code, errs)
	}
}

// rebuildTickets is the archive TestSearchRebuildsIndex rebuilds the index of:
// with 300, an indexer that wrote one batch of 256 before search counted (a
// loaded machine: it failed once under a full parallel suite) left fewer than
// farBehind and no announcement.
const rebuildTickets = 700

// TestSearchRebuildsIndex: with its search file lost, an archive of a few
// hundred tickets is searched only once the index is rebuilt, and the
// command says so.
func TestSearchRebuildsIndex(t *testing.T) {
	dir := t.TempDir()
	writeTickets(t, dir, rebuildTickets, 4)
	db := filepath.Join(t.TempDir(), "debrief.db")
	if _, errs, code := runCLI(t, "import", "--no-analyse", "--database", db, dir); code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	if err := os.Remove(db + "-search"); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "search", "--database", db, "--limit", "200", "file share")
	// The indexer starts when the archive opens, so it may have caught up
	// on a batch or two (indexBatch, 256) before the count is taken: with
	// rebuildTickets more than farBehind are left even then.
	m := regexp.MustCompile(`bringing the search index up to date \((\d+) tickets\)`).FindStringSubmatch(errs)
	if code != 0 || m == nil {
		t.Fatalf("search: %d %s", code, errs)
	}
	if n, _ := strconv.Atoi(m[1]); n <= farBehind || n > rebuildTickets {
		t.Errorf("search announced %d tickets to index, want between %d and %d", n, farBehind+1, rebuildTickets)
	}
	if n := strings.Count(out, "\n    "); n != 200 {
		t.Errorf("search found %d tickets, want 200 (the limit): %.300s", n, out)
	}
}

// TestImportKeepsVersionOrder: the versions of one ticket in an import are
// stored in the order they are read, though tickets are stored in parallel.
func TestImportKeepsVersionOrder(t *testing.T) {
	var tks []*ticket.Ticket
	for round := range 2 {
		for i := range 40 {
			tk := tickettest.Synthetic(i, 4)
			if round == 0 {
				tk.ClosedAt = time.Time{} // first an open version, then the closed one
			}
			tks = append(tks, tk)
		}
	}
	jl := writeJSONLines(t, tks)
	db := filepath.Join(t.TempDir(), "debrief.db")
	if _, errs, code := runCLI(t, "import", "--no-analyse", "--database", db, jl); code != 0 || !strings.Contains(errs, "80 imported") {
		t.Fatalf("import: %d %s", code, errs)
	}
	st, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range 40 {
		id := tickettest.Synthetic(i, 4).ID
		vs, err := st.TicketVersions(t.Context(), id)
		if err != nil || len(vs) != 2 || vs[0].Closed || !vs[1].Closed {
			t.Errorf("%s: %d versions (%v); want the open one, then the closed one", id, len(vs), err)
		}
	}
}

// TestImportOut: the README's main job archives the examples in SQLite and
// writes each ticket's reports, the very reports debrief analyze writes.
func TestImportOut(t *testing.T) {
	db := filepath.Join(t.TempDir(), "debrief.db")
	out, direct := t.TempDir(), t.TempDir()
	if _, errs, code := runCLI(t, "import", "--database", db, "--config", examplesConfig, "--out", out, exampletest.Tickets); code != 0 || !strings.Contains(errs, "10 reports written to "+out) {
		t.Fatalf("import --out: %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "analyze", "--config", examplesConfig, "--out", direct, exampletest.Tickets); code != 0 {
		t.Fatalf("analyze: %d %s", code, errs)
	}
	names, err := filepath.Glob(filepath.Join(direct, "*.md"))
	if err != nil || len(names) != 10 {
		t.Fatalf("analyze wrote %v (%v)", names, err)
	}
	for _, name := range names {
		want, _ := os.ReadFile(name)
		got, err := os.ReadFile(filepath.Join(out, filepath.Base(name)))
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: the archived report differs from debrief analyze's (%v)", filepath.Base(name), err)
		}
	}
	if _, errs, code := runCLI(t, "import", "--database", db, "--no-analyse", "--out", out, exampletest.Tickets); code != 2 || !strings.Contains(errs, "--no-analyse") {
		t.Errorf("--out with --no-analyse: %d %s", code, errs)
	}
}
