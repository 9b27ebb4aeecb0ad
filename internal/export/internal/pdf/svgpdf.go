package pdf

import (
	"math"

	"github.com/debriefhq/debrief/internal/export/internal/model"
	"github.com/debriefhq/debrief/internal/export/internal/svg"
)

// Drawing a parsed SVG into the PDF as vector paths and text.

// draw paints the drawing into the box (x, y, w, h) in points.
func drawSVG(r *pdfRenderer, d *svg.Drawing, x, y, w, h float64) {
	pdf := r.pdf
	sx, sy := w/d.VB[2], h/d.VB[3]
	base := svg.Matrix{A: sx, D: sy, E: x - d.VB[0]*sx, F: y - d.VB[1]*sy}
	scale := math.Sqrt(sx * sy)
	pdf.ClipRect(x, y, w, h, false)
	for i := range d.Ops {
		op := &d.Ops[i]
		if op.Segs == nil {
			drawSVGTextPDF(r, d, op, base, scale)
			continue
		}
		style := ""
		if op.Fill != nil {
			pdf.SetFillColor(op.Fill.R, op.Fill.G, op.Fill.B)
			style = "F"
		}
		if op.Stroke != nil {
			pdf.SetDrawColor(op.Stroke.R, op.Stroke.G, op.Stroke.B)
			pdf.SetLineWidth(max(op.StrokeWidth*scale, 0.1))
			style += "D"
		}
		if style == "" {
			continue
		}
		open := false
		for _, s := range op.Segs {
			switch s.Kind {
			case svg.SegMove:
				px, py := base.Apply(s.Pts[0][0], s.Pts[0][1])
				pdf.MoveTo(px, py)
				open = true
			case svg.SegLine:
				if !open {
					continue
				}
				px, py := base.Apply(s.Pts[0][0], s.Pts[0][1])
				pdf.LineTo(px, py)
			case svg.SegCubic:
				if !open {
					continue
				}
				ax, ay := base.Apply(s.Pts[0][0], s.Pts[0][1])
				bx, by := base.Apply(s.Pts[1][0], s.Pts[1][1])
				cx, cy := base.Apply(s.Pts[2][0], s.Pts[2][1])
				pdf.CurveBezierCubicTo(ax, ay, bx, by, cx, cy)
			case svg.SegClose:
				if open {
					pdf.ClosePath()
				}
			}
		}
		if open {
			pdf.DrawPath(style)
		}
	}
	pdf.ClipEnd()
}

func drawSVGTextPDF(r *pdfRenderer, d *svg.Drawing, op *svg.Op, base svg.Matrix, scale float64) {
	if op.Text == "" || op.Fill == nil {
		return
	}
	size := op.Size * scale
	if size < 1 || size > 400 {
		return
	}
	st := textStyle{family: famSans, size: size, color: *op.Fill}
	if op.Bold {
		st.style = "B"
	}
	toks := r.tokens([]model.Inline{{Kind: model.InText, Text: op.Text}}, st)
	lines := r.breakLines(toks, 1e6)
	if len(lines) == 0 {
		return
	}
	ln := lines[0]
	x, y := base.Apply(op.X, op.Y)
	dx := 0.0
	switch op.Anchor {
	case "middle":
		dx = -ln.width / 2
	case "end":
		dx = -ln.width
	}
	rotated := math.Abs(op.Angle) > 0.5
	if rotated {
		r.pdf.TransformBegin()
		r.pdf.TransformRotate(op.Angle, x, y)
	}
	for _, f := range ln.frags {
		r.setColor(f.color)
		r.setFont(f.face, f.size, "")
		r.pdf.Text(x+dx+f.x, y, f.text)
	}
	if rotated {
		r.pdf.TransformEnd()
		r.hasFont = false
	}
}
