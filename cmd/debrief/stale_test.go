package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// TestImportRefusesOlderVersions: an export that lists a ticket's closed
// version before an older open one imports the closed one and rejects the
// open one (it would reopen the ticket), without stopping the import.
func TestImportRefusesOlderVersions(t *testing.T) {
	var tks []*ticket.Ticket
	for _, closed := range []bool{true, false} {
		for i := range 10 {
			tk := tickettest.Synthetic(i, 4)
			if !closed {
				tk.ClosedAt = time.Time{}
				tk.Events = tk.Events[:len(tk.Events)-1]
			}
			tks = append(tks, tk)
		}
	}
	jl := writeJSONLines(t, tks)
	db := filepath.Join(t.TempDir(), "debrief.db")
	_, errs, code := runCLI(t, "import", "--no-analyse", "--database", db, jl)
	if code != 1 || !strings.Contains(errs, "10 imported") || strings.Count(errs, "rejected: ") != 10 {
		t.Fatalf("import: exit %d\n%s", code, errs)
	}
	st, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range 10 {
		id := tickettest.Synthetic(i, 4).ID
		if vs, err := st.TicketVersions(t.Context(), id); err != nil || len(vs) != 1 || !vs[0].Closed {
			t.Errorf("%s: %d versions (%v); want the closed one alone", id, len(vs), err)
		}
	}
}

// writeJSONLines writes the tickets as a JSON Lines export and returns its path.
func writeJSONLines(t *testing.T, tks []*ticket.Ticket) string {
	t.Helper()
	var b strings.Builder
	for _, tk := range tks {
		line, err := json.Marshal(tk)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	jl := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(jl, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return jl
}
