package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

func hitIDs(hits []store.Hit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.TicketID
	}
	return ids
}

func search(t *testing.T, s store.Store, q string, opts store.SearchOptions) []store.Hit {
	t.Helper()
	hits, err := s.Search(ctxOf(t), q, opts)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return hits
}

func testSearch(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	docs := []struct {
		customer, subject, body string
	}{
		{"Acme", "Firewall blocks mail", "The firewall rule dropped outgoing SMTP after the upgrade."},
		{"Acme", "Printer jam", "Paper stuck in tray two; replaced the roller."},
		{"Beta", "Mail delivery delayed", "Queue grew because the relay rejected connections."},
		{"Beta", "Password reset", "User locked out after too many attempts."},
	}
	for i, d := range docs {
		mustIngest(t, s, Ticket(i, d.customer, d.subject, d.body, true), false)
	}
	// T-0003's report (not its ticket) mentions a kerberos clock skew.
	if _, err := s.SaveAnalysis(ctx, store.Analysis{TicketID: "T-0003", Technical: "Root cause: kerberos clock skew.",
		Executive: "Login failures."}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, q  string
		customer string
		want     []string // in any order
	}{
		{"word", "printer", "", []string{"T-0001"}},
		{"stemmed", "blocked firewalls", "", []string{"T-0000"}},
		{"two words must both match", "mail relay", "", []string{"T-0002"}},
		{"either word", "printer OR password", "", []string{"T-0001", "T-0003"}},
		{"excluded word", "mail -firewall", "", []string{"T-0002"}},
		{"phrase", `"paper stuck"`, "", []string{"T-0001"}},
		{"phrase out of order", `"stuck paper"`, "", nil},
		{"report text", "kerberos", "", []string{"T-0003"}},
		{"customer filter", "mail", "Beta", []string{"T-0002"}},
		{"other customer", "kerberos", "Acme", nil},
		{"no match", "zebra", "", nil},
		{"nothing searchable", `*** "" - ( )`, "", nil},
		{"empty", "", "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hits := search(t, s, tc.q, store.SearchOptions{Customer: tc.customer})
			got := hitIDs(hits)
			if strings.Join(sorted(got), ",") != strings.Join(sorted(tc.want), ",") {
				t.Errorf("search %q = %v, want %v", tc.q, got, tc.want)
			}
			if hits == nil {
				t.Errorf("search %q returned nil, want an empty list", tc.q)
			}
		})
	}

	hits := search(t, s, "kerberos", store.SearchOptions{})
	if len(hits) != 1 {
		t.Fatalf("kerberos: %d hits", len(hits))
	}
	h0 := hits[0]
	if h0.Version != 1 || h0.TicketVersion != 1 || h0.Customer != "Beta" || h0.Subject != "Password reset" {
		t.Errorf("hit = %+v, want analysis 1 of ticket version 1, Beta's Password reset", h0)
	}
	if marked := h0.MarkedSnippet(); !strings.Contains(marked, store.SnippetOpen+"kerberos"+store.SnippetClose) &&
		!strings.Contains(marked, store.SnippetOpen+"Kerberos"+store.SnippetClose) {
		t.Errorf("snippet %q does not mark the match", marked)
	}
	if hits := search(t, s, "mail", store.SearchOptions{Limit: 1}); len(hits) != 1 {
		t.Errorf("limit 1: %d hits", len(hits))
	}

	// Only the latest analysis is searched: a new one without the word
	// hides the ticket; a new ticket version replaces its text.
	if _, err := s.SaveAnalysis(ctx, store.Analysis{TicketID: "T-0003", Technical: "Root cause: expired password."}); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(search(t, s, "kerberos", store.SearchOptions{})); len(got) != 0 {
		t.Errorf("kerberos after re-analysis: %v, want nothing", got)
	}
	if got := hitIDs(search(t, s, "expired", store.SearchOptions{})); strings.Join(got, ",") != "T-0003" {
		t.Errorf("expired: %v, want T-0003", got)
	}
	mustIngest(t, s, Ticket(1, "Acme", "Scanner jam", "Glass cracked.", true), false)
	if got := hitIDs(search(t, s, "printer", store.SearchOptions{})); len(got) != 0 {
		t.Errorf("printer after a new ticket version: %v, want nothing", got)
	}
	if got := hitIDs(search(t, s, "scanner glass", store.SearchOptions{})); strings.Join(got, ",") != "T-0001" {
		t.Errorf("scanner glass: %v, want T-0001", got)
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func testSearchRanking(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	filler := strings.Repeat("unrelated words about routine maintenance ", 30)
	mustIngest(t, s, Ticket(1, "Acme", "Weekly check", filler+" a timeout once", true), false)
	mustIngest(t, s, Ticket(2, "Acme", "Database timeout", "Database timeout again: timeout on every query.", true), false)
	mustIngest(t, s, Ticket(3, "Beta", "Login page", "Users saw a timeout on login.", true), false)
	hits := search(t, s, "timeout", store.SearchOptions{})
	got := hitIDs(hits)
	if len(got) != 3 || got[0] != "T-0002" || got[2] != "T-0001" {
		t.Errorf("ranking = %v, want T-0002 (in subject, repeated) first and T-0001 (once, in a long text) last", got)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank > hits[i-1].Rank {
			t.Errorf("hits not ordered by rank: %v then %v", hits[i-1].Rank, hits[i].Rank)
		}
	}
	if got := hitIDs(search(t, s, "timeout", store.SearchOptions{Customer: "Acme"})); strings.Join(got, ",") != "T-0002,T-0001" {
		t.Errorf("Acme ranking = %v, want T-0002,T-0001", got)
	}
}

// testSearchLongText searches tickets holding a long log paste in which
// the searched words occur tens of thousands of times: snippets and ranking
// must stay fast.
func testSearchLongText(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	paste := strings.Repeat("error timeout retry error connection ", 20000) // 740 kB
	for i := range 3 {
		mustIngest(t, s, Ticket(i, "Acme", "Log paste", paste, true), false)
		if _, err := s.SaveAnalysis(ctxOf(t), store.Analysis{TicketID: fmt.Sprintf("T-%04d", i), Technical: paste}); err != nil {
			t.Fatal(err)
		}
	}
	// Indexing 4 MB can take longer than a search waits for the index (a
	// search returns what is indexed after at most 2 s); this test is about
	// searching, so let the index catch up first.
	deadline := time.Now().Add(time.Minute)
	for {
		n, err := s.Unindexed(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("search index still %d tickets behind", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, q := range []string{"error", "error timeout retry connection", `"timeout retry"`, "error " + wordsN(40)} {
		start := time.Now()
		hits := search(t, s, q, store.SearchOptions{})
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("search %q took %v", q, took)
		}
		if q[0] == 'e' && strings.Contains(q, "w0") {
			continue // nothing has the made-up words
		}
		if len(hits) != 3 {
			t.Errorf("search %q: %d hits, want 3", q, len(hits))
			continue
		}
		if marked := hits[0].MarkedSnippet(); len(marked) > 1000 || !strings.Contains(marked, store.SnippetOpen) {
			t.Errorf("search %q: snippet %.200q... (%d bytes) is too long or marks nothing", q, marked, len(marked))
		}
	}
}

func wordsN(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}
