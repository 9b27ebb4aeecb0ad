package svg

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// SVG geometry: basic shapes and path data (with elliptical arcs) become transformed line and cubic segments.

// pathBuilder collects transformed path segments.
type pathBuilder struct {
	m    Matrix
	segs []svgSeg
}

func (p *pathBuilder) move(x, y float64) {
	tx, ty := p.m.Apply(x, y)
	p.segs = append(p.segs, svgSeg{Kind: SegMove, Pts: [3][2]float64{{tx, ty}}})
}

func (p *pathBuilder) line(x, y float64) {
	tx, ty := p.m.Apply(x, y)
	p.segs = append(p.segs, svgSeg{Kind: SegLine, Pts: [3][2]float64{{tx, ty}}})
}

func (p *pathBuilder) cubic(x1, y1, x2, y2, x, y float64) {
	a, b := p.m.Apply(x1, y1)
	c, d := p.m.Apply(x2, y2)
	e, f := p.m.Apply(x, y)
	p.segs = append(p.segs, svgSeg{Kind: SegCubic, Pts: [3][2]float64{{a, b}, {c, d}, {e, f}}})
}

func (p *pathBuilder) close() { p.segs = append(p.segs, svgSeg{Kind: SegClose}) }

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

func svgShape(name string, attrs []xml.Attr, m Matrix) []svgSeg {
	num := func(k string) float64 { return model.SVGLength(svgAttr(attrs, k)) }
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
		pts := model.SVGNumbers(svgAttr(attrs, "points"))
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
