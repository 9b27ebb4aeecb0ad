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
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
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
	doc, err := model.Build(ctx, markdown, opts.meta())
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := htmlTemplates.ExecuteTemplate(&buf, "fragment", htmlBlocks(doc.Blocks, opts.IDPrefix)); err != nil {
		return "", fmt.Errorf("export: html: %w", err)
	}
	// The template escaped every value: the result is safe to embed.
	return template.HTML(buf.String()), nil
}

// renderHTML writes one self-contained HTML page: inline CSS, images as
// data: URIs and a Content-Security-Policy that forbids any request or
// script.
func renderHTML(ctx context.Context, out io.Writer, doc *model.Document) error {
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

func newHTMLPage(doc *model.Document) htmlPage {
	p := htmlPage{
		Title:   shortTitle(cmp.Or(doc.Title, "Report"), htmlTitleMax),
		CSS:     template.CSS(htmlCSS + "@page{size:" + doc.Page.Name + ";margin:20mm 18mm}\n"),
		Brand:   doc.Company != "" || doc.Logo != nil,
		Company: doc.Company,
		Heading: doc.Title,
		Blocks:  htmlBlocks(doc.Blocks, ""),
	}
	p.Meta = append(p.Meta, htmlMeta{"generator", "debrief"})
	var foot []string
	for _, m := range []htmlMeta{{"subject", doc.Ticket}, {"author", doc.Company}} {
		if m.Content != "" {
			p.Meta = append(p.Meta, m)
		}
	}
	if !doc.Date.IsZero() {
		p.Meta = append(p.Meta, htmlMeta{"date", doc.Date.Format("2006-01-02")})
	}
	if doc.Logo != nil {
		p.Logo = newHTMLImage(doc.Logo, doc.Company+" logo")
	}
	if doc.Company != "" {
		foot = append(foot, doc.Company)
	}
	if doc.Ticket != "" {
		foot = append(foot, "Ticket "+doc.Ticket)
	}
	if !doc.Date.IsZero() {
		foot = append(foot, doc.Date.Format("2006-01-02"))
	}
	p.Footer = strings.Join(foot, " · ")
	return p
}

// htmlBlock is one block for the templates; Kind is "p", "h", "hr",
// "pre", "quote", "list", "table" or "tight" (a paragraph of a tight list
// item: its inlines alone, followed by a line break when Newline is set).
type htmlBlock struct {
	Kind  string
	Level int
	Title bool
	// ID is a heading's anchor (its slug, made unique), which citations
	// point to.
	ID       string
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
	Body []htmlRow
}

// htmlRow is a table body row; ID names it after the section it is in
// ("timeline-3"), so that a citation can point to one row.
type htmlRow struct {
	ID    string
	Cells []htmlCell
}

type htmlCell struct {
	Align model.Align
	Inl   []htmlLink
}

// htmlLink is a run of inlines sharing one link target ("" for none). A
// citation (a link within the report that has a title) carries its sources
// in Tip, shown on hover and on keyboard focus, and TipID ties them to it.
type htmlLink struct {
	Href  string
	Runs  []htmlRun
	Tip   string
	TipID string
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

func newHTMLImage(p *model.Picture, alt string) *htmlImage {
	src := `src="data:` + p.Mime() + ";base64," + base64.StdEncoding.EncodeToString(p.Data) + `"`
	return &htmlImage{Src: template.HTMLAttr(src), Alt: alt, W: int(p.W + 0.5), H: int(p.H + 0.5)}
}

func htmlBlocks(bs []model.Block, prefix string) []htmlBlock {
	return (&htmlBuilder{ids: map[string]bool{}, prefix: prefix}).blocks(bs)
}

// htmlBuilder gives headings, rows and citations their unique ids while the
// blocks are built.
type htmlBuilder struct {
	ids map[string]bool
	// prefix starts every id (Options.IDPrefix).
	prefix string
	// section is the id of the last heading, after which rows are named.
	section string
	cites   int
}

func (h *htmlBuilder) blocks(bs []model.Block) []htmlBlock {
	out := make([]htmlBlock, 0, len(bs))
	for i := range bs {
		out = append(out, h.block(&bs[i]))
	}
	return out
}

// unique returns the prefix and base, or with -2, -3... if taken, and takes it.
func (h *htmlBuilder) unique(base string) string {
	base = h.prefix + base
	id := base
	for n := 2; h.ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	h.ids[id] = true
	return id
}

func (h *htmlBuilder) block(b *model.Block) htmlBlock {
	switch b.Kind {
	case model.BlParagraph:
		return htmlBlock{Kind: "p", Inl: h.inlines(b.Inl)}
	case model.BlHeading:
		hb := htmlBlock{Kind: "h", Level: b.Level, Title: b.Title, Inl: h.inlines(b.Inl)}
		if s := slug(model.PlainText(b.Inl)); s != "" {
			hb.ID = h.unique(s)
			h.section = hb.ID
		}
		return hb
	case model.BlRule:
		return htmlBlock{Kind: "hr"}
	case model.BlCode:
		return htmlBlock{Kind: "pre", Code: b.Code}
	case model.BlQuote:
		return htmlBlock{Kind: "quote", Children: h.blocks(b.Children)}
	case model.BlList:
		l := htmlBlock{Kind: "list", Ordered: b.Ordered, Start: b.Start}
		for _, item := range b.Items {
			parts := make([]htmlBlock, 0, len(item))
			for i := range item {
				if b.Tight && item[i].Kind == model.BlParagraph {
					parts = append(parts, htmlBlock{Kind: "tight", Inl: h.inlines(item[i].Inl), Newline: i+1 < len(item)})
					continue
				}
				parts = append(parts, h.block(&item[i]))
			}
			l.Items = append(l.Items, parts)
		}
		return l
	case model.BlTable:
		t := &htmlTable{}
		for r, row := range b.Table.Rows {
			cells := make([]htmlCell, len(row))
			for c, cell := range row {
				cells[c] = htmlCell{Align: b.Table.Align[c], Inl: h.inlines(cell)}
			}
			if r == 0 {
				t.Head = cells
				continue
			}
			hr := htmlRow{Cells: cells}
			if id := h.section + "-" + strconv.Itoa(r); h.section != "" && !h.ids[id] {
				h.ids[id], hr.ID = true, id
			}
			t.Body = append(t.Body, hr)
		}
		return htmlBlock{Kind: "table", Table: t}
	}
	return htmlBlock{}
}

// inlines groups inlines into link runs: a hard break is never part of a
// link. A link within the report with a title is a citation.
func (h *htmlBuilder) inlines(inl []model.Inline) []htmlLink {
	var out []htmlLink
	for i := 0; i < len(inl); {
		href := inl[i].Href
		j := i + 1
		for j < len(inl) && inl[j].Href == href && inl[j].Kind != model.InBreak {
			j++
		}
		l := htmlLink{}
		if inl[i].Kind != model.InBreak {
			l.Href = href
			if inl[i].Title != "" && strings.HasPrefix(href, "#") {
				h.cites++
				l.Tip, l.TipID = inl[i].Title, h.unique("cite-"+strconv.Itoa(h.cites))
			}
		}
		for _, x := range inl[i:j] {
			l.Runs = append(l.Runs, htmlRunOf(x))
		}
		out = append(out, l)
		i = j
	}
	return out
}

func htmlRunOf(x model.Inline) htmlRun {
	switch x.Kind {
	case model.InBreak:
		return htmlRun{Break: true}
	case model.InImage:
		return htmlRun{Img: newHTMLImage(x.Img, x.Img.Alt)}
	}
	return htmlRun{
		Text: x.Text,
		Bold: x.Style&model.StBold != 0, Italic: x.Style&model.StItalic != 0,
		Strike: x.Style&model.StStrike != 0, Code: x.Style&model.StCode != 0,
	}
}

// slug is a heading's anchor: "Root Cause and Contributing Factors" is
// "root-cause-and-contributing-factors".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
