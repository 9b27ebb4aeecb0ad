package storetest

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// sameAnalysis compares a stored analysis with what was saved.
func sameAnalysis(t *testing.T, got, want store.Analysis) {
	t.Helper()
	g, _ := json.Marshal(normAnalysis(got))
	w, _ := json.Marshal(normAnalysis(want))
	if string(g) != string(w) {
		t.Errorf("analysis mismatch:\n got %s\nwant %s", g, w)
	}
}

func normAnalysis(a store.Analysis) store.Analysis {
	a.CreatedAt = a.CreatedAt.UTC().Truncate(time.Microsecond)
	a.ClosedAt = a.ClosedAt.UTC().Truncate(time.Microsecond)
	if len(a.Facts) == 0 {
		a.Facts = nil
	}
	if len(a.Findings) == 0 {
		a.Findings = nil
	}
	acts := make([]store.Action, len(a.Actions))
	for i, ac := range a.Actions {
		ac.Due = ac.Due.UTC().Truncate(time.Microsecond)
		if ac.Status == "" {
			ac.Status = "open"
		}
		acts[i] = ac
	}
	if len(acts) == 0 {
		acts = nil
	}
	a.Actions = acts
	return a
}

func testAnalysisVersions(t *testing.T, h Harness) {
	clock := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	s := Open(t, h.newDSN(t), store.Options{Clock: func() time.Time { return clock }})
	v1 := Ticket(3, "Beta", "VPN drops", "every hour", true)
	mustIngest(t, s, v1, false)
	v2 := Ticket(3, "Beta", "VPN drops", "every hour, on the hour", true)
	mustIngest(t, s, v2, false)

	tv1, _ := s.TicketVersions(ctxOf(t), v1.TicketID)
	a1, err := Analyse(ctxOf(t), tv1[0])
	if err != nil {
		t.Fatal(err)
	}
	a1.TicketID, a1.TicketVersion, a1.Reason = v1.TicketID, 1, "import"
	a1.Actions = append(a1.Actions, store.Action{Title: "No due date, no status"})
	ver, err := s.SaveAnalysis(ctxOf(t), a1)
	if err != nil || ver != 1 {
		t.Fatalf("SaveAnalysis = %d, %v; want version 1", ver, err)
	}
	a2 := store.Analysis{TicketID: v1.TicketID, Writer: "w", Fallback: true, FallbackReason: "model down",
		CreatedAt: clock.Add(time.Hour), Customer: "Override", ClosedAt: epoch}
	if ver, err = s.SaveAnalysis(ctxOf(t), a2); err != nil || ver != 2 {
		t.Fatalf("SaveAnalysis = %d, %v; want version 2", ver, err)
	}

	want1 := a1
	want1.Version = 1
	want1.Customer, want1.ClosedAt, want1.CreatedAt = v1.Customer, v1.ClosedAt, clock
	got1, err := s.Analysis(ctxOf(t), v1.TicketID, 1)
	if err != nil {
		t.Fatal(err)
	}
	sameAnalysis(t, got1, want1)

	want2 := a2
	want2.Version, want2.TicketVersion = 2, 2 // the latest ticket version by default
	for _, v := range []int{2, 0, -1} {
		got2, err := s.Analysis(ctxOf(t), v1.TicketID, v)
		if err != nil {
			t.Fatal(err)
		}
		sameAnalysis(t, got2, want2)
	}

	metas, err := s.Analyses(ctxOf(t), v1.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	wantMetas := []store.AnalysisMeta{
		{Version: 1, TicketVersion: 1, CreatedAt: clock, Writer: a1.Writer, WriterVersion: a1.WriterVersion, Model: a1.Model,
			ConfigHash: a1.ConfigHash, Reason: "import"},
		{Version: 2, TicketVersion: 2, CreatedAt: clock.Add(time.Hour), Writer: "w", Fallback: true, FallbackReason: "model down"},
	}
	if fmt.Sprint(metas) != fmt.Sprint(wantMetas) {
		t.Errorf("Analyses =\n %+v\nwant\n %+v", metas, wantMetas)
	}

	mustIngest(t, s, Ticket(4, "Beta", "New", "none yet", false), false)
	if metas, err := s.Analyses(ctxOf(t), "T-0004"); err != nil || metas == nil || len(metas) != 0 {
		t.Errorf("Analyses of a ticket without any = %v, %v; want an empty list", metas, err)
	}
}
