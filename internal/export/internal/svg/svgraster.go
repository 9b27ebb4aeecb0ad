package svg

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"github.com/debriefhq/debrief/internal/export/internal/model"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// ToPNG rasterizes an SVG picture with the same subset the PDF
// renderer draws. Word needs a PNG next to an SVG (it shows the SVG when
// it can, the PNG otherwise), so DOCX exports embed both.
func ToPNG(data []byte) ([]byte, error) {
	d, err := Parse(data)
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
func rasterizeSVG(d *Drawing) *image.RGBA {
	const maxSide = 1200
	scale := 1.5
	if m := max(d.W, d.H) * scale; m > maxSide {
		scale *= maxSide / m
	}
	w, h := max(int(d.W*scale), 1), max(int(d.H*scale), 1)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	// An opaque white page: documents are white, and an opaque image
	// encodes as 24-bit RGB, smaller and faster than RGBA.
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	sx, sy := float64(w)/d.VB[2], float64(h)/d.VB[3]
	base := Matrix{A: sx, D: sy, E: -d.VB[0] * sx, F: -d.VB[1] * sy}
	px := math.Sqrt(sx * sy)
	z := vector.NewRasterizer(1, 1)
	faces := map[[2]int]font.Face{}
	defer func() {
		for _, f := range faces {
			f.Close()
		}
	}()
	for i := range d.Ops {
		op := &d.Ops[i]
		if op.Segs == nil {
			drawSVGText(img, op, base, px, faces)
			continue
		}
		sw := max(op.StrokeWidth*px, 1)
		// Rasterize within the shape's bounding box only.
		box, ok := pathBounds(op.Segs, base, sw)
		box = box.Intersect(img.Bounds())
		if !ok || box.Empty() {
			continue
		}
		m := base
		m.E -= float64(box.Min.X)
		m.F -= float64(box.Min.Y)
		if op.Fill != nil {
			z.Reset(box.Dx(), box.Dy())
			if fillPath(z, op.Segs, m) {
				z.Draw(img, box, image.NewUniform(toRGBA(*op.Fill)), image.Point{})
			}
		}
		if op.Stroke != nil {
			z.Reset(box.Dx(), box.Dy())
			if strokePath(z, op.Segs, m, sw) {
				z.Draw(img, box, image.NewUniform(toRGBA(*op.Stroke)), image.Point{})
			}
		}
	}
	return img
}

// pathBounds returns the pixel box around a path and its stroke.
func pathBounds(segs []svgSeg, m Matrix, stroke float64) (image.Rectangle, bool) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, s := range segs {
		n := 0
		switch s.Kind {
		case SegMove, SegLine:
			n = 1
		case SegCubic:
			n = 3 // a cubic lies within the hull of its control points
		}
		for _, p := range s.Pts[:n] {
			x, y := m.Apply(p[0], p[1])
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

func toRGBA(c model.RGB) color.RGBA { return color.RGBA{uint8(c.R), uint8(c.G), uint8(c.B), 255} }

func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e6 {
			return false
		}
	}
	return true
}

// fillPath adds the path to z; false when there is nothing to draw.
func fillPath(z *vector.Rasterizer, segs []svgSeg, m Matrix) bool {
	open, drawn := false, false
	var sx, sy float32
	for _, s := range segs {
		switch s.Kind {
		case SegMove:
			x, y := m.Apply(s.Pts[0][0], s.Pts[0][1])
			if !finite(x, y) {
				return false
			}
			if open {
				z.ClosePath()
			}
			sx, sy = float32(x), float32(y)
			z.MoveTo(sx, sy)
			open = true
		case SegLine:
			x, y := m.Apply(s.Pts[0][0], s.Pts[0][1])
			if !open || !finite(x, y) {
				continue
			}
			z.LineTo(float32(x), float32(y))
			drawn = true
		case SegCubic:
			ax, ay := m.Apply(s.Pts[0][0], s.Pts[0][1])
			bx, by := m.Apply(s.Pts[1][0], s.Pts[1][1])
			cx, cy := m.Apply(s.Pts[2][0], s.Pts[2][1])
			if !open || !finite(ax, ay, bx, by, cx, cy) {
				continue
			}
			z.CubeTo(float32(ax), float32(ay), float32(bx), float32(by), float32(cx), float32(cy))
			drawn = true
		case SegClose:
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
func strokePath(z *vector.Rasterizer, segs []svgSeg, m Matrix, width float64) bool {
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
		switch s.Kind {
		case SegMove:
			flush()
			x, y := m.Apply(s.Pts[0][0], s.Pts[0][1])
			start = [2]float64{x, y}
			pts = append(pts, start)
		case SegLine:
			x, y := m.Apply(s.Pts[0][0], s.Pts[0][1])
			pts = append(pts, [2]float64{x, y})
		case SegCubic:
			if len(pts) == 0 {
				continue
			}
			p0 := pts[len(pts)-1]
			ax, ay := m.Apply(s.Pts[0][0], s.Pts[0][1])
			bx, by := m.Apply(s.Pts[1][0], s.Pts[1][1])
			cx, cy := m.Apply(s.Pts[2][0], s.Pts[2][1])
			const steps = 16
			for k := 1; k <= steps; k++ {
				t := float64(k) / steps
				u := 1 - t
				x := u*u*u*p0[0] + 3*u*u*t*ax + 3*u*t*t*bx + t*t*t*cx
				y := u*u*u*p0[1] + 3*u*u*t*ay + 3*u*t*t*by + t*t*t*cy
				pts = append(pts, [2]float64{x, y})
			}
		case SegClose:
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
func drawSVGText(img *image.RGBA, op *Op, m Matrix, px float64, faces map[[2]int]font.Face) {
	if op.Text == "" || op.Fill == nil || math.Abs(op.Angle) > 0.5 {
		return
	}
	size := op.Size * px
	if size < 2 || size > 500 {
		return
	}
	key := [2]int{int(size*4 + 0.5), 0}
	if op.Bold {
		key[1] = 1
	}
	face := faces[key]
	if face == nil {
		ttf := goregular.TTF
		if op.Bold {
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
	x, y := m.Apply(op.X, op.Y)
	if !finite(x, y) {
		return
	}
	dr := &font.Drawer{Dst: img, Src: image.NewUniform(toRGBA(*op.Fill)), Face: face}
	w := float64(dr.MeasureString(op.Text)) / 64
	switch op.Anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	dr.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}
	dr.DrawString(op.Text)
}
