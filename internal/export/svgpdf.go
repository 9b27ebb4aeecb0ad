package export

import "math"

// Drawing a parsed SVG into the PDF as vector paths and text.

// draw paints the drawing into the box (x, y, w, h) in points.
func drawSVG(r *pdfRenderer, d *svgDrawing, x, y, w, h float64) {
	pdf := r.pdf
	sx, sy := w/d.vb[2], h/d.vb[3]
	base := svgMatrix{a: sx, d: sy, e: x - d.vb[0]*sx, f: y - d.vb[1]*sy}
	scale := math.Sqrt(sx * sy)
	pdf.ClipRect(x, y, w, h, false)
	for i := range d.ops {
		op := &d.ops[i]
		if op.segs == nil {
			drawSVGTextPDF(r, d, op, base, scale)
			continue
		}
		style := ""
		if op.fill != nil {
			pdf.SetFillColor(op.fill.r, op.fill.g, op.fill.b)
			style = "F"
		}
		if op.stroke != nil {
			pdf.SetDrawColor(op.stroke.r, op.stroke.g, op.stroke.b)
			pdf.SetLineWidth(max(op.strokeWidth*scale, 0.1))
			style += "D"
		}
		if style == "" {
			continue
		}
		open := false
		for _, s := range op.segs {
			switch s.kind {
			case segMove:
				px, py := base.apply(s.pts[0][0], s.pts[0][1])
				pdf.MoveTo(px, py)
				open = true
			case segLine:
				if !open {
					continue
				}
				px, py := base.apply(s.pts[0][0], s.pts[0][1])
				pdf.LineTo(px, py)
			case segCubic:
				if !open {
					continue
				}
				ax, ay := base.apply(s.pts[0][0], s.pts[0][1])
				bx, by := base.apply(s.pts[1][0], s.pts[1][1])
				cx, cy := base.apply(s.pts[2][0], s.pts[2][1])
				pdf.CurveBezierCubicTo(ax, ay, bx, by, cx, cy)
			case segClose:
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

func drawSVGTextPDF(r *pdfRenderer, d *svgDrawing, op *svgOp, base svgMatrix, scale float64) {
	if op.text == "" || op.fill == nil {
		return
	}
	size := op.size * scale
	if size < 1 || size > 400 {
		return
	}
	st := textStyle{family: famSans, size: size, color: *op.fill}
	if op.bold {
		st.style = "B"
	}
	toks := r.tokens([]inline{{kind: inText, text: op.text}}, st)
	lines := r.breakLines(toks, 1e6)
	if len(lines) == 0 {
		return
	}
	ln := lines[0]
	x, y := base.apply(op.x, op.y)
	dx := 0.0
	switch op.anchor {
	case "middle":
		dx = -ln.width / 2
	case "end":
		dx = -ln.width
	}
	rotated := math.Abs(op.angle) > 0.5
	if rotated {
		r.pdf.TransformBegin()
		r.pdf.TransformRotate(op.angle, x, y)
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
