package service

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// TestReanalyseFallbacks: only the tickets whose latest analysis fell back
// are queued again, and another customer's caller cannot re-analyse.
func TestReanalyseFallbacks(t *testing.T) {
	ctx := context.Background()
	cfg := exampletest.LoadConfig(t)
	eng, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc, err := New(Config{Store: st, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := range 3 {
		tk := tickettest.Synthetic(i, 4)
		raw, err := json.Marshal(tk)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Ingest(ctx, raw); err != nil {
			t.Fatal(err)
		}
		a := store.Analysis{TicketID: tk.ID, Writer: "llm", Fallback: i != 1, FallbackReason: "model down"}
		if _, err := st.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tk.ID)
	}
	before, err := st.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	queued, err := svc.ReanalyseFallbacks(ctx, "model back")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range queued {
		got = append(got, q.Ticket)
	}
	want := []string{ids[0], ids[2]}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("queued %v, want %v", got, want)
	}
	after, err := st.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Queued-before.Queued != int64(len(want)) {
		t.Errorf("%d jobs queued, want %d", after.Queued-before.Queued, len(want))
	}
	if _, err := svc.Reanalyse(ctx, &auth.Caller{Role: auth.RoleAgent, Customer: "nobody"}, ids[0], "x"); ErrorCode(err) != CodeNotFound {
		t.Errorf("another customer's caller re-analyses: %v", err)
	}
}
