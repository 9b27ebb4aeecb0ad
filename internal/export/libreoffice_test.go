package export_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/export"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// This file checks the DOCX and ODT exports as a customer sees them: it
// converts them to PDF with LibreOffice and reads the text back with
// pdftotext. CI installs both; the test skips where either is missing.

// exampleReports returns the technical reports of the bundled PVE ticket
// and of a copy with a long subject and Unicode names, as Markdown.
func exampleReports(t *testing.T) (*engine.Engine, map[string][]byte) {
	t.Helper()
	cfg, err := config.Load(exampletest.Config)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(cfg, writer.Deterministic{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(exampletest.Tickets, "01-pve-down.json"))
	if err != nil {
		t.Fatal(err)
	}
	unicode := strings.NewReplacer(
		`"subject": "PVE Down"`, `"subject": "Proxmox VE cluster in the Łódź–Zürich datacentre lost quorum after the storage volume of node pve-node03 failed during the nightly backup window"`,
		"Morgan Hale", "Zoë Łukasiewicz-Ångström",
		"Birchwood Lodges Ltd", "Hôtels Müller & Søn Ltd 東京支店",
	).Replace(string(raw))
	reports := map[string][]byte{}
	for name, data := range map[string]string{"pve": string(raw), "unicode": unicode} {
		tk, _, err := ticket.Parse([]byte(data), name+".json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := eng.Analyze(context.Background(), tk, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		reports[name] = res.Technical
	}
	return eng, reports
}

var (
	mdEscapeRE = regexp.MustCompile(`\\([\p{P}\p{S}])`)
	mdMarkRE   = regexp.MustCompile("[*`]+")
	spacesRE   = regexp.MustCompile(`\s+`)
)

// plainMD strips the inline Markdown of one heading or cell.
func plainMD(s string) string {
	s = mdMarkRE.ReplaceAllString(s, "")
	s = mdEscapeRE.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}

// fold folds white space and the non-breaking hyphens of ids and dates.
func fold(s string) string {
	return strings.TrimSpace(spacesRE.ReplaceAllString(strings.ReplaceAll(s, "\u2011", "-"), " "))
}

// headingsAndCells returns the text of every heading and every table cell
// of a report.
func headingsAndCells(md []byte) (headings, cells []string) {
	for line := range strings.Lines(string(md)) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "#"):
			headings = append(headings, plainMD(strings.TrimLeft(line, "# ")))
		case strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "|---"):
			for _, c := range regexp.MustCompile(`[^\\]\|`).Split(" "+strings.Trim(line, "|")+" ", -1) {
				if c := plainMD(c); c != "" {
					cells = append(cells, c)
				}
			}
		}
	}
	return headings, cells
}

// splitWords returns the words of cells that pdftotext -raw shows broken
// across two lines: one line ends with the start of the word and the next
// starts with the rest. A line may end after the hyphen of a compound word
// ("first-" / "response"), but never inside an id or a date, which hold a
// digit ("2026-" / "03-20").
func splitWords(text string, cells []string) []string {
	words := map[string]bool{}
	for _, c := range cells {
		for _, w := range strings.Fields(fold(c)) {
			if len([]rune(w)) > 1 {
				words[w] = true
			}
		}
	}
	raw := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\u2011", "-"), "\f", "\n"), "\n")
	var split []string
	for i := 0; i+1 < len(raw); i++ {
		a, b := strings.Fields(raw[i]), strings.Fields(raw[i+1])
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		last, first := a[len(a)-1], b[0]
		if last == "-" || words[last] && words[first] {
			continue
		}
		joined := last + first
		if !words[joined] {
			continue
		}
		if strings.HasSuffix(last, "-") && !strings.ContainsFunc(joined, unicode.IsDigit) {
			continue // a compound word broken after its hyphen
		}
		split = append(split, last+" | "+first)
	}
	return split
}

// lineHyphenRE is a line that ends inside a hyphenated word.
var lineHyphenRE = regexp.MustCompile(`(\pL)-\n(\pL)`)

func TestLibreOfficeLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	soffice := firstPath(t, "soffice", "libreoffice")
	pdftotext := firstPath(t, "pdftotext")
	eng, reports := exampleReports(t)
	dir := t.TempDir()
	for name, md := range reports {
		headings, cells := headingsAndCells(md)
		if len(headings) < 10 || len(cells) < 40 {
			t.Fatalf("%s: only %d headings and %d cells", name, len(headings), len(cells))
		}
		for _, f := range []export.Format{export.DOCX, export.ODT} {
			t.Run(name+"/"+f.String(), func(t *testing.T) {
				var buf bytes.Buffer
				if err := eng.Export(context.Background(), &buf, f, md, engine.ExportMeta{Ticket: "G204-117"}); err != nil {
					t.Fatal(err)
				}
				in := filepath.Join(dir, name+f.Ext())
				if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				outDir := filepath.Join(dir, name+"-"+f.String())
				cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
					"--convert-to", "pdf", "--outdir", outDir, in)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("soffice: %v\n%s", err, out)
				}
				pdf := filepath.Join(outDir, name+".pdf")
				out, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", pdf, "-").CombinedOutput()
				if err != nil {
					t.Fatalf("pdftotext: %v\n%s", err, out)
				}
				text := string(out)
				folded := fold(text)
				for _, h := range headings {
					if !strings.Contains(folded, fold(h)) {
						t.Errorf("heading %q missing", h)
					}
				}
				tokens := strings.Fields(fold(lineHyphenRE.ReplaceAllString(text, "$1-$2")))
				for _, c := range cells {
					if !inOrder(tokens, strings.Fields(fold(c))) {
						t.Errorf("table cell %q missing", c)
					}
				}
				for _, s := range splitWords(text, cells) {
					t.Errorf("table word split across lines: %q", s)
				}
				checkHeader(t, text, eng.Config().Branding.Company, fold(headings[0]))
				if t.Failed() {
					_ = os.WriteFile(filepath.Join(os.TempDir(), "debrief-"+name+"-"+f.String()+".txt"), out, 0o644)
				}
			})
		}
	}
}

// checkHeader checks that every page starts with the one-line page
// header: the company, then the title or its start with an ellipsis.
func checkHeader(t *testing.T, text, company, title string) {
	t.Helper()
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	for i, page := range pages {
		first, _, _ := strings.Cut(strings.TrimLeft(page, "\n"), "\n")
		shown, ok := strings.CutPrefix(fold(first), company+" ")
		full := shown == title
		short := strings.HasSuffix(shown, "…") && len(shown) > 10 && strings.HasPrefix(title, strings.TrimSuffix(shown, "…"))
		if !ok || !full && !short {
			t.Errorf("page %d of %d: header line %q is not %q and the title on one line", i+1, len(pages), first, company)
		}
	}
}

// inOrder reports whether words occur in tokens in order, close together:
// pdftotext may put the lines of a wrapped cell between those of the cells
// beside it, but never reorders the lines of one cell.
func inOrder(tokens, words []string) bool {
	if len(words) == 0 {
		return true
	}
	window := 8*len(words) + 40
	for i, tok := range tokens {
		if tok != words[0] {
			continue
		}
		k := 1
		for j := i + 1; j < len(tokens) && j < i+window && k < len(words); j++ {
			if tokens[j] == words[k] {
				k++
			}
		}
		if k == len(words) {
			return true
		}
	}
	return false
}

func firstPath(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skipf("%s not installed (CI installs it: see .ci/run)", names[0])
	return ""
}
