package export

import (
	"context"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// PDF layout, in points.
const (
	pdfMarginX     = 56.7 // 20 mm
	pdfMarginTop   = 72
	pdfMarginBot   = 62
	pdfHeaderY     = 30
	pdfBodySize    = 10.5
	pdfBodyLine    = 15
	pdfCodeSize    = 8.5
	pdfCodeLine    = 11.5
	pdfTableSize   = 9
	pdfTableLine   = 12.5
	pdfCellPadX    = 5
	pdfCellPadY    = 3.5
	pdfParaGap     = 6
	pdfListIndent  = 18
	pdfQuoteIndent = 14
	pdfMaxImageH   = 0.6 // of the body height
	pdfMinWidth    = 160 // deeper nesting stops indenting below this width
)

var (
	colText    = rgb{31, 35, 40}
	colHeading = rgb{31, 56, 100}
	colLink    = rgb{5, 80, 174}
	colMuted   = rgb{87, 96, 106}
	colQuote   = rgb{61, 68, 77}
	colBar     = rgb{140, 149, 159}
	colBorder  = rgb{208, 215, 222}
	colCodeBg  = rgb{246, 248, 250}
	colInline  = rgb{238, 240, 243}
	colHeadBg  = rgb{221, 229, 240}
	colBrand   = rgb{47, 84, 150}
)

// textStyle is the base appearance of a block of text.
type textStyle struct {
	family string
	style  string // "", "B", "I" or "BI"
	size   float64
	line   float64
	color  rgb
	code   bool // preserve spaces, break only inside over-long lines
}

// frag is a piece of text on one line, drawn with one face.
type frag struct {
	x, w   float64 // relative to the line start
	text   string
	face   face
	size   float64
	color  rgb
	deco   string // fpdf decoration: "S" for strike-through
	href   string // external link target, "" for none
	codeBg bool   // inline code: light background
}

// textLine is one laid-out line of text.
type textLine struct {
	frags []frag
	width float64
}

// pdfImage is a registered image ready to place.
type pdfImage struct {
	name string
	w, h float64
	svg  *svgDrawing
}

// element is one unit of vertical layout: a line of text, an image, a
// rule, a spacer, or a whole table.
type element struct {
	spaceBefore float64
	h           float64
	x           float64 // left edge of the content
	line        *textLine
	lineH       float64
	align       align
	width       float64 // available width (for alignment and backgrounds)
	bg          *rgb    // background over [x-bgPad, x+width+bgPad]
	bgPad       float64
	bars        []float64 // quote bar positions
	keepNext    bool
	img         *pdfImage
	rule        bool
	ruleColor   rgb
	table       *pdfTable
}

type pdfTable struct {
	x     float64
	cols  []float64
	align []align
	rows  []pdfRow
	bars  []float64
}

type pdfRow struct {
	cells [][]textLine
	lines int // most lines in a cell
}

type pdfRenderer struct {
	ctx   context.Context
	doc   *document
	pdf   *fpdf.Fpdf
	fonts *pdfFonts
	els   []element

	pageW, pageH float64
	left, right  float64 // content box
	top, bottom  float64
	y            float64
	atTop        bool // nothing drawn on this page yet

	images   map[int]*pdfImage
	svgs     map[int]*svgDrawing // parsed SVG pictures by id (logo: 0), nil if unusable
	logo     *pdfImage
	titleLn  *textLine
	company  *textLine
	ticketLn *textLine

	// current drawing state, to avoid redundant operators
	curFace face
	curSize float64
	curDeco string
	hasFont bool
}

// newPDFRenderer sets up the fpdf document: page size, margins,
// properties.
func newPDFRenderer(ctx context.Context, doc *document) *pdfRenderer {
	size := fpdf.SizeType{Wd: doc.page.w, Ht: doc.page.h}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: size})
	r := &pdfRenderer{
		ctx: ctx, doc: doc, pdf: pdf, fonts: newPDFFonts(pdf),
		pageW: doc.page.w, pageH: doc.page.h, images: map[int]*pdfImage{}, svgs: map[int]*svgDrawing{},
	}
	r.left, r.right = pdfMarginX, doc.page.w-pdfMarginX
	r.top, r.bottom = pdfMarginTop, doc.page.h-pdfMarginBot

	date := doc.date
	if date.IsZero() {
		date = pdfEpoch
	}
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCompression(true)
	pdf.SetProducer("debrief", true)
	pdf.SetCreator("debrief", true)
	if doc.title != "" {
		pdf.SetTitle(doc.title, true)
	}
	if doc.ticket != "" {
		pdf.SetSubject(doc.ticket, true)
		pdf.SetKeywords(doc.ticket, true)
	}
	if doc.company != "" {
		pdf.SetAuthor(doc.company, true)
	}
	// The alias must be set before fonts are added (fpdf sizes its font
	// subsets accordingly).
	pdf.AliasNbPages("{nb}")
	pdf.SetMargins(r.left, r.top, pdfMarginX)
	pdf.SetAutoPageBreak(false, 0)
	return r
}

// pdfEpoch is the creation date used when Options.Date is zero: PDF
// always carries one, and the output must not depend on the clock.
var pdfEpoch = time.Unix(0, 0).UTC()

// renderPDF lays the document out in two passes: first every block is
// broken into lines (measured with the real fonts, before any page
// exists), then the lines are placed on pages.
func renderPDF(ctx context.Context, out io.Writer, doc *document) error {
	r := newPDFRenderer(ctx, doc)
	pdf := r.pdf
	// Pass 1: layout.
	r.scanText()
	r.prepareBranding()
	r.layoutBlocks(doc.blocks, lctx{x: r.left, w: r.right - r.left}, true)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}

	// Pass 2: pagination and drawing.
	pdf.SetHeaderFunc(r.drawHeader)
	pdf.SetFooterFunc(r.drawFooter)
	r.newPage()
	for i := range r.els {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("export: pdf: %w", err)
			}
		}
		r.place(i)
	}
	if err := pdf.Output(out); err != nil {
		return fmt.Errorf("export: pdf: %w", err)
	}
	return nil
}

func (r *pdfRenderer) newPage() {
	r.pdf.AddPage() // runs the header and footer functions
	r.hasFont = false
	r.y = r.top
	r.atTop = true
}
