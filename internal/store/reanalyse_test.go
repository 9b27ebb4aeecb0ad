package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

func TestReanalyseEach(t *testing.T) {
	ctx := t.Context()
	s := storetest.Open(t, filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	for i := range 2 {
		if _, err := s.IngestTicket(ctx, storetest.Ticket(i, "Acme", "s", "b", true), false); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		analyse store.AnalyseFunc
	}{
		{"queued", nil},
		{"at once", storetest.Analyse},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []store.Reanalysed
			failed, err := store.ReanalyseEach(ctx, s, []string{"T-0001", "NOPE", "T-0000"}, "new prompt", tc.analyse, func(r store.Reanalysed) { got = append(got, r) })
			if err != nil || failed != 1 || len(got) != 3 {
				t.Fatalf("failed %d, err %v, results %+v; want 1 failure among 3", failed, err, got)
			}
			if got[0].TicketID != "T-0001" || got[2].TicketID != "T-0000" || !errors.Is(got[1].Err, store.ErrNotFound) {
				t.Errorf("results out of order or unknown ticket not reported: %+v", got)
			}
			for _, r := range []store.Reanalysed{got[0], got[2]} {
				if r.Err != nil {
					t.Errorf("%s: %v", r.TicketID, r.Err)
					continue
				}
				if tc.analyse == nil {
					if r.JobID == 0 || r.Version != 0 {
						t.Errorf("%s: %+v, want a queued job", r.TicketID, r)
					}
					continue
				}
				a, err := s.Analysis(ctx, r.TicketID, r.Version)
				if err != nil || r.Version == 0 || a.Reason != "new prompt" || a.Writer != r.Writer {
					t.Errorf("%s: %+v stored %+v, %v", r.TicketID, r, a, err)
				}
			}
		})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := store.ReanalyseEach(cctx, s, []string{"T-0000"}, "r", nil, nil); err == nil {
		t.Error("a cancelled context did not stop ReanalyseEach")
	}
}
