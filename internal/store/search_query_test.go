package store

import (
	"database/sql"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// queryCases are search inputs, ordinary and hostile, whose translations
// are kept in testdata/queries.golden.
var queryCases = []string{
	"",
	"printer",
	"Printer JAM",
	"mail relay",
	"mail OR printer",
	"mail or printer -firewall",
	"-firewall",
	"-firewall mail",
	`"paper stuck"`,
	`"paper stuck" tray`,
	`-"paper stuck" tray`,
	`"unbalanced quote`,
	`""`,
	`"`,
	`foo-bar`,
	`e-mail -- -`,
	`OR`,
	`OR mail`,
	`mail OR`,
	`mail OR OR printer`,
	`a AND b`,
	`NOT x`,
	`NEAR(a b, 3)`,
	`subject:printer`,
	`{subject body}: x`,
	`^start`,
	`foo*`,
	`a:*`,
	`a & b | !c <-> d`,
	`'; DROP TABLE tickets; --`,
	`Robert'); DELETE FROM analyses;--`,
	`x x x x`,
	`éàü ß 日本語 🔥`,
	"tab\tnew\nline",
	"nul\x00byte",
	"bad\xffutf8",
	`c++ $100 50% a_b`,
	strings.Repeat("w ", 3) + strings.Repeat("v", 3),
}

func TestQueryTranslationGolden(t *testing.T) {
	var b strings.Builder
	for _, q := range queryCases {
		groups := parseQuery(q)
		fmt.Fprintf(&b, "input:  %q\nfts5:   %s\nweb:    %s\n\n", q, fts5Query(groups), webQuery(groups))
	}
	golden := filepath.Join("testdata", "queries.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("translations differ from %s (run with -update after checking):\n%s", golden, b.String())
	}
}

func TestParseQuery(t *testing.T) {
	cases := []struct {
		in   string
		want string // groups as pos/neg lists
	}{
		{"a b", "[{[a b] []}]"},
		{"a b a", "[{[a b] []}]"},
		{"a -b -b", "[{[a] [b]}]"},
		{"a or b", "[{[a] []} {[b] []}]"},
		{"-a or b", "[{[b] []}]"},
		{`"a  b" c`, "[{[a b c] []}]"},
		{`x "a  b" c`, "[{[x a b c] []}]"},
		{"- a", "[{[a] []}]"},
		{"**", "[]"},
	}
	for _, c := range cases {
		got := fmt.Sprint(parseQuery(c.in))
		// Phrases print as their words: compare the words only.
		if strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ", "{", " ", "}", " ").Replace(got)), " ") !=
			strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ", "{", " ", "}", " ").Replace(c.want)), " ") {
			t.Errorf("parseQuery(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if n := len(parseQuery(strings.Repeat("w", 1) + " " + wordsN(100))[0].pos); n != maxQueryTerms {
		t.Errorf("100 distinct words kept %d terms, want %d", n, maxQueryTerms)
	}
}

func wordsN(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}

// ftsDB is an in-memory FTS5 table laid out like the store's index.
func ftsDB(t testing.TB) *sql.DB {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE VIRTUAL TABLE search USING fts5 (subject, body, reports,
		tokenize = 'porter unicode61 remove_diacritics 2');
		INSERT INTO search VALUES ('paper stuck', 'the printer jam near tray', 'e-mail relay');`); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestFTS5QueryMatches(t *testing.T) {
	db := ftsDB(t)
	cases := []struct {
		q     string
		match bool
	}{
		{"printer", true},
		{"printers jammed", true},
		{`"paper stuck"`, true},
		{`"stuck paper"`, false},
		{"printer -relay", false},
		{"zebra OR relay", true},
		{"e-mail", true},
		{"NEAR( printer", true},
		{"NEAR(printer", false}, // one word with punctuation: the phrase "near printer"
		{"jam*", true},
		{"tray:", true},
	}
	for _, c := range cases {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM search WHERE search MATCH ?`, fts5Query(parseQuery(c.q))).Scan(&n); err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		if (n == 1) != c.match {
			t.Errorf("%q (as %s) matched %d rows, want match %v", c.q, fts5Query(parseQuery(c.q)), n, c.match)
		}
	}
}

// FuzzSearchQuery checks that no input makes an invalid FTS5 expression or
// an unbalanced websearch query.
func FuzzSearchQuery(f *testing.F) {
	for _, q := range queryCases {
		f.Add(q)
	}
	db := ftsDB(f)
	stmt, err := db.Prepare(`SELECT count(*) FROM search WHERE search MATCH ?`)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		groups := parseQuery(q)
		fts, web := fts5Query(groups), webQuery(groups)
		if (fts == "") != (len(groups) == 0) || (web == "") != (len(groups) == 0) {
			t.Fatalf("%q: empty translation mismatch: fts %q web %q", q, fts, web)
		}
		if strings.Count(web, `"`)%2 != 0 || strings.Count(fts, `"`)%2 != 0 {
			t.Fatalf("%q: unbalanced quotes: fts %q web %q", q, fts, web)
		}
		if !utf8.ValidString(fts) || strings.ContainsRune(fts, 0) {
			t.Fatalf("%q: invalid text in %q", q, fts)
		}
		if fts == "" {
			return
		}
		var n int
		if err := stmt.QueryRow(fts).Scan(&n); err != nil {
			t.Fatalf("%q as %q: %v", q, fts, err)
		}
	})
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("word ", 100)
	cases := []struct {
		name  string
		texts []string
		want  string
	}{
		{"first text with a match wins", []string{"no match", "a \x02hit\x03 here", "\x02other\x03"},
			"a **hit** here"},
		{"no match: start of the first text", []string{"", "plain text"}, "plain text"},
		{"window around the match", []string{long + "the \x02needle\x03 is " + long},
			"… word word word word word word word the **needle** is word word word word word word word word word word word word word word word word word word word word …"},
		{"whitespace collapsed", []string{"a\n\n\x02b\x03\tc"}, "a **b** c"},
		{"highlight cut at the end is closed", []string{"x \x02" + strings.Repeat("y ", 50) + "\x03"},
			"x **y y y y y y y y y y y y y y y y y y y y y y y y y y y y y** …"},
		{"long word capped", []string{"\x02" + strings.Repeat("é", 400) + "\x03"},
			"**" + strings.Repeat("é", 199) + "** …"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, spans := snippet(c.texts...)
			if got := MarkSpans(text, spans, SnippetOpen, SnippetClose); got != c.want {
				t.Errorf("snippet =\n %q\nwant\n %q", got, c.want)
			}
		})
	}
}

func TestLoadMigrations(t *testing.T) {
	for _, d := range []string{"sqlite", "postgres"} {
		ms, err := loadMigrations(d)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 || ms[0].version != 1 || ms[0].name != "0001_init" || !strings.Contains(ms[0].sql, "CREATE TABLE tickets") {
			t.Errorf("%s migrations = %+v", d, ms)
		}
	}
	if _, err := loadMigrations("oracle"); err == nil {
		t.Error("migrations of an unknown dialect loaded")
	}
}

func TestMarkTerms(t *testing.T) {
	terms := queryTerms(parseQuery(`Errors "connection reset" -ignored`))
	if fmt.Sprint(terms) != "[error connection reset]" {
		t.Errorf("terms = %v", terms)
	}
	cases := []struct{ in, want string }{
		{"no match here", "no match here"},
		{"an error, then errors; connections reset.", "an \x02error\x03, then \x02errors\x03; \x02connections\x03 \x02reset\x03."},
		{"ERROR at start", "\x02ERROR\x03 at start"},
		{"terror is not error", "terror is not \x02error\x03"},
		{"ignored ignores", "ignored ignores"},
	}
	for _, c := range cases {
		if got := markTerms(c.in, terms); got != c.want {
			t.Errorf("markTerms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Only the neighbourhood of the first match is marked.
	long := "error " + strings.Repeat("x ", 5000) + "error"
	if got := markTerms(long, terms); strings.Count(got, "\x02") != 1 || !strings.HasSuffix(got, " error") {
		t.Errorf("a far match was marked: %d markers", strings.Count(got, "\x02"))
	}
}

func TestUnmarkAndMarkSpans(t *testing.T) {
	cases := []struct {
		name, in, plain, marked string
		spans                   []Span
	}{
		{"none", "plain text", "plain text", "plain text", nil},
		{"two", "a \x02b\x03 c \x02dé\x03", "a b c dé", "a [b] c [dé]", []Span{{2, 3}, {6, 9}}},
		{"close without open dropped", "x\x03 \x02y\x03", "x y", "x [y]", []Span{{2, 3}}},
		{"open without close runs to the end", "x \x02y z", "x y z", "x [y z]", []Span{{2, 5}}},
		{"empty match dropped", "x\x02\x03y", "xy", "xy", nil},
		{"nested open ignored", "\x02a\x02b\x03c", "abc", "[ab]c", []Span{{0, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			plain, spans := unmark(c.in)
			if plain != c.plain || fmt.Sprint(spans) != fmt.Sprint(c.spans) {
				t.Errorf("unmark(%q) = %q, %v; want %q, %v", c.in, plain, spans, c.plain, c.spans)
			}
			if got := MarkSpans(plain, spans, "[", "]"); got != c.marked {
				t.Errorf("MarkSpans = %q, want %q", got, c.marked)
			}
		})
	}
	if got := MarkSpans("abc", []Span{{1, 2}, {0, 3}, {2, 9}}, "<", ">"); got != "a<b>c" {
		t.Errorf("MarkSpans with overlapping and outside spans = %q, want them ignored", got)
	}
}

// FuzzUnmark checks that any text, markers or not, comes out without
// markers and with spans in order, disjoint and within it.
func FuzzUnmark(f *testing.F) {
	for _, s := range []string{"", "a \x02b\x03", "\x03\x02", "\x02\x02x\x03\x03", "bad\xff\x02utf8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plain, spans := unmark(s)
		if strings.ContainsAny(plain, "\x02\x03") {
			t.Fatalf("unmark(%q) left a marker: %q", s, plain)
		}
		last := 0
		for _, sp := range spans {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(plain) {
				t.Fatalf("unmark(%q) = %q with bad span %v in %v", s, plain, sp, spans)
			}
			last = sp.End
		}
		if got := MarkSpans(plain, spans, "", ""); got != plain {
			t.Fatalf("MarkSpans with empty markers = %q, want %q", got, plain)
		}
	})
}

// TestSegmentsEscape marks up a snippet for HTML, escaping the text itself.
func TestSegmentsEscape(t *testing.T) {
	text, spans := unmark("if a<b then \x02x&y\x03 fails")
	var b strings.Builder
	for seg, matched := range Segments(text, spans) {
		if matched {
			b.WriteString("<mark>" + html.EscapeString(seg) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(seg))
		}
	}
	if want := "if a&lt;b then <mark>x&amp;y</mark> fails"; b.String() != want {
		t.Errorf("HTML = %q, want %q", b.String(), want)
	}
}
