package storetest

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/store"
)

func testSessions(t *testing.T, h Harness) {
	clock := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	s := Open(t, h.newDSN(t), store.Options{Clock: func() time.Time { return clock }})
	ctx := ctxOf(t)
	id, err := s.CreateToken(ctx, store.Token{Hash: "tok", Role: "viewer", Customer: "Acme", Name: "portal"})
	if err != nil {
		t.Fatal(err)
	}
	sess := store.Session{Hash: "s1", Token: store.Token{ID: id}, CSRF: "c1", ExpiresAt: clock.Add(time.Hour)}
	if err := s.CreateSession(ctx, sess); err != nil {
		t.Fatal(err)
	}
	got, err := s.SessionByHash(ctx, "s1", clock.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if got.CSRF != "c1" || got.Token.ID != id || got.Token.Role != "viewer" || got.Token.Customer != "Acme" ||
		!got.ExpiresAt.Equal(clock.Add(time.Hour)) || !got.CreatedAt.Equal(clock) {
		t.Errorf("SessionByHash = %+v", got)
	}
	if _, err := s.SessionByHash(ctx, "s1", clock.Add(2*time.Hour)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("expired session: err = %v, want ErrNotFound", err)
	}
	if _, err := s.SessionByHash(ctx, "nope", clock); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown session: err = %v, want ErrNotFound", err)
	}
	// A new session deletes the expired ones.
	clock = clock.Add(3 * time.Hour)
	if err := s.CreateSession(ctx, store.Session{Hash: "s2", Token: store.Token{ID: id}, CSRF: "c2", ExpiresAt: clock.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionByHash(ctx, "s1", clock.Add(-150*time.Minute)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("expired session not deleted: err = %v", err)
	}
	if err := s.DeleteSession(ctx, "s2"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionByHash(ctx, "s2", clock); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleted session: err = %v, want ErrNotFound", err)
	}
	// Deleting the token ends its sessions.
	if err := s.CreateSession(ctx, store.Session{Hash: "s3", Token: store.Token{ID: id}, CSRF: "c3", ExpiresAt: clock.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteToken(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionByHash(ctx, "s3", clock); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("session of a deleted token: err = %v, want ErrNotFound", err)
	}
}

func testTicketList(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	var fs []figures.Figures
	for i := range 30 {
		f := figures.Figures{
			TicketID: fmt.Sprintf("T-%03d", i), Analysis: 1,
			Customer: []string{"Acme", "Birch"}[i%2], Team: []string{"Net", "Apps", "Desk"}[i%3],
			Priority: []string{"P1", "P2"}[i%2], SLA: "std", CloseReason: []string{"solved", "inactivity"}[i%2],
			Subject:       fmt.Sprintf("Outage %d of the 50%% mail_relay", i),
			ClosedAt:      epoch.Add(time.Duration(i) * 24 * time.Hour),
			FirstResponse: figures.Clock{HasTarget: true, Stopped: true, Met: i%5 != 0},
			Factors:       []string{"monitoring"},
		}
		fs = append(fs, f)
	}
	if err := s.LoadFigures(ctx, fs, nil); err != nil {
		t.Fatal(err)
	}
	ids := func(p store.TicketPage) []string {
		var out []string
		for _, r := range p.Rows {
			out = append(out, r.TicketID)
		}
		return out
	}
	yes, no := true, false
	tests := []struct {
		name string
		f    store.TicketFilter
		want func(figures.Figures) bool
	}{
		{"all", store.TicketFilter{Limit: 100}, func(figures.Figures) bool { return true }},
		{"customer", store.TicketFilter{Customer: "Acme"}, func(f figures.Figures) bool { return f.Customer == "Acme" }},
		{"team and priority", store.TicketFilter{Team: "Net", Priority: "P2"}, func(f figures.Figures) bool { return f.Team == "Net" && f.Priority == "P2" }},
		{"close reason", store.TicketFilter{CloseReason: "inactivity"}, func(f figures.Figures) bool { return f.CloseReason == "inactivity" }},
		{"breached", store.TicketFilter{Breached: &yes}, func(f figures.Figures) bool { return !f.FirstResponse.Met }},
		{"not breached", store.TicketFilter{Breached: &no}, func(f figures.Figures) bool { return f.FirstResponse.Met }},
		{"month", store.TicketFilter{From: epoch.AddDate(0, 0, 10), To: epoch.AddDate(0, 0, 20)}, func(f figures.Figures) bool {
			return !f.ClosedAt.Before(epoch.AddDate(0, 0, 10)) && f.ClosedAt.Before(epoch.AddDate(0, 0, 20))
		}},
		{"text any case", store.TicketFilter{Text: "OUTAGE 1"}, func(f figures.Figures) bool {
			return f.TicketID == "T-001" || f.TicketID[:3] == "T-0" && f.TicketID[3] == '1'
		}},
		{"text wildcard is literal", store.TicketFilter{Text: "50%"}, func(figures.Figures) bool { return true }},
		{"text underscore is literal", store.TicketFilter{Text: "outage_1"}, func(figures.Figures) bool { return false }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.ListTickets(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for i := len(fs) - 1; i >= 0; i-- { // newest first
				if tc.want(fs[i]) {
					want = append(want, fs[i].TicketID)
				}
			}
			if got := ids(p); !slices.Equal(got, want) {
				t.Errorf("ListTickets = %v, want %v", got, want)
			}
		})
	}
	// Pages: 12 rows by 5, ascending by id.
	var all []string
	for off := 0; ; off += 5 {
		p, err := s.ListTickets(ctx, store.TicketFilter{Customer: "Acme", Sort: "id", Asc: true, Offset: off, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ids(p)...)
		if !p.More {
			break
		}
	}
	if len(all) != 15 || !slices.IsSorted(all) || all[0] != "T-000" {
		t.Errorf("paged = %v", all)
	}
	rows, err := s.TicketRows(ctx, []string{"T-003", "T-004", "missing"})
	if err != nil || len(rows) != 2 {
		t.Fatalf("TicketRows = %+v, %v", rows, err)
	}
	for _, r := range rows {
		want := fs[0]
		if r.TicketID == "T-003" {
			want = fs[3]
		} else {
			want = fs[4]
		}
		if r.Customer != want.Customer || r.Team != want.Team || !r.ClosedAt.Equal(want.ClosedAt) || r.Breached != !want.FirstResponse.Met ||
			!slices.Equal(r.Factors, want.Factors) || r.Subject != want.Subject {
			t.Errorf("TicketRows %s = %+v, want %+v", r.TicketID, r, want)
		}
	}
}
