package export

import (
	"bytes"
	"context"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// longReport repeats the body of the fixture (everything after the title)
// until the PDF is about ten pages long.
func longReport(t testing.TB, copies int) []byte {
	md := string(mustRead(t, "report.md"))
	title, body, _ := strings.Cut(md, "\n")
	var sb strings.Builder
	sb.WriteString(title + "\n")
	for range copies {
		sb.WriteString(body + "\n")
	}
	return []byte(sb.String())
}

// latinReport is longReport without CJK text, so the fallback font is
// never loaded.
func latinReport(t testing.TB, copies int) []byte {
	return bytes.ReplaceAll(longReport(t, copies), []byte("東京"), []byte("Tokyo"))
}

var pageRE = regexp.MustCompile(`/Type /Page\b[^s]`)

func benchRender(b *testing.B, f Format, md []byte) {
	opts := fixtureOptions(b)
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, f, md, opts); err != nil {
		b.Fatal(err)
	}
	if f == PDF {
		b.ReportMetric(float64(len(pageRE.FindAll(buf.Bytes(), -1))), "pages")
	}
	b.SetBytes(int64(len(md)))
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := Render(context.Background(), &buf, f, md, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// The "10-page report" is five copies of the fixture body: eleven A4 pages
// in PDF, with a PNG and an SVG chart per copy and a 10-row table.
const tenPageCopies = 5

func BenchmarkRender10PagesPDF(b *testing.B)  { benchRender(b, PDF, longReport(b, tenPageCopies)) }
func BenchmarkRender10PagesDOCX(b *testing.B) { benchRender(b, DOCX, longReport(b, tenPageCopies)) }
func BenchmarkRender10PagesODT(b *testing.B)  { benchRender(b, ODT, longReport(b, tenPageCopies)) }
func BenchmarkRender10PagesHTML(b *testing.B) { benchRender(b, HTML, longReport(b, tenPageCopies)) }

// BenchmarkRender10PagesPDFLatin is the same report without CJK text:
// the embedded CJK fallback font is then neither parsed nor subset.
func BenchmarkRender10PagesPDFLatin(b *testing.B) {
	benchRender(b, PDF, latinReport(b, tenPageCopies))
}

// TestTenPageReportIsTenPages keeps the benchmark honest about its size.
func TestTenPageReportIsTenPages(t *testing.T) {
	pdf := render(t, PDF, longReport(t, tenPageCopies), fixtureOptions(t))
	if n := len(pageRE.FindAll(pdf, -1)); n < 10 || n > 12 {
		t.Errorf("benchmark report has %d pages, want about 10", n)
	}
}

// TestConstantMemory exports 1,000 reports (all formats in turn) and checks
// that the live heap after each batch of 100 does not grow: nothing is
// retained between renders.
func TestConstantMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("exports 1,000 reports (skipped with -short and -race)")
	}
	md := mustRead(t, "report.md")
	opts := fixtureOptions(t)
	formats := Formats()
	var buf bytes.Buffer
	var heap []uint64
	for batch := range 10 {
		for i := range 100 {
			buf.Reset()
			if err := Render(context.Background(), &buf, formats[(batch*100+i)%len(formats)], md, opts); err != nil {
				t.Fatal(err)
			}
		}
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = append(heap, ms.HeapAlloc)
	}
	t.Logf("HeapAlloc after each batch of 100 exports (bytes): %v", heap)
	// Allow 4 MiB of noise over the first batch: a leak of 5 KiB or more per
	// export (a rendered document is 10 to 80 KiB) would exceed it over the
	// 900 exports that follow.
	const slack = 4 << 20
	for i, h := range heap[1:] {
		if h > heap[0]+slack {
			t.Errorf("heap after batch %d is %d bytes, more than %d over the first batch (%d)", i+2, h, slack, heap[0])
		}
	}
}
