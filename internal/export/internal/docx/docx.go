// Package docx renders the document model as an Office Open XML
// word-processing document (Word).
package docx

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
	"github.com/debriefhq/debrief/internal/export/internal/svg"
)

// WordprocessingML namespaces.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsPic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"

	relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

	docxNS = `xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:wp="` + nsWP + `" xmlns:a="` + nsA + `" xmlns:pic="` + nsPic + `"`
)

// Table text is 10 pt: one em in twips, and the horizontal cell margins
// plus borders (see office.ColumnWidths).
const (
	docxTableEm = 200
	docxCellPad = 240 // 2 × 108 twips margin, borders
)

// docxGeometry is the page layout in twentieths of a point (twips).
type docxGeometry struct {
	pageW, pageH, margin, marginTB, content int
}

func docxPage(p model.PageSize) docxGeometry {
	g := docxGeometry{pageW: 11906, pageH: 16838, margin: 1134, marginTB: 1418}
	if p.Name == model.PageLetter.Name {
		g.pageW, g.pageH = 12240, 15840
	}
	g.content = g.pageW - 2*g.margin
	return g
}

// Render writes an Office Open XML word-processing document.
func Render(ctx context.Context, out io.Writer, doc *model.Document) error {
	d := &docxWriter{doc: doc, geo: docxPage(doc.Page), links: map[string]string{}}
	for i := range doc.Blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("export: docx: %w", err)
		}
		d.block(&doc.Blocks[i], docxCtx{})
	}

	z := office.NewZipper(out)
	z.Part("[Content_Types].xml", "docx-content-types.xml", nil)
	z.Part("_rels/.rels", "docx-rels.xml", nil)
	z.File("docProps/core.xml", false, d.coreProps)
	z.File("docProps/app.xml", false, d.appProps)
	z.File("word/document.xml", false, func(w *bufio.Writer) {
		w.WriteString(office.XMLHeader + `<w:document ` + docxNS + `><w:body>`)
		w.Write(d.body.Bytes())
		g := d.geo
		fmt.Fprintf(w, `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/>`+
			`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`,
			g.pageW, g.pageH, g.marginTB, g.margin, g.marginTB, g.margin)
		w.WriteString(`</w:body></w:document>`)
	})
	z.File("word/_rels/document.xml.rels", false, d.documentRels)
	z.Part("word/styles.xml", "docx-styles.xml", struct{ Half, Content int }{d.geo.content / 2, d.geo.content})
	z.Part("word/numbering.xml", "docx-numbering.xml", d.ordered)
	z.Part("word/settings.xml", "docx-settings.xml", nil)
	z.Part("word/fontTable.xml", "docx-font-table.xml", nil)
	z.File("word/header1.xml", false, d.header)
	if doc.Logo != nil {
		z.File("word/_rels/header1.xml.rels", false, func(w *bufio.Writer) {
			w.WriteString(office.XMLHeader + `<Relationships xmlns="` + nsRel + `">` +
				`<Relationship Id="rIdLogo" Type="` + relBase + `image" Target="media/logo.` + doc.Logo.Ext() + `"/>`)
			if d.fallbackPNG(doc.Logo) != nil {
				w.WriteString(`<Relationship Id="rIdLogop" Type="` + relBase + `image" Target="media/logo-fallback.png"/>`)
			}
			w.WriteString(`</Relationships>`)
		})
	}
	z.File("word/footer1.xml", false, d.footer)
	if doc.Logo != nil {
		z.Bytes("word/media/logo."+doc.Logo.Ext(), doc.Logo.Kind != model.PicSVG, doc.Logo.Data)
		if png := d.fallbackPNG(doc.Logo); png != nil {
			z.Bytes("word/media/logo-fallback.png", true, png)
		}
	}
	for _, p := range d.pictures {
		z.Bytes("word/media/"+p.FileName(), p.Kind != model.PicSVG, p.Data)
		if png := d.fallbackPNG(p); png != nil {
			z.Bytes("word/media/"+docxFallbackName(p), true, png)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("export: docx: %w", err)
	}
	return nil
}

func docxFallbackName(p *model.Picture) string { return "image" + strconv.Itoa(p.ID) + "-fallback.png" }

type docxWriter struct {
	doc      *model.Document
	geo      docxGeometry
	body     bytes.Buffer
	links    map[string]string // target -> relationship id
	linkList []string          // targets in order of first use
	pictures []*model.Picture  // pictures used, in order
	seenPic  map[int]bool
	ordered  []docxNum // ordered list instances
	drawings int       // docPr ids
	// fallbacks holds PNG renderings of SVG pictures by id (logo: 0).
	fallbacks map[int][]byte
}

// docxNum is one ordered list instance (exported fields for the template).
type docxNum struct {
	Level, Start int
}

// docxCtx carries the block nesting a paragraph is in.
type docxCtx struct {
	quote     int  // block quote depth
	listLevel int  // number of enclosing lists
	numID     int  // numbering instance of the innermost list item's first paragraph; 0 = none
	inTable   bool // inside a table cell
}

func (d *docxWriter) w(s string) { d.body.WriteString(s) }

// indent returns the left indent in twips for content nested in c.
func (c docxCtx) indent() int { return c.listLevel*720 + c.quote*567 }

func (d *docxWriter) block(b *model.Block, c docxCtx) {
	switch b.Kind {
	case model.BlParagraph:
		d.paragraph(b.Inl, d.paraStyle(c), c, "")
	case model.BlHeading:
		st := "Heading" + strconv.Itoa(b.Level)
		if b.Title {
			st = "Title"
		}
		d.paragraph(b.Inl, st, docxCtx{quote: c.quote, listLevel: c.listLevel}, "")
	case model.BlRule:
		d.w(`<w:p><w:pPr><w:pStyle w:val="HorizontalLine"/></w:pPr></w:p>`)
	case model.BlCode:
		d.w(`<w:p><w:pPr><w:pStyle w:val="Code"/>`)
		d.indentProp(c)
		d.w(`</w:pPr>`)
		for i, line := range strings.Split(b.Code, "\n") {
			if i > 0 {
				d.w(`<w:r><w:br/></w:r>`)
			}
			if line != "" {
				d.w(`<w:r>`)
				d.textRun(line)
				d.w(`</w:r>`)
			}
		}
		d.w(`</w:p>`)
	case model.BlQuote:
		inner := c
		inner.quote++
		inner.numID = 0
		for i := range b.Children {
			d.block(&b.Children[i], inner)
		}
	case model.BlList:
		numID := 1 // bullets share one instance
		if b.Ordered {
			d.ordered = append(d.ordered, docxNum{Level: min(c.listLevel, 8), Start: b.Start})
			numID = len(d.ordered) + 1
		}
		for _, item := range b.Items {
			inner := c
			inner.listLevel++
			inner.numID = numID
			if len(item) == 0 || item[0].Kind != model.BlParagraph {
				// An item must show its marker: give it an empty first paragraph.
				d.paragraph(nil, "ListParagraph", inner, "")
				inner.numID = 0
			}
			for i := range item {
				d.block(&item[i], inner)
				inner.numID = 0
			}
		}
	case model.BlTable:
		d.table(b.Table, c)
	}
}

func (d *docxWriter) paraStyle(c docxCtx) string {
	switch {
	case c.inTable:
		return "TableContents"
	case c.listLevel > 0:
		return "ListParagraph"
	case c.quote > 0:
		return "Quote"
	}
	return ""
}

func (d *docxWriter) indentProp(c docxCtx) {
	if in := c.indent(); in > 0 && !c.inTable {
		d.w(`<w:ind w:left="` + strconv.Itoa(in) + `"/>`)
	}
}

// paragraph writes one paragraph with the given style; list items get
// their numbering, other nested paragraphs an indent.
func (d *docxWriter) paragraph(inl []model.Inline, style string, c docxCtx, jc string) {
	d.w(`<w:p>`)
	if style != "" || c.numID != 0 || c.indent() > 0 || jc != "" {
		d.w(`<w:pPr>`)
		if style != "" {
			d.w(`<w:pStyle w:val="` + style + `"/>`)
		}
		if c.numID != 0 {
			d.w(`<w:numPr><w:ilvl w:val="` + strconv.Itoa(min(c.listLevel-1, 8)) + `"/><w:numId w:val="` + strconv.Itoa(c.numID) + `"/></w:numPr>`)
		}
		if c.numID == 0 {
			d.indentProp(c)
		} else if c.quote > 0 {
			d.w(`<w:ind w:left="` + strconv.Itoa(c.indent()) + `" w:hanging="360"/>`)
		}
		if jc != "" {
			d.w(`<w:jc w:val="` + jc + `"/>`)
		}
		d.w(`</w:pPr>`)
	}
	d.inlines(inl)
	d.w(`</w:p>`)
}

func (d *docxWriter) inlines(inl []model.Inline) {
	for i := 0; i < len(inl); {
		href := inl[i].Href
		j := i + 1
		for j < len(inl) && inl[j].Href == href {
			j++
		}
		if href != "" {
			if strings.HasPrefix(href, "#") {
				d.w(`<w:hyperlink w:anchor="` + office.XMLText(href[1:]) + `" w:history="1">`)
			} else {
				d.w(`<w:hyperlink r:id="` + d.linkID(href) + `" w:history="1">`)
			}
		}
		for _, x := range inl[i:j] {
			d.inline(x)
		}
		if href != "" {
			d.w(`</w:hyperlink>`)
		}
		i = j
	}
}

func (d *docxWriter) linkID(href string) string {
	if id, ok := d.links[href]; ok {
		return id
	}
	id := "rIdL" + strconv.Itoa(len(d.linkList)+1)
	d.links[href] = id
	d.linkList = append(d.linkList, href)
	return id
}

func (d *docxWriter) inline(x model.Inline) {
	switch x.Kind {
	case model.InBreak:
		d.w(`<w:r><w:br/></w:r>`)
		return
	case model.InImage:
		d.w(`<w:r>`)
		cx, cy := d.fitPicture(x.Img)
		d.drawing(x.Img, "rIdImg"+strconv.Itoa(x.Img.ID), cx, cy)
		d.w(`</w:r>`)
		if d.seenPic == nil {
			d.seenPic = map[int]bool{}
		}
		if !d.seenPic[x.Img.ID] {
			d.seenPic[x.Img.ID] = true
			d.pictures = append(d.pictures, x.Img)
		}
		return
	}
	d.w(`<w:r>`)
	if x.Style != 0 || x.Href != "" {
		d.w(`<w:rPr>`)
		switch {
		case x.Style&model.StCode != 0:
			d.w(`<w:rStyle w:val="InlineCode"/>`)
		case x.Href != "":
			d.w(`<w:rStyle w:val="Hyperlink"/>`)
		}
		if x.Style&model.StBold != 0 {
			d.w(`<w:b/><w:bCs/>`)
		}
		if x.Style&model.StItalic != 0 {
			d.w(`<w:i/><w:iCs/>`)
		}
		if x.Style&model.StStrike != 0 {
			d.w(`<w:strike/>`)
		}
		d.w(`</w:rPr>`)
	}
	if x.Style&model.StCode != 0 {
		d.textRun(x.Text)
	} else {
		d.textRun(office.KeepIDs(x.Text))
	}
	d.w(`</w:r>`)
}

// textRun writes the content of a run: text, tabs and line breaks.
func (d *docxWriter) textRun(s string) { docxText(&d.body, s) }

// docxText writes run content to w: text, tabs, line breaks, and
// non-breaking hyphens (U+2011) as Word's own <w:noBreakHyphen/>.
func docxText(w interface {
	io.Writer
	io.StringWriter
}, s string) {
	for s != "" {
		i := strings.IndexAny(s, "\t\n"+office.NoBreakHyphen)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			w.WriteString(`<w:t xml:space="preserve">`)
			office.XMLEscaper.WriteString(w, s[:i])
			w.WriteString(`</w:t>`)
		}
		if i < len(s) {
			switch {
			case s[i] == '\t':
				w.WriteString(`<w:tab/>`)
				i++
			case s[i] == '\n':
				w.WriteString(`<w:br/>`)
				i++
			default:
				w.WriteString(`<w:noBreakHyphen/>`)
				i += len(office.NoBreakHyphen)
			}
		}
		s = s[i:]
	}
}

// fitPicture returns the display size of p in EMU, scaled down to fit
// the text width and 60% of the page height.
func (d *docxWriter) fitPicture(p *model.Picture) (int64, int64) {
	const emuPerTwip = 635
	w, h := p.W*9525, p.H*9525 // 96 dpi
	maxW := float64(d.geo.content) * emuPerTwip
	maxH := float64(d.geo.pageH-2*d.geo.marginTB) * emuPerTwip * 0.6
	if w > maxW {
		h, w = h*maxW/w, maxW
	}
	if h > maxH {
		w, h = w*maxH/h, maxH
	}
	return int64(max(w, 9525)), int64(max(h, 9525))
}

func (d *docxWriter) drawing(p *model.Picture, relID string, cx, cy int64) {
	d.drawings++
	fallback := ""
	if d.fallbackPNG(p) != nil {
		fallback = relID + "p"
	}
	d.body.WriteString(docxDrawing(d.drawings, p, relID, fallback, cx, cy))
}

// fallbackPNG returns the PNG rendering of an SVG picture, made once.
func (d *docxWriter) fallbackPNG(p *model.Picture) []byte {
	if p.Kind != model.PicSVG {
		return nil
	}
	if b, ok := d.fallbacks[p.ID]; ok {
		return b
	}
	b, err := svg.ToPNG(p.Data)
	if err != nil {
		b = nil
	}
	if d.fallbacks == nil {
		d.fallbacks = map[int][]byte{}
	}
	d.fallbacks[p.ID] = b
	return b
}

// docxDrawing returns an inline picture. For an SVG with a PNG fallback
// (fallbackRel), the blip shows the PNG and carries the SVG as the Office
// 2016 svgBlip extension, as Word itself writes it.
func docxDrawing(id int, p *model.Picture, relID, fallbackRel string, cx, cy int64) string {
	ids, ext := strconv.Itoa(id), fmt.Sprintf(`cx="%d" cy="%d"`, cx, cy)
	alt := office.XMLText(p.Alt)
	blip := `<a:blip r:embed="` + relID + `"/>`
	if fallbackRel != "" {
		blip = `<a:blip r:embed="` + fallbackRel + `"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">` +
			`<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="` + relID + `"/></a:ext></a:extLst></a:blip>`
	}
	return `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ` + ext + `/>` +
		`<wp:docPr id="` + ids + `" name="Picture ` + ids + `" descr="` + alt + `"/>` +
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		`<a:graphic><a:graphicData uri="` + nsPic + `"><pic:pic><pic:nvPicPr>` +
		`<pic:cNvPr id="` + ids + `" name="image` + ids + `.` + p.Ext() + `" descr="` + alt + `"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill>` + blip + `<a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`
}

func (d *docxWriter) table(t *model.Table, c docxCtx) {
	widths := office.ColumnWidths(t, d.geo.content-c.indent(), docxTableEm, docxCellPad)
	d.w(`<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="` + strconv.Itoa(office.Sum(widths)) + `" w:type="dxa"/>`)
	if in := c.indent(); in > 0 {
		d.w(`<w:tblInd w:w="` + strconv.Itoa(in) + `" w:type="dxa"/>`)
	}
	d.w(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		d.w(`<w:gridCol w:w="` + strconv.Itoa(cw) + `"/>`)
	}
	d.w(`</w:tblGrid>`)
	for r, row := range t.Rows {
		d.w(`<w:tr>`)
		if r == 0 {
			// Repeat the header row on every page. Body rows may split: Word
			// cuts off an unsplittable row that is taller than a page.
			d.w(`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		}
		for col, cell := range row {
			d.w(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(widths[col]) + `" w:type="dxa"/></w:tcPr>`)
			style := "TableContents"
			if r == 0 {
				style = "TableHeading"
			}
			jc := ""
			switch t.Align[col] {
			case model.AlignLeft:
				jc = "left"
			case model.AlignCenter:
				jc = "center"
			case model.AlignRight:
				jc = "right"
			}
			d.paragraph(cell, style, docxCtx{inTable: true}, jc)
			d.w(`</w:tc>`)
		}
		d.w(`</w:tr>`)
	}
	d.w(`</w:tbl>`)
	// Word needs a paragraph between two tables and after a table in a cell;
	// a small spacer keeps the table off the next block.
	d.w(`<w:p><w:pPr><w:pStyle w:val="TableSpacer"/></w:pPr></w:p>`)
}

func (d *docxWriter) coreProps(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	if d.doc.Title != "" {
		w.WriteString(`<dc:title>` + office.XMLText(d.doc.Title) + `</dc:title>`)
	}
	if d.doc.Ticket != "" {
		w.WriteString(`<dc:subject>` + office.XMLText(d.doc.Ticket) + `</dc:subject>`)
		w.WriteString(`<cp:keywords>` + office.XMLText(d.doc.Ticket) + `</cp:keywords>`)
	}
	if d.doc.Company != "" {
		w.WriteString(`<dc:creator>` + office.XMLText(d.doc.Company) + `</dc:creator>`)
	}
	if !d.doc.Date.IsZero() {
		ts := d.doc.Date.UTC().Format("2006-01-02T15:04:05Z")
		w.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>`)
		w.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>`)
	}
	w.WriteString(`</cp:coreProperties>`)
}

func (d *docxWriter) appProps(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>debrief</Application>`)
	if d.doc.Company != "" {
		w.WriteString(`<Company>` + office.XMLText(d.doc.Company) + `</Company>`)
	}
	w.WriteString(`</Properties>`)
}

func (d *docxWriter) documentRels(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<Relationships xmlns="` + nsRel + `">` +
		`<Relationship Id="rIdStyles" Type="` + relBase + `styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdNumbering" Type="` + relBase + `numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rIdSettings" Type="` + relBase + `settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdFontTable" Type="` + relBase + `fontTable" Target="fontTable.xml"/>` +
		`<Relationship Id="rIdHeader1" Type="` + relBase + `header" Target="header1.xml"/>` +
		`<Relationship Id="rIdFooter1" Type="` + relBase + `footer" Target="footer1.xml"/>`)
	for _, p := range d.pictures {
		id := "rIdImg" + strconv.Itoa(p.ID)
		w.WriteString(`<Relationship Id="` + id + `" Type="` + relBase + `image" Target="media/` + p.FileName() + `"/>`)
		if d.fallbackPNG(p) != nil {
			w.WriteString(`<Relationship Id="` + id + `p" Type="` + relBase + `image" Target="media/` + docxFallbackName(p) + `"/>`)
		}
	}
	for i, href := range d.linkList {
		w.WriteString(`<Relationship Id="rIdL` + strconv.Itoa(i+1) + `" Type="` + relBase + `hyperlink" Target="` + office.XMLText(href) + `" TargetMode="External"/>`)
	}
	w.WriteString(`</Relationships>`)
}

func (d *docxWriter) header(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<w:hdr ` + docxNS + `><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	logoW := 0.0 // points
	if l := d.doc.Logo; l != nil {
		const maxH = 0.45 * 914400 // EMU
		cy := l.H * 9525
		cx := l.W * 9525
		if cy > maxH {
			cx, cy = cx*maxH/cy, maxH
		}
		fallback := ""
		if d.fallbackPNG(l) != nil {
			fallback = "rIdLogop"
		}
		w.WriteString(`<w:r>` + docxDrawing(10000, l, "rIdLogo", fallback, int64(cx), int64(cy)) + `</w:r>`)
		logoW = cx / 12700
		if d.doc.Company != "" {
			w.WriteString(`<w:r><w:t xml:space="preserve"> </w:t></w:r>`)
		}
	}
	if d.doc.Company != "" {
		w.WriteString(`<w:r><w:rPr><w:rStyle w:val="HeaderCompany"/></w:rPr>`)
		docxText(w, office.KeepIDs(d.doc.Company))
		w.WriteString(`</w:r>`)
	}
	if title := office.HeaderTitle(d.doc, logoW); title != "" {
		w.WriteString(`<w:r><w:tab/>`)
		docxText(w, office.KeepIDs(title))
		w.WriteString(`</w:r>`)
	}
	w.WriteString(`</w:p></w:hdr>`)
}

func (d *docxWriter) footer(w *bufio.Writer) {
	w.WriteString(office.XMLHeader + `<w:ftr ` + docxNS + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>`)
	if d.doc.Ticket != "" {
		w.WriteString(`<w:r><w:t xml:space="preserve">Ticket ` + office.XMLText(d.doc.Ticket) + `</w:t></w:r>`)
	}
	w.WriteString(`<w:r><w:tab/><w:tab/><w:t xml:space="preserve">Page </w:t></w:r>` +
		`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
		`<w:r><w:t xml:space="preserve"> of </w:t></w:r>` +
		`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
		`</w:p></w:ftr>`)
}
