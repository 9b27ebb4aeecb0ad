// Package pdf renders the document model as PDF with fpdf: layout (pass 1,
// every block broken into lines measured with the real fonts), line
// breaking, then pagination and drawing (pass 2), with the Go fonts and a
// subset of the CJK fallback font.
package pdf

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/debriefhq/debrief/internal/export/internal/model"
	"github.com/debriefhq/debrief/internal/export/internal/svg"

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
	colText    = model.RGB{R: 31, G: 35, B: 40}
	colHeading = model.RGB{R: 31, G: 56, B: 100}
	colLink    = model.RGB{R: 5, G: 80, B: 174}
	colMuted   = model.RGB{R: 87, G: 96, B: 106}
	colQuote   = model.RGB{R: 61, G: 68, B: 77}
	colBar     = model.RGB{R: 140, G: 149, B: 159}
	colBorder  = model.RGB{R: 208, G: 215, B: 222}
	colCodeBg  = model.RGB{R: 246, G: 248, B: 250}
	colInline  = model.RGB{R: 238, G: 240, B: 243}
	colHeadBg  = model.RGB{R: 221, G: 229, B: 240}
	colBrand   = model.RGB{R: 47, G: 84, B: 150}
)

// textStyle is the base appearance of a block of text.
type textStyle struct {
	family string
	style  string // "", "B", "I" or "BI"
	size   float64
	line   float64
	color  model.RGB
	code   bool // preserve spaces, break only inside over-long lines
}

// frag is a piece of text on one line, drawn with one face.
type frag struct {
	x, w   float64 // relative to the line start
	text   string
	face   face
	size   float64
	color  model.RGB
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
	svg  *svg.Drawing
}

// element is one unit of vertical layout: a line of text, an image, a
// rule, a spacer, or a whole table.
type element struct {
	spaceBefore float64
	h           float64
	x           float64 // left edge of the content
	line        *textLine
	lineH       float64
	align       model.Align
	width       float64    // available width (for alignment and backgrounds)
	bg          *model.RGB // background over [x-bgPad, x+width+bgPad]
	bgPad       float64
	bars        []float64 // quote bar positions
	keepNext    bool
	img         *pdfImage
	rule        bool
	ruleColor   model.RGB
	table       *pdfTable
}

type pdfTable struct {
	x     float64
	cols  []float64
	align []model.Align
	rows  []pdfRow
	bars  []float64
}

type pdfRow struct {
	cells [][]textLine
	lines int // most lines in a cell
}

type pdfRenderer struct {
	ctx   context.Context
	doc   *model.Document
	pdf   *fpdf.Fpdf
	fonts *pdfFonts
	els   []element

	pageW, pageH float64
	left, right  float64 // content box
	top, bottom  float64
	y            float64
	atTop        bool // nothing drawn on this page yet

	images   map[int]*pdfImage
	svgs     map[int]*svg.Drawing // parsed SVG pictures by id (logo: 0), nil if unusable
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
func newPDFRenderer(ctx context.Context, doc *model.Document) *pdfRenderer {
	size := fpdf.SizeType{Wd: doc.Page.W, Ht: doc.Page.H}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "pt", Size: size})
	r := &pdfRenderer{
		ctx: ctx, doc: doc, pdf: pdf, fonts: newPDFFonts(pdf),
		pageW: doc.Page.W, pageH: doc.Page.H, images: map[int]*pdfImage{}, svgs: map[int]*svg.Drawing{},
	}
	r.left, r.right = pdfMarginX, doc.Page.W-pdfMarginX
	r.top, r.bottom = pdfMarginTop, doc.Page.H-pdfMarginBot

	date := doc.Date
	if date.IsZero() {
		date = pdfEpoch
	}
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCompression(true)
	pdf.SetProducer("debrief", true)
	pdf.SetCreator("debrief", true)
	if doc.Title != "" {
		pdf.SetTitle(doc.Title, true)
	}
	if doc.Ticket != "" {
		pdf.SetSubject(doc.Ticket, true)
		pdf.SetKeywords(doc.Ticket, true)
	}
	if doc.Company != "" {
		pdf.SetAuthor(doc.Company, true)
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

// Render lays the document out in two passes: first every block is
// broken into lines (measured with the real fonts, before any page
// exists), then the lines are placed on pages.
func Render(ctx context.Context, out io.Writer, doc *model.Document) error {
	r := newPDFRenderer(ctx, doc)
	pdf := r.pdf
	// Pass 1: layout.
	r.scanText()
	r.prepareBranding()
	r.layoutBlocks(doc.Blocks, lctx{x: r.left, w: r.right - r.left}, true)
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
