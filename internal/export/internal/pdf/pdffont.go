package pdf

import (
	"bytes"
	_ "embed"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/debriefhq/debrief/internal/export/internal/ttf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// fallbackTTF is Droid Sans Fallback (Apache-2.0, see fonts/NOTICE), used
// for the characters the Go fonts lack, mostly CJK.
//
//go:embed fonts/DroidSansFallbackFull.ttf
var fallbackTTF []byte

// PDF font families registered with fpdf.
const (
	famSans     = "gosans"
	famMono     = "gomono"
	famFallback = "droidfallback"
)

// face is one font face: a family and a style of "", "B", "I" or "BI".
type face struct {
	family string
	style  string
}

func faceTTF(f face) []byte {
	switch f.family {
	case famMono:
		switch f.style {
		case "B":
			return gomonobold.TTF
		case "I":
			return gomonoitalic.TTF
		case "BI":
			return gomonobolditalic.TTF
		}
		return gomono.TTF
	case famFallback:
		return fallbackTTF
	}
	switch f.style {
	case "B":
		return gobold.TTF
	case "I":
		return goitalic.TTF
	case "BI":
		return gobolditalic.TTF
	}
	return goregular.TTF
}

// pdfFonts registers faces with fpdf on first use and answers which face
// can draw a character. It belongs to one render.
type pdfFonts struct {
	pdf        *fpdf.Fpdf
	registered map[face]bool
	parsed     map[face]*sfnt.Font
	covers     map[coverKey]bool
	buf        sfnt.Buffer
	// fallback maps the characters that need the fallback font to their
	// glyph in it (0: the fallback font lacks them too). It is filled by
	// need before layout and decides which glyphs get embedded.
	fallback map[rune]sfnt.GlyphIndex
}

type coverKey struct {
	face face
	r    rune
}

func newPDFFonts(pdf *fpdf.Fpdf) *pdfFonts {
	return &pdfFonts{
		pdf:        pdf,
		registered: map[face]bool{},
		parsed:     map[face]*sfnt.Font{},
		covers:     map[coverKey]bool{},
		fallback:   map[rune]sfnt.GlyphIndex{},
	}
}

// need records the characters of s that the Go fonts lack and that the
// fallback font has. It must see all the document's text before the
// fallback face is first used.
func (p *pdfFonts) need(s string) {
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		if r > 0xFFFF {
			r = '\uFFFD'
		}
		if _, seen := p.fallback[r]; seen {
			continue
		}
		if p.covered(face{family: famSans}, r) && p.covered(face{family: famMono}, r) {
			continue
		}
		p.fallback[r] = p.glyph(face{family: famFallback}, r)
	}
}

// fallbackFont returns the fallback font cut down to the characters
// recorded by need, or the whole font if that fails.
func (p *pdfFonts) fallbackFont() []byte {
	gids := map[rune]uint16{}
	for r, g := range p.fallback {
		if g != 0 {
			gids[r] = uint16(g)
		}
	}
	if sub, err := ttf.Subset(fallbackTTF, gids); err == nil {
		return sub
	}
	return bytes.Clone(fallbackTTF)
}

// use makes the face available to fpdf and selects it.
func (p *pdfFonts) use(f face, size float64, deco string) {
	if !p.registered[f] {
		p.registered[f] = true
		var ttf []byte
		if f.family == famFallback {
			ttf = p.fallbackFont()
		} else {
			// fpdf writes into the font bytes it is given (getMetrics appends
			// to a slice of them), so it must never see the shared originals.
			ttf = bytes.Clone(faceTTF(f))
		}
		p.pdf.AddUTF8FontFromBytes(f.family, f.style, ttf)
	}
	p.pdf.SetFont(f.family, f.style+deco, size)
}

// covered reports whether face f has a glyph for r. For the fallback
// face, only the characters recorded by need count.
func (p *pdfFonts) covered(f face, r rune) bool {
	if f.family == famFallback {
		return p.fallback[r] != 0
	}
	if r < 0x7f && r >= 0x20 {
		return true
	}
	key := coverKey{f, r}
	if v, ok := p.covers[key]; ok {
		return v
	}
	v := p.glyph(f, r) != 0
	p.covers[key] = v
	return v
}

// glyph returns the glyph of r in face f, 0 if it has none.
func (p *pdfFonts) glyph(f face, r rune) sfnt.GlyphIndex {
	font := p.parsed[f]
	if font == nil {
		var err error
		if font, err = sfnt.Parse(faceTTF(f)); err != nil {
			return 0
		}
		p.parsed[f] = font
	}
	idx, err := font.GlyphIndex(&p.buf, r)
	if err != nil {
		return 0
	}
	return idx
}

// run is a piece of text drawn with one face.
type run struct {
	face face
	text string
}

// split cuts s into runs: characters the wanted face lacks go to the
// fallback face when it has them. Characters outside the Basic
// Multilingual Plane, which fpdf cannot embed, become U+FFFD.
func (p *pdfFonts) split(want face, s string) []run {
	s = bmpOnly(s)
	var out []run
	fallback := face{family: famFallback}
	start, cur := 0, want
	for i, r := range s {
		f := want
		if !p.covered(want, r) && p.covered(fallback, r) {
			f = fallback
		}
		if f != cur {
			if i > start {
				out = append(out, run{cur, s[start:i]})
			}
			start, cur = i, f
		}
	}
	if len(s) > start {
		out = append(out, run{cur, s[start:]})
	}
	return out
}

func bmpOnly(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
