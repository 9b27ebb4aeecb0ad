package store_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// The workers build last month's reports once, however many processes run
// them: the periodic job is unique per month.
func TestMonthlyReportsBuiltOncePerMonth(t *testing.T) {
	cases := map[string]func(t *testing.T) (dsn string, processes int){
		"sqlite": func(t *testing.T) (string, int) { return filepath.Join(t.TempDir(), "m.db"), 1 },
	}
	if os.Getenv("DEBRIEF_TEST_POSTGRES") != "" {
		cases["postgres"] = func(t *testing.T) (string, int) { return storetest.NewPostgresSchema(t), 2 }
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			dsn, n := setup(t)
			var (
				mu     sync.Mutex
				months []string
			)
			now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
			for range n {
				st, err := store.Open(context.Background(), dsn, store.Options{
					Analyse:      func(context.Context, store.TicketVersion) (store.Analysis, error) { return store.Analysis{}, nil },
					PollInterval: 50 * time.Millisecond,
					Clock:        func() time.Time { return now },
					Monthly: func(_ context.Context, month string) error {
						mu.Lock()
						defer mu.Unlock()
						months = append(months, month)
						return nil
					},
				})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				if err := st.Start(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			deadline := time.Now().Add(20 * time.Second)
			for time.Now().Before(deadline) {
				mu.Lock()
				got := len(months)
				mu.Unlock()
				if got > 0 {
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			time.Sleep(time.Second) // a second build would show by now
			mu.Lock()
			defer mu.Unlock()
			if len(months) != 1 || months[0] != "2026-02" {
				t.Errorf("builds: %v, want [2026-02] once", months)
			}
		})
	}
}

func TestMonthlyReportArchive(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	for i, scope := range []string{"", "customer:Acme", ""} {
		v, err := st.SaveMonthlyReport(ctx, store.MonthlyRecord{Month: "2026-02", Scope: scope, Markdown: "# v", Figures: []byte(`{"i":` + string(rune('0'+i)) + `}`)})
		if err != nil {
			t.Fatal(err)
		}
		if want := map[int]int{0: 1, 1: 1, 2: 2}[i]; v != want {
			t.Errorf("save %d: version %d, want %d", i, v, want)
		}
	}
	list, err := st.MonthlyReports(ctx, "2026-02")
	if err != nil || len(list) != 3 {
		t.Fatalf("list: %v %+v", err, list)
	}
	latest, err := st.MonthlyReport(ctx, "2026-02", "", 0)
	if err != nil || latest.Version != 2 || string(latest.Figures) != `{"i":2}` {
		t.Errorf("latest: %v %+v", err, latest)
	}
	if _, err := st.MonthlyReport(ctx, "2026-03", "", 0); err == nil {
		t.Error("a month never built was found")
	}
	if _, err := st.SaveMonthlyReport(ctx, store.MonthlyRecord{Month: "2026-02"}); err == nil {
		t.Error("a report without figures was saved")
	}
}
