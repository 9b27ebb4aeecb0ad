package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixtureOptions are the options of the realistic report fixture.
func fixtureOptions(t testing.TB) Options {
	return Options{
		Ticket:  "INC-2291",
		Company: "Acme Support",
		Logo:    mustRead(t, "logo.png"),
		Date:    time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC),
		Images:  FileImages("testdata"),
	}
}

func render(t testing.TB, f Format, md []byte, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, f, md, opts); err != nil {
		t.Fatalf("Render %s: %v", f, err)
	}
	return buf.Bytes()
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"html", HTML, false},
		{"PDF", PDF, false},
		{" Docx ", DOCX, false},
		{".odt", ODT, false},
		{"rtf", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !strings.Contains(err.Error(), "html, pdf, docx, odt") {
			t.Errorf("ParseFormat(%q) error %q does not list the valid formats", tt.in, err)
		}
	}
}

func TestFormatExtContentType(t *testing.T) {
	tests := []struct {
		f        Format
		ext, typ string
	}{
		{HTML, ".html", "text/html; charset=utf-8"},
		{PDF, ".pdf", "application/pdf"},
		{DOCX, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{ODT, ".odt", "application/vnd.oasis.opendocument.text"},
		{"rtf", "", "application/octet-stream"},
	}
	for _, tt := range tests {
		if got := tt.f.Ext(); got != tt.ext {
			t.Errorf("%q.Ext() = %q, want %q", tt.f, got, tt.ext)
		}
		if got := tt.f.ContentType(); got != tt.typ {
			t.Errorf("%q.ContentType() = %q, want %q", tt.f, got, tt.typ)
		}
	}
}

func TestRenderRejectsBadInput(t *testing.T) {
	md := []byte("# Hi\n")
	tests := []struct {
		name string
		f    Format
		opts Options
	}{
		{"unknown format", "rtf", Options{}},
		{"unknown page size", PDF, Options{PageSize: "A3"}},
		{"logo not an image", DOCX, Options{Logo: []byte("GIF89a not supported")}},
		{"corrupt PNG logo", ODT, Options{Logo: append(append([]byte{}, model.PNGMagic...), 1, 2, 3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Render(context.Background(), &buf, tt.f, md, tt.opts)
			if err == nil {
				t.Fatal("Render succeeded, want an error")
			}
			if !strings.HasPrefix(err.Error(), "export: ") {
				t.Errorf("error %q lacks the export: prefix", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on error", buf.Len())
			}
		})
	}
}

func TestRenderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range Formats() {
		var buf bytes.Buffer
		err := Render(ctx, &buf, f, mustRead(t, "report.md"), fixtureOptions(t))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: err = %v, want context.Canceled", f, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes after cancellation", f, buf.Len())
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderWriteError(t *testing.T) {
	err := Render(context.Background(), failingWriter{}, HTML, []byte("hi"), Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want the writer's error", err)
	}
}

// TestDeterministic renders the fixture twice in every format and page
// size and expects identical bytes.
func TestDeterministic(t *testing.T) {
	md := mustRead(t, "report.md")
	for _, page := range []string{"A4", "Letter"} {
		for _, f := range Formats() {
			opts := fixtureOptions(t)
			opts.PageSize = page
			a := render(t, f, md, opts)
			b := render(t, f, md, opts)
			if !bytes.Equal(a, b) {
				t.Errorf("%s/%s: two renders differ", f, page)
			}
			if err := validate(f, a); err != nil {
				t.Errorf("%s/%s: %v", f, page, err)
			}
		}
	}
	// Without a date, PDF must not fall back to the clock.
	a := render(t, PDF, md, Options{})
	time.Sleep(1100 * time.Millisecond)
	b := render(t, PDF, md, Options{})
	if !bytes.Equal(a, b) {
		t.Error("PDF without a date differs between renders a second apart")
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, md := range []string{"", "   \n\n", "<!-- -->"} {
		for _, f := range Formats() {
			out := render(t, f, []byte(md), Options{})
			if err := validate(f, out); err != nil {
				t.Errorf("%s %q: %v", f, md, err)
			}
		}
	}
}

func TestPageSize(t *testing.T) {
	md := []byte("# T\n\ntext\n")
	tests := []struct {
		page      string
		pdf, docx string
		odt, html string
	}{
		{"", "/MediaBox [0 0 595.28 841.89]", `<w:pgSz w:w="11906" w:h="16838"/>`, `fo:page-width="21.000cm" fo:page-height="29.700cm"`, "@page{size:A4"},
		{"letter", "/MediaBox [0 0 612.00 792.00]", `<w:pgSz w:w="12240" w:h="15840"/>`, `fo:page-width="21.590cm" fo:page-height="27.940cm"`, "@page{size:Letter"},
	}
	for _, tt := range tests {
		opts := Options{PageSize: tt.page}
		opts2 := opts
		pdf := render(t, PDF, md, opts)
		// fpdf compresses page content but not the page tree.
		if !bytes.Contains(pdf, []byte(tt.pdf)) {
			t.Errorf("%q: PDF lacks %s", tt.page, tt.pdf)
		}
		_, docx, err := zipParts(render(t, DOCX, md, opts2))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(docx["word/document.xml"], []byte(tt.docx)) {
			t.Errorf("%q: DOCX lacks %s", tt.page, tt.docx)
		}
		_, odt, err := zipParts(render(t, ODT, md, opts))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(odt["styles.xml"], []byte(tt.odt)) {
			t.Errorf("%q: ODT lacks %s", tt.page, tt.odt)
		}
		if !bytes.Contains(render(t, HTML, md, opts), []byte(tt.html)) {
			t.Errorf("%q: HTML lacks %s", tt.page, tt.html)
		}
	}
}

func TestTitleDefault(t *testing.T) {
	md := []byte("Intro *text*.\n\n## First **heading**\n\n# Second\n")
	html := string(render(t, HTML, md, Options{}))
	if !strings.Contains(html, "<title>First heading</title>") {
		t.Errorf("default title is not the first heading:\n%s", html[:400])
	}
	html = string(render(t, HTML, md, Options{Title: "Given <title>"}))
	if !strings.Contains(html, "<title>Given &lt;title&gt;</title>") {
		t.Error("explicit title not used or not escaped")
	}
	_, parts, err := zipParts(render(t, DOCX, md, Options{Title: "T", Ticket: "TCK-1", Date: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}))
	if err != nil {
		t.Fatal(err)
	}
	core := string(parts["docProps/core.xml"])
	for _, want := range []string{"<dc:title>T</dc:title>", "<dc:subject>TCK-1</dc:subject>", ">2025-01-02T03:04:05Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
	_, parts, err = zipParts(render(t, ODT, md, Options{Ticket: "TCK-1"}))
	if err != nil {
		t.Fatal(err)
	}
	meta := string(parts["meta.xml"])
	for _, want := range []string{"<dc:title>First heading</dc:title>", "<dc:subject>TCK-1</dc:subject>"} {
		if !strings.Contains(meta, want) {
			t.Errorf("meta.xml lacks %s:\n%s", want, meta)
		}
	}
	if strings.Contains(meta, "creation-date") {
		t.Error("meta.xml has a creation date although Date is zero")
	}
}

// hostile is report text that tries to break out of every format.
const hostile = "# Report\n\n" +
	"> </table> # heading <script>alert(1)</script>\n" +
	"> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>\n\n" +
	"<script>alert(4)</script>\n\n" +
	"<div onclick=\"alert(5)\">block html</div>\n\n" +
	"[js](javascript:alert(6)) [JS](JaVaScRiPt:alert(7)) [tab](java\tscript:alert(8)) " +
	"[data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [ok](https://example.com/?q=\"x\") " +
	"[mail](mailto:a@example.com) [rel](../other.md#part) [frag](#top) [ent](&#106;avascript:alert(9))\n\n" +
	"![x\" onerror=\"alert(10)](javascript:alert(11))\n\n" +
	"| a | b |\n|---|---|\n| </td></tr></table><script>alert(12)</script> | <style>body{}</style> |\n\n" +
	"`<script>` and ```</w:t><w:r>``` and ]]> &amp; &lt;b&gt; \x00\x01\x1b control\n"

func TestHTMLHostileInput(t *testing.T) {
	out := string(render(t, HTML, []byte(hostile), Options{Images: func(string) ([]byte, error) { return nil, errors.New("no") }}))
	if err := validateHTML([]byte(out)); err != nil {
		t.Fatal(err)
	}
	lower := strings.ToLower(out)
	for _, bad := range []string{"<script", "vbscript:", "data:text", "onerror=\"", "<img src=x", "<div onclick", "<style>body", "<a href=\"javascript"} {
		if strings.Contains(lower, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	// javascript: may appear only as escaped text (from the quoted raw
	// HTML), never inside an href.
	if strings.Contains(lower, `href="javascript`) || strings.Contains(lower, `href="java`) || strings.Contains(lower, `href="data:`) ||
		strings.Contains(lower, `href="vbscript`) {
		t.Error("an unsafe link survived")
	}
	for _, want := range []string{
		`&lt;/table&gt; # heading &lt;script&gt;alert(1)&lt;/script&gt;`,
		// html/template spells a quote %22 in a URL and &#34; in text.
		`<a href="https://example.com/?q=%22x%22" rel="noopener noreferrer">ok</a>`,
		`<a href="mailto:a@example.com" rel="noopener noreferrer">mail</a>`,
		`<a href="../other.md#part" rel="noopener noreferrer">rel</a>`,
		`<a href="#top" rel="noopener noreferrer">frag</a>`,
		`<code>&lt;script&gt;</code>`,
		`&lt;div onclick=&#34;alert(5)&#34;&gt;block html&lt;/div&gt;`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.ContainsAny(out, "\x00\x01\x1b") {
		t.Error("control characters survived")
	}
}

func TestOfficeHostileInput(t *testing.T) {
	for _, f := range []Format{DOCX, ODT} {
		out := render(t, f, []byte(hostile), Options{Company: "A&B <Corp> \x07", Title: "]]> \"t\"", Ticket: "T-1\x00"})
		if err := validate(f, out); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		_, parts, err := zipParts(out)
		if err != nil {
			t.Fatal(err)
		}
		main := string(parts["word/document.xml"]) + string(parts["content.xml"])
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;/w:t&gt;&lt;w:r&gt;"} {
			if !strings.Contains(main, want) {
				t.Errorf("%s: body lacks %s", f, want)
			}
		}
		targets := regexp.MustCompile(`(?:Target|xlink:href)="([^"]*)"`).FindAllStringSubmatch(
			string(parts["word/_rels/document.xml.rels"])+main, -1)
		if len(targets) < 4 {
			t.Errorf("%s: only %d link targets, want the safe ones kept", f, len(targets))
		}
		for _, m := range targets {
			if !safeLinkValue(m[1]) {
				t.Errorf("%s: unsafe link target %q kept", f, m[1])
			}
		}
	}
}

// TestConcurrentRender renders every format from several goroutines at
// once; with -race it proves renders share no mutable state.
func TestConcurrentRender(t *testing.T) {
	md := mustRead(t, "report.md")
	opts := fixtureOptions(t)
	want := map[Format][]byte{}
	for _, f := range Formats() {
		want[f] = render(t, f, md, opts)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 4 {
		for _, f := range Formats() {
			wg.Go(func() {
				var buf bytes.Buffer
				if err := Render(context.Background(), &buf, f, md, opts); err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(buf.Bytes(), want[f]) {
					errs <- errors.New(string(f) + ": concurrent render differs")
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestFileImages(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "chart.png"), mustRead(t, "chart.png"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "my chart.png"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(filepath.Dir(dir), "secret.png")
	if err := os.WriteFile(outside, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(outside) })
	if err := os.Symlink(outside, filepath.Join(dir, "link.png")); err != nil {
		t.Fatal(err)
	}
	load := FileImages(dir)
	tests := []struct {
		src     string
		wantErr bool
	}{
		{"chart.png", false},
		{"./chart.png", false},
		{"sub/my%20chart.png", false},
		{"chart.png?v=2#x", false},
		{"../secret.png", true},
		{"sub/../../secret.png", true},
		{"%2e%2e/secret.png", true},
		{outside, true},
		{"/etc/passwd", true},
		{"file:///etc/passwd", true},
		{"https://example.com/x.png", true},
		{"link.png", true}, // symlink leading outside
		{"missing.png", true},
		{"", true},
	}
	for _, tt := range tests {
		data, err := load(tt.src)
		if (err != nil) != tt.wantErr {
			t.Errorf("load(%q) error = %v, want error %v", tt.src, err, tt.wantErr)
		}
		if err == nil && len(data) == 0 {
			t.Errorf("load(%q) returned no data", tt.src)
		}
		if bytes.Equal(data, []byte("secret")) {
			t.Errorf("load(%q) read a file outside the directory", tt.src)
		}
	}
}

// TestImages checks that PNG and SVG images are embedded in every format
// and that unresolvable images degrade to their alt text.
func TestImages(t *testing.T) {
	md := []byte("# Charts\n\n![Bar chart](chart.png)\n\n![Vector chart](resolution.svg)\n\n![Missing chart](nope.png)\n")
	opts := Options{Images: FileImages("testdata")}

	html := string(render(t, HTML, md, opts))
	if strings.Count(html, `src="data:image/png;base64,`) != 1 || strings.Count(html, `src="data:image/svg+xml;base64,`) != 1 {
		t.Error("HTML does not inline one PNG and one SVG")
	}
	if !strings.Contains(html, "<p>Missing chart</p>") {
		t.Error("HTML: missing image is not rendered as its alt text")
	}

	_, docx, err := zipParts(render(t, DOCX, md, opts))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(docx["word/media/image1.png"], mustRead(t, "chart.png")) || docx["word/media/image2.svg"] == nil {
		t.Error("DOCX lacks the media parts")
	}
	if !strings.Contains(string(docx["word/document.xml"]), "Missing chart") {
		t.Error("DOCX: missing image is not rendered as its alt text")
	}

	_, odt, err := zipParts(render(t, ODT, md, opts))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(odt["Pictures/image1.png"], mustRead(t, "chart.png")) || odt["Pictures/image2.svg"] == nil {
		t.Error("ODT lacks the pictures")
	}

	pdf := render(t, PDF, md, opts)
	if !bytes.Contains(pdf, []byte("/Subtype /Image")) {
		t.Error("PDF has no image XObject")
	}

	// Without a resolver, images are alt text everywhere.
	html = string(render(t, HTML, md, Options{}))
	if strings.Contains(html, "<img") || !strings.Contains(html, "Bar chart") {
		t.Error("HTML without resolver: images not replaced by alt text")
	}
}

func TestODTMimetypeFirst(t *testing.T) {
	out := render(t, ODT, []byte("# x\n"), Options{})
	// The mimetype must be readable at a fixed offset, uncompressed.
	if !bytes.Equal(out[30:38], []byte("mimetype")) || !bytes.Equal(out[38:38+len(ODT.ContentType())], []byte(ODT.ContentType())) {
		t.Errorf("ODT does not start with a stored mimetype entry: %q", out[:80])
	}
}

func TestDOCXNumbering(t *testing.T) {
	md := []byte("1. one\n2. two\n   - nested bullet\n     1. deep\n\ntext\n\n5. five\n6. six\n\n- a\n- b\n")
	_, parts, err := zipParts(render(t, DOCX, md, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	doc, num := string(parts["word/document.xml"]), string(parts["word/numbering.xml"])
	for _, want := range []string{
		`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>`, // first ordered list
		`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`, // nested bullet
		`<w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr>`, // deep ordered
		`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>`, // list starting at 5
		`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`, // bullets
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	for _, want := range []string{
		`<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>`,
		`<w:numFmt w:val="bullet"/>`, `<w:numFmt w:val="decimal"/>`,
	} {
		if !strings.Contains(num, want) {
			t.Errorf("numbering.xml lacks %s", want)
		}
	}
}

func TestStylesAreNamed(t *testing.T) {
	md := mustRead(t, "report.md")
	_, docx, err := zipParts(render(t, DOCX, md, fixtureOptions(t)))
	if err != nil {
		t.Fatal(err)
	}
	styles, doc := string(docx["word/styles.xml"]), string(docx["word/document.xml"])
	for _, id := range []string{"Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "Quote", "Code", "TableHeading", "ReportTable", "InlineCode", "Hyperlink"} {
		if !strings.Contains(styles, `w:styleId="`+id+`"`) {
			t.Errorf("styles.xml lacks style %s", id)
		}
	}
	for _, used := range []string{`<w:pStyle w:val="Title"/>`, `<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="ListParagraph"/>`,
		`<w:pStyle w:val="Quote"/>`, `<w:pStyle w:val="Code"/>`, `<w:tblStyle w:val="ReportTable"/>`, `<w:tblHeader/>`} {
		if !strings.Contains(doc, used) {
			t.Errorf("document.xml does not use %s", used)
		}
	}
	_, odt, err := zipParts(render(t, ODT, md, fixtureOptions(t)))
	if err != nil {
		t.Fatal(err)
	}
	ostyles, content := string(odt["styles.xml"]), string(odt["content.xml"])
	for _, name := range []string{"Title", "Heading_20_1", "Heading_20_2", "Heading_20_3", "List_20_Paragraph", "Quote", "Code",
		"Table_20_Heading", "Table_20_Contents", "List_20_1", "Numbering_20_123"} {
		if !strings.Contains(ostyles, `style:name="`+name+`"`) {
			t.Errorf("ODT styles.xml lacks %s", name)
		}
	}
	for _, used := range []string{`text:style-name="Title"`, `text:style-name="Heading_20_2"`, `<table:table-header-rows>`,
		`text:style-name="Quote"`, `text:style-name="Code"`, `text:style-name="List_20_1"`, `text:style-name="Numbering_20_123"`} {
		if !strings.Contains(content, used) {
			t.Errorf("content.xml does not use %s", used)
		}
	}
	// Branding in the page header.
	if !strings.Contains(string(docx["word/header1.xml"]), "Acme Support") || docx["word/media/logo.png"] == nil {
		t.Error("DOCX header lacks the company name or logo")
	}
	if !strings.Contains(ostyles, "Acme Support") || !strings.Contains(ostyles, `xlink:href="Pictures/logo.png"`) {
		t.Error("ODT header lacks the company name or logo")
	}
}

// TestODTTableInList: ODF does not allow a table directly in a list item,
// so the ODT writer wraps it in an inline text frame.
func TestODTTableInList(t *testing.T) {
	md := []byte("- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next\n")
	_, parts, err := zipParts(render(t, ODT, md, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	content := string(parts["content.xml"])
	i := strings.Index(content, "<table:table ")
	if i < 0 {
		t.Fatal("no table")
	}
	if !strings.HasSuffix(content[:i], `<draw:text-box fo:min-height="0.5cm">`) {
		t.Errorf("table in a list item is not inside a text frame: %s", content[max(0, i-200):i])
	}
	_, docx, err := zipParts(render(t, DOCX, md, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(docx["word/document.xml"]), `<w:tblInd w:w="720" w:type="dxa"/>`) {
		t.Error("DOCX table in a list item is not indented with the item")
	}
}
