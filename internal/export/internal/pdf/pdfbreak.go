package pdf

import (
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// Line breaking for the PDF renderer: inline runs become tokens (boxes, glue, breaks), which are broken into lines of a given width.

// ---- line breaking ---------------------------------------------------------

type tokKind uint8

const (
	tkBox   tokKind = iota // unbreakable text
	tkGlue                 // a breakable space (text " " or "" between CJK)
	tkBreak                // forced line break
)

type tok struct {
	kind   tokKind
	text   string
	w      float64
	face   face
	size   float64
	color  model.RGB
	deco   string
	href   string
	codeBg bool
}

func (r *pdfRenderer) measure(f face, size float64, s string) float64 {
	r.fonts.use(f, size, "")
	r.hasFont = false
	return r.pdf.GetStringWidth(s)
}

// tokens turns inlines into boxes, glue and breaks, split by face.
func (r *pdfRenderer) tokens(inl []model.Inline, st textStyle) []tok {
	var out []tok
	for _, x := range inl {
		switch x.Kind {
		case model.InBreak:
			out = append(out, tok{kind: tkBreak})
			continue
		case model.InImage:
			continue
		}
		f := face{family: st.family, style: st.style}
		if x.Style&model.StCode != 0 {
			f.family = famMono
		}
		bold := strings.Contains(f.style, "B") || x.Style&model.StBold != 0
		italic := strings.Contains(f.style, "I") || x.Style&model.StItalic != 0
		f.style = ""
		if bold {
			f.style += "B"
		}
		if italic {
			f.style += "I"
		}
		t := tok{kind: tkBox, size: st.size, color: st.color, codeBg: x.Style&model.StCode != 0 && !st.code}
		if x.Style&model.StCode != 0 && !st.code {
			t.size = st.size * 0.92
		}
		if x.Style&model.StStrike != 0 {
			t.deco = "S"
		}
		if x.Href != "" {
			t.color = colLink
			if model.HasScheme(x.Href) {
				t.href = x.Href
			}
		}
		out = r.appendText(out, x.Text, f, t, st.code)
	}
	return out
}

func (r *pdfRenderer) appendText(out []tok, s string, want face, proto tok, code bool) []tok {
	emitBox := func(text string) {
		for _, run := range r.fonts.split(want, text) {
			t := proto
			t.face = run.face
			if run.face.family == famFallback {
				t.face.style = ""
			}
			t.text = run.text
			t.w = r.measure(t.face, t.size, run.text)
			out = append(out, t)
		}
	}
	start := 0
	for i, c := range s {
		switch {
		case c == '\n':
			if i > start {
				emitBox(s[start:i])
			}
			if code {
				out = append(out, tok{kind: tkBreak})
			} else {
				out = r.appendGlue(out, want, proto)
			}
			start = i + 1
		case !code && (c == ' ' || c == '\t'):
			if i > start {
				emitBox(s[start:i])
			}
			out = r.appendGlue(out, want, proto)
			start = i + 1
		case !code && model.Breakable(c):
			if i > start {
				emitBox(s[start:i])
			}
			n := i + len(string(c))
			emitBox(s[i:n])
			out = append(out, tok{kind: tkGlue, size: proto.size})
			start = n
		}
	}
	if len(s) > start {
		emitBox(s[start:])
	}
	return out
}

func (r *pdfRenderer) appendGlue(out []tok, f face, proto tok) []tok {
	if n := len(out); n > 0 && out[n-1].kind == tkGlue && out[n-1].text != "" {
		return out // collapse runs of spaces
	}
	t := proto
	t.kind, t.face, t.text = tkGlue, f, " "
	t.w = r.measure(f, t.size, " ")
	return append(out, t)
}

// breakLines fills lines greedily, breaking at glue, and inside words
// that are longer than a whole line (long URLs, identifiers).
func (r *pdfRenderer) breakLines(toks []tok, maxW float64) []textLine {
	const eps = 0.01
	maxW = max(maxW, 10)
	var lines []textLine
	var cur []frag
	x := 0.0
	var glue *tok
	flush := func() {
		lines = append(lines, textLine{frags: mergeFrags(cur), width: x})
		cur, x, glue = nil, 0, nil
	}
	place := func(t *tok) {
		if t.text == "" {
			return
		}
		cur = append(cur, frag{x: x, w: t.w, text: t.text, face: t.face, size: t.size, color: t.color, deco: t.deco, href: t.href, codeBg: t.codeBg})
		x += t.w
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		switch t.kind {
		case tkBreak:
			flush()
			i++
			continue
		case tkGlue:
			if len(cur) > 0 {
				glue = t
			}
			i++
			continue
		}
		j, ww := i, 0.0
		for j < len(toks) && toks[j].kind == tkBox {
			ww += toks[j].w
			j++
		}
		gw := 0.0
		if glue != nil {
			gw = glue.w
		}
		switch {
		case x+gw+ww <= maxW+eps:
			if glue != nil {
				place(glue)
			}
		case len(cur) > 0 && ww <= maxW+eps:
			flush()
		default:
			// The word is longer than a line: break it between characters.
			if glue != nil && x+gw < maxW-eps {
				place(glue)
			} else if len(cur) > 0 {
				flush()
			}
			for k := i; k < j; k++ {
				bt := toks[k]
				for _, ch := range bt.text {
					piece := bt
					piece.text = string(ch)
					piece.w = r.measure(bt.face, bt.size, piece.text)
					if x+piece.w > maxW+eps && len(cur) > 0 {
						flush()
					}
					place(&piece)
				}
			}
			glue = nil
			i = j
			continue
		}
		glue = nil
		for k := i; k < j; k++ {
			place(&toks[k])
		}
		i = j
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// mergeFrags joins neighbouring fragments that draw the same way.
func mergeFrags(in []frag) []frag {
	var out []frag
	for _, f := range in {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.face == f.face && p.size == f.size && p.color == f.color && p.deco == f.deco &&
				p.href == f.href && p.codeBg == f.codeBg {
				p.text += f.text
				p.w = f.x + f.w - p.x
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
