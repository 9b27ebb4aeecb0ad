// Package odt renders the document model as an OpenDocument text
// (LibreOffice, ODF 1.3).
package odt

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
	"github.com/debriefhq/debrief/internal/export/internal/office"
)

const (
	odtMime = "application/vnd.oasis.opendocument.text"
	odtNS   = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
		`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
		`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
		`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
		`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
		`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ` +
		`xmlns:xlink="http://www.w3.org/1999/xlink" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
		`xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ` +
		`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ` +
		`office:version="1.3"`
)

// Table text is 10 pt: one em in hundredths of a millimetre, and the
// horizontal cell padding plus borders (see office.ColumnWidths).
const (
	odtTableEm = 353
	odtCellPad = 240 // 2 × 0.1 cm padding, borders
)

// odtGeometry is the page layout in hundredths of a millimetre.
type odtGeometry struct {
	pageW, pageH, margin, content int
}

func odtPage(p model.PageSize) odtGeometry {
	g := odtGeometry{pageW: 21000, pageH: 29700, margin: 2000}
	if p.Name == model.PageLetter.Name {
		g.pageW, g.pageH = 21590, 27940
	}
	g.content = g.pageW - 2*g.margin
	return g
}

// Render writes an OpenDocument text document.
func Render(ctx context.Context, out io.Writer, doc *model.Document) error {
	o := &odtWriter{doc: doc, geo: odtPage(doc.Page)}
	for i := range doc.Blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("export: odt: %w", err)
		}
		o.block(&doc.Blocks[i], odtCtx{})
	}

	z := office.NewZipper(out)
	z.Bytes("mimetype", true, []byte(odtMime))
	z.File("META-INF/manifest.xml", false, o.manifest)
	z.FileErr("content.xml", false, o.content)
	z.Part("styles.xml", "odt-styles.xml", o.stylesData())
	z.File("meta.xml", false, o.meta)
	if doc.Logo != nil {
		z.Bytes("Pictures/logo."+doc.Logo.Ext(), doc.Logo.Kind != model.PicSVG, doc.Logo.Data)
	}
	for _, p := range o.pictures {
		z.Bytes("Pictures/"+p.FileName(), p.Kind != model.PicSVG, p.Data)
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("export: odt: %w", err)
	}
	return nil
}

type odtWriter struct {
	doc      *model.Document
	geo      odtGeometry
	body     bytes.Buffer
	auto     bytes.Buffer // automatic styles for tables
	tables   int
	frames   int
	pictures []*model.Picture
	seenPic  map[int]bool
}

type odtCtx struct {
	quote int
	list  int
}

func (o *odtWriter) w(s string) { o.body.WriteString(s) }

func (o *odtWriter) paraStyle(c odtCtx) string {
	switch {
	case c.list > 0:
		return "List_20_Paragraph"
	case c.quote > 0:
		return "Quote"
	}
	return "Text_20_body"
}

func (o *odtWriter) block(b *model.Block, c odtCtx) {
	switch b.Kind {
	case model.BlParagraph:
		o.w(`<text:p text:style-name="` + o.quoteVariant(o.paraStyle(c), c) + `">`)
		o.inlines(b.Inl)
		o.w(`</text:p>`)
	case model.BlHeading:
		if b.Title {
			o.w(`<text:p text:style-name="Title">`)
			o.inlines(b.Inl)
			o.w(`</text:p>`)
			return
		}
		l := strconv.Itoa(b.Level)
		o.w(`<text:h text:style-name="Heading_20_` + l + `" text:outline-level="` + l + `">`)
		o.inlines(b.Inl)
		o.w(`</text:h>`)
	case model.BlRule:
		o.w(`<text:p text:style-name="Horizontal_20_Line"/>`)
	case model.BlCode:
		o.w(`<text:p text:style-name="` + o.quoteVariant("Code", c) + `">`)
		o.text(b.Code, true)
		o.w(`</text:p>`)
	case model.BlQuote:
		inner := c
		inner.quote++
		for i := range b.Children {
			o.block(&b.Children[i], inner)
		}
	case model.BlList:
		style := "List_20_1"
		if b.Ordered {
			style = "Numbering_20_123"
		}
		o.w(`<text:list text:style-name="` + style + `">`)
		inner := c
		inner.list++
		for i, item := range b.Items {
			if i == 0 && b.Ordered && b.Start != 1 {
				o.w(`<text:list-item text:start-value="` + strconv.Itoa(b.Start) + `">`)
			} else {
				o.w(`<text:list-item>`)
			}
			if len(item) == 0 {
				o.w(`<text:p text:style-name="List_20_Paragraph"/>`)
			}
			for j := range item {
				o.block(&item[j], inner)
			}
			o.w(`</text:list-item>`)
		}
		o.w(`</text:list>`)
	case model.BlTable:
		o.table(b.Table, c)
	}
}

// quoteVariant indents a style inside block quotes with an automatic
// style derived from it, one per depth.
func (o *odtWriter) quoteVariant(style string, c odtCtx) string {
	if c.quote <= 1 || c.list > 0 {
		return style
	}
	return style + "_q" + strconv.Itoa(min(c.quote, model.MaxDepth))
}

func (o *odtWriter) inlines(inl []model.Inline) {
	for i := 0; i < len(inl); {
		href := inl[i].Href
		j := i + 1
		for j < len(inl) && inl[j].Href == href {
			j++
		}
		if href != "" {
			o.w(`<text:a xlink:type="simple" xlink:href="` + office.XMLText(href) + `" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">`)
		}
		for _, x := range inl[i:j] {
			o.inline(x)
		}
		if href != "" {
			o.w(`</text:a>`)
		}
		i = j
	}
}

var odtSpanStyles = []struct {
	st   model.Style
	name string
}{
	{model.StBold, "Strong_20_Emphasis"}, {model.StItalic, "Emphasis"}, {model.StStrike, "Strikethrough"}, {model.StCode, "Source_20_Text"},
}

func (o *odtWriter) inline(x model.Inline) {
	switch x.Kind {
	case model.InBreak:
		o.w(`<text:line-break/>`)
		return
	case model.InImage:
		o.frame(x.Img)
		return
	}
	n := 0
	for _, s := range odtSpanStyles {
		if x.Style&s.st != 0 {
			o.w(`<text:span text:style-name="` + s.name + `">`)
			n++
		}
	}
	if x.Style&model.StCode != 0 {
		o.text(x.Text, false)
	} else {
		o.text(office.KeepIDs(x.Text), false)
	}
	for range n {
		o.w(`</text:span>`)
	}
}

// text writes s with ODF whitespace rules: runs of spaces become <text:s>,
// tabs <text:tab/> and newlines <text:line-break/>.
func (o *odtWriter) text(s string, leading bool) {
	spaces := 0
	flush := func() {
		if spaces == 0 {
			return
		}
		if !leading {
			o.body.WriteByte(' ')
			spaces--
		}
		if spaces == 1 {
			o.w(`<text:s/>`)
		} else if spaces > 1 {
			o.w(`<text:s text:c="` + strconv.Itoa(spaces) + `"/>`)
		}
		spaces = 0
	}
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != ' ' && c != '\t' && c != '\n' {
			if spaces > 0 {
				flush()
				start = i
			}
			leading = false
			continue
		}
		office.XMLEscaper.WriteString(&o.body, s[start:i])
		start = i + 1
		switch c {
		case ' ':
			spaces++
		case '\t':
			flush()
			o.w(`<text:tab/>`)
			leading = false
		case '\n':
			flush()
			o.w(`<text:line-break/>`)
			leading = true
		}
	}
	if spaces > 0 {
		flush()
	} else {
		office.XMLEscaper.WriteString(&o.body, s[start:])
	}
}

func (o *odtWriter) frame(p *model.Picture) {
	if o.seenPic == nil {
		o.seenPic = map[int]bool{}
	}
	if !o.seenPic[p.ID] {
		o.seenPic[p.ID] = true
		o.pictures = append(o.pictures, p)
	}
	o.frames++
	w, h := fitPicture(p.W*26.4583, p.H*26.4583, float64(o.geo.content), float64(o.geo.pageH-2*o.geo.margin)*0.6)
	o.w(odtFrame("fr1", "Image"+strconv.Itoa(o.frames), "Pictures/"+p.FileName(), p, w, h))
}

func odtFrame(style, name, href string, p *model.Picture, w, h int) string {
	s := `<draw:frame draw:style-name="` + style + `" draw:name="` + name + `" text:anchor-type="as-char" svg:width="` + office.MM100(w) + `" svg:height="` + office.MM100(h) + `" draw:z-index="0">` +
		`<draw:image xlink:href="` + href + `" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="` + p.Mime() + `"/>`
	if p.Alt != "" {
		s += `<svg:title>` + office.XMLText(p.Alt) + `</svg:title><svg:desc>` + office.XMLText(p.Alt) + `</svg:desc>`
	}
	return s + `</draw:frame>`
}

// fitPicture scales w x h down to fit maxW x maxH, keeping the ratio.
func fitPicture(w, h, maxW, maxH float64) (int, int) {
	if w > maxW {
		h, w = h*maxW/w, maxW
	}
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	return max(int(w), 1), max(int(h), 1)
}

func (o *odtWriter) table(t *model.Table, c odtCtx) {
	o.tables++
	name := "Table" + strconv.Itoa(o.tables)
	indent := c.quote * 1000
	if c.list > 0 {
		indent = 0 // the enclosing frame is indented with the list
	}
	widths := office.ColumnWidths(t, max(o.geo.content-c.quote*1000-c.list*1270, o.geo.content/4), odtTableEm, odtCellPad)
	fmt.Fprintf(&o.auto, `<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" fo:margin-left="%s" table:align="left"/></style:style>`,
		name, office.MM100(office.Sum(widths)), office.MM100(indent))
	for i, cw := range widths {
		fmt.Fprintf(&o.auto, `<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%s"/></style:style>`,
			name, i+1, office.MM100(cw))
	}
	if c.list > 0 {
		// A list item cannot hold a table in ODF: put it in an inline text
		// frame, which can.
		o.frames++
		o.w(`<text:p text:style-name="List_20_Paragraph"><draw:frame draw:style-name="frTable" draw:name="Frame` + strconv.Itoa(o.frames) +
			`" text:anchor-type="as-char" svg:width="` + office.MM100(office.Sum(widths)) + `" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">`)
		defer o.w(`</draw:text-box></draw:frame></text:p>`)
	}
	o.w(`<table:table table:name="` + name + `" table:style-name="` + name + `">`)
	for i := range widths {
		o.w(`<table:table-column table:style-name="` + name + `.C` + strconv.Itoa(i+1) + `"/>`)
	}
	for r, row := range t.Rows {
		if r == 0 {
			o.w(`<table:table-header-rows>`)
		}
		o.w(`<table:table-row table:style-name="TableRow">`)
		for col, cell := range row {
			cellStyle, para := "TableCell", "Table_20_Contents"
			if r == 0 {
				cellStyle, para = "TableHeadCell", "Table_20_Heading"
			}
			switch t.Align[col] {
			case model.AlignLeft:
				para += "_left"
			case model.AlignCenter:
				para += "_center"
			case model.AlignRight:
				para += "_right"
			}
			o.w(`<table:table-cell table:style-name="` + cellStyle + `" office:value-type="string"><text:p text:style-name="` + para + `">`)
			o.inlines(cell)
			o.w(`</text:p></table:table-cell>`)
		}
		o.w(`</table:table-row>`)
		if r == 0 {
			o.w(`</table:table-header-rows>`)
		}
	}
	o.w(`</table:table>`)
}

func (o *odtWriter) content(w *bufio.Writer) error {
	w.WriteString(office.XMLHeader + `<office:document-content ` + odtNS + `><office:automatic-styles>`)
	depths := make([]int, 0, model.MaxDepth-1)
	for q := 2; q <= model.MaxDepth; q++ {
		depths = append(depths, q)
	}
	if err := office.Parts.ExecuteTemplate(w, "odt-automatic-styles.xml", struct{ Depths []int }{depths}); err != nil {
		return err
	}
	w.Write(o.auto.Bytes())
	w.WriteString(`</office:automatic-styles><office:body><office:text>`)
	w.Write(o.body.Bytes())
	w.WriteString(`</office:text></office:body></office:document-content>`)
	return nil
}

func (o *odtWriter) manifest(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
		`<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="` + odtMime + `"/>` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>`)
	if l := o.doc.Logo; l != nil {
		w.WriteString(`<manifest:file-entry manifest:full-path="Pictures/logo.` + l.Ext() + `" manifest:media-type="` + l.Mime() + `"/>`)
	}
	for _, p := range o.pictures {
		w.WriteString(`<manifest:file-entry manifest:full-path="Pictures/` + p.FileName() + `" manifest:media-type="` + p.Mime() + `"/>`)
	}
	w.WriteString(`</manifest:manifest>`)
}

func (o *odtWriter) meta(w *bufio.Writer) {
	d := o.doc
	w.WriteString(office.XMLHeader + `<office:document-meta ` + odtNS + `><office:meta><meta:generator>debrief</meta:generator>`)
	if d.Title != "" {
		w.WriteString(`<dc:title>` + office.XMLText(d.Title) + `</dc:title>`)
	}
	if d.Ticket != "" {
		w.WriteString(`<dc:subject>` + office.XMLText(d.Ticket) + `</dc:subject><meta:keyword>` + office.XMLText(d.Ticket) + `</meta:keyword>`)
	}
	if d.Company != "" {
		w.WriteString(`<meta:initial-creator>` + office.XMLText(d.Company) + `</meta:initial-creator><dc:creator>` + office.XMLText(d.Company) + `</dc:creator>`)
	}
	if !d.Date.IsZero() {
		ts := d.Date.UTC().Format("2006-01-02T15:04:05Z")
		w.WriteString(`<meta:creation-date>` + ts + `</meta:creation-date><dc:date>` + ts + `</dc:date>`)
	}
	w.WriteString(`</office:meta></office:document-meta>`)
}

// odtStyles is what the styles.xml template needs.
type odtStyles struct {
	NS                                  string
	Half, Content, PageW, PageH, Margin string
	Header, Footer                      string // escaped XML
}

func (o *odtWriter) stylesData() odtStyles {
	g := o.geo
	var head strings.Builder
	logoW := 0.0 // points
	if l := o.doc.Logo; l != nil {
		lw, lh := fitPicture(l.W*26.4583, l.H*26.4583, float64(g.content)/3, 1100)
		logoW = float64(lw) / 35.2778
		head.WriteString(odtFrame("frLogo", "Logo", "Pictures/logo."+l.Ext(), l, lw, lh))
		if o.doc.Company != "" {
			head.WriteString(" ")
		}
	}
	if o.doc.Company != "" {
		head.WriteString(`<text:span text:style-name="Header_20_Company">` + office.XMLText(office.KeepIDs(o.doc.Company)) + `</text:span>`)
	}
	if title := office.HeaderTitle(o.doc, logoW); title != "" {
		head.WriteString(`<text:tab/>` + office.XMLText(office.KeepIDs(title)))
	}
	foot := ""
	if o.doc.Ticket != "" {
		foot = `Ticket ` + office.XMLText(o.doc.Ticket)
	}
	return odtStyles{
		NS:   odtNS,
		Half: office.MM100(g.content / 2), Content: office.MM100(g.content),
		PageW: office.MM100(g.pageW), PageH: office.MM100(g.pageH), Margin: office.MM100(g.margin),
		Header: head.String(), Footer: foot,
	}
}
