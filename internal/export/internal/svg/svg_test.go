package svg

import (
	"bytes"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestSVGToPNG rasterizes the fixture chart and checks colours where the
// bars, the axis and the background are.
func TestSVGToPNG(t *testing.T) {
	b, err := ToPNG(svgFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 600 || img.Bounds().Dy() != 330 {
		t.Fatalf("size %v, want 600x330 (1.5x the SVG)", img.Bounds())
	}
	// SVG user units x1.5 (the bars are drawn inside translate(50,20)).
	tests := []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"P1 bar", (50 + 45) * 3 / 2, (20 + 150) * 3 / 2, color.RGBA{0xc0, 0x39, 0x2b, 255}},
		{"P2 bar (style attribute)", (50 + 125) * 3 / 2, (20 + 150) * 3 / 2, color.RGBA{0xe6, 0x7e, 0x22, 255}},
		{"P3 bar (rgb())", (50 + 205) * 3 / 2, (20 + 150) * 3 / 2, color.RGBA{241, 196, 15, 255}},
		{"P4 bar", (50 + 285) * 3 / 2, (20 + 155) * 3 / 2, color.RGBA{0x27, 0xae, 0x60, 255}},
		{"line stroke", 161, 97, color.RGBA{0x2f, 0x54, 0x96, 255}}, // middle of the first segment
		{"outside the chart", 2, 300, color.RGBA{255, 255, 255, 255}},
		{"background", 10, 10, color.RGBA{255, 255, 255, 255}},
	}
	for _, tt := range tests {
		got := color.RGBAModel.Convert(img.At(tt.x, tt.y)).(color.RGBA)
		if got != tt.want {
			t.Errorf("%s at (%d,%d) = %v, want %v", tt.name, tt.x, tt.y, got, tt.want)
		}
	}
}

func TestParseSVG(t *testing.T) {
	d, err := Parse(svgFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	var shapes, texts []Op
	for _, op := range d.Ops {
		if op.Segs == nil {
			texts = append(texts, op)
		} else {
			shapes = append(shapes, op)
		}
	}
	// background, 2 axes, 4 bars, 1 path, 1 circle; 5 labels (title skipped).
	if len(shapes) != 9 || len(texts) != 5 {
		t.Fatalf("got %d shapes and %d texts, want 9 and 5", len(shapes), len(texts))
	}
	// The rotated label: rotate(-90) then translate(50,20).
	last := texts[4]
	if last.Text != "hours" || math.Abs(last.X-20) > 1e-9 || math.Abs(last.Y-100) > 1e-9 || last.Angle != 90 {
		t.Errorf("rotated label = %+v", last)
	}
	if w, h := d.W, d.H; w != 400 || h != 220 {
		t.Errorf("size %vx%v", w, h)
	}
}

func TestArcTo(t *testing.T) {
	// A half circle of radius 10 from (0,0) to (20,0) through (10,10)
	// (sweep flag 0 in SVG's y-down space goes counter-clockwise on screen).
	p := &pathBuilder{m: svgIdentity}
	p.move(0, 0)
	arcTo(p, 0, 0, 10, 10, 0, false, false, 20, 0)
	last := p.segs[len(p.segs)-1]
	if last.Kind != SegCubic || math.Abs(last.Pts[2][0]-20) > 1e-9 || math.Abs(last.Pts[2][1]) > 1e-9 {
		t.Fatalf("arc does not end at (20,0): %+v", last)
	}
	mid := p.segs[1].Pts[2] // end of the first quarter
	if math.Abs(mid[0]-10) > 1e-6 || math.Abs(math.Abs(mid[1])-10) > 1e-6 {
		t.Errorf("first quarter ends at %v, want (10, ±10)", mid)
	}
}

// FuzzSVGRaster feeds arbitrary SVG to the parser and the rasterizer (used
// for the DOCX fallback image): no panic, and never an empty image.
func FuzzSVGRaster(f *testing.F) {
	for _, seed := range svgSeeds {
		f.Add(seed)
	}
	f.Add(string(svgFixture(f)))
	f.Fuzz(func(t *testing.T, svg string) {
		if d, err := Parse([]byte(svg)); err == nil {
			if img := rasterizeSVG(d); img.Bounds().Empty() {
				t.Fatal("empty raster")
			}
		}
	})
}

var svgSeeds = []string{
	`<svg viewBox="0 0 10 10"><path d="M0 0 A5 5 0 1 1 10 10 Z m1,1 l2-2 h3 v-1 c1 1 2 2 3 3 s1 1 2 2 q1 1 2 2 t3 3 z"/></svg>`,
	`<svg width="1e308" height="NaN" viewBox="0 0 0 0"><g transform="matrix(1e308 0 0 1e308 0 0) rotate(45 1 1) skewX(30)"><rect width="1" height="1"/><text x="1e309">x</text></g></svg>`,
	`<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><circle r="-1"/><polygon points="1"/></svg>`,
	`<svg><text font-size="1e9">big</text><text font-size="0">zero</text><tspan>x</tspan></svg>`,
}

// svgFixture is the chart of the export package's test fixture.
func svgFixture(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(svgFixtureDir, "resolution.svg"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var svgFixtureDir = filepath.Join("..", "..", "testdata")
