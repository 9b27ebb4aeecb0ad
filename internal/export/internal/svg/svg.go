// Package svg reads the SVG charts and logos of reports: a parser for the
// subset that charts use (shapes, paths, transforms, text), the geometry of
// paths and arcs, and a rasterizer for the PNG fallback that Word shows.
package svg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// A small SVG renderer for PDF output. Charts are usually made of a few
// basic shapes, paths and text, so this handles: svg (viewBox), g, rect,
// circle, ellipse, line, polyline, polygon, path (all commands, arcs
// included), text/tspan; fill, stroke, stroke-width, opacity of none
// (invisible), font-size, font-weight, text-anchor; presentation
// attributes and the style attribute; translate/scale/rotate/skew/matrix
// transforms. Gradients, patterns, clipping, markers, CSS stylesheets
// and images are ignored; unknown paint becomes black.

const (
	svgMaxElements = 20000
	svgMaxDepth    = 64
)

// Matrix is an affine transform [a c e; b d f].
type Matrix struct{ A, b, c, D, E, F float64 }

var svgIdentity = Matrix{A: 1, D: 1}

func (m Matrix) mul(n Matrix) Matrix {
	return Matrix{
		A: m.A*n.A + m.c*n.b, b: m.b*n.A + m.D*n.b,
		c: m.A*n.c + m.c*n.D, D: m.b*n.c + m.D*n.D,
		E: m.A*n.E + m.c*n.F + m.E, F: m.b*n.E + m.D*n.F + m.F,
	}
}

func (m Matrix) Apply(x, y float64) (float64, float64) {
	return m.A*x + m.c*y + m.E, m.b*x + m.D*y + m.F
}

func (m Matrix) scale() float64 { return math.Sqrt(math.Abs(m.A*m.D - m.b*m.c)) }

type svgPaint struct {
	set  bool // false: no paint (none)
	c    model.RGB
	trsp bool
}

type svgStyle struct {
	fill, stroke svgPaint
	strokeWidth  float64
	fontSize     float64
	bold         bool
	anchor       string
	hidden       bool
}

type svgSegKind uint8

const (
	SegMove svgSegKind = iota
	SegLine
	SegCubic
	SegClose
)

type svgSeg struct {
	Kind svgSegKind
	Pts  [3][2]float64 // transformed points
}

// Op is one shape or text, already transformed to viewBox units.
type Op struct {
	Segs        []svgSeg
	Fill        *model.RGB
	Stroke      *model.RGB
	StrokeWidth float64
	Text        string
	X, Y        float64
	Size        float64
	Bold        bool
	Anchor      string
	Angle       float64 // text rotation in degrees, counter-clockwise
}

type Drawing struct {
	W, H   float64 // CSS pixels
	VB     [4]float64
	Ops    []Op
	nelems int
}

var errSVG = errors.New("svg: unsupported document")

func Parse(data []byte) (*Drawing, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	d := &Drawing{}
	type frame struct {
		st      svgStyle
		m       Matrix
		skip    bool
		textIdx int // index in d.ops of the enclosing text element, or -1
	}
	var stack []frame
	root := true
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			d.nelems++
			if d.nelems > svgMaxElements || len(stack) >= svgMaxDepth {
				return nil, errSVG
			}
			if root {
				if t.Name.Local != "svg" {
					return nil, errSVG
				}
				root = false
				w, h, _ := model.SVGSize(data)
				d.W, d.H = w, h
				d.VB = [4]float64{0, 0, w, h}
				for _, a := range t.Attr {
					if a.Name.Local == "viewBox" {
						if vb := model.SVGNumbers(a.Value); len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
							d.VB = [4]float64{vb[0], vb[1], vb[2], vb[3]}
						}
					}
				}
				st := svgStyle{fill: svgPaint{set: true}, strokeWidth: 1, fontSize: 16, anchor: "start"}
				st = applySVGStyle(st, t.Attr)
				stack = append(stack, frame{st: st, m: svgIdentity, textIdx: -1})
				continue
			}
			parent := stack[len(stack)-1]
			f := frame{st: parent.st, m: parent.m, skip: parent.skip, textIdx: parent.textIdx}
			f.st = applySVGStyle(f.st, t.Attr)
			if tr := svgAttr(t.Attr, "transform"); tr != "" {
				f.m = f.m.mul(parseTransform(tr))
			}
			switch t.Name.Local {
			case "defs", "clipPath", "mask", "pattern", "linearGradient", "radialGradient", "marker",
				"symbol", "style", "script", "title", "desc", "metadata", "foreignObject", "image", "use":
				f.skip = true
			}
			if f.st.hidden {
				f.skip = true
			}
			if !f.skip {
				switch t.Name.Local {
				case "text":
					op := d.textOp(f.st, f.m, t.Attr)
					d.Ops = append(d.Ops, op)
					f.textIdx = len(d.Ops) - 1
				case "tspan":
					// Its text joins the enclosing text element.
				default:
					if segs := svgShape(t.Name.Local, t.Attr, f.m); len(segs) > 0 {
						d.addShape(segs, f.st, f.m)
					}
				}
			}
			stack = append(stack, f)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				if f := stack[len(stack)-1]; f.textIdx >= 0 && !f.skip && len(d.Ops[f.textIdx].Text) < 4096 {
					d.Ops[f.textIdx].Text += string(t)
				}
			}
		}
	}
	if root {
		return nil, errSVG
	}
	for i := range d.Ops {
		if d.Ops[i].Segs == nil {
			d.Ops[i].Text = model.OneLine(model.CleanText(d.Ops[i].Text))
		}
	}
	return d, nil
}

func (d *Drawing) addShape(segs []svgSeg, st svgStyle, m Matrix) {
	op := Op{Segs: segs, StrokeWidth: st.strokeWidth * m.scale()}
	if st.fill.set && !st.fill.trsp {
		c := st.fill.c
		op.Fill = &c
	}
	if st.stroke.set && !st.stroke.trsp && st.strokeWidth > 0 {
		c := st.stroke.c
		op.Stroke = &c
	}
	if op.Fill == nil && op.Stroke == nil {
		return
	}
	d.Ops = append(d.Ops, op)
}

func (d *Drawing) textOp(st svgStyle, m Matrix, attrs []xml.Attr) Op {
	x := svgCoord(svgAttr(attrs, "x"))
	y := svgCoord(svgAttr(attrs, "y"))
	x += svgCoord(svgAttr(attrs, "dx"))
	y += svgCoord(svgAttr(attrs, "dy"))
	tx, ty := m.Apply(x, y)
	op := Op{X: tx, Y: ty, Size: max(st.fontSize*m.scale(), 0.1), Bold: st.bold, Anchor: st.anchor}
	op.Angle = -math.Atan2(m.b, m.A) * 180 / math.Pi
	if st.fill.set && !st.fill.trsp {
		c := st.fill.c
		op.Fill = &c
	}
	return op
}

func svgAttr(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func svgCoord(s string) float64 {
	if f := strings.Fields(strings.ReplaceAll(s, ",", " ")); len(f) > 0 {
		return model.SVGLength(f[0])
	}
	return 0
}

func applySVGStyle(st svgStyle, attrs []xml.Attr) svgStyle {
	set := func(k, v string) {
		v = strings.TrimSpace(v)
		switch k {
		case "fill":
			st.fill = parsePaint(v, st.fill)
		case "stroke":
			st.stroke = parsePaint(v, st.stroke)
		case "stroke-width":
			if w := model.SVGLength(v); w >= 0 {
				st.strokeWidth = w
			}
		case "font-size":
			if s := model.SVGLength(v); s > 0 {
				st.fontSize = s
			}
		case "font-weight":
			n, err := strconv.Atoi(v)
			st.bold = v == "bold" || v == "bolder" || (err == nil && n >= 600)
		case "text-anchor":
			st.anchor = v
		case "display":
			if v == "none" {
				st.hidden = true
			}
		case "visibility":
			st.hidden = v == "hidden" || v == "collapse"
		case "opacity":
			if o, err := strconv.ParseFloat(v, 64); err == nil && o <= 0.01 {
				st.hidden = true
			}
		case "fill-opacity":
			if o, err := strconv.ParseFloat(v, 64); err == nil && o <= 0.01 {
				st.fill.trsp = true
			}
		case "stroke-opacity":
			if o, err := strconv.ParseFloat(v, 64); err == nil && o <= 0.01 {
				st.stroke.trsp = true
			}
		}
	}
	for _, a := range attrs {
		set(a.Name.Local, a.Value)
	}
	if s := svgAttr(attrs, "style"); s != "" {
		for _, decl := range strings.Split(s, ";") {
			if k, v, ok := strings.Cut(decl, ":"); ok {
				set(strings.TrimSpace(k), v)
			}
		}
	}
	return st
}

var svgNamedColors = map[string]model.RGB{
	"black": {R: 0, G: 0, B: 0}, "white": {R: 255, G: 255, B: 255}, "red": {R: 255, G: 0, B: 0}, "green": {R: 0, G: 128, B: 0},
	"blue": {R: 0, G: 0, B: 255}, "gray": {R: 128, G: 128, B: 128}, "grey": {R: 128, G: 128, B: 128}, "silver": {R: 192, G: 192, B: 192},
	"orange": {R: 255, G: 165, B: 0}, "yellow": {R: 255, G: 255, B: 0}, "purple": {R: 128, G: 0, B: 128}, "navy": {R: 0, G: 0, B: 128},
	"teal": {R: 0, G: 128, B: 128}, "maroon": {R: 128, G: 0, B: 0}, "olive": {R: 128, G: 128, B: 0}, "lime": {R: 0, G: 255, B: 0},
	"aqua": {R: 0, G: 255, B: 255}, "cyan": {R: 0, G: 255, B: 255}, "fuchsia": {R: 255, G: 0, B: 255}, "magenta": {R: 255, G: 0, B: 255},
	"lightgray": {R: 211, G: 211, B: 211}, "lightgrey": {R: 211, G: 211, B: 211}, "darkgray": {R: 169, G: 169, B: 169},
	"darkgrey": {R: 169, G: 169, B: 169}, "steelblue": {R: 70, G: 130, B: 180}, "tomato": {R: 255, G: 99, B: 71},
	"gold": {R: 255, G: 215, B: 0}, "crimson": {R: 220, G: 20, B: 60}, "seagreen": {R: 46, G: 139, B: 87},
}

func parsePaint(v string, inherited svgPaint) svgPaint {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case v == "none" || v == "transparent":
		return svgPaint{}
	case v == "inherit":
		return inherited
	case v == "currentcolor":
		return svgPaint{set: true}
	case strings.HasPrefix(v, "#"):
		h := v[1:]
		if len(h) == 3 || len(h) == 4 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		if len(h) == 8 {
			h = h[:6]
		}
		if n, err := strconv.ParseUint(h, 16, 32); err == nil && len(h) == 6 {
			return svgPaint{set: true, c: model.RGB{R: int(n >> 16 & 255), G: int(n >> 8 & 255), B: int(n & 255)}}
		}
	case strings.HasPrefix(v, "rgb"):
		if i, j := strings.IndexByte(v, '('), strings.IndexByte(v, ')'); i >= 0 && j > i {
			parts := strings.FieldsFunc(v[i+1:j], func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
			if len(parts) >= 3 {
				var c [3]int
				for k := range 3 {
					p := parts[k]
					f, _ := strconv.ParseFloat(strings.TrimSuffix(p, "%"), 64)
					if strings.HasSuffix(p, "%") {
						f = f * 255 / 100
					}
					c[k] = int(math.Max(0, math.Min(255, f)))
				}
				return svgPaint{set: true, c: model.RGB{R: c[0], G: c[1], B: c[2]}}
			}
		}
	case strings.HasPrefix(v, "url("):
		return svgPaint{set: true, c: model.RGB{R: 128, G: 128, B: 128}} // gradients: mid grey
	default:
		if c, ok := svgNamedColors[v]; ok {
			return svgPaint{set: true, c: c}
		}
	}
	return svgPaint{set: true}
}

func parseTransform(s string) Matrix {
	m := svgIdentity
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s, ')')
		if open < 0 || end < open {
			break
		}
		name := strings.TrimSpace(strings.Trim(s[:open], ", "))
		args := model.SVGNumbers(strings.TrimSpace(s[open+1 : end]))
		s = s[end+1:]
		arg := func(i int, def float64) float64 {
			if i < len(args) {
				return args[i]
			}
			return def
		}
		var t Matrix
		switch name {
		case "matrix":
			if len(args) != 6 {
				continue
			}
			t = Matrix{args[0], args[1], args[2], args[3], args[4], args[5]}
		case "translate":
			t = Matrix{A: 1, D: 1, E: arg(0, 0), F: arg(1, 0)}
		case "scale":
			sx := arg(0, 1)
			t = Matrix{A: sx, D: arg(1, sx)}
		case "rotate":
			a := arg(0, 0) * math.Pi / 180
			cx, cy := arg(1, 0), arg(2, 0)
			r := Matrix{A: math.Cos(a), b: math.Sin(a), c: -math.Sin(a), D: math.Cos(a)}
			t = Matrix{A: 1, D: 1, E: cx, F: cy}.mul(r).mul(Matrix{A: 1, D: 1, E: -cx, F: -cy})
		case "skewX":
			t = Matrix{A: 1, D: 1, c: math.Tan(arg(0, 0) * math.Pi / 180)}
		case "skewY":
			t = Matrix{A: 1, D: 1, b: math.Tan(arg(0, 0) * math.Pi / 180)}
		default:
			continue
		}
		m = m.mul(t)
	}
	return m
}
