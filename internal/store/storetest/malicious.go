package storetest

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/store"
)

// hostile are strings with SQL, FTS5 and tsquery metacharacters.
var hostile = []string{
	`'; DROP TABLE tickets; --`,
	`" OR 1=1 --`,
	`Robert'); DELETE FROM analyses;--`,
	`*`, `"`, `""`, `'`, `-`, `--`, `- -x`, `(`, `)`, `)(`, `NEAR(`, `NEAR(a b, 3)`, `a NEAR b`,
	`subject:printer`, `{subject body}: x`, `^start`, `a AND`, `OR`, `AND OR NOT`, `NOT x`, `x NOT`,
	`"unbalanced`, `unbalanced"`, `"a" "b`, `foo*`, `*foo`, `a:*`, `a & b | !c <-> d`, `'a':1A`,
	`\`, `\\`, `%`, `_`, `$1`, `?`, `:name`, `@p`, `;`, "tab\there", "new\nline", `éàü ß 日本語 🔥`,
	"nul\x00byte", "bad\xffutf8", strings.Repeat("x ", 300),
}

func testMalicious(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	for i, bad := range hostile {
		tv := store.TicketVersion{
			TicketID: fmt.Sprintf("X%d %s", i, bad), Customer: bad, Subject: bad,
			Raw: []byte(`{"id":` + fmt.Sprintf("%q", bad) + `}`), Text: bad + " needle " + bad, Closed: true, ClosedAt: epoch,
		}
		if _, err := s.IngestTicket(ctx, tv, true); err != nil {
			t.Errorf("ingest %q: %v", bad, err)
			continue
		}
		got, err := s.Ticket(ctx, tv.TicketID)
		if err != nil {
			t.Errorf("load %q: %v", bad, err)
			continue
		}
		if string(got.Raw) != string(tv.Raw) {
			t.Errorf("raw of %q changed: %q", bad, got.Raw)
		}
		if clean(bad) == bad && (got.Subject != bad || got.Customer != bad || got.Text != tv.Text) {
			t.Errorf("text of %q changed: %+v", bad, got)
		}
		a := store.Analysis{TicketID: tv.TicketID, Writer: bad, Model: bad, Technical: bad, Executive: bad,
			Findings: []store.Finding{{Code: bad, Kind: bad, Area: bad, Summary: bad}},
			Actions:  []store.Action{{Title: bad, Owner: bad, Category: bad, Factor: bad, Status: bad}}, Reason: bad}
		if _, err := s.SaveAnalysis(ctx, a); err != nil {
			t.Errorf("save analysis %q: %v", bad, err)
		}
		if back, err := s.Analysis(ctx, tv.TicketID, 0); err != nil {
			t.Errorf("load analysis %q: %v", bad, err)
		} else if clean(bad) == bad && (back.Writer != bad || back.Findings[0].Summary != bad || back.Actions[0].Title != bad) {
			t.Errorf("analysis of %q changed: %+v", bad, back)
		}
		if _, err := s.CreateToken(ctx, store.Token{Hash: "h" + bad, Name: bad, Role: bad, Customer: bad}); err != nil {
			t.Errorf("token %q: %v", bad, err)
		}
		if tok, err := s.TokenByHash(ctx, "h"+bad); err != nil || (clean(bad) == bad && tok.Name != bad) {
			t.Errorf("token %q back: %+v, %v", bad, tok, err)
		}
	}
	for _, q := range append(hostile, `needle "`, `needle -`, `"needle`, `needle OR`, `OR needle`, `-needle`) {
		for _, cust := range []string{"", q} {
			if _, err := s.Search(ctx, q, store.SearchOptions{Customer: cust}); err != nil {
				t.Errorf("search %q (customer %q): %v", q, cust, err)
			}
		}
	}
	// Every ticket is still there and findable.
	if got := search(t, s, "needle", store.SearchOptions{Limit: 200}); len(got) != len(hostile) {
		t.Errorf("needle: %d hits, want %d", len(got), len(hostile))
	}
	if got := search(t, s, `needle "`, store.SearchOptions{Limit: 200}); len(got) != len(hostile) {
		t.Errorf(`needle ": %d hits, want %d`, len(got), len(hostile))
	}
	if st, err := s.QueueStats(ctx); err != nil || st.Queued != int64(len(hostile)) {
		t.Errorf("queue = %+v, %v; want %d queued", st, err, len(hostile))
	}
}

// clean tells whether every database stores s unchanged (PostgreSQL text
// cannot hold NUL or invalid UTF-8).
func clean(s string) string {
	if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
		return ""
	}
	return s
}
