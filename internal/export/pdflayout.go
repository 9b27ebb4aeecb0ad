package export

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// Pass 1 of the PDF renderer: blocks become elements (lines, images, rules, tables) measured with the real fonts, before any page exists.

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
