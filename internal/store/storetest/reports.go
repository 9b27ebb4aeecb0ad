package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

func testReports(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	// Tickets i=0..5 close at epoch + i hours + 90 minutes; even ones are Acme's.
	for i := range 6 {
		cust := map[bool]string{true: "Acme", false: "Beta"}[i%2 == 0]
		tv := Ticket(i, cust, fmt.Sprintf("Subject%d", i), fmt.Sprintf("word%d body", i), true)
		mustIngest(t, s, tv, false)
		stored, err := s.Ticket(ctx, tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := Analyse(ctx, stored)
		a.TicketID = tv.TicketID
		if _, err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// A second analysis of T-0002 replaces the first in reports.
	re := store.Analysis{TicketID: "T-0002", Findings: []store.Finding{{Code: "RE", Summary: "redone"}},
		Actions: []store.Action{{Title: "Redo", Status: "done"}}}
	if v, err := s.SaveAnalysis(ctx, re); err != nil || v != 2 {
		t.Fatalf("SaveAnalysis = %d, %v", v, err)
	}
	closed := func(i int) time.Time { return epoch.Add(time.Duration(i)*time.Hour + 90*time.Minute) }
	cases := []struct {
		name  string
		f     store.ReportFilter
		codes []string // ticket:code of the findings, in order
	}{
		{"all", store.ReportFilter{}, []string{
			"T-0000:F-Subject0", "T-0000:F-LEN", "T-0001:F-Subject1", "T-0001:F-LEN", "T-0002:RE",
			"T-0003:F-Subject3", "T-0003:F-LEN", "T-0004:F-Subject4", "T-0004:F-LEN", "T-0005:F-Subject5", "T-0005:F-LEN"}},
		{"customer", store.ReportFilter{Customer: "Beta"}, []string{
			"T-0001:F-Subject1", "T-0001:F-LEN", "T-0003:F-Subject3", "T-0003:F-LEN", "T-0005:F-Subject5", "T-0005:F-LEN"}},
		{"from is inclusive, to exclusive", store.ReportFilter{From: closed(2), To: closed(4)}, []string{
			"T-0002:RE", "T-0003:F-Subject3", "T-0003:F-LEN"}},
		{"customer and window", store.ReportFilter{Customer: "Acme", From: closed(1), To: closed(5)}, []string{
			"T-0002:RE", "T-0004:F-Subject4", "T-0004:F-LEN"}},
		{"nothing", store.ReportFilter{Customer: "Nobody"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := s.Findings(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.TicketID+":"+r.Code)
				if r.TicketID == "T-0002" && r.AnalysisVersion != 2 {
					t.Errorf("T-0002 finding from analysis %d, want 2", r.AnalysisVersion)
				}
				if r.ClosedAt.IsZero() || r.Customer == "" {
					t.Errorf("row %+v lacks customer or closing time", r)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.codes, " ") {
				t.Errorf("findings = %v, want %v", got, tc.codes)
			}
			acts, err := s.Actions(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			analyses, err := s.LatestAnalyses(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			tickets := map[string]bool{}
			for _, c := range tc.codes {
				tickets[strings.Split(c, ":")[0]] = true
			}
			if len(acts) != len(tickets) || len(analyses) != len(tickets) {
				t.Errorf("%d actions and %d analyses, want one each for %d tickets", len(acts), len(analyses), len(tickets))
			}
			nFindings := 0
			for _, a := range analyses {
				nFindings += len(a.Findings)
				if len(a.Actions) != 1 {
					t.Errorf("analysis %s v%d has %d actions, want 1", a.TicketID, a.Version, len(a.Actions))
				}
			}
			if nFindings != len(tc.codes) {
				t.Errorf("LatestAnalyses carry %d findings, want %d", nFindings, len(tc.codes))
			}
		})
	}
	acts, _ := s.Actions(ctx, store.ReportFilter{From: closed(2), To: closed(3)})
	if len(acts) != 1 || acts[0].Title != "Redo" || acts[0].Status != "done" {
		t.Errorf("actions of T-0002 = %+v, want the redone one", acts)
	}
}
