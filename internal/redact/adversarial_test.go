package redact_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"html"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/factguard"
	"github.com/debriefhq/debrief/internal/ticket"
)

// plant is one identifier planted in an adversarial ticket, as written there.
type plant struct{ kind, text string }

type adversarial struct {
	t      *ticket.Ticket
	plants []plant
	keep   []string // ordinary words that spell a name, to survive redaction
}

// readAdversarial reads testdata/adversarial.txt (its header says the format).
func readAdversarial(tb testing.TB) []adversarial { return readCorpus(tb, "testdata/adversarial.txt") }

func readCorpus(tb testing.TB, path string) []adversarial {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []adversarial
	var cur *adversarial
	var at time.Time
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "= "):
			h := map[string]string{}
			for _, kv := range strings.Split(line[2:], " | ") {
				k, v, _ := strings.Cut(kv, ": ")
				h[k] = v
			}
			at = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).Add(time.Duration(len(out)) * 24 * time.Hour)
			out = append(out, adversarial{t: &ticket.Ticket{ID: h["id"], Subject: "Service problem", Priority: "P2", Team: "Support",
				SLA: "SLA8", CreatedAt: at, CloseReason: "resolved",
				Customer: ticket.Customer{Name: h["customer"], Contact: h["contact"]},
				Links:    []ticket.Link{{ID: h["link"], Kind: "internal"}}}})
			cur = &out[len(out)-1]
			// The agent (a name or an e-mail address) is known only as the author of
			// agent messages; plants[0] holds it until the end of the file.
			cur.plants = append(cur.plants, plant{"agent", h["agent"]})
		case strings.HasPrefix(line, "@"):
			role, author := ticket.RoleCustomer, cur.t.Customer.Contact
			if line[1] == 'a' {
				role, author = ticket.RoleAgent, cur.plants[0].text
			}
			if len(cur.t.Events) > 0 {
				at = at.Add(17 * time.Minute)
			}
			cur.t.Events = append(cur.t.Events, ticket.Event{At: at, Kind: ticket.KindMessage, Role: role, Author: author,
				Public: true, Body: strings.ReplaceAll(strings.TrimSpace(line[3:]), `\n`, "\n")})
		default:
			kind, text, ok := strings.Cut(strings.TrimSpace(line), ": ")
			switch {
			case !ok || cur == nil:
				tb.Fatalf("bad line %q", line)
			case kind == "keep":
				cur.keep = append(cur.keep, text)
			default:
				cur.plants = append(cur.plants, plant{kind, text})
			}
		}
	}
	for i := range out {
		out[i].plants = out[i].plants[1:] // the agent entry was only the author's name
		out[i].t.ClosedAt = out[i].t.Events[len(out[i].t.Events)-1].At.Add(time.Hour)
	}
	return out
}

// unescape removes Markdown's backslash escapes, as a reader of the report sees it.
var escapeRE = regexp.MustCompile(`\\([\\_*#\[\]()<>|!.+{}&-])`)

func unescape(s string) string { return escapeRE.ReplaceAllString(s, "$1") }

// contains reports whether text holds p as a whole word (or whole token), as written.
func contains(text, p string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], p)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(p)
		if !wordByte(text, s-1) && !wordByte(text, e) {
			return true
		}
		i = s + 1
	}
}

func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// TestAdversarialCorpus plants identifiers written every way that dodged the
// first redaction (capitals, lower case after thanks, logins and handles, paths
// and URLs, wrapped and spelled-out addresses, id variants, people named only in a
// body, diacritics and typographic apostrophes), each in a message quoted in the
// timeline, and checks that none reaches the redacted technical and executive
// reports or their HTML, PDF, DOCX and ODT exports.
func TestAdversarialCorpus(t *testing.T) {
	corpus := readAdversarial(t)
	checkCorpus(t, corpus)
}

// TestAdversarialHeldOut runs the same check on a second set, written after the
// redaction was built and first run without tuning against it (no leak then).
func TestAdversarialHeldOut(t *testing.T) {
	checkCorpus(t, readCorpus(t, "testdata/adversarial_heldout.txt"))
}

func checkCorpus(t *testing.T, corpus []adversarial) {
	_, e := exampleEngine(t)
	kinds, n := map[string]bool{}, 0
	for _, a := range corpus {
		for _, p := range a.plants {
			kinds[p.kind] = true
			n++
		}
	}
	if main := len(corpus) >= 30; main && (n < 150 || len(kinds) < 12) || !main && n < 40 {
		t.Fatalf("corpus: %d tickets, %d identifiers of %d kinds; want 30, 150 and 12 at least (40 identifiers for the held-out set)", len(corpus), n, len(kinds))
	}
	t.Logf("%d tickets, %d planted identifiers of %d kinds", len(corpus), n, len(kinds))
	pdftotext, _ := exec.LookPath("pdftotext")
	leaks := 0
	for _, a := range corpus {
		res, err := e.Analyze(context.Background(), a.t, engine.Options{Redacted: true})
		if err != nil {
			t.Fatalf("%s: %v", a.t.ID, err)
		}
		tech := unescape(string(res.Technical))
		timeline := tech[strings.Index(tech, "## Timeline"):]
		reports := map[string]string{"technical": string(res.TechnicalRedacted), "executive": string(res.ExecutiveRedacted)}
		for name, md := range map[string][]byte{"technical": res.TechnicalRedacted, "executive": res.ExecutiveRedacted} {
			for _, f := range export.Formats() {
				var buf bytes.Buffer
				if err := e.Export(context.Background(), &buf, f, md, engine.ExportMeta{Date: a.t.ClosedAt}); err != nil {
					t.Fatalf("%s %s %s: %v", a.t.ID, name, f, err)
				}
				text, ok := readBack(t, f, buf.Bytes(), pdftotext)
				if ok {
					reports[name+"."+f.String()] = text
				}
			}
		}
		for _, p := range a.plants {
			if !contains(timeline, p.text) {
				t.Errorf("%s: %s %q is not in the plain report's timeline: the test does not exercise it", a.t.ID, p.kind, p.text)
			}
			for name, text := range reports {
				if contains(text, p.text) || contains(unescape(text), p.text) {
					leaks++
					t.Errorf("%s: %s leaks %s %q", a.t.ID, name, p.kind, p.text)
				}
			}
		}
	}
	t.Logf("%d leaks", leaks)
}

// TestAdversarialPrecision: the ordinary words that the corpus's names also spell
// (will, grace, mark, bill, sandy) survive in the redacted reports.
func TestAdversarialPrecision(t *testing.T) {
	_, e := exampleEngine(t)
	n := 0
	for _, a := range readAdversarial(t) {
		if len(a.keep) == 0 {
			continue
		}
		res, err := e.Analyze(context.Background(), a.t, engine.Options{Redacted: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range a.keep {
			n++
			if !strings.Contains(string(res.Technical), k) {
				t.Errorf("%s: %q is not in the plain report: the test does not exercise it", a.t.ID, k)
			}
			if !strings.Contains(string(res.TechnicalRedacted), k) {
				t.Errorf("%s: redaction replaced the ordinary words of %q", a.t.ID, k)
			}
		}
	}
	if n < 5 {
		t.Errorf("%d phrases checked, want 5 at least", n)
	}
}

// readBack returns the text of an export as a reader sees it: HTML without its
// tags, the PDF through pdftotext (skipped when it is not installed), and every
// XML part of the DOCX and ODT (text, properties and metadata) without tags.
func readBack(t *testing.T, f export.Format, data []byte, pdftotext string) (string, bool) {
	tags := regexp.MustCompile(`<[^>]*>`)
	switch f {
	case export.HTML:
		return html.UnescapeString(tags.ReplaceAllString(string(data), " ")), true
	case export.PDF:
		if pdftotext == "" {
			return "", false
		}
		cmd := exec.Command(pdftotext, "-q", "-", "-")
		cmd.Stdin = bytes.NewReader(data)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return string(out), true
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	var b strings.Builder
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".xml") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, _ := io.ReadAll(rc)
		rc.Close()
		b.WriteString(html.UnescapeString(tags.ReplaceAllString(string(x), "")))
		b.WriteByte('\n')
	}
	return b.String(), true
}

// TestBlamedPersonRedactedAndReported: a person named only in a body as the doer
// of what a cause sentence blames is replaced in the redacted reports and
// reported by the fact guard's blameless check, by name and by placeholder.
func TestBlamedPersonRedactedAndReported(t *testing.T) {
	cfg, e := exampleEngine(t)
	const who = "Jean-Luc Martin"
	for _, a := range readAdversarial(t) {
		if a.t.ID != "SR-40077" {
			continue
		}
		res, err := e.Analyze(context.Background(), a.t, engine.Options{Redacted: true})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(res.Executive), who) || strings.Contains(string(res.ExecutiveRedacted), who) {
			t.Fatalf("the executive summary should quote the cause naming %s, and its redacted version should not", who)
		}
		r := e.Redactor(a.t)
		if !slices.Contains(r.People(), who) {
			t.Errorf("People() = %q, want %s among them", r.People(), who)
		}
		for _, redacted := range []bool{false, true} {
			facts, err := factguard.NewFacts(factguard.Input{Analysis: res.Analysis, Ticket: a.t, Settings: cfg.Analysis, Redactor: r, Redacted: redacted})
			if err != nil {
				t.Fatal(err)
			}
			text, name := string(res.Executive), who
			if redacted {
				text, name = string(res.ExecutiveRedacted), r.String(who)
			}
			found := false
			for _, p := range factguard.Only(factguard.Check(text, facts), factguard.KindBlame) {
				found = found || strings.Contains(p.Phrase, name)
			}
			if !found {
				t.Errorf("redacted=%v: the blameless check does not report the cause sentence naming %s", redacted, name)
			}
		}
		return
	}
	t.Fatal("SR-40077 is not in the corpus")
}

// exampleEngine returns the examples' configuration and an engine with it.
func exampleEngine(tb testing.TB) (*config.Config, *engine.Engine) {
	tb.Helper()
	cfg, err := config.Load(exampletest.Config)
	if err != nil {
		tb.Fatal(err)
	}
	e, err := engine.New(cfg, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return cfg, e
}
