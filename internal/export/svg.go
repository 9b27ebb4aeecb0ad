package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"math"
	"strconv"
	"strings"
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

// svgMatrix is an affine transform [a c e; b d f].
type svgMatrix struct{ a, b, c, d, e, f float64 }

var svgIdentity = svgMatrix{a: 1, d: 1}

func (m svgMatrix) mul(n svgMatrix) svgMatrix {
	return svgMatrix{
		a: m.a*n.a + m.c*n.b, b: m.b*n.a + m.d*n.b,
		c: m.a*n.c + m.c*n.d, d: m.b*n.c + m.d*n.d,
		e: m.a*n.e + m.c*n.f + m.e, f: m.b*n.e + m.d*n.f + m.f,
	}
}

func (m svgMatrix) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

func (m svgMatrix) scale() float64 { return math.Sqrt(math.Abs(m.a*m.d - m.b*m.c)) }

type svgPaint struct {
	set  bool // false: no paint (none)
	c    rgb
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
	segMove svgSegKind = iota
	segLine
	segCubic
	segClose
)

type svgSeg struct {
	kind svgSegKind
	pts  [3][2]float64 // transformed points
}

// svgOp is one shape or text, already transformed to viewBox units.
type svgOp struct {
	segs        []svgSeg
	fill        *rgb
	stroke      *rgb
	strokeWidth float64
	text        string
	x, y        float64
	size        float64
	bold        bool
	anchor      string
	angle       float64 // text rotation in degrees, counter-clockwise
}

type svgDrawing struct {
	w, h   float64 // CSS pixels
	vb     [4]float64
	ops    []svgOp
	nelems int
}

var errSVG = errors.New("svg: unsupported document")

func parseSVG(data []byte) (*svgDrawing, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	d := &svgDrawing{}
	type frame struct {
		st      svgStyle
		m       svgMatrix
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
				w, h, _ := svgSize(data)
				d.w, d.h = w, h
				d.vb = [4]float64{0, 0, w, h}
				for _, a := range t.Attr {
					if a.Name.Local == "viewBox" {
						if vb := svgNumbers(a.Value); len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
							d.vb = [4]float64{vb[0], vb[1], vb[2], vb[3]}
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
					d.ops = append(d.ops, op)
					f.textIdx = len(d.ops) - 1
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
				if f := stack[len(stack)-1]; f.textIdx >= 0 && !f.skip && len(d.ops[f.textIdx].text) < 4096 {
					d.ops[f.textIdx].text += string(t)
				}
			}
		}
	}
	if root {
		return nil, errSVG
	}
	for i := range d.ops {
		if d.ops[i].segs == nil {
			d.ops[i].text = oneLine(cleanText(d.ops[i].text))
		}
	}
	return d, nil
}

func (d *svgDrawing) addShape(segs []svgSeg, st svgStyle, m svgMatrix) {
	op := svgOp{segs: segs, strokeWidth: st.strokeWidth * m.scale()}
	if st.fill.set && !st.fill.trsp {
		c := st.fill.c
		op.fill = &c
	}
	if st.stroke.set && !st.stroke.trsp && st.strokeWidth > 0 {
		c := st.stroke.c
		op.stroke = &c
	}
	if op.fill == nil && op.stroke == nil {
		return
	}
	d.ops = append(d.ops, op)
}

func (d *svgDrawing) textOp(st svgStyle, m svgMatrix, attrs []xml.Attr) svgOp {
	x := svgCoord(svgAttr(attrs, "x"))
	y := svgCoord(svgAttr(attrs, "y"))
	x += svgCoord(svgAttr(attrs, "dx"))
	y += svgCoord(svgAttr(attrs, "dy"))
	tx, ty := m.apply(x, y)
	op := svgOp{x: tx, y: ty, size: max(st.fontSize*m.scale(), 0.1), bold: st.bold, anchor: st.anchor}
	op.angle = -math.Atan2(m.b, m.a) * 180 / math.Pi
	if st.fill.set && !st.fill.trsp {
		c := st.fill.c
		op.fill = &c
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
		return svgLength(f[0])
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
			if w := svgLength(v); w >= 0 {
				st.strokeWidth = w
			}
		case "font-size":
			if s := svgLength(v); s > 0 {
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

var svgNamedColors = map[string]rgb{
	"black": {0, 0, 0}, "white": {255, 255, 255}, "red": {255, 0, 0}, "green": {0, 128, 0},
	"blue": {0, 0, 255}, "gray": {128, 128, 128}, "grey": {128, 128, 128}, "silver": {192, 192, 192},
	"orange": {255, 165, 0}, "yellow": {255, 255, 0}, "purple": {128, 0, 128}, "navy": {0, 0, 128},
	"teal": {0, 128, 128}, "maroon": {128, 0, 0}, "olive": {128, 128, 0}, "lime": {0, 255, 0},
	"aqua": {0, 255, 255}, "cyan": {0, 255, 255}, "fuchsia": {255, 0, 255}, "magenta": {255, 0, 255},
	"lightgray": {211, 211, 211}, "lightgrey": {211, 211, 211}, "darkgray": {169, 169, 169},
	"darkgrey": {169, 169, 169}, "steelblue": {70, 130, 180}, "tomato": {255, 99, 71},
	"gold": {255, 215, 0}, "crimson": {220, 20, 60}, "seagreen": {46, 139, 87},
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
			return svgPaint{set: true, c: rgb{int(n >> 16 & 255), int(n >> 8 & 255), int(n & 255)}}
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
				return svgPaint{set: true, c: rgb{c[0], c[1], c[2]}}
			}
		}
	case strings.HasPrefix(v, "url("):
		return svgPaint{set: true, c: rgb{128, 128, 128}} // gradients: mid grey
	default:
		if c, ok := svgNamedColors[v]; ok {
			return svgPaint{set: true, c: c}
		}
	}
	return svgPaint{set: true}
}

func parseTransform(s string) svgMatrix {
	m := svgIdentity
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s, ')')
		if open < 0 || end < open {
			break
		}
		name := strings.TrimSpace(strings.Trim(s[:open], ", "))
		args := svgNumbers(strings.TrimSpace(s[open+1 : end]))
		s = s[end+1:]
		arg := func(i int, def float64) float64 {
			if i < len(args) {
				return args[i]
			}
			return def
		}
		var t svgMatrix
		switch name {
		case "matrix":
			if len(args) != 6 {
				continue
			}
			t = svgMatrix{args[0], args[1], args[2], args[3], args[4], args[5]}
		case "translate":
			t = svgMatrix{a: 1, d: 1, e: arg(0, 0), f: arg(1, 0)}
		case "scale":
			sx := arg(0, 1)
			t = svgMatrix{a: sx, d: arg(1, sx)}
		case "rotate":
			a := arg(0, 0) * math.Pi / 180
			cx, cy := arg(1, 0), arg(2, 0)
			r := svgMatrix{a: math.Cos(a), b: math.Sin(a), c: -math.Sin(a), d: math.Cos(a)}
			t = svgMatrix{a: 1, d: 1, e: cx, f: cy}.mul(r).mul(svgMatrix{a: 1, d: 1, e: -cx, f: -cy})
		case "skewX":
			t = svgMatrix{a: 1, d: 1, c: math.Tan(arg(0, 0) * math.Pi / 180)}
		case "skewY":
			t = svgMatrix{a: 1, d: 1, b: math.Tan(arg(0, 0) * math.Pi / 180)}
		default:
			continue
		}
		m = m.mul(t)
	}
	return m
}
