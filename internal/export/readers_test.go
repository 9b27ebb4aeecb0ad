package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/export/internal/office"
)

// These tests read the exports back with real, independent readers:
// pandoc for DOCX and ODT, pdftotext for PDF and, when installed,
// LibreOffice. Each is skipped when its binary is missing.

// fixtureHeadings are the headings of testdata/report.md.
var fixtureHeadings = []string{
	"Post-incident review: checkout API outage (INC-2291)",
	"Summary", "Statistics", "Timeline", "Root cause", "Customer impact", "Follow-up actions",
}

// fixtureStatistics are the statistics list items of the fixture.
var fixtureStatistics = []string{
	"Tickets opened: 214", "Tickets closed: 214", "Median first response: 6 min",
	"Median resolution time: 2 h 41 min", "Customers affected: 1,873", "Reopened tickets: 3 (1.4 %)",
}

var fixtureUnicode = []string{"Zoë Łukasiewicz", "東京"}

// fixtureCells returns the text of every table cell of the fixture, read
// from the Markdown source with inline markup stripped.
func fixtureCells(t *testing.T) []string {
	var cells []string
	for _, line := range strings.Split(string(mustRead(t, "report.md")), "\n") {
		if !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|:-") || strings.HasPrefix(line, "|--") {
			continue
		}
		for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
			c = strings.NewReplacer("`", "", "*", "").Replace(strings.TrimSpace(c))
			cells = append(cells, c)
		}
	}
	if len(cells) < 4*9 {
		t.Fatalf("fixture table has %d cells, want a header and 8+ rows of 4", len(cells))
	}
	return cells
}

var spaceRE = regexp.MustCompile(`\s+`)

// normalize folds white space, and the non-breaking hyphens that DOCX and
// ODT put in ids and dates, for comparing extracted text.
func normalize(s string) string {
	return spaceRE.ReplaceAllString(strings.ReplaceAll(s, office.NoBreakHyphen, "-"), " ")
}

func requireAll(t *testing.T, what, text string, wants []string) {
	t.Helper()
	norm := normalize(text)
	for _, w := range wants {
		if !strings.Contains(norm, normalize(w)) {
			t.Errorf("%s: %q not found", what, w)
		}
	}
}

func lookPath(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skipf("%s not installed", names[0])
	return ""
}

func pandocPlain(t *testing.T, from string, data []byte) string {
	t.Helper()
	bin := lookPath(t, "pandoc")
	path := filepath.Join(t.TempDir(), "report."+from)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// -s keeps the Title paragraph, which pandoc turns into metadata.
	out, err := exec.Command(bin, "-s", "-f", from, "-t", "plain", "--wrap=none", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pandoc -f %s: %v\n%s", from, err, out)
	}
	return string(out)
}

func TestPandocReadsDOCX(t *testing.T) {
	out := pandocPlain(t, "docx", render(t, DOCX, mustRead(t, "report.md"), fixtureOptions(t)))
	requireAll(t, "pandoc docx", out, fixtureHeadings)
	requireAll(t, "pandoc docx", out, fixtureCells(t))
	requireAll(t, "pandoc docx", out, fixtureStatistics)
	requireAll(t, "pandoc docx", out, fixtureUnicode)
	requireAll(t, "pandoc docx", out, []string{"</table> # heading <script>alert(1)</script>", "1. The pool limit", "a. first retry"})
}

// unwrapHeaderRows removes the <table:table-header-rows> wrapper from an
// ODT's content.xml: pandoc's ODT reader drops the rows inside it
// (jgm/pandoc#9327) although they are valid ODF, and they are what makes
// LibreOffice repeat the header row on every page.
func unwrapHeaderRows(t *testing.T, odt []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(odt), int64(len(odt)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "content.xml" {
			b = bytes.ReplaceAll(b, []byte("<table:table-header-rows>"), nil)
			b = bytes.ReplaceAll(b, []byte("</table:table-header-rows>"), nil)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPandocReadsODT(t *testing.T) {
	odt := render(t, ODT, mustRead(t, "report.md"), fixtureOptions(t))
	out := pandocPlain(t, "odt", unwrapHeaderRows(t, odt))
	requireAll(t, "pandoc odt", out, fixtureHeadings)
	requireAll(t, "pandoc odt", out, fixtureCells(t))
	requireAll(t, "pandoc odt", out, fixtureStatistics)
	requireAll(t, "pandoc odt", out, fixtureUnicode)
	requireAll(t, "pandoc odt", out, []string{"</table> # heading <script>alert(1)</script>"})
	// The untouched file is readable too (minus the header row).
	plain := pandocPlain(t, "odt", odt)
	requireAll(t, "pandoc odt (as written)", plain, fixtureHeadings)
}

func TestPDFTextExtraction(t *testing.T) {
	pdf := render(t, PDF, mustRead(t, "report.md"), fixtureOptions(t))
	text := pdfText(t, pdf, false)
	requireAll(t, "pdftotext", text, fixtureHeadings)
	requireAll(t, "pdftotext", text, fixtureStatistics)
	requireAll(t, "pdftotext", text, fixtureUnicode)
	requireAll(t, "pdftotext", text, fixtureCells(t))
	requireAll(t, "pdftotext", text, []string{
		"</table> # heading <script>alert(1)</script>",
		"https://runbooks.example.com/checkout#pool-exhaustion",
		"Customers in the EU and in 東京 (Tokyo) were affected.",
	})
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	if len(pages) < 2 {
		t.Fatalf("fixture fits on %d page, expected more", len(pages))
	}
	for i, p := range pages {
		want := fmt.Sprintf("Page %d of %d", i+1, len(pages))
		if !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if !strings.Contains(p, "Acme Support") || !strings.Contains(normalize(p), "checkout API outage") {
			t.Errorf("page %d lacks the running header", i+1)
		}
	}
	if strings.Contains(text, "{nb}") {
		t.Error("page count alias was not replaced")
	}
}

// TestPDFLongTable checks that a long table breaks across pages, repeats
// its header row, wraps cell text and keeps every cell.
func TestPDFLongTable(t *testing.T) {
	var md strings.Builder
	md.WriteString("# Tickets\n\n| Ticket | Customer | Summary |\n|---|---|---:|\n")
	for i := range 120 {
		fmt.Fprintf(&md, "| T-%04d | Zoë Łukasiewicz %d | Customer reports that checkout spins forever after paying with a saved card, row %d of the list |\n", i, i, i)
	}
	pdf := render(t, PDF, []byte(md.String()), Options{Title: "Tickets", PageSize: "Letter"})
	text := pdfText(t, pdf, false)
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	if len(pages) < 3 {
		t.Fatalf("120-row table fits on %d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "Ticket") || !strings.Contains(p, "Summary") {
			t.Errorf("page %d does not repeat the header row", i+1)
		}
	}
	norm := normalize(text)
	for i := range 120 {
		if !strings.Contains(norm, fmt.Sprintf("T-%04d", i)) || !strings.Contains(norm, fmt.Sprintf("row %d of the list", i)) {
			t.Errorf("row %d missing or cut", i)
		}
	}
}

func TestLibreOfficeOpens(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	bin := lookPath(t, "libreoffice", "soffice")
	dir := t.TempDir()
	for _, f := range []Format{DOCX, ODT} {
		in := filepath.Join(dir, "report"+f.Ext())
		if err := os.WriteFile(in, render(t, f, mustRead(t, "report.md"), fixtureOptions(t)), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", "pdf", "--outdir", filepath.Join(dir, string(f)), in).CombinedOutput()
		if err != nil {
			t.Fatalf("libreoffice %s: %v\n%s", f, err, out)
		}
		pdf, err := os.ReadFile(filepath.Join(dir, string(f), "report.pdf"))
		if err != nil {
			t.Fatalf("libreoffice did not convert %s: %v\n%s", f, err, out)
		}
		if err := validatePDF(pdf); err != nil {
			t.Errorf("libreoffice %s: %v", f, err)
		}
	}
}
