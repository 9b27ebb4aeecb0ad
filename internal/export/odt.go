package export

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
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

// odtGeometry is the page layout in hundredths of a millimetre.
type odtGeometry struct {
	pageW, pageH, margin, content int
}

func odtPage(p pageSize) odtGeometry {
	g := odtGeometry{pageW: 21000, pageH: 29700, margin: 2000}
	if p.name == pageLetter.name {
		g.pageW, g.pageH = 21590, 27940
	}
	g.content = g.pageW - 2*g.margin
	return g
}

// mm100 formats hundredths of a millimetre as an ODF length.
func mm100(v int) string { return strconv.FormatFloat(float64(v)/1000, 'f', 3, 64) + "cm" }

// renderODT writes an OpenDocument text document.
func renderODT(ctx context.Context, out io.Writer, doc *document) error {
	o := &odtWriter{doc: doc, geo: odtPage(doc.page)}
	for i := range doc.blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("export: odt: %w", err)
		}
		o.block(&doc.blocks[i], odtCtx{})
	}

	z := newZipper(out)
	z.bytes("mimetype", true, []byte(odtMime))
	z.file("META-INF/manifest.xml", false, o.manifest)
	z.file("content.xml", false, o.content)
	z.file("styles.xml", false, o.styles)
	z.file("meta.xml", false, o.meta)
	if doc.logo != nil {
		z.bytes("Pictures/logo."+doc.logo.ext(), doc.logo.kind != picSVG, doc.logo.data)
	}
	for _, p := range o.pictures {
		z.bytes("Pictures/"+docxPictureName(p), p.kind != picSVG, p.data)
	}
	if err := z.close(); err != nil {
		return fmt.Errorf("export: odt: %w", err)
	}
	return nil
}

type odtWriter struct {
	doc      *document
	geo      odtGeometry
	body     bytes.Buffer
	auto     bytes.Buffer // automatic styles for tables
	tables   int
	frames   int
	pictures []*picture
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

func (o *odtWriter) block(b *block, c odtCtx) {
	switch b.kind {
	case blParagraph:
		o.w(`<text:p text:style-name="` + o.quoteVariant(o.paraStyle(c), c) + `">`)
		o.inlines(b.inl)
		o.w(`</text:p>`)
	case blHeading:
		if b.title {
			o.w(`<text:p text:style-name="Title">`)
			o.inlines(b.inl)
			o.w(`</text:p>`)
			return
		}
		l := strconv.Itoa(b.level)
		o.w(`<text:h text:style-name="Heading_20_` + l + `" text:outline-level="` + l + `">`)
		o.inlines(b.inl)
		o.w(`</text:h>`)
	case blRule:
		o.w(`<text:p text:style-name="Horizontal_20_Line"/>`)
	case blCode:
		o.w(`<text:p text:style-name="` + o.quoteVariant("Code", c) + `">`)
		o.text(b.code, true)
		o.w(`</text:p>`)
	case blQuote:
		inner := c
		inner.quote++
		for i := range b.children {
			o.block(&b.children[i], inner)
		}
	case blList:
		style := "List_20_1"
		if b.ordered {
			style = "Numbering_20_123"
		}
		o.w(`<text:list text:style-name="` + style + `">`)
		inner := c
		inner.list++
		for i, item := range b.items {
			if i == 0 && b.ordered && b.start != 1 {
				o.w(`<text:list-item text:start-value="` + strconv.Itoa(b.start) + `">`)
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
	case blTable:
		o.table(b.table, c)
	}
}

// quoteVariant indents a style inside block quotes with an automatic
// style derived from it, one per depth.
func (o *odtWriter) quoteVariant(style string, c odtCtx) string {
	if c.quote <= 1 || c.list > 0 {
		return style
	}
	return style + "_q" + strconv.Itoa(min(c.quote, maxDepth))
}

func (o *odtWriter) inlines(inl []inline) {
	for i := 0; i < len(inl); {
		href := inl[i].href
		j := i + 1
		for j < len(inl) && inl[j].href == href {
			j++
		}
		if href != "" {
			o.w(`<text:a xlink:type="simple" xlink:href="` + xmlText(href) + `" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">`)
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
	st   style
	name string
}{
	{stBold, "Strong_20_Emphasis"}, {stItalic, "Emphasis"}, {stStrike, "Strikethrough"}, {stCode, "Source_20_Text"},
}

func (o *odtWriter) inline(x inline) {
	switch x.kind {
	case inBreak:
		o.w(`<text:line-break/>`)
		return
	case inImage:
		o.frame(x.img)
		return
	}
	n := 0
	for _, s := range odtSpanStyles {
		if x.style&s.st != 0 {
			o.w(`<text:span text:style-name="` + s.name + `">`)
			n++
		}
	}
	o.text(x.text, false)
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
		xmlEscaper.WriteString(&o.body, s[start:i])
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
		xmlEscaper.WriteString(&o.body, s[start:])
	}
}

func (o *odtWriter) frame(p *picture) {
	if o.seenPic == nil {
		o.seenPic = map[int]bool{}
	}
	if !o.seenPic[p.id] {
		o.seenPic[p.id] = true
		o.pictures = append(o.pictures, p)
	}
	o.frames++
	w, h := fitPicture(p.w*26.4583, p.h*26.4583, float64(o.geo.content), float64(o.geo.pageH-2*o.geo.margin)*0.6)
	o.w(odtFrame("fr1", "Image"+strconv.Itoa(o.frames), "Pictures/"+docxPictureName(p), p, w, h))
}

func odtFrame(style, name, href string, p *picture, w, h int) string {
	s := `<draw:frame draw:style-name="` + style + `" draw:name="` + name + `" text:anchor-type="as-char" svg:width="` + mm100(w) + `" svg:height="` + mm100(h) + `" draw:z-index="0">` +
		`<draw:image xlink:href="` + href + `" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="` + p.mime() + `"/>`
	if p.alt != "" {
		s += `<svg:title>` + xmlText(p.alt) + `</svg:title><svg:desc>` + xmlText(p.alt) + `</svg:desc>`
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

func (o *odtWriter) table(t *table, c odtCtx) {
	o.tables++
	name := "Table" + strconv.Itoa(o.tables)
	indent := c.quote * 1000
	if c.list > 0 {
		indent = 0 // the enclosing frame is indented with the list
	}
	widths := columnWidths(t, max(o.geo.content-c.quote*1000-c.list*1270, o.geo.content/4))
	fmt.Fprintf(&o.auto, `<style:style style:name="%s" style:family="table"><style:table-properties style:width="%s" fo:margin-left="%s" table:align="left"/></style:style>`,
		name, mm100(sum(widths)), mm100(indent))
	for i, cw := range widths {
		fmt.Fprintf(&o.auto, `<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties style:column-width="%s"/></style:style>`,
			name, i+1, mm100(cw))
	}
	if c.list > 0 {
		// A list item cannot hold a table in ODF: put it in an inline text
		// frame, which can.
		o.frames++
		o.w(`<text:p text:style-name="List_20_Paragraph"><draw:frame draw:style-name="frTable" draw:name="Frame` + strconv.Itoa(o.frames) +
			`" text:anchor-type="as-char" svg:width="` + mm100(sum(widths)) + `" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">`)
		defer o.w(`</draw:text-box></draw:frame></text:p>`)
	}
	o.w(`<table:table table:name="` + name + `" table:style-name="` + name + `">`)
	for i := range widths {
		o.w(`<table:table-column table:style-name="` + name + `.C` + strconv.Itoa(i+1) + `"/>`)
	}
	for r, row := range t.rows {
		if r == 0 {
			o.w(`<table:table-header-rows>`)
		}
		o.w(`<table:table-row>`)
		for col, cell := range row {
			cellStyle, para := "TableCell", "Table_20_Contents"
			if r == 0 {
				cellStyle, para = "TableHeadCell", "Table_20_Heading"
			}
			switch t.align[col] {
			case alignLeft:
				para += "_left"
			case alignCenter:
				para += "_center"
			case alignRight:
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

func (o *odtWriter) content(w *bufio.Writer) {
	w.WriteString(xmlHeader + `<office:document-content ` + odtNS + `><office:automatic-styles>`)
	w.WriteString(`<style:style style:name="TableCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #bfbfbf"/></style:style>` +
		`<style:style style:name="TableHeadCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde5f0" fo:padding="0.1cm" fo:border="0.5pt solid #bfbfbf"/></style:style>`)
	for _, parent := range []string{"Table_20_Contents", "Table_20_Heading"} {
		for _, a := range [][2]string{{"left", "start"}, {"center", "center"}, {"right", "end"}} {
			w.WriteString(`<style:style style:name="` + parent + `_` + a[0] + `" style:family="paragraph" style:parent-style-name="` + parent + `">` +
				`<style:paragraph-properties fo:text-align="` + a[1] + `"/></style:style>`)
		}
	}
	for _, parent := range []string{"Quote", "Code"} {
		for q := 2; q <= maxDepth; q++ {
			w.WriteString(`<style:style style:name="` + parent + `_q` + strconv.Itoa(q) + `" style:family="paragraph" style:parent-style-name="` + parent + `">` +
				`<style:paragraph-properties fo:margin-left="` + mm100(q*1000) + `"/></style:style>`)
		}
	}
	w.WriteString(`<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Graphics">` +
		`<style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>` +
		`<style:style style:name="frTable" style:family="graphic" style:parent-style-name="Graphics">` +
		`<style:graphic-properties fo:border="none" fo:padding="0cm" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>`)
	w.Write(o.auto.Bytes())
	w.WriteString(`</office:automatic-styles><office:body><office:text>`)
	w.Write(o.body.Bytes())
	w.WriteString(`</office:text></office:body></office:document-content>`)
}

func (o *odtWriter) manifest(w *bufio.Writer) {
	w.WriteString(xmlHeader + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
		`<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="` + odtMime + `"/>` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>`)
	if l := o.doc.logo; l != nil {
		w.WriteString(`<manifest:file-entry manifest:full-path="Pictures/logo.` + l.ext() + `" manifest:media-type="` + l.mime() + `"/>`)
	}
	for _, p := range o.pictures {
		w.WriteString(`<manifest:file-entry manifest:full-path="Pictures/` + docxPictureName(p) + `" manifest:media-type="` + p.mime() + `"/>`)
	}
	w.WriteString(`</manifest:manifest>`)
}

func (o *odtWriter) meta(w *bufio.Writer) {
	d := o.doc
	w.WriteString(xmlHeader + `<office:document-meta ` + odtNS + `><office:meta><meta:generator>debrief</meta:generator>`)
	if d.title != "" {
		w.WriteString(`<dc:title>` + xmlText(d.title) + `</dc:title>`)
	}
	if d.ticket != "" {
		w.WriteString(`<dc:subject>` + xmlText(d.ticket) + `</dc:subject><meta:keyword>` + xmlText(d.ticket) + `</meta:keyword>`)
	}
	if d.company != "" {
		w.WriteString(`<meta:initial-creator>` + xmlText(d.company) + `</meta:initial-creator><dc:creator>` + xmlText(d.company) + `</dc:creator>`)
	}
	if !d.date.IsZero() {
		ts := d.date.UTC().Format("2006-01-02T15:04:05Z")
		w.WriteString(`<meta:creation-date>` + ts + `</meta:creation-date><dc:date>` + ts + `</dc:date>`)
	}
	w.WriteString(`</office:meta></office:document-meta>`)
}

func odtParaStyle(name, display, parent, next, paraProps, textProps string) string {
	s := `<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="paragraph"`
	if parent != "" {
		s += ` style:parent-style-name="` + parent + `"`
	}
	if next != "" {
		s += ` style:next-style-name="` + next + `"`
	}
	s += `>`
	if paraProps != "" {
		s += `<style:paragraph-properties ` + paraProps + `/>`
	}
	if textProps != "" {
		s += `<style:text-properties ` + textProps + `/>`
	}
	return s + `</style:style>`
}

func odtTextStyle(name, display, props string) string {
	return `<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="text"><style:text-properties ` + props + `/></style:style>`
}

func (o *odtWriter) styles(w *bufio.Writer) {
	const sans = `style:font-name="Liberation Sans" style:font-name-asian="Noto Sans CJK SC" style:font-name-complex="Liberation Sans"`
	const mono = `style:font-name="Liberation Mono" style:font-name-complex="Liberation Mono"`
	w.WriteString(xmlHeader + `<office:document-styles ` + odtNS + `>` +
		`<office:font-face-decls>` +
		`<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>` +
		`<style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'" style:font-family-generic="modern" style:font-pitch="fixed"/>` +
		`<style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="system" style:font-pitch="variable"/>` +
		`</office:font-face-decls><office:styles>` +
		`<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>` +
		`<style:text-properties ` + sans + ` fo:font-size="11pt" fo:language="en" fo:country="US" style:font-size-asian="11pt" style:language-asian="zh" style:country-asian="CN"/></style:default-style>` +
		`<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>` +
		`<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
		odtParaStyle("Text_20_body", "Text body", "Standard", "", `fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="125%"`, "") +
		odtParaStyle("Title", "Title", "Standard", "Text_20_body", `fo:margin-top="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="1pt solid #2f5496" fo:padding-bottom="0.1cm" fo:keep-with-next="always"`,
			`fo:font-size="24pt" fo:font-weight="bold" fo:color="#1f3864" style:font-size-asian="24pt" style:font-weight-asian="bold"`) +
		odtParaStyle("Heading", "Heading", "Standard", "Text_20_body", `fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"`,
			`fo:font-weight="bold" fo:color="#1f3864" style:font-weight-asian="bold"`))
	sizes := []string{"16pt", "13pt", "12pt", "11pt", "11pt", "11pt"}
	for i, size := range sizes {
		l := strconv.Itoa(i + 1)
		parent, extra := "Heading", ""
		if i >= 3 {
			parent, extra = "Heading_20_3", ` fo:font-style="italic"` // levels 4..6 follow level 3 styling
		}
		w.WriteString(`<style:style style:name="Heading_20_` + l + `" style:display-name="Heading ` + l + `" style:family="paragraph" style:parent-style-name="` + parent + `" style:next-style-name="Text_20_body" style:default-outline-level="` + l + `" style:class="text">` +
			`<style:text-properties fo:font-size="` + size + `" style:font-size-asian="` + size + `"` + extra + `/></style:style>`)
	}
	g := o.geo
	tabs := `<style:tab-stops><style:tab-stop style:position="` + mm100(g.content/2) + `" style:type="center"/><style:tab-stop style:position="` + mm100(g.content) + `" style:type="right"/></style:tab-stops>`
	w.WriteString(
		odtParaStyle("List_20_Paragraph", "List Paragraph", "Text_20_body", "", `fo:margin-bottom="0.1cm"`, "") +
			odtParaStyle("Quote", "Quote", "Text_20_body", "", `fo:margin-left="1cm" fo:margin-right="1cm" fo:padding-left="0.25cm" fo:border-left="2.5pt solid #8c959f" fo:background-color="#f6f8fa"`,
				`fo:font-style="italic" fo:color="#404040" style:font-style-asian="italic"`) +
			`<style:style style:name="Code" style:display-name="Code" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.28cm" fo:padding="0.15cm" fo:border="0.5pt solid #d0d7de" fo:background-color="#f6f8fa"/>` +
			`<style:text-properties ` + mono + ` fo:font-size="9pt"/></style:style>` +
			odtParaStyle("Table_20_Contents", "Table Contents", "Standard", "", `fo:margin-top="0cm" fo:margin-bottom="0cm"`, `fo:font-size="10pt" style:font-size-asian="10pt"`) +
			odtParaStyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "", "", `fo:font-weight="bold" style:font-weight-asian="bold"`) +
			odtParaStyle("Horizontal_20_Line", "Horizontal Line", "Standard", "Text_20_body", `fo:margin-top="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.75pt solid #bfbfbf" fo:padding="0cm"`, `fo:font-size="6pt"`) +
			`<style:style style:name="Header" style:display-name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">` +
			`<style:paragraph-properties fo:border-bottom="0.75pt solid #2f5496" fo:padding-bottom="0.1cm">` + tabs + `</style:paragraph-properties>` +
			`<style:text-properties fo:font-size="9pt" fo:color="#595959"/></style:style>` +
			`<style:style style:name="Footer" style:display-name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">` +
			`<style:paragraph-properties>` + tabs + `</style:paragraph-properties><style:text-properties fo:font-size="9pt" fo:color="#595959"/></style:style>` +
			odtTextStyle("Strong_20_Emphasis", "Strong Emphasis", `fo:font-weight="bold" style:font-weight-asian="bold"`) +
			odtTextStyle("Emphasis", "Emphasis", `fo:font-style="italic" style:font-style-asian="italic"`) +
			odtTextStyle("Strikethrough", "Strikethrough", `style:text-line-through-style="solid" style:text-line-through-type="single"`) +
			odtTextStyle("Source_20_Text", "Source Text", mono+` fo:font-size="10pt" fo:background-color="#f0f2f4"`) +
			odtTextStyle("Internet_20_link", "Internet link", `fo:color="#0563c1" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"`) +
			odtTextStyle("Visited_20_Internet_20_Link", "Visited Internet Link", `fo:color="#800080" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"`) +
			odtTextStyle("Header_20_Company", "Header Company", `fo:font-weight="bold" fo:color="#2f5496"`) +
			`<style:style style:name="Graphics" style:family="graphic"><style:graphic-properties text:anchor-type="as-char" svg:y="0cm" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>`)
	// List styles: bullets and numbers, ten levels each.
	bullets := []string{"•", "◦", "▪"}
	w.WriteString(`<text:list-style style:name="List_20_1" style:display-name="List 1">`)
	for l := 1; l <= 10; l++ {
		fmt.Fprintf(w, `<text:list-level-style-bullet text:level="%d" text:bullet-char="%s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">`+
			`<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%s" fo:text-indent="-0.635cm" fo:margin-left="%s"/></style:list-level-properties></text:list-level-style-bullet>`,
			l, bullets[(l-1)%3], mm100(l*1270), mm100(l*1270))
	}
	w.WriteString(`</text:list-style><text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">`)
	formats := []string{"1", "a", "i"}
	for l := 1; l <= 10; l++ {
		fmt.Fprintf(w, `<text:list-level-style-number text:level="%d" style:num-suffix="." style:num-format="%s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">`+
			`<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%s" fo:text-indent="-0.635cm" fo:margin-left="%s"/></style:list-level-properties></text:list-level-style-number>`,
			l, formats[(l-1)%3], mm100(l*1270), mm100(l*1270))
	}
	w.WriteString(`</text:list-style></office:styles>`)

	fmt.Fprintf(w, `<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="%s" fo:margin-right="%s"/>`+
		`<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>`+
		`<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>`+
		`<style:style style:name="frLogo" style:family="graphic" style:parent-style-name="Graphics"><style:graphic-properties style:vertical-pos="middle" style:vertical-rel="text"/></style:style>`+
		`</office:automatic-styles>`, mm100(g.pageW), mm100(g.pageH), mm100(g.margin), mm100(g.margin))

	w.WriteString(`<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">`)
	if l := o.doc.logo; l != nil {
		lw, lh := fitPicture(l.w*26.4583, l.h*26.4583, float64(g.content)/3, 1100)
		w.WriteString(odtFrame("frLogo", "Logo", "Pictures/logo."+l.ext(), l, lw, lh))
		if o.doc.company != "" {
			w.WriteString(" ")
		}
	}
	if o.doc.company != "" {
		w.WriteString(`<text:span text:style-name="Header_20_Company">` + xmlText(o.doc.company) + `</text:span>`)
	}
	if o.doc.title != "" {
		w.WriteString(`<text:tab/><text:tab/>` + xmlText(o.doc.title))
	}
	w.WriteString(`</text:p></style:header><style:footer><text:p text:style-name="Footer">`)
	if o.doc.ticket != "" {
		w.WriteString(`Ticket ` + xmlText(o.doc.ticket))
	}
	w.WriteString(`<text:tab/><text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`)
}
