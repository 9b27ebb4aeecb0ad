package pdf

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// fixtureDir holds the export package's test fixtures.
var fixtureDir = filepath.Join("..", "..", "testdata")

// renderPDFOK renders md to PDF and checks that the result looks like one.
func renderPDFOK(t *testing.T, md []byte, m model.Meta) []byte {
	t.Helper()
	d, err := model.Build(context.Background(), md, m)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-1.")) || !bytes.Contains(buf.Bytes(), []byte("%%EOF")) {
		t.Fatal("not a PDF")
	}
	return buf.Bytes()
}

func TestBreakLinesLongWord(t *testing.T) {
	md := []byte("Visit https://example.com/" + strings.Repeat("averyveryverylongpathsegment", 12) + " now.\n\n" +
		"| col |\n|---|\n| " + strings.Repeat("x", 400) + " |\n")
	renderPDFOK(t, md, model.Meta{})
	// Lay the paragraph out directly and check no line overflows.
	doc, err := model.Build(context.Background(), md, model.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	r := newPDFRenderer(context.Background(), doc)
	lines := r.breakLines(r.tokens(doc.Blocks[0].Inl, bodyStyle()), 300)
	if len(lines) < 3 {
		t.Fatalf("long URL laid out on %d lines, want it broken", len(lines))
	}
	for i, ln := range lines {
		if ln.width > 300.01 {
			t.Errorf("line %d is %.1fpt wide, wider than 300pt", i, ln.width)
		}
	}
}

// TestFontBytesUntouched guards against fpdf writing into the font data it
// is given (it does, in getMetrics): the shared Go font bytes and the
// embedded fallback font must be the same after a render.
func TestFontBytesUntouched(t *testing.T) {
	sums := func() map[string][32]byte {
		m := map[string][32]byte{"fallback": sha256.Sum256(fallbackTTF)}
		for _, fam := range []string{famSans, famMono} {
			for _, st := range []string{"", "B", "I", "BI"} {
				m[fam+st] = sha256.Sum256(faceTTF(face{family: fam, style: st}))
			}
		}
		return m
	}
	before := sums()
	fixture, err := os.ReadFile(filepath.Join(fixtureDir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	md := append(fixture, "\n\n***bold italic*** `code` **`bold code`** *`it code`*\n"...)
	renderPDFOK(t, md, model.Meta{Company: "Acme Support", Title: "Fonts"})
	if after := sums(); !reflect.DeepEqual(before, after) {
		t.Error("rendering a PDF modified the shared font data")
	}
}
