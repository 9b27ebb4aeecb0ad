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

// pathBuilder collects transformed path segments.
type pathBuilder struct {
	m    svgMatrix
	segs []svgSeg
}

func (p *pathBuilder) move(x, y float64) {
	tx, ty := p.m.apply(x, y)
	p.segs = append(p.segs, svgSeg{kind: segMove, pts: [3][2]float64{{tx, ty}}})
}

func (p *pathBuilder) line(x, y float64) {
	tx, ty := p.m.apply(x, y)
	p.segs = append(p.segs, svgSeg{kind: segLine, pts: [3][2]float64{{tx, ty}}})
}

func (p *pathBuilder) cubic(x1, y1, x2, y2, x, y float64) {
	a, b := p.m.apply(x1, y1)
	c, d := p.m.apply(x2, y2)
	e, f := p.m.apply(x, y)
	p.segs = append(p.segs, svgSeg{kind: segCubic, pts: [3][2]float64{{a, b}, {c, d}, {e, f}}})
}

func (p *pathBuilder) close() { p.segs = append(p.segs, svgSeg{kind: segClose}) }

// ellipse adds a closed ellipse made of four cubic curves.
func (p *pathBuilder) ellipse(cx, cy, rx, ry float64) {
	const k = 0.5522847498
	p.move(cx+rx, cy)
	p.cubic(cx+rx, cy+k*ry, cx+k*rx, cy+ry, cx, cy+ry)
	p.cubic(cx-k*rx, cy+ry, cx-rx, cy+k*ry, cx-rx, cy)
	p.cubic(cx-rx, cy-k*ry, cx-k*rx, cy-ry, cx, cy-ry)
	p.cubic(cx+k*rx, cy-ry, cx+rx, cy-k*ry, cx+rx, cy)
	p.close()
}

func svgShape(name string, attrs []xml.Attr, m svgMatrix) []svgSeg {
	num := func(k string) float64 { return svgLength(svgAttr(attrs, k)) }
	p := &pathBuilder{m: m}
	switch name {
	case "rect":
		x, y, w, h := num("x"), num("y"), num("width"), num("height")
		if w <= 0 || h <= 0 {
			return nil
		}
		p.move(x, y)
		p.line(x+w, y)
		p.line(x+w, y+h)
		p.line(x, y+h)
		p.close()
	case "circle":
		r := num("r")
		if r <= 0 {
			return nil
		}
		p.ellipse(num("cx"), num("cy"), r, r)
	case "ellipse":
		rx, ry := num("rx"), num("ry")
		if rx <= 0 || ry <= 0 {
			return nil
		}
		p.ellipse(num("cx"), num("cy"), rx, ry)
	case "line":
		p.move(num("x1"), num("y1"))
		p.line(num("x2"), num("y2"))
	case "polyline", "polygon":
		pts := svgNumbers(svgAttr(attrs, "points"))
		if len(pts) < 4 {
			return nil
		}
		p.move(pts[0], pts[1])
		for i := 2; i+1 < len(pts); i += 2 {
			p.line(pts[i], pts[i+1])
		}
		if name == "polygon" {
			p.close()
		}
	case "path":
		parsePath(svgAttr(attrs, "d"), p)
	default:
		return nil
	}
	return p.segs
}

// pathLexer reads SVG path data.
type pathLexer struct {
	s   string
	pos int
}

func (l *pathLexer) skip() {
	for l.pos < len(l.s) && strings.IndexByte(" \t\r\n,", l.s[l.pos]) >= 0 {
		l.pos++
	}
}

func (l *pathLexer) command() (byte, bool) {
	l.skip()
	if l.pos < len(l.s) && strings.IndexByte("MmLlHhVvCcSsQqTtAaZz", l.s[l.pos]) >= 0 {
		c := l.s[l.pos]
		l.pos++
		return c, true
	}
	return 0, false
}

func (l *pathLexer) number() (float64, bool) {
	l.skip()
	start := l.pos
	if l.pos < len(l.s) && (l.s[l.pos] == '-' || l.s[l.pos] == '+') {
		l.pos++
	}
	dot, digits := false, false
	for l.pos < len(l.s) {
		c := l.s[l.pos]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !dot:
			dot = true
		case (c == 'e' || c == 'E') && digits:
			l.pos++
			if l.pos < len(l.s) && (l.s[l.pos] == '-' || l.s[l.pos] == '+') {
				l.pos++
			}
			for l.pos < len(l.s) && l.s[l.pos] >= '0' && l.s[l.pos] <= '9' {
				l.pos++
			}
			v, err := strconv.ParseFloat(l.s[start:l.pos], 64)
			return v, err == nil
		default:
			v, err := strconv.ParseFloat(l.s[start:l.pos], 64)
			return v, err == nil && digits
		}
		l.pos++
	}
	v, err := strconv.ParseFloat(l.s[start:l.pos], 64)
	return v, err == nil && digits
}

// flag reads an arc flag, which may be written without a separator.
func (l *pathLexer) flag() (bool, bool) {
	l.skip()
	if l.pos < len(l.s) && (l.s[l.pos] == '0' || l.s[l.pos] == '1') {
		l.pos++
		return l.s[l.pos-1] == '1', true
	}
	return false, false
}

func parsePath(d string, p *pathBuilder) {
	l := &pathLexer{s: d}
	var cx, cy, sx, sy, lcx, lcy float64 // current, subpath start, last control
	var last byte
	cmd, ok := l.command()
	for ok && len(p.segs) < svgMaxElements*4 {
		rel := cmd >= 'a'
		up := cmd &^ 0x20
		nums := func(n int) ([]float64, bool) {
			v := make([]float64, n)
			for i := range v {
				var ok bool
				if v[i], ok = l.number(); !ok {
					return nil, false
				}
			}
			if rel {
				for i := 0; i+1 < n; i += 2 {
					v[i] += cx
					v[i+1] += cy
				}
			}
			return v, true
		}
		for first := true; ; first = false {
			save := l.pos
			var good bool
			switch up {
			case 'Z':
				if first {
					p.close()
					cx, cy = sx, sy
					good = true
				}
			case 'M':
				if v, ok := nums(2); ok {
					if first {
						p.move(v[0], v[1])
						sx, sy = v[0], v[1]
					} else {
						p.line(v[0], v[1])
					}
					cx, cy, good = v[0], v[1], true
				}
			case 'L', 'T':
				if v, ok := nums(2); ok {
					if up == 'T' {
						qx, qy := cx, cy
						if last == 'Q' || last == 'T' {
							qx, qy = 2*cx-lcx, 2*cy-lcy
						}
						p.cubic(cx+2.0/3*(qx-cx), cy+2.0/3*(qy-cy), v[0]+2.0/3*(qx-v[0]), v[1]+2.0/3*(qy-v[1]), v[0], v[1])
						lcx, lcy = qx, qy
					} else {
						p.line(v[0], v[1])
					}
					cx, cy, good = v[0], v[1], true
				}
			case 'H':
				if v, ok := l.number(); ok {
					if rel {
						v += cx
					}
					p.line(v, cy)
					cx, good = v, true
				}
			case 'V':
				if v, ok := l.number(); ok {
					if rel {
						v += cy
					}
					p.line(cx, v)
					cy, good = v, true
				}
			case 'C':
				if v, ok := nums(6); ok {
					p.cubic(v[0], v[1], v[2], v[3], v[4], v[5])
					lcx, lcy, cx, cy, good = v[2], v[3], v[4], v[5], true
				}
			case 'S':
				if v, ok := nums(4); ok {
					x1, y1 := cx, cy
					if last == 'C' || last == 'S' {
						x1, y1 = 2*cx-lcx, 2*cy-lcy
					}
					p.cubic(x1, y1, v[0], v[1], v[2], v[3])
					lcx, lcy, cx, cy, good = v[0], v[1], v[2], v[3], true
				}
			case 'Q':
				if v, ok := nums(4); ok {
					p.cubic(cx+2.0/3*(v[0]-cx), cy+2.0/3*(v[1]-cy), v[2]+2.0/3*(v[0]-v[2]), v[3]+2.0/3*(v[1]-v[3]), v[2], v[3])
					lcx, lcy, cx, cy, good = v[0], v[1], v[2], v[3], true
				}
			case 'A':
				rx, ok1 := l.number()
				ry, ok2 := l.number()
				rot, ok3 := l.number()
				large, ok4 := l.flag()
				sweep, ok5 := l.flag()
				x, ok6 := l.number()
				y, ok7 := l.number()
				if ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 {
					if rel {
						x, y = x+cx, y+cy
					}
					arcTo(p, cx, cy, rx, ry, rot, large, sweep, x, y)
					cx, cy, good = x, y, true
				}
			}
			if !good {
				l.pos = save
				break
			}
			last = up
			if up == 'Z' {
				break
			}
		}
		cmd, ok = l.command()
	}
}

// arcTo converts an SVG elliptical arc to cubic curves (SVG 1.1, F.6).
func arcTo(p *pathBuilder, x1, y1, rx, ry, rotDeg float64, large, sweep bool, x2, y2 float64) {
	if x1 == x2 && y1 == y2 {
		return
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		p.line(x2, y2)
		return
	}
	phi := rotDeg * math.Pi / 180
	cosP, sinP := math.Cos(phi), math.Sin(phi)
	dx, dy := (x1-x2)/2, (y1-y2)/2
	x1p := cosP*dx + sinP*dy
	y1p := -sinP*dx + cosP*dy
	if l := x1p*x1p/(rx*rx) + y1p*y1p/(ry*ry); l > 1 {
		s := math.Sqrt(l)
		rx, ry = rx*s, ry*s
	}
	num := rx*rx*ry*ry - rx*rx*y1p*y1p - ry*ry*x1p*x1p
	den := rx*rx*y1p*y1p + ry*ry*x1p*x1p
	coef := 0.0
	if den != 0 && num > 0 {
		coef = math.Sqrt(num / den)
	}
	if large == sweep {
		coef = -coef
	}
	cxp, cyp := coef*rx*y1p/ry, -coef*ry*x1p/rx
	cx := cosP*cxp - sinP*cyp + (x1+x2)/2
	cy := sinP*cxp + cosP*cyp + (y1+y2)/2
	angle := func(ux, uy, vx, vy float64) float64 {
		return math.Atan2(ux*vy-uy*vx, ux*vx+uy*vy)
	}
	t1 := angle(1, 0, (x1p-cxp)/rx, (y1p-cyp)/ry)
	dt := angle((x1p-cxp)/rx, (y1p-cyp)/ry, (-x1p-cxp)/rx, (-y1p-cyp)/ry)
	if !sweep && dt > 0 {
		dt -= 2 * math.Pi
	} else if sweep && dt < 0 {
		dt += 2 * math.Pi
	}
	if math.IsNaN(dt) || math.IsNaN(t1) {
		p.line(x2, y2)
		return
	}
	n := int(math.Ceil(math.Abs(dt) / (math.Pi / 2)))
	n = max(1, min(n, 8))
	step := dt / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	pt := func(t float64) (float64, float64) {
		ex, ey := rx*math.Cos(t), ry*math.Sin(t)
		return cosP*ex - sinP*ey + cx, sinP*ex + cosP*ey + cy
	}
	deriv := func(t float64) (float64, float64) {
		ex, ey := -rx*math.Sin(t), ry*math.Cos(t)
		return cosP*ex - sinP*ey, sinP*ex + cosP*ey
	}
	t := t1
	for range n {
		ax, ay := pt(t)
		adx, ady := deriv(t)
		bx, by := pt(t + step)
		bdx, bdy := deriv(t + step)
		p.cubic(ax+k*adx, ay+k*ady, bx-k*bdx, by-k*bdy, bx, by)
		t += step
	}
}

// draw paints the drawing into the box (x, y, w, h) in points.
func (d *svgDrawing) draw(r *pdfRenderer, x, y, w, h float64) {
	pdf := r.pdf
	sx, sy := w/d.vb[2], h/d.vb[3]
	base := svgMatrix{a: sx, d: sy, e: x - d.vb[0]*sx, f: y - d.vb[1]*sy}
	scale := math.Sqrt(sx * sy)
	pdf.ClipRect(x, y, w, h, false)
	for i := range d.ops {
		op := &d.ops[i]
		if op.segs == nil {
			d.drawText(r, op, base, scale)
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

func (d *svgDrawing) drawText(r *pdfRenderer, op *svgOp, base svgMatrix, scale float64) {
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
