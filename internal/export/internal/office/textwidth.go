package office

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/export/internal/model"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Word processors lay DOCX and ODT out with fonts of their own, so those
// renderers can only estimate text widths. They measure with the Go fonts
// and add widthSafety: the fonts a reader falls back to when Calibri or
// Liberation Sans is missing (DejaVu Sans is the widest common one) run up
// to a quarter wider, bold included.
const widthSafety = 1.25

var measureFonts = sync.OnceValues(func() (*sfnt.Font, *sfnt.Font) {
	regular, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		panic(err)
	}
	bold, err := sfnt.Parse(gobold.TTF)
	if err != nil {
		panic(err)
	}
	return regular, bold
})

// sfntBuffers saves textWidthEm a large allocation per call.
var sfntBuffers = sync.Pool{New: func() any { return new(sfnt.Buffer) }}

// textWidthEm estimates the width of s in ems, safety margin included.
// Characters the Go fonts lack (CJK) count one em.
func textWidthEm(s string, bold bool) float64 {
	regular, boldFont := measureFonts()
	f := regular
	if bold {
		f = boldFont
	}
	buf := sfntBuffers.Get().(*sfnt.Buffer)
	defer sfntBuffers.Put(buf)
	const ppem = 1000
	var w float64
	for _, r := range s {
		g, err := f.GlyphIndex(buf, r)
		if err != nil || g == 0 {
			w += 1
			continue
		}
		adv, err := f.GlyphAdvance(buf, g, fixed.I(ppem), font.HintingNone)
		if err != nil {
			w += 1
			continue
		}
		w += float64(adv) / 64 / ppem
	}
	return w * widthSafety
}

// widestWordEm is the width in ems of the widest piece of s that a word
// processor cannot break: a word between spaces, or a run of it between
// CJK characters (where lines may break).
func widestWordEm(s string, bold bool) float64 {
	var widest float64
	for _, word := range strings.Fields(s) {
		piece := 0
		for i, r := range word {
			if model.Breakable(r) {
				widest = max(widest, textWidthEm(word[piece:i], bold), textWidthEm(string(r), bold))
				piece = i + utf8.RuneLen(r)
			}
		}
		widest = max(widest, textWidthEm(word[piece:], bold))
	}
	return widest
}

// ellipsize shortens s to fit maxEm ems, cutting at a word where it can
// and ending with "…".
func ellipsize(s string, maxEm float64, bold bool) string {
	if textWidthEm(s, bold) <= maxEm {
		return s
	}
	runes := []rune(s)
	n := len(runes)
	for n > 0 && textWidthEm(string(runes[:n])+"…", bold) > maxEm {
		n--
	}
	cut := string(runes[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-–") + "…"
}

// hyphenatedRE matches words joined by hyphens ("G204-117",
// "2026-03-20T14:05", "post-incident"); KeepIDs keeps those with a digit.
var hyphenatedRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}:.]*(?:-[\p{L}\p{N}][\p{L}\p{N}:.]*)+`)

// noBreakHyphen is U+2011 NON-BREAKING HYPHEN.
const NoBreakHyphen = "\u2011"

// KeepIDs replaces the hyphens of ids, dates and times in s with
// non-breaking hyphens, so that a word processor never breaks a line
// inside one ("G204-" / "117").
func KeepIDs(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	return hyphenatedRE.ReplaceAllStringFunc(s, func(m string) string {
		if !strings.ContainsFunc(m, unicode.IsDigit) {
			return m
		}
		return strings.ReplaceAll(m, "-", NoBreakHyphen)
	})
}

// Page header of DOCX and ODT: 9 pt text in the text width of the page
// (its side margins are 20 mm in both formats).
const (
	headerSize   = 9.0  // points
	headerMargin = 56.7 // points, each side
	headerGap    = 28.0 // points between the company and the title
)

// HeaderTitle returns the title as the page header shows it: shortened
// with an ellipsis to fit on one line after the logo (logoW points wide)
// and the company name. The document keeps the full title.
func HeaderTitle(doc *model.Document, logoW float64) string {
	if doc.Title == "" {
		return ""
	}
	avail := doc.Page.W - 2*headerMargin - logoW
	if doc.Company != "" || logoW > 0 {
		avail -= headerGap + textWidthEm(doc.Company+" ", true)*headerSize
	}
	return ellipsize(doc.Title, max(avail, 0)/headerSize, false)
}
