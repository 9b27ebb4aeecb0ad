package pdf

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
	"github.com/debriefhq/debrief/internal/export/internal/svg"

	"codeberg.org/go-pdf/fpdf"
)

// Pass 1 of the PDF renderer: blocks become elements (lines, images, rules, tables) measured with the real fonts, before any page exists.

// ---- pass 1: layout ------------------------------------------------------

// svg parses an SVG picture once.
func (r *pdfRenderer) svg(p *model.Picture) *svg.Drawing {
	if d, ok := r.svgs[p.ID]; ok {
		return d
	}
	d, err := svg.Parse(p.Data)
	if err != nil {
		d = nil
	}
	r.svgs[p.ID] = d
	return d
}

// scanText shows every text of the document to the font set, so that it
// knows which characters need the fallback font before layout starts.
func (r *pdfRenderer) scanText() {
	f := r.fonts
	d := r.doc
	f.need(d.Title)
	f.need(d.Company)
	f.need(d.Ticket)
	pics := append([]*model.Picture(nil), d.Pictures...)
	if d.Logo != nil {
		pics = append(pics, d.Logo)
	}
	for _, p := range pics {
		f.need(p.Alt)
		if p.Kind == model.PicSVG {
			if s := r.svg(p); s != nil {
				for _, op := range s.Ops {
					f.need(op.Text)
				}
			}
		}
	}
	inlines := func(inl []model.Inline) {
		for _, x := range inl {
			f.need(x.Text)
			if x.Img != nil {
				f.need(x.Img.Alt)
			}
		}
	}
	var blocks func([]model.Block)
	blocks = func(bs []model.Block) {
		for i := range bs {
			b := &bs[i]
			inlines(b.Inl)
			f.need(b.Code)
			blocks(b.Children)
			for _, item := range b.Items {
				blocks(item)
			}
			if b.Table != nil {
				for _, row := range b.Table.Rows {
					for _, cell := range row {
						inlines(cell)
					}
				}
			}
		}
	}
	blocks(d.Blocks)
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

func (r *pdfRenderer) layoutBlocks(bs []model.Block, c lctx, first bool) {
	for i := range bs {
		if r.ctx.Err() != nil {
			return
		}
		r.layoutBlock(&bs[i], c, first && i == 0)
	}
}

func (r *pdfRenderer) layoutBlock(b *model.Block, c lctx, first bool) {
	gap := float64(pdfParaGap)
	if first {
		gap = 0
	}
	switch b.Kind {
	case model.BlParagraph:
		st := bodyStyle()
		if len(c.bars) > 0 {
			st.style, st.color = "I", colQuote
		}
		r.layoutInlines(b.Inl, st, c, gap, model.AlignNone, false)
	case model.BlHeading:
		st := textStyle{family: famSans, style: "B", color: colHeading}
		space := 0.0
		switch {
		case b.Title:
			st.size, st.line, space = 20, 26, 0
		case b.Level == 1:
			st.size, st.line, space = 17, 22, 16
		case b.Level == 2:
			st.size, st.line, space = 14, 19, 14
		default: // 3..6 share level 3 styling
			st.size, st.line, space = 12, 16, 10
			if b.Level > 3 {
				st.style = "BI"
			}
		}
		if first {
			space = 0
		}
		r.layoutInlines(b.Inl, st, c, space, model.AlignNone, true)
		if b.Title || b.Level <= 2 {
			r.add(element{h: 8, x: c.x, width: c.w, rule: true, ruleColor: colBrand, bars: c.bars, keepNext: true})
		}
	case model.BlRule:
		r.add(element{spaceBefore: gap, h: 14, x: c.x, width: c.w, rule: true, ruleColor: colBorder, bars: c.bars})
	case model.BlCode:
		st := textStyle{family: famMono, size: pdfCodeSize, line: pdfCodeLine, color: colText, code: true}
		inner := c
		inner.x += 6
		inner.w -= 12
		bg := colCodeBg
		r.add(element{spaceBefore: gap, h: 4, x: inner.x, width: inner.w, bg: &bg, bgPad: 6, bars: c.bars})
		code := strings.ReplaceAll(b.Code, "\t", "    ")
		for _, ln := range r.breakLines(r.tokens([]model.Inline{{Kind: model.InText, Text: code}}, st), inner.w) {
			r.add(element{h: st.line, lineH: st.line, x: inner.x, width: inner.w, line: &ln, bg: &bg, bgPad: 6, bars: c.bars})
		}
		r.add(element{h: 4, x: inner.x, width: inner.w, bg: &bg, bgPad: 6, bars: c.bars})
	case model.BlQuote:
		inner := c
		if c.w-pdfQuoteIndent >= pdfMinWidth {
			inner.bars = append(append([]float64(nil), c.bars...), c.x+1.5)
			inner.x += pdfQuoteIndent
			inner.w -= pdfQuoteIndent
		}
		start := len(r.els)
		r.layoutBlocks(b.Children, inner, true)
		if start < len(r.els) {
			r.els[start].spaceBefore = max(r.els[start].spaceBefore, gap)
		}
	case model.BlList:
		r.layoutList(b, c, gap)
	case model.BlTable:
		r.layoutTable(b.Table, c, gap)
	}
}

var bulletChars = []string{"•", "◦", "▪"}

func (r *pdfRenderer) layoutList(b *model.Block, c lctx, gap float64) {
	inner := c
	if c.w-pdfListIndent >= pdfMinWidth {
		inner.x += pdfListIndent
		inner.w -= pdfListIndent
	}
	inner.list++
	for n, item := range b.Items {
		start := len(r.els)
		itemGap := 2.0
		if !b.Tight {
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
		if b.Ordered {
			marker = strconv.Itoa(b.Start+n) + "."
		}
		toks := r.tokens([]model.Inline{{Kind: model.InText, Text: marker}}, bodyStyle())
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
		first.align = model.AlignNone
	}
}

// layoutInlines lays out a paragraph or heading; images become their own
// elements between lines of text.
func (r *pdfRenderer) layoutInlines(inl []model.Inline, st textStyle, c lctx, space float64, al model.Align, keepNext bool) {
	start := 0
	emit := func(part []model.Inline) {
		if len(part) == 0 {
			return
		}
		for _, ln := range r.breakLines(r.tokens(part, st), c.w) {
			r.add(element{spaceBefore: space, h: st.line, lineH: st.line, x: c.x, width: c.w, line: &ln, align: al, bars: c.bars, keepNext: keepNext})
			space = 0
		}
	}
	for i, x := range inl {
		if x.Kind != model.InImage {
			continue
		}
		emit(inl[start:i])
		start = i + 1
		if img := r.image(x.Img); img != nil {
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
			emit([]model.Inline{{Kind: model.InText, Text: x.Img.Alt, Style: x.Style, Href: x.Href}})
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
func (r *pdfRenderer) image(p *model.Picture) *pdfImage {
	if img, ok := r.images[p.ID]; ok {
		return img
	}
	img := r.registerImage(p, "img"+strconv.Itoa(p.ID))
	r.images[p.ID] = img
	return img
}

func (r *pdfRenderer) registerImage(p *model.Picture, name string) *pdfImage {
	if p.Kind == model.PicSVG {
		d := r.svg(p)
		if d == nil {
			return nil
		}
		return &pdfImage{w: d.W * 0.75, h: d.H * 0.75, svg: d}
	}
	data, typ := p.Data, "PNG"
	if p.Kind == model.PicJPEG {
		typ = "JPG"
	} else if model.CheckPNG(data) != nil {
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
	return &pdfImage{name: name, w: p.W * 0.75, h: p.H * 0.75}
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

func (r *pdfRenderer) layoutTable(t *model.Table, c lctx, gap float64) {
	n := len(t.Align)
	ts := textStyle{family: famSans, size: pdfTableSize, line: pdfTableLine, color: colText}
	hs := ts
	hs.style = "B"
	// Natural (one-line) and minimum (longest word) widths per column.
	natural := make([]float64, n)
	minimum := make([]float64, n)
	toks := make([][][]tok, len(t.Rows))
	for ri, row := range t.Rows {
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
	pt := &pdfTable{x: c.x, align: t.Align, bars: c.bars}
	total := 0.0
	for _, w := range cols {
		pt.cols = append(pt.cols, w+2*pdfCellPadX)
		total += w + 2*pdfCellPadX
	}
	for ri := range t.Rows {
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

func withoutImages(inl []model.Inline) []model.Inline {
	out := make([]model.Inline, 0, len(inl))
	for _, x := range inl {
		if x.Kind == model.InImage {
			x = model.Inline{Kind: model.InText, Text: x.Img.Alt, Style: x.Style, Href: x.Href}
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
