package export

import (
	"bytes"
	"cmp"
	"context"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// The HTML export is built with html/template, so every piece of ticket
// text is escaped for the context it lands in (element content, attribute,
// URL) and no report can inject markup or script into a page.

//go:embed html.tmpl
var htmlTemplateText string

//go:embed html.css
var htmlCSS string

var htmlTemplates = template.Must(template.New("html").Funcs(template.FuncMap{
	"nl": func() string { return "\n" },
}).Parse(htmlTemplateText))

// HTMLFragment renders markdown as an HTML fragment for a web page: the
// report body only (headings, paragraphs, lists, tables, images as data:
// URIs), without the page, stylesheet, header or footer of the HTML
// export. The markup uses the same elements and classes as the HTML
// export (h1.title for the report title). Options.Images resolves images;
// the title, company, logo and page options do not apply.
func HTMLFragment(ctx context.Context, markdown []byte, opts Options) (template.HTML, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("export: %w", err)
	}
	doc, err := buildDocument(ctx, markdown, opts.meta())
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := htmlTemplates.ExecuteTemplate(&buf, "fragment", htmlBlocks(doc.blocks)); err != nil {
		return "", fmt.Errorf("export: html: %w", err)
	}
	// The template escaped every value: the result is safe to embed.
	return template.HTML(buf.String()), nil
}

// renderHTML writes one self-contained HTML page: inline CSS, images as
// data: URIs and a Content-Security-Policy that forbids any request or
// script.
func renderHTML(ctx context.Context, out io.Writer, doc *document) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	if err := htmlTemplates.ExecuteTemplate(out, "page", newHTMLPage(doc)); err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	return nil
}

// htmlPage is what the "page" template shows.
type htmlPage struct {
	Title   string
	Meta    []htmlMeta
	CSS     template.CSS
	Brand   bool
	Logo    *htmlImage
	Company string
	Heading string
	Blocks  []htmlBlock
	Footer  string
}

type htmlMeta struct{ Name, Content string }

// htmlTitleMax is the most characters of the <title> element: browsers,
// search results and validators (html-validate's long-title) cut longer
// ones. The page heading keeps the whole title.
const htmlTitleMax = 70

// shortTitle shortens s to at most n characters, at a word where it can,
// ending with "…".
func shortTitle(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-–") + "…"
}

func newHTMLPage(doc *document) htmlPage {
	p := htmlPage{
		Title:   shortTitle(cmp.Or(doc.title, "Report"), htmlTitleMax),
		CSS:     template.CSS(htmlCSS + "@page{size:" + doc.page.name + ";margin:20mm 18mm}\n"),
		Brand:   doc.company != "" || doc.logo != nil,
		Company: doc.company,
		Heading: doc.title,
		Blocks:  htmlBlocks(doc.blocks),
	}
	p.Meta = append(p.Meta, htmlMeta{"generator", "debrief"})
	var foot []string
	for _, m := range []htmlMeta{{"subject", doc.ticket}, {"author", doc.company}} {
		if m.Content != "" {
			p.Meta = append(p.Meta, m)
		}
	}
	if !doc.date.IsZero() {
		p.Meta = append(p.Meta, htmlMeta{"date", doc.date.Format("2006-01-02")})
	}
	if doc.logo != nil {
		p.Logo = newHTMLImage(doc.logo, doc.company+" logo")
	}
	if doc.company != "" {
		foot = append(foot, doc.company)
	}
	if doc.ticket != "" {
		foot = append(foot, "Ticket "+doc.ticket)
	}
	if !doc.date.IsZero() {
		foot = append(foot, doc.date.Format("2006-01-02"))
	}
	p.Footer = strings.Join(foot, " · ")
	return p
}

// htmlBlock is one block for the templates; Kind is "p", "h", "hr",
// "pre", "quote", "list", "table" or "tight" (a paragraph of a tight list
// item: its inlines alone, followed by a line break when Newline is set).
type htmlBlock struct {
	Kind     string
	Level    int
	Title    bool
	Inl      []htmlLink
	Code     string
	Children []htmlBlock
	Ordered  bool
	Start    int
	Items    [][]htmlBlock
	Table    *htmlTable
	Newline  bool
}

type htmlTable struct {
	Head []htmlCell
	Body [][]htmlCell
}

type htmlCell struct {
	Align align
	Inl   []htmlLink
}

// htmlLink is a run of inlines sharing one link target ("" for none).
type htmlLink struct {
	Href string
	Runs []htmlRun
}

type htmlRun struct {
	Break                      bool
	Img                        *htmlImage
	Text                       string
	Bold, Italic, Strike, Code bool
}

type htmlImage struct {
	// Src is the src attribute with a data: URI built here from the
	// picture's own bytes and detected type (base64 needs no escaping; as
	// a URL value html/template would turn every "+" into "&#43;").
	Src  template.HTMLAttr
	Alt  string
	W, H int
}

func newHTMLImage(p *picture, alt string) *htmlImage {
	src := `src="data:` + p.mime() + ";base64," + base64.StdEncoding.EncodeToString(p.data) + `"`
	return &htmlImage{Src: template.HTMLAttr(src), Alt: alt, W: int(p.w + 0.5), H: int(p.h + 0.5)}
}

func htmlBlocks(bs []block) []htmlBlock {
	out := make([]htmlBlock, 0, len(bs))
	for i := range bs {
		out = append(out, newHTMLBlock(&bs[i]))
	}
	return out
}

func newHTMLBlock(b *block) htmlBlock {
	switch b.kind {
	case blParagraph:
		return htmlBlock{Kind: "p", Inl: htmlInlines(b.inl)}
	case blHeading:
		return htmlBlock{Kind: "h", Level: b.level, Title: b.title, Inl: htmlInlines(b.inl)}
	case blRule:
		return htmlBlock{Kind: "hr"}
	case blCode:
		return htmlBlock{Kind: "pre", Code: b.code}
	case blQuote:
		return htmlBlock{Kind: "quote", Children: htmlBlocks(b.children)}
	case blList:
		l := htmlBlock{Kind: "list", Ordered: b.ordered, Start: b.start}
		for _, item := range b.items {
			parts := make([]htmlBlock, 0, len(item))
			for i := range item {
				if b.tight && item[i].kind == blParagraph {
					parts = append(parts, htmlBlock{Kind: "tight", Inl: htmlInlines(item[i].inl), Newline: i+1 < len(item)})
					continue
				}
				parts = append(parts, newHTMLBlock(&item[i]))
			}
			l.Items = append(l.Items, parts)
		}
		return l
	case blTable:
		t := &htmlTable{}
		for r, row := range b.table.rows {
			cells := make([]htmlCell, len(row))
			for c, cell := range row {
				cells[c] = htmlCell{Align: b.table.align[c], Inl: htmlInlines(cell)}
			}
			if r == 0 {
				t.Head = cells
			} else {
				t.Body = append(t.Body, cells)
			}
		}
		return htmlBlock{Kind: "table", Table: t}
	}
	return htmlBlock{}
}

// htmlInlines groups inlines into link runs: a hard break is never part
// of a link.
func htmlInlines(inl []inline) []htmlLink {
	var out []htmlLink
	for i := 0; i < len(inl); {
		href := inl[i].href
		j := i + 1
		for j < len(inl) && inl[j].href == href && inl[j].kind != inBreak {
			j++
		}
		l := htmlLink{}
		if inl[i].kind != inBreak {
			l.Href = href
		}
		for _, x := range inl[i:j] {
			l.Runs = append(l.Runs, htmlRunOf(x))
		}
		out = append(out, l)
		i = j
	}
	return out
}

func htmlRunOf(x inline) htmlRun {
	switch x.kind {
	case inBreak:
		return htmlRun{Break: true}
	case inImage:
		return htmlRun{Img: newHTMLImage(x.img, x.img.alt)}
	}
	return htmlRun{
		Text: x.text,
		Bold: x.style&stBold != 0, Italic: x.style&stItalic != 0,
		Strike: x.style&stStrike != 0, Code: x.style&stCode != 0,
	}
}
