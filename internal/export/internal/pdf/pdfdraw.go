package pdf

import (
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"

	"codeberg.org/go-pdf/fpdf"
)

// Pass 2 of the PDF renderer: the page header and footer, pagination of the laid-out elements and drawing them, tables included.

// ---- branding -------------------------------------------------------------

func (r *pdfRenderer) prepareBranding() {
	d := r.doc
	if d.Logo != nil {
		if img := r.registerImage(d.Logo, "logo"); img != nil {
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
	if d.Company != "" {
		st := textStyle{family: famSans, style: "B", size: 10, color: colBrand}
		ln := r.breakLines(r.tokens([]model.Inline{{Kind: model.InText, Text: d.Company}}, st), avail/2)[0]
		r.company = &ln
	}
	if d.Title != "" {
		st := textStyle{family: famSans, size: 9, color: colMuted}
		room := avail * 0.55
		if r.company == nil && r.logo == nil {
			room = avail
		}
		ln := r.ellipsize(d.Title, st, room)
		r.titleLn = &ln
	}
	if d.Ticket != "" {
		st := textStyle{family: famSans, size: 8, color: colMuted}
		ln := r.ellipsize("Ticket "+d.Ticket, st, avail/3)
		r.ticketLn = &ln
	}
	// Register the footer face now, while no page exists.
	r.measure(face{family: famSans}, 8, "Page")
}

// ellipsize lays s out on one line no wider than maxW, cutting it with
// an ellipsis when needed.
func (r *pdfRenderer) ellipsize(s string, st textStyle, maxW float64) textLine {
	lines := r.breakLines(r.tokens([]model.Inline{{Kind: model.InText, Text: s}}, st), maxW)
	if len(lines) == 1 {
		return lines[0]
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		lines = r.breakLines(r.tokens([]model.Inline{{Kind: model.InText, Text: strings.TrimSpace(string(runes[:n])) + "…"}}, st), maxW)
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
		r.drawLine(r.company, x, float64(y)-7, 14, model.AlignNone, 0)
	}
	if r.titleLn != nil {
		r.drawLine(r.titleLn, r.right-r.titleLn.width, float64(y)-7, 14, model.AlignNone, 0)
	}
	r.pdf.SetDrawColor(colBrand.R, colBrand.G, colBrand.B)
	r.pdf.SetLineWidth(0.8)
	r.pdf.Line(r.left, float64(y)+12, r.right, float64(y)+12)
}

func (r *pdfRenderer) drawFooter() {
	r.hasFont = false
	y := r.pageH - 36
	r.pdf.SetDrawColor(colBorder.R, colBorder.G, colBorder.B)
	r.pdf.SetLineWidth(0.5)
	r.pdf.Line(r.left, y, r.right, y)
	if r.ticketLn != nil {
		r.drawLine(r.ticketLn, r.left, y+4, 12, model.AlignNone, 0)
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
	r.pdf.SetFillColor(colBar.R, colBar.G, colBar.B)
	for _, x := range bars {
		r.pdf.Rect(x, y0, 2.5, y1-y0, "F")
	}
}

func (r *pdfRenderer) drawElement(e *element, y float64) {
	if e.bg != nil {
		r.pdf.SetFillColor(e.bg.R, e.bg.G, e.bg.B)
		r.pdf.Rect(e.x-e.bgPad, y, e.width+2*e.bgPad, e.h, "F")
	}
	r.drawBars(e.bars, y, y+e.h)
	switch {
	case e.line != nil:
		r.drawLine(e.line, e.x, y, e.lineH, e.align, e.width)
	case e.img != nil:
		r.drawImage(e.img, e.x, y)
	case e.rule:
		r.pdf.SetDrawColor(e.ruleColor.R, e.ruleColor.G, e.ruleColor.B)
		r.pdf.SetLineWidth(0.75)
		r.pdf.Line(e.x, y+e.h/2, e.x+e.width, y+e.h/2)
	}
}

func (r *pdfRenderer) drawImage(img *pdfImage, x, y float64) {
	if img.svg != nil {
		drawSVG(r, img.svg, x, y, img.w, img.h)
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

func (r *pdfRenderer) setColor(c model.RGB) {
	r.pdf.SetTextColor(c.R, c.G, c.B)
}

// drawLine draws a line of text whose box starts at (x, top).
func (r *pdfRenderer) drawLine(ln *textLine, x, top, h float64, al model.Align, width float64) {
	switch al {
	case model.AlignCenter:
		x += (width - ln.width) / 2
	case model.AlignRight:
		x += width - ln.width
	}
	for _, f := range ln.frags {
		baseline := top + h/2 + f.size*0.3
		if f.codeBg {
			r.pdf.SetFillColor(colInline.R, colInline.G, colInline.B)
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
	r.pdf.SetDrawColor(colBorder.R, colBorder.G, colBorder.B)
	r.pdf.SetLineWidth(0.5)
	if header {
		r.pdf.SetFillColor(colHeadBg.R, colHeadBg.G, colHeadBg.B)
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
