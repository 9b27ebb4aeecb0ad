package ttf

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubsetTTF cuts fonts down to a few characters and checks, with an
// independent parser (x/image/font/sfnt), that exactly those characters
// are mapped, to the same outlines and advances as in the full font.
func TestSubsetTTF(t *testing.T) {
	tests := []struct {
		name  string
		font  []byte
		runes string
	}{
		{"fallback CJK", fallbackFont(t), "東京日本語、。"},
		{"go regular with composites", goregular.TTF, "AÅéŁ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, err := sfnt.Parse(tt.font)
			if err != nil {
				t.Fatal(err)
			}
			var buf sfnt.Buffer
			gids := map[rune]uint16{}
			for _, r := range tt.runes {
				g, err := full.GlyphIndex(&buf, r)
				if err != nil || g == 0 {
					t.Fatalf("full font lacks %q", r)
				}
				gids[r] = uint16(g)
			}
			sub, err := Subset(tt.font, gids)
			if err != nil {
				t.Fatal(err)
			}
			if len(sub) > len(tt.font)/4 {
				t.Errorf("subset is %d bytes, the font %d", len(sub), len(tt.font))
			}
			small, err := sfnt.Parse(sub)
			if err != nil {
				t.Fatalf("subset does not parse: %v", err)
			}
			var sbuf sfnt.Buffer
			ppem := fixed.I(1000)
			for _, r := range tt.runes {
				g1, _ := full.GlyphIndex(&buf, r)
				g2, err := small.GlyphIndex(&sbuf, r)
				if err != nil || g2 == 0 {
					t.Fatalf("subset lacks %q", r)
				}
				s1, err1 := full.LoadGlyph(&buf, g1, ppem, nil)
				s2, err2 := small.LoadGlyph(&sbuf, g2, ppem, nil)
				if err1 != nil || err2 != nil {
					t.Fatalf("%q: load glyph: %v, %v", r, err1, err2)
				}
				if !reflect.DeepEqual(s1, s2) {
					t.Errorf("%q: outline differs in the subset", r)
				}
				a1, _ := full.GlyphAdvance(&buf, g1, ppem, 0)
				a2, _ := small.GlyphAdvance(&sbuf, g2, ppem, 0)
				if a1 != a2 {
					t.Errorf("%q: advance %v, subset %v", r, a1, a2)
				}
			}
			if g, _ := small.GlyphIndex(&sbuf, 'Z'); g != 0 {
				t.Error("subset maps a character it was not asked for")
			}
		})
	}
	if _, err := Subset([]byte("not a font"), nil); err == nil {
		t.Error("Subset accepted garbage")
	}
}

// fallbackFont reads the export package's CJK fallback font.
func fallbackFont(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "pdf", "fonts", "DroidSansFallbackFull.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
