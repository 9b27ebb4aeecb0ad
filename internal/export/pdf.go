package export

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
)

// PDF layout, in points.
const (
	pdfMarginX     = 56.7 // 20 mm
	pdfMarginTop   = 72
	pdfMarginBot   = 62
	pdfHeaderY     = 30
	pdfBodySize    = 10.5
	pdfBodyLine    = 15
	pdfCodeSize    = 8.5
	pdfCodeLine    = 11.5
	pdfTableSize   = 9
	pdfTableLine   = 12.5
	pdfCellPadX    = 5
	pdfCellPadY    = 3.5
	pdfParaGap     = 6
	pdfListIndent  = 18
	pdfQuoteIndent = 14
	pdfMaxImageH   = 0.6 // of the body height
	pdfMinWidth    = 160 // deeper nesting stops indenting below this width
)

type rgb struct{ r, g, b int }

var (
	colText    = rgb{31, 35, 40}
	colHeading = rgb{31, 56, 100}
	colLink    = rgb{5, 80, 174}
	colMuted   = rgb{87, 96, 106}
	colQuote   = rgb{61, 68, 77}
	colBar     = rgb{140, 149, 159}
	colBorder  = rgb{208, 215, 222}
	colCodeBg  = rgb{246, 248, 250}
	colInline  = rgb{238, 240, 243}
	colHeadBg  = rgb{221, 229, 240}
	colBrand   = rgb{47, 84, 150}
)

// textStyle is the base appearance of a block of text.
type textStyle struct {
	family string
	style  string // "", "B", "I" or "BI"
	size   float64
	line   float64
	color  rgb
	code   bool // preserve spaces, break only inside over-long lines
}

// frag is a piece of text on one line, drawn with one face.
type frag struct {
	x, w   float64 // relative to the line start
	text   string
	face   face
	size   float64
	color  rgb
	deco   string // fpdf decoration: "S" for strike-through
	href   string // external link target, "" for none
	codeBg bool   // inline code: light background
}

// textLine is one laid-out line of text.
type textLine struct {
	frags []frag
	width float64
}

// pdfImage is a registered image ready to place.
type pdfImage struct {
	name string
	w, h float64
	svg  *svgDrawing
}

// element is one unit of vertical layout: a line of text, an image, a
// rule, a spacer, or a whole table.
type element struct {
	spaceBefore float64
	h           float64
	x           float64 // left edge of the content
	line        *textLine
	lineH       float64
	align       align
	width       float64 // available width (for alignment and backgrounds)
	bg          *rgb    // background over [x-bgPad, x+width+bgPad]
	bgPad       float64
	bars        []float64 // quote bar positions
	keepNext    bool
	img         *pdfImage
	rule        bool
	ruleColor   rgb
	table       *pdfTable
}

type pdfTable struct {
	x     float64
	cols  []float64
	align []align
	rows  []pdfRow
	bars  []float64
}

type pdfRow struct {
	cells [][]textLine
	lines int // most lines in a cell
}

type pdfRenderer struct {
	ctx   context.Context
	doc   *document
	pdf   *fpdf.Fpdf
	fonts *pdfFonts
	els   []element

	pageW, pageH float64
	left, right  float64 // content box
	top, bottom  float64
	y            float64
	atTop        bool // nothing drawn on this page yet

	images   map[int]*pdfImage
	svgs     map[int]*svgDrawing // parsed SVG pictures by id (logo: 0), nil if unusable
	logo     *pdfImage
	titleLn  *textLine
	company  *textLine
	ticketLn *textLine

	// current drawing state, to avoid redundant operators
	curFace face
	curSize float64
	curDeco string
	hasFont bool
}

// newPDFRenderer sets up the fpdf document: page size, margins,
// properties.
func newPDFRenderer(ctx context.Context, doc *document) *pdfRenderer {
	size := fpdf.SizeType{Wd: doc.page.w, Ht: doc.page.h}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: size})
	r := &pdfRenderer{
		ctx: ctx, doc: doc, pdf: pdf, fonts: newPDFFonts(pdf),
		pageW: doc.page.w, pageH: doc.page.h, images: map[int]*pdfImage{}, svgs: map[int]*svgDrawing{},
	}
	r.left, r.right = pdfMarginX, doc.page.w-pdfMarginX
	r.top, r.bottom = pdfMarginTop, doc.page.h-pdfMarginBot

	date := doc.date
	if date.IsZero() {
		date = pdfEpoch
	}
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCompression(true)
	pdf.SetProducer("debrief", true)
	pdf.SetCreator("debrief", true)
	if doc.title != "" {
		pdf.SetTitle(doc.title, true)
	}
	if doc.ticket != "" {
		pdf.SetSubject(doc.ticket, true)
		pdf.SetKeywords(doc.ticket, true)
	}
	if doc.company != "" {
		pdf.SetAuthor(doc.company, true)
	}
	// The alias must be set before fonts are added (fpdf sizes its font
	// subsets accordingly).
	pdf.AliasNbPages("{nb}")
	pdf.SetMargins(r.left, r.top, pdfMarginX)
	pdf.SetAutoPageBreak(false, 0)
	return r
}

// pdfEpoch is the creation date used when Options.Date is zero: PDF
// always carries one, and the output must not depend on the clock.
var pdfEpoch = time.Unix(0, 0).UTC()

// renderPDF lays the document out in two passes: first every block is
// broken into lines (measured with the real fonts, before any page
// exists), then the lines are placed on pages.
func renderPDF(ctx context.Context, out io.Writer, doc *document) error {
	r := newPDFRenderer(ctx, doc)
	pdf := r.pdf
	// Pass 1: layout.
	r.scanText()
	r.prepareBranding()
	r.layoutBlocks(doc.blocks, lctx{x: r.left, w: r.right - r.left}, true)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}

	// Pass 2: pagination and drawing.
	pdf.SetHeaderFunc(r.drawHeader)
	pdf.SetFooterFunc(r.drawFooter)
	r.newPage()
	for i := range r.els {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("export: pdf: %w", err)
			}
		}
		r.place(i)
	}
	if err := pdf.Output(out); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	return nil
}

func (r *pdfRenderer) newPage() {
	r.pdf.AddPage() // runs the header and footer functions
	r.hasFont = false
	r.y = r.top
	r.atTop = true
}

// ---- pass 1: layout ------------------------------------------------------

// svg parses an SVG picture once.
func (r *pdfRenderer) svg(p *picture) *svgDrawing {
	if d, ok := r.svgs[p.id]; ok {
		return d
	}
	d, err := parseSVG(p.data)
	if err != nil {
		d = nil
	}
	r.svgs[p.id] = d
	return d
}

// scanText shows every text of the document to the font set, so that it
// knows which characters need the fallback font before layout starts.
func (r *pdfRenderer) scanText() {
	f := r.fonts
	d := r.doc
	f.need(d.title)
	f.need(d.company)
	f.need(d.ticket)
	pics := append([]*picture(nil), d.pictures...)
	if d.logo != nil {
		pics = append(pics, d.logo)
	}
	for _, p := range pics {
		f.need(p.alt)
		if p.kind == picSVG {
			if s := r.svg(p); s != nil {
				for _, op := range s.ops {
					f.need(op.text)
				}
			}
		}
	}
	inlines := func(inl []inline) {
		for _, x := range inl {
			f.need(x.text)
			if x.img != nil {
				f.need(x.img.alt)
			}
		}
	}
	var blocks func([]block)
	blocks = func(bs []block) {
		for i := range bs {
			b := &bs[i]
			inlines(b.inl)
			f.need(b.code)
			blocks(b.children)
			for _, item := range b.items {
				blocks(item)
			}
			if b.table != nil {
				for _, row := range b.table.rows {
					for _, cell := range row {
						inlines(cell)
					}
				}
			}
		}
	}
	blocks(d.blocks)
}

type lctx struct {
	x, w float64
	bars []float64
	list int
}

func bodyStyle() textStyle {
	return textStyle{family: famSans, size: pdfBodySize, line: pdfBodyLine, color: colText}
}

func (r *pdfRenderer) add(e element) int {
	r.els = append(r.els, e)
	return len(r.els) - 1
}

func (r *pdfRenderer) layoutBlocks(bs []block, c lctx, first bool) {
	for i := range bs {
		if r.ctx.Err() != nil {
			return
		}
		r.layoutBlock(&bs[i], c, first && i == 0)
	}
}

func (r *pdfRenderer) layoutBlock(b *block, c lctx, first bool) {
	gap := float64(pdfParaGap)
	if first {
		gap = 0
	}
	switch b.kind {
	case blParagraph:
		st := bodyStyle()
		if len(c.bars) > 0 {
			st.style, st.color = "I", colQuote
		}
		r.layoutInlines(b.inl, st, c, gap, alignNone, false)
	case blHeading:
		st := textStyle{family: famSans, style: "B", color: colHeading}
		space := 0.0
		switch {
		case b.title:
			st.size, st.line, space = 20, 26, 0
		case b.level == 1:
			st.size, st.line, space = 17, 22, 16
		case b.level == 2:
			st.size, st.line, space = 14, 19, 14
		default: // 3..6 share level 3 styling
			st.size, st.line, space = 12, 16, 10
			if b.level > 3 {
				st.style = "BI"
			}
		}
		if first {
			space = 0
		}
		r.layoutInlines(b.inl, st, c, space, alignNone, true)
		if b.title || b.level <= 2 {
			r.add(element{h: 8, x: c.x, width: c.w, rule: true, ruleColor: colBrand, bars: c.bars, keepNext: true})
		}
	case blRule:
		r.add(element{spaceBefore: gap, h: 14, x: c.x, width: c.w, rule: true, ruleColor: colBorder, bars: c.bars})
	case blCode:
		st := textStyle{family: famMono, size: pdfCodeSize, line: pdfCodeLine, color: colText, code: true}
		inner := c
		inner.x += 6
		inner.w -= 12
		bg := colCodeBg
		r.add(element{spaceBefore: gap, h: 4, x: inner.x, width: inner.w, bg: &bg, bgPad: 6, bars: c.bars})
		code := strings.ReplaceAll(b.code, "\t", "    ")
		for _, ln := range r.breakLines(r.tokens([]inline{{kind: inText, text: code}}, st), inner.w) {
			r.add(element{h: st.line, lineH: st.line, x: inner.x, width: inner.w, line: &ln, bg: &bg, bgPad: 6, bars: c.bars})
		}
		r.add(element{h: 4, x: inner.x, width: inner.w, bg: &bg, bgPad: 6, bars: c.bars})
	case blQuote:
		inner := c
		if c.w-pdfQuoteIndent >= pdfMinWidth {
			inner.bars = append(append([]float64(nil), c.bars...), c.x+1.5)
			inner.x += pdfQuoteIndent
			inner.w -= pdfQuoteIndent
		}
		start := len(r.els)
		r.layoutBlocks(b.children, inner, true)
		if start < len(r.els) {
			r.els[start].spaceBefore = max(r.els[start].spaceBefore, gap)
		}
	case blList:
		r.layoutList(b, c, gap)
	case blTable:
		r.layoutTable(b.table, c, gap)
	}
}

var bulletChars = []string{"•", "◦", "▪"}

func (r *pdfRenderer) layoutList(b *block, c lctx, gap float64) {
	inner := c
	if c.w-pdfListIndent >= pdfMinWidth {
		inner.x += pdfListIndent
		inner.w -= pdfListIndent
	}
	inner.list++
	for n, item := range b.items {
		start := len(r.els)
		itemGap := 2.0
		if !b.tight {
			itemGap = pdfParaGap
		}
		if n == 0 {
			itemGap = gap
		}
		r.layoutBlocks(item, inner, true)
		if start == len(r.els) {
			r.add(element{h: pdfBodyLine, lineH: pdfBodyLine, x: inner.x, width: inner.w, line: &textLine{}, bars: c.bars})
		}
		first := &r.els[start]
		if first.line == nil {
			// Marker before a table, image or rule: give it its own line.
			r.els = append(r.els[:start+1], r.els[start:]...)
			r.els[start] = element{h: pdfBodyLine, lineH: pdfBodyLine, x: inner.x, width: inner.w, line: &textLine{}, bars: c.bars}
			first = &r.els[start]
		}
		first.spaceBefore = max(first.spaceBefore, itemGap)
		marker := bulletChars[(inner.list-1)%len(bulletChars)]
		if b.ordered {
			marker = strconv.Itoa(b.start+n) + "."
		}
		toks := r.tokens([]inline{{kind: inText, text: marker}}, bodyStyle())
		var w float64
		for _, t := range toks {
			w += t.w
		}
		x := -w - 5
		line := *first.line
		line.frags = append([]frag(nil), line.frags...)
		for _, t := range toks {
			if t.kind != tkBox {
				continue
			}
			line.frags = append(line.frags, frag{x: x, w: t.w, text: t.text, face: t.face, size: t.size, color: colText})
			x += t.w
		}
		first.line = &line
		first.align = alignNone
	}
}

// layoutInlines lays out a paragraph or heading; images become their own
// elements between lines of text.
func (r *pdfRenderer) layoutInlines(inl []inline, st textStyle, c lctx, space float64, al align, keepNext bool) {
	start := 0
	emit := func(part []inline) {
		if len(part) == 0 {
			return
		}
		for _, ln := range r.breakLines(r.tokens(part, st), c.w) {
			r.add(element{spaceBefore: space, h: st.line, lineH: st.line, x: c.x, width: c.w, line: &ln, align: al, bars: c.bars, keepNext: keepNext})
			space = 0
		}
	}
	for i, x := range inl {
		if x.kind != inImage {
			continue
		}
		emit(inl[start:i])
		start = i + 1
		if img := r.image(x.img); img != nil {
			w, h := img.w, img.h
			maxH := (r.bottom - r.top) * pdfMaxImageH
			if w > c.w {
				h, w = h*c.w/w, c.w
			}
			if h > maxH {
				w, h = w*maxH/h, maxH
			}
			r.add(element{spaceBefore: max(space, 4), h: h + 4, x: c.x, width: w, img: &pdfImage{name: img.name, w: w, h: h, svg: img.svg}, bars: c.bars})
			space = 0
		} else {
			emit([]inline{{kind: inText, text: x.img.alt, style: x.style, href: x.href}})
		}
	}
	emit(inl[start:])
	if n := len(r.els); n > 0 && keepNext {
		// The last line of a heading keeps with what follows; earlier lines
		// keep with the last.
		r.els[n-1].keepNext = true
	}
}

// image registers p with fpdf once; nil means it cannot be drawn.
func (r *pdfRenderer) image(p *picture) *pdfImage {
	if img, ok := r.images[p.id]; ok {
		return img
	}
	img := r.registerImage(p, "img"+strconv.Itoa(p.id))
	r.images[p.id] = img
	return img
}

func (r *pdfRenderer) registerImage(p *picture, name string) *pdfImage {
	if p.kind == picSVG {
		d := r.svg(p)
		if d == nil {
			return nil
		}
		return &pdfImage{w: d.w * 0.75, h: d.h * 0.75, svg: d}
	}
	data, typ := p.data, "PNG"
	if p.kind == picJPEG {
		typ = "JPG"
	} else if checkPNG(data) != nil {
		return nil
	} else if len(data) > 28 && (data[24] > 8 || data[28] != 0) {
		// fpdf reads neither 16-bit nor interlaced PNGs: re-encode.
		data = reencodePNG(data)
		if data == nil {
			return nil
		}
	}
	r.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
	if r.pdf.Err() {
		r.pdf.ClearError()
		return nil
	}
	return &pdfImage{name: name, w: p.w * 0.75, h: p.h * 0.75}
}

func reencodePNG(data []byte) []byte {
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	dst := image.NewNRGBA(src.Bounds())
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return nil
	}
	return buf.Bytes()
}

func (r *pdfRenderer) layoutTable(t *table, c lctx, gap float64) {
	n := len(t.align)
	ts := textStyle{family: famSans, size: pdfTableSize, line: pdfTableLine, color: colText}
	hs := ts
	hs.style = "B"
	// Natural (one-line) and minimum (longest word) widths per column.
	natural := make([]float64, n)
	minimum := make([]float64, n)
	toks := make([][][]tok, len(t.rows))
	for ri, row := range t.rows {
		toks[ri] = make([][]tok, n)
		for ci, cell := range row {
			st := ts
			if ri == 0 {
				st = hs
			}
			cellToks := r.tokens(withoutImages(cell), st)
			toks[ri][ci] = cellToks
			var lineW, wordW float64
			for _, tk := range cellToks {
				switch tk.kind {
				case tkBox:
					wordW += tk.w
					lineW += tk.w
				case tkGlue:
					minimum[ci] = max(minimum[ci], wordW)
					wordW = 0
					lineW += tk.w
				case tkBreak:
					minimum[ci] = max(minimum[ci], wordW)
					natural[ci] = max(natural[ci], lineW)
					wordW, lineW = 0, 0
				}
			}
			minimum[ci] = max(minimum[ci], wordW)
			natural[ci] = max(natural[ci], lineW)
		}
	}
	cols := distribute(natural, minimum, c.w-float64(n)*2*pdfCellPadX, 24)
	pt := &pdfTable{x: c.x, align: t.align, bars: c.bars}
	total := 0.0
	for _, w := range cols {
		pt.cols = append(pt.cols, w+2*pdfCellPadX)
		total += w + 2*pdfCellPadX
	}
	for ri := range t.rows {
		row := pdfRow{cells: make([][]textLine, n)}
		for ci := range n {
			row.cells[ci] = r.breakLines(toks[ri][ci], cols[ci])
			row.lines = max(row.lines, len(row.cells[ci]), 1)
		}
		pt.rows = append(pt.rows, row)
	}
	r.add(element{spaceBefore: max(gap, 4), x: c.x, width: total, table: pt, bars: c.bars})
	r.add(element{h: 6, x: c.x, width: c.w, bars: c.bars})
}

func withoutImages(inl []inline) []inline {
	out := make([]inline, 0, len(inl))
	for _, x := range inl {
		if x.kind == inImage {
			x = inline{kind: inText, text: x.img.alt, style: x.style, href: x.href}
		}
		out = append(out, x)
	}
	return out
}

// distribute shares avail between columns: columns whose natural width
// fits an equal share of what is left keep it, the others split the rest
// in proportion to their natural widths, never below floor or their
// longest word (up to three times floor).
func distribute(natural, minimum []float64, avail, floor float64) []float64 {
	n := len(natural)
	out := make([]float64, n)
	var sum float64
	for i := range natural {
		natural[i] = max(natural[i], 4)
		sum += natural[i]
	}
	if sum <= avail || avail <= 0 {
		copy(out, natural)
		if avail > 0 {
			return out
		}
		for i := range out {
			out[i] = max(floor, 1)
		}
		return out
	}
	fixed := make([]bool, n)
	rest, restNat, open := avail, sum, n
	for changed := true; changed && open > 0; {
		changed = false
		share := rest / float64(open)
		for i := range natural {
			if !fixed[i] && natural[i] <= share {
				out[i], fixed[i] = natural[i], true
				rest -= natural[i]
				restNat -= natural[i]
				open--
				changed = true
			}
		}
	}
	for i := range natural {
		if !fixed[i] {
			out[i] = max(rest*natural[i]/restNat, min(minimum[i], floor*3), floor)
		}
	}
	// If the minimums overflow, scale everything down to fit.
	var total float64
	for _, w := range out {
		total += w
	}
	if total > avail {
		for i := range out {
			out[i] *= avail / total
		}
	}
	return out
}

// ---- line breaking ---------------------------------------------------------

type tokKind uint8

const (
	tkBox   tokKind = iota // unbreakable text
	tkGlue                 // a breakable space (text " " or "" between CJK)
	tkBreak                // forced line break
)

type tok struct {
	kind   tokKind
	text   string
	w      float64
	face   face
	size   float64
	color  rgb
	deco   string
	href   string
	codeBg bool
}

func (r *pdfRenderer) measure(f face, size float64, s string) float64 {
	r.fonts.use(f, size, "")
	r.hasFont = false
	return r.pdf.GetStringWidth(s)
}

func breakableRune(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF))
}

// tokens turns inlines into boxes, glue and breaks, split by face.
func (r *pdfRenderer) tokens(inl []inline, st textStyle) []tok {
	var out []tok
	for _, x := range inl {
		switch x.kind {
		case inBreak:
			out = append(out, tok{kind: tkBreak})
			continue
		case inImage:
			continue
		}
		f := face{family: st.family, style: st.style}
		if x.style&stCode != 0 {
			f.family = famMono
		}
		bold := strings.Contains(f.style, "B") || x.style&stBold != 0
		italic := strings.Contains(f.style, "I") || x.style&stItalic != 0
		f.style = ""
		if bold {
			f.style += "B"
		}
		if italic {
			f.style += "I"
		}
		t := tok{kind: tkBox, size: st.size, color: st.color, codeBg: x.style&stCode != 0 && !st.code}
		if x.style&stCode != 0 && !st.code {
			t.size = st.size * 0.92
		}
		if x.style&stStrike != 0 {
			t.deco = "S"
		}
		if x.href != "" {
			t.color = colLink
			if hasScheme(x.href) {
				t.href = x.href
			}
		}
		out = r.appendText(out, x.text, f, t, st.code)
	}
	return out
}

func (r *pdfRenderer) appendText(out []tok, s string, want face, proto tok, code bool) []tok {
	emitBox := func(text string) {
		for _, run := range r.fonts.split(want, text) {
			t := proto
			t.face = run.face
			if run.face.family == famFallback {
				t.face.style = ""
			}
			t.text = run.text
			t.w = r.measure(t.face, t.size, run.text)
			out = append(out, t)
		}
	}
	start := 0
	for i, c := range s {
		switch {
		case c == '\n':
			if i > start {
				emitBox(s[start:i])
			}
			if code {
				out = append(out, tok{kind: tkBreak})
			} else {
				out = r.appendGlue(out, want, proto)
			}
			start = i + 1
		case !code && (c == ' ' || c == '\t'):
			if i > start {
				emitBox(s[start:i])
			}
			out = r.appendGlue(out, want, proto)
			start = i + 1
		case !code && breakableRune(c):
			if i > start {
				emitBox(s[start:i])
			}
			n := i + len(string(c))
			emitBox(s[i:n])
			out = append(out, tok{kind: tkGlue, size: proto.size})
			start = n
		}
	}
	if len(s) > start {
		emitBox(s[start:])
	}
	return out
}

func (r *pdfRenderer) appendGlue(out []tok, f face, proto tok) []tok {
	if n := len(out); n > 0 && out[n-1].kind == tkGlue && out[n-1].text != "" {
		return out // collapse runs of spaces
	}
	t := proto
	t.kind, t.face, t.text = tkGlue, f, " "
	t.w = r.measure(f, t.size, " ")
	return append(out, t)
}

// breakLines fills lines greedily, breaking at glue, and inside words
// that are longer than a whole line (long URLs, identifiers).
func (r *pdfRenderer) breakLines(toks []tok, maxW float64) []textLine {
	const eps = 0.01
	maxW = max(maxW, 10)
	var lines []textLine
	var cur []frag
	x := 0.0
	var glue *tok
	flush := func() {
		lines = append(lines, textLine{frags: mergeFrags(cur), width: x})
		cur, x, glue = nil, 0, nil
	}
	place := func(t *tok) {
		if t.text == "" {
			return
		}
		cur = append(cur, frag{x: x, w: t.w, text: t.text, face: t.face, size: t.size, color: t.color, deco: t.deco, href: t.href, codeBg: t.codeBg})
		x += t.w
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		switch t.kind {
		case tkBreak:
			flush()
			i++
			continue
		case tkGlue:
			if len(cur) > 0 {
				glue = t
			}
			i++
			continue
		}
		j, ww := i, 0.0
		for j < len(toks) && toks[j].kind == tkBox {
			ww += toks[j].w
			j++
		}
		gw := 0.0
		if glue != nil {
			gw = glue.w
		}
		switch {
		case x+gw+ww <= maxW+eps:
			if glue != nil {
				place(glue)
			}
		case len(cur) > 0 && ww <= maxW+eps:
			flush()
		default:
			// The word is longer than a line: break it between characters.
			if glue != nil && x+gw < maxW-eps {
				place(glue)
			} else if len(cur) > 0 {
				flush()
			}
			for k := i; k < j; k++ {
				bt := toks[k]
				for _, ch := range bt.text {
					piece := bt
					piece.text = string(ch)
					piece.w = r.measure(bt.face, bt.size, piece.text)
					if x+piece.w > maxW+eps && len(cur) > 0 {
						flush()
					}
					place(&piece)
				}
			}
			glue = nil
			i = j
			continue
		}
		glue = nil
		for k := i; k < j; k++ {
			place(&toks[k])
		}
		i = j
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// mergeFrags joins neighbouring fragments that draw the same way.
func mergeFrags(in []frag) []frag {
	var out []frag
	for _, f := range in {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.face == f.face && p.size == f.size && p.color == f.color && p.deco == f.deco &&
				p.href == f.href && p.codeBg == f.codeBg {
				p.text += f.text
				p.w = f.x + f.w - p.x
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// ---- branding -------------------------------------------------------------

func (r *pdfRenderer) prepareBranding() {
	d := r.doc
	if d.logo != nil {
		if img := r.registerImage(d.logo, "logo"); img != nil {
			h := 20.0
			w := img.w * h / img.h
			if w > 120 {
				w, h = 120, img.h*120/img.w
			}
			img.w, img.h = w, h
			r.logo = img
		}
	}
	avail := r.right - r.left
	if d.company != "" {
		st := textStyle{family: famSans, style: "B", size: 10, color: colBrand}
		ln := r.breakLines(r.tokens([]inline{{kind: inText, text: d.company}}, st), avail/2)[0]
		r.company = &ln
	}
	if d.title != "" {
		st := textStyle{family: famSans, size: 9, color: colMuted}
		room := avail * 0.55
		if r.company == nil && r.logo == nil {
			room = avail
		}
		ln := r.ellipsize(d.title, st, room)
		r.titleLn = &ln
	}
	if d.ticket != "" {
		st := textStyle{family: famSans, size: 8, color: colMuted}
		ln := r.ellipsize("Ticket "+d.ticket, st, avail/3)
		r.ticketLn = &ln
	}
	// Register the footer face now, while no page exists.
	r.measure(face{family: famSans}, 8, "Page")
}

// ellipsize lays s out on one line no wider than maxW, cutting it with
// an ellipsis when needed.
func (r *pdfRenderer) ellipsize(s string, st textStyle, maxW float64) textLine {
	lines := r.breakLines(r.tokens([]inline{{kind: inText, text: s}}, st), maxW)
	if len(lines) == 1 {
		return lines[0]
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		lines = r.breakLines(r.tokens([]inline{{kind: inText, text: strings.TrimSpace(string(runes[:n])) + "…"}}, st), maxW)
		if len(lines) == 1 {
			return lines[0]
		}
	}
	return lines[0]
}

func (r *pdfRenderer) drawHeader() {
	r.hasFont = false
	y := pdfHeaderY
	x := r.left
	if r.logo != nil {
		r.drawImage(r.logo, x, float64(y)-r.logo.h/2)
		x += r.logo.w + 8
	}
	if r.company != nil {
		r.drawLine(r.company, x, float64(y)-7, 14, alignNone, 0)
	}
	if r.titleLn != nil {
		r.drawLine(r.titleLn, r.right-r.titleLn.width, float64(y)-7, 14, alignNone, 0)
	}
	r.pdf.SetDrawColor(colBrand.r, colBrand.g, colBrand.b)
	r.pdf.SetLineWidth(0.8)
	r.pdf.Line(r.left, float64(y)+12, r.right, float64(y)+12)
}

func (r *pdfRenderer) drawFooter() {
	r.hasFont = false
	y := r.pageH - 36
	r.pdf.SetDrawColor(colBorder.r, colBorder.g, colBorder.b)
	r.pdf.SetLineWidth(0.5)
	r.pdf.Line(r.left, y, r.right, y)
	if r.ticketLn != nil {
		r.drawLine(r.ticketLn, r.left, y+4, 12, alignNone, 0)
	}
	text := "Page " + strconv.Itoa(r.pdf.PageNo()) + " of {nb}"
	f := face{family: famSans}
	w := r.measure(f, 8, "Page "+strconv.Itoa(r.pdf.PageNo())+" of 00")
	r.setFont(f, 8, "")
	r.setColor(colMuted)
	r.pdf.Text(r.right-w, y+4+6+8*0.3, text)
}

// ---- pass 2: pagination and drawing --------------------------------------

func (r *pdfRenderer) place(i int) {
	e := &r.els[i]
	if e.table != nil {
		r.placeTable(e)
		return
	}
	need := e.h
	if e.keepNext {
		// Keep with the following element (a heading with its text).
		for j := i + 1; j < len(r.els); j++ {
			n := &r.els[j]
			if n.table != nil {
				need += n.spaceBefore + r.tableHeadHeight(n.table)
				break
			}
			need += n.spaceBefore + n.h
			if !n.keepNext {
				break
			}
		}
		need = min(need, (r.bottom-r.top)*0.5)
	}
	if !r.atTop && r.y+e.spaceBefore+need > r.bottom {
		r.newPage()
	}
	if !r.atTop {
		r.drawBars(e.bars, r.y, r.y+e.spaceBefore)
		r.y += e.spaceBefore
	}
	r.drawElement(e, r.y)
	r.y += e.h
	r.atTop = false
}

func (r *pdfRenderer) drawBars(bars []float64, y0, y1 float64) {
	if len(bars) == 0 || y1 <= y0 {
		return
	}
	r.pdf.SetFillColor(colBar.r, colBar.g, colBar.b)
	for _, x := range bars {
		r.pdf.Rect(x, y0, 2.5, y1-y0, "F")
	}
}

func (r *pdfRenderer) drawElement(e *element, y float64) {
	if e.bg != nil {
		r.pdf.SetFillColor(e.bg.r, e.bg.g, e.bg.b)
		r.pdf.Rect(e.x-e.bgPad, y, e.width+2*e.bgPad, e.h, "F")
	}
	r.drawBars(e.bars, y, y+e.h)
	switch {
	case e.line != nil:
		r.drawLine(e.line, e.x, y, e.lineH, e.align, e.width)
	case e.img != nil:
		r.drawImage(e.img, e.x, y)
	case e.rule:
		r.pdf.SetDrawColor(e.ruleColor.r, e.ruleColor.g, e.ruleColor.b)
		r.pdf.SetLineWidth(0.75)
		r.pdf.Line(e.x, y+e.h/2, e.x+e.width, y+e.h/2)
	}
}

func (r *pdfRenderer) drawImage(img *pdfImage, x, y float64) {
	if img.svg != nil {
		img.svg.draw(r, x, y, img.w, img.h)
		r.hasFont = false
		return
	}
	r.pdf.ImageOptions(img.name, x, y, img.w, img.h, false, fpdf.ImageOptions{}, 0, "")
}

func (r *pdfRenderer) setFont(f face, size float64, deco string) {
	if r.hasFont && r.curFace == f && r.curSize == size && r.curDeco == deco {
		return
	}
	r.fonts.use(f, size, deco)
	r.curFace, r.curSize, r.curDeco, r.hasFont = f, size, deco, true
}

func (r *pdfRenderer) setColor(c rgb) {
	r.pdf.SetTextColor(c.r, c.g, c.b)
}

// drawLine draws a line of text whose box starts at (x, top).
func (r *pdfRenderer) drawLine(ln *textLine, x, top, h float64, al align, width float64) {
	switch al {
	case alignCenter:
		x += (width - ln.width) / 2
	case alignRight:
		x += width - ln.width
	}
	for _, f := range ln.frags {
		baseline := top + h/2 + f.size*0.3
		if f.codeBg {
			r.pdf.SetFillColor(colInline.r, colInline.g, colInline.b)
			r.pdf.Rect(x+f.x-1, baseline-f.size*0.85, f.w+2, f.size*1.15, "F")
		}
		r.setColor(f.color)
		r.setFont(f.face, f.size, f.deco)
		r.pdf.Text(x+f.x, baseline, f.text)
		if f.href != "" {
			r.pdf.LinkString(x+f.x, top, f.w, h, f.href)
		}
	}
}

// ---- tables ---------------------------------------------------------------

func (r *pdfRenderer) rowHeight(row *pdfRow) float64 {
	return float64(row.lines)*pdfTableLine + 2*pdfCellPadY
}

func (r *pdfRenderer) tableHeadHeight(t *pdfTable) float64 {
	h := r.rowHeight(&t.rows[0])
	if len(t.rows) > 1 {
		h += r.rowHeight(&t.rows[1])
	}
	return min(h, (r.bottom-r.top)*0.5)
}

func (r *pdfRenderer) placeTable(e *element) {
	t := e.table
	if !r.atTop && r.y+e.spaceBefore+r.tableHeadHeight(t) > r.bottom {
		r.newPage()
	}
	if !r.atTop {
		r.drawBars(e.bars, r.y, r.y+e.spaceBefore)
		r.y += e.spaceBefore
	}
	r.atTop = false
	head := &t.rows[0]
	headH := r.rowHeight(head)
	if headH > (r.bottom-r.top)/3 {
		headH = 0 // absurdly tall header: do not repeat it
	}
	r.drawRow(t, head, 0, head.lines, true)
	for ri := 1; ri < len(t.rows); ri++ {
		row := &t.rows[ri]
		from := 0
		for from < row.lines {
			room := int((r.bottom - r.y - 2*pdfCellPadY) / pdfTableLine)
			left := row.lines - from
			fitsOnFresh := float64(left)*pdfTableLine+2*pdfCellPadY <= r.bottom-r.top-headH
			if room < left && (room < 1 || fitsOnFresh || from == 0 && room < 3) {
				r.newPage()
				r.atTop = false
				if headH > 0 {
					r.drawRow(t, head, 0, head.lines, true)
				}
				continue
			}
			n := min(room, left)
			r.drawRow(t, row, from, from+n, false)
			from += n
		}
	}
}

// drawRow draws lines [from, to) of every cell of row at r.y.
func (r *pdfRenderer) drawRow(t *pdfTable, row *pdfRow, from, to int, header bool) {
	h := float64(to-from)*pdfTableLine + 2*pdfCellPadY
	r.drawBars(t.bars, r.y, r.y+h)
	x := t.x
	r.pdf.SetDrawColor(colBorder.r, colBorder.g, colBorder.b)
	r.pdf.SetLineWidth(0.5)
	if header {
		r.pdf.SetFillColor(colHeadBg.r, colHeadBg.g, colHeadBg.b)
	}
	for ci, w := range t.cols {
		style := "D"
		if header {
			style = "FD"
		}
		r.pdf.Rect(x, r.y, w, h, style)
		lines := row.cells[ci]
		for li := from; li < to && li < len(lines); li++ {
			top := r.y + pdfCellPadY + float64(li-from)*pdfTableLine
			r.drawLine(&lines[li], x+pdfCellPadX, top, pdfTableLine, t.align[ci], w-2*pdfCellPadX)
		}
		x += w
	}
	r.y += h
}
