package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// svgToPNG rasterizes an SVG picture with the same subset the PDF
// renderer draws. Word needs a PNG next to an SVG (it shows the SVG when
// it can, the PNG otherwise), so DOCX exports embed both.
func svgToPNG(data []byte) ([]byte, error) {
	d, err := parseSVG(data)
	if err != nil {
		return nil, err
	}
	img := rasterizeSVG(d)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rasterizeSVG draws d at 1.5 times its CSS pixel size (at most 1200
// pixels a side) on an opaque white background.
func rasterizeSVG(d *svgDrawing) *image.RGBA {
	const maxSide = 1200
	scale := 1.5
	if m := max(d.w, d.h) * scale; m > maxSide {
		scale *= maxSide / m
	}
	w, h := max(int(d.w*scale), 1), max(int(d.h*scale), 1)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	// An opaque white page: documents are white, and an opaque image
	// encodes as 24-bit RGB, smaller and faster than RGBA.
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	sx, sy := float64(w)/d.vb[2], float64(h)/d.vb[3]
	base := svgMatrix{a: sx, d: sy, e: -d.vb[0] * sx, f: -d.vb[1] * sy}
	px := math.Sqrt(sx * sy)
	z := vector.NewRasterizer(1, 1)
	faces := map[[2]int]font.Face{}
	defer func() {
		for _, f := range faces {
			f.Close()
		}
	}()
	for i := range d.ops {
		op := &d.ops[i]
		if op.segs == nil {
			drawSVGText(img, op, base, px, faces)
			continue
		}
		sw := max(op.strokeWidth*px, 1)
		// Rasterize within the shape's bounding box only.
		box, ok := pathBounds(op.segs, base, sw)
		box = box.Intersect(img.Bounds())
		if !ok || box.Empty() {
			continue
		}
		m := base
		m.e -= float64(box.Min.X)
		m.f -= float64(box.Min.Y)
		if op.fill != nil {
			z.Reset(box.Dx(), box.Dy())
			if fillPath(z, op.segs, m) {
				z.Draw(img, box, image.NewUniform(toRGBA(*op.fill)), image.Point{})
			}
		}
		if op.stroke != nil {
			z.Reset(box.Dx(), box.Dy())
			if strokePath(z, op.segs, m, sw) {
				z.Draw(img, box, image.NewUniform(toRGBA(*op.stroke)), image.Point{})
			}
		}
	}
	return img
}

// pathBounds returns the pixel box around a path and its stroke.
func pathBounds(segs []svgSeg, m svgMatrix, stroke float64) (image.Rectangle, bool) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, s := range segs {
		n := 0
		switch s.kind {
		case segMove, segLine:
			n = 1
		case segCubic:
			n = 3 // a cubic lies within the hull of its control points
		}
		for _, p := range s.pts[:n] {
			x, y := m.apply(p[0], p[1])
			if !finite(x, y) {
				return image.Rectangle{}, false
			}
			minX, minY = min(minX, x), min(minY, y)
			maxX, maxY = max(maxX, x), max(maxY, y)
		}
	}
	if minX > maxX {
		return image.Rectangle{}, false
	}
	pad := stroke/2 + 2
	return image.Rect(int(math.Floor(minX-pad)), int(math.Floor(minY-pad)), int(math.Ceil(maxX+pad)), int(math.Ceil(maxY+pad))), true
}

func toRGBA(c rgb) color.RGBA { return color.RGBA{uint8(c.r), uint8(c.g), uint8(c.b), 255} }

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e6 {
			return false
		}
	}
	return true
}

// fillPath adds the path to z; false when there is nothing to draw.
func fillPath(z *vector.Rasterizer, segs []svgSeg, m svgMatrix) bool {
	open, drawn := false, false
	var sx, sy float32
	for _, s := range segs {
		switch s.kind {
		case segMove:
			x, y := m.apply(s.pts[0][0], s.pts[0][1])
			if !finite(x, y) {
				return false
			}
			if open {
				z.ClosePath()
			}
			sx, sy = float32(x), float32(y)
			z.MoveTo(sx, sy)
			open = true
		case segLine:
			x, y := m.apply(s.pts[0][0], s.pts[0][1])
			if !open || !finite(x, y) {
				continue
			}
			z.LineTo(float32(x), float32(y))
			drawn = true
		case segCubic:
			ax, ay := m.apply(s.pts[0][0], s.pts[0][1])
			bx, by := m.apply(s.pts[1][0], s.pts[1][1])
			cx, cy := m.apply(s.pts[2][0], s.pts[2][1])
			if !open || !finite(ax, ay, bx, by, cx, cy) {
				continue
			}
			z.CubeTo(float32(ax), float32(ay), float32(bx), float32(by), float32(cx), float32(cy))
			drawn = true
		case segClose:
			if open {
				z.LineTo(sx, sy)
			}
		}
	}
	if open {
		z.ClosePath()
	}
	return drawn
}

// strokePath adds one quadrilateral per (flattened) segment of the path:
// a butt-capped stroke without joins, enough for chart lines and axes.
func strokePath(z *vector.Rasterizer, segs []svgSeg, m svgMatrix, width float64) bool {
	var pts [][2]float64
	drawn := false
	flush := func() {
		for i := 1; i < len(pts); i++ {
			if strokeSegment(z, pts[i-1], pts[i], width/2) {
				drawn = true
			}
		}
		pts = pts[:0]
	}
	var start [2]float64
	for _, s := range segs {
		switch s.kind {
		case segMove:
			flush()
			x, y := m.apply(s.pts[0][0], s.pts[0][1])
			start = [2]float64{x, y}
			pts = append(pts, start)
		case segLine:
			x, y := m.apply(s.pts[0][0], s.pts[0][1])
			pts = append(pts, [2]float64{x, y})
		case segCubic:
			if len(pts) == 0 {
				continue
			}
			p0 := pts[len(pts)-1]
			ax, ay := m.apply(s.pts[0][0], s.pts[0][1])
			bx, by := m.apply(s.pts[1][0], s.pts[1][1])
			cx, cy := m.apply(s.pts[2][0], s.pts[2][1])
			const steps = 16
			for k := 1; k <= steps; k++ {
				t := float64(k) / steps
				u := 1 - t
				x := u*u*u*p0[0] + 3*u*u*t*ax + 3*u*t*t*bx + t*t*t*cx
				y := u*u*u*p0[1] + 3*u*u*t*ay + 3*u*t*t*by + t*t*t*cy
				pts = append(pts, [2]float64{x, y})
			}
		case segClose:
			if len(pts) > 0 {
				pts = append(pts, start)
			}
		}
	}
	flush()
	return drawn
}

func strokeSegment(z *vector.Rasterizer, a, b [2]float64, hw float64) bool {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := math.Hypot(dx, dy)
	if l == 0 || !finite(a[0], a[1], b[0], b[1], l) {
		return false
	}
	nx, ny := -dy/l*hw, dx/l*hw
	z.MoveTo(float32(a[0]+nx), float32(a[1]+ny))
	z.LineTo(float32(b[0]+nx), float32(b[1]+ny))
	z.LineTo(float32(b[0]-nx), float32(b[1]-ny))
	z.LineTo(float32(a[0]-nx), float32(a[1]-ny))
	z.ClosePath()
	return true
}

// drawSVGText draws unrotated text with the Go fonts.
func drawSVGText(img *image.RGBA, op *svgOp, m svgMatrix, px float64, faces map[[2]int]font.Face) {
	if op.text == "" || op.fill == nil || math.Abs(op.angle) > 0.5 {
		return
	}
	size := op.size * px
	if size < 2 || size > 500 {
		return
	}
	key := [2]int{int(size*4 + 0.5), 0}
	if op.bold {
		key[1] = 1
	}
	face := faces[key]
	if face == nil {
		ttf := goregular.TTF
		if op.bold {
			ttf = gobold.TTF
		}
		f, err := opentype.Parse(ttf)
		if err != nil {
			return
		}
		face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: float64(key[0]) / 4, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return
		}
		faces[key] = face
	}
	x, y := m.apply(op.x, op.y)
	if !finite(x, y) {
		return
	}
	dr := &font.Drawer{Dst: img, Src: image.NewUniform(toRGBA(*op.fill)), Face: face}
	w := float64(dr.MeasureString(op.text)) / 64
	switch op.anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	dr.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}
	dr.DrawString(op.text)
}
