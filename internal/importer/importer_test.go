package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

const mappingYAML = `ticket: id
message: seq
time: at
author: who
role: role
roles: {reporter: customer, assignee: agent}
body: text
closed: last_event
close_reason: resolved
`

const csvSample = `id,seq,at,who,role,text
C-1,0,2026-01-05 09:00:00+00:00,ann,reporter,The VPN is down.
C-1,1,2026-01-05 09:30:00+00:00,bob,assignee,Restarted the gateway.
C-2,0,bad time,cy,reporter,Hello
`

func jsonLine(t *testing.T, tk *ticket.Ticket) string {
	t.Helper()
	b, err := json.Marshal(tk)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sources writes one of each source kind and returns their paths.
func sources(t *testing.T) (paths []string, mapping *csvimport.Mapping) {
	t.Helper()
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	for i := range 3 {
		os.WriteFile(filepath.Join(folder, fmt.Sprintf("t%d.json", i)), []byte(jsonLine(t, tickettest.Synthetic(i, 3))), 0o644)
	}
	single := filepath.Join(dir, "one.json")
	os.WriteFile(single, []byte(jsonLine(t, tickettest.Synthetic(10, 3))), 0o644)
	jl := filepath.Join(dir, "more.ndjson")
	os.WriteFile(jl, []byte(jsonLine(t, tickettest.Synthetic(11, 3))+"\n{\"id\": broken\n\n"+jsonLine(t, tickettest.Synthetic(12, 3))), 0o644)
	csv := filepath.Join(dir, "export.CSV")
	os.WriteFile(csv, []byte(csvSample), 0o644)
	m, err := csvimport.ParseMapping([]byte(mappingYAML), "mapping.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return []string{folder, single, jl, csv}, m
}

func TestEach(t *testing.T) {
	paths, mapping := sources(t)
	var got []string
	err := Each(paths, mapping, func(it Item) error {
		switch {
		case it.Err != nil:
			got = append(got, "error@"+filepath.Base(it.Source))
		case it.Ticket == nil || len(it.Raw) == 0:
			t.Errorf("%s: no ticket or raw content", it.Source)
		default:
			got = append(got, it.Ticket.ID+"@"+filepath.Base(it.Source))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(i int) string { return tickettest.Synthetic(i, 3).ID }
	want := []string{ids(0) + "@t0.json", ids(1) + "@t1.json", ids(2) + "@t2.json", ids(10) + "@one.json",
		ids(11) + "@more.ndjson:1", "error@more.ndjson:2", ids(12) + "@more.ndjson:4", "C-1@export.CSV", "error@export.CSV"}
	if !slices.Equal(got, want) {
		t.Errorf("items\n got %v\nwant %v", got, want)
	}
	// fn's error stops the reading; a CSV without mapping and a missing path fail.
	stop := errors.New("stop")
	n := 0
	if err := Each(paths, mapping, func(Item) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("after an error from fn: %v, %d calls", err, n)
	}
	if err := Each(paths[3:], nil, func(Item) error { return nil }); err == nil || !strings.Contains(err.Error(), "mapping") {
		t.Errorf("CSV without mapping: %v", err)
	}
	if err := Each([]string{filepath.Join(t.TempDir(), "missing")}, nil, func(Item) error { return nil }); err == nil {
		t.Error("a missing path was accepted")
	}
	if !IsCSV(paths[3]) || IsCSV(paths[1]) {
		t.Error("IsCSV")
	}
}

func openStore(t *testing.T, opts store.Options) store.Store {
	t.Helper()
	st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "debrief.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestImport: every source is stored; unreadable and unaccepted tickets are
// rejected with their source; a second import finds only duplicates; the
// versions of one ticket are stored in the order read, though tickets are
// stored in parallel.
func TestImport(t *testing.T) {
	paths, mapping := sources(t)
	// History: an open version, then the closed one, of 30 tickets.
	var hist strings.Builder
	for round := range 2 {
		for i := range 30 {
			tk := tickettest.Synthetic(100+i, 3)
			if round == 0 {
				tk.ClosedAt = time.Time{}
			}
			hist.WriteString(jsonLine(t, tk) + "\n")
		}
	}
	jl := filepath.Join(t.TempDir(), "history.jsonl")
	os.WriteFile(jl, []byte(hist.String()), 0o644)
	paths = append(paths, jl)

	st := openStore(t, store.Options{})
	refuse := tickettest.Synthetic(1, 3).ID
	var mu sync.Mutex
	var rejected []string
	stored := 0
	o := Options{
		Mapping: mapping,
		Shards:  4,
		Accept: func(tk *ticket.Ticket) error {
			if tk.ID == refuse {
				return errors.New("no SLA")
			}
			return nil
		},
		Rejected: func(err error) { rejected = append(rejected, err.Error()) },
		Stored:   func(store.IngestResult) { mu.Lock(); stored++; mu.Unlock() },
	}
	res, err := Import(t.Context(), st, paths, o)
	if err != nil {
		t.Fatal(err)
	}
	// 3 folder + 1 + 2 JSON Lines + 1 CSV, less the refused one, and 60 versions.
	if res.Imported != 66 || res.Duplicates != 0 || res.Rejected != 3 || res.Queued != 36 || stored != 66 {
		t.Errorf("result %+v (%d stored), want 66 imported, 3 rejected, 36 queued", res, stored)
	}
	if len(rejected) != 3 || !strings.Contains(rejected[0], "t1.json: no SLA") || !strings.Contains(rejected[1], "more.ndjson:2") {
		t.Errorf("rejections %q", rejected)
	}
	if len(res.TicketIDs) != 36 || !slices.IsSorted(res.TicketIDs) || slices.Contains(res.TicketIDs, refuse) {
		t.Errorf("ticket ids %v", res.TicketIDs)
	}
	for i := range 30 {
		id := tickettest.Synthetic(100+i, 3).ID
		vs, err := st.TicketVersions(t.Context(), id)
		if err != nil || len(vs) != 2 || vs[0].Closed || !vs[1].Closed {
			t.Errorf("%s: %d versions (%v); want the open one, then the closed one", id, len(vs), err)
		}
	}
	o.Rejected, o.Stored = nil, nil
	again, err := Import(t.Context(), st, paths[:len(paths)-1], o) // the history would add versions again
	if err != nil || again.Imported != 0 || again.Duplicates != 6 || again.Queued != 0 || len(again.TicketIDs) != 6 {
		t.Errorf("re-import: %+v, %v; want 6 duplicates", again, err)
	}
}

// TestImportStoreFailure: a failed store write stops the import, names the
// ticket's source and is logged.
func TestImportStoreFailure(t *testing.T) {
	paths, mapping := sources(t)
	st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close() // every write fails
	var logs bytes.Buffer
	_, err = Import(t.Context(), st, paths, Options{Mapping: mapping, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err == nil || !strings.HasPrefix(err.Error(), filepath.Dir(paths[1])) { // the source comes first
		t.Fatalf("err = %v, want the failed write with its source", err)
	}
	if !strings.Contains(logs.String(), "storing a ticket failed") {
		t.Errorf("the failed write is not logged: %q", logs.String())
	}
}

// TestRunQueueAndWriteLatest: the README's main job. The examples are
// imported, their analyses run to the end, and the latest reports written are
// those the engine makes of the same tickets.
func TestRunQueueAndWriteLatest(t *testing.T) {
	cfg, err := config.Load(exampletest.Config)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := openStore(t, store.Options{Analyse: service.Analyser(eng), PollInterval: 20 * time.Millisecond})
	open := tickettest.Synthetic(1, 3)
	open.ClosedAt = time.Time{}
	jl := filepath.Join(t.TempDir(), "open.jsonl")
	os.WriteFile(jl, []byte(jsonLine(t, open)), 0o644)
	res, err := Import(t.Context(), st, []string{exampletest.Tickets, jl}, Options{})
	if err != nil || res.Queued != 5 {
		t.Fatalf("import %+v, %v; want 5 analyses queued", res, err)
	}
	var last [2]int64
	finished, err := RunQueue(t.Context(), st, func(done, total int64) { last = [2]int64{done, total} })
	if err != nil || finished.Completed != 5 || finished.Failed != 0 || last != [2]int64{5, 5} {
		t.Fatalf("RunQueue = %+v, %v (last progress %v); want 5 completed", finished, err, last)
	}
	out := filepath.Join(t.TempDir(), "reports")
	written, without, err := WriteLatest(t.Context(), st, res.TicketIDs, out)
	if err != nil || written != 10 || without != 1 {
		t.Fatalf("WriteLatest = %d written, %d without, %v; want 10 and the open ticket without", written, without, err)
	}
	direct := t.TempDir()
	files, err := ticket.ListDir(exampletest.Tickets)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		r, err := eng.AnalyzeFile(t.Context(), f, engine.FileOptions{OutDir: direct})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range r.Written {
			a, _ := os.ReadFile(w)
			b, err := os.ReadFile(filepath.Join(out, filepath.Base(w)))
			if err != nil || !bytes.Equal(a, b) {
				t.Errorf("%s: the imported report differs from engine.AnalyzeFile's (%v)", filepath.Base(w), err)
			}
		}
	}
}
