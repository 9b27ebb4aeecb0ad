package export

import (
	"bytes"
	"context"
	"testing"
)

// FuzzSVG feeds arbitrary SVG charts to the PDF renderer: no panic, and
// the PDF stays valid. (FuzzSVGRaster in internal/svg fuzzes the parser and
// the rasterizer; PNG encoding is left out: it is the standard library's,
// and very slow under the fuzzer's instrumentation.)
func FuzzSVG(f *testing.F) {
	f.Add(string(mustRead(f, "resolution.svg")))
	f.Add(`<svg viewBox="0 0 10 10"><path d="M0 0 A5 5 0 1 1 10 10 Z m1,1 l2-2 h3 v-1 c1 1 2 2 3 3 s1 1 2 2 q1 1 2 2 t3 3 z"/></svg>`)
	f.Add(`<svg width="1e308" height="NaN" viewBox="0 0 0 0"><g transform="matrix(1e308 0 0 1e308 0 0) rotate(45 1 1) skewX(30)"><rect width="1" height="1"/><text x="1e309">x</text></g></svg>`)
	f.Add(`<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/><circle r="-1"/><polygon points="1"/></svg>`)
	f.Add(`<svg><text font-size="1e9">big</text><text font-size="0">zero</text><tspan>x</tspan></svg>`)
	f.Fuzz(func(t *testing.T, svg string) {
		images := func(string) ([]byte, error) { return []byte(svg), nil }
		var buf bytes.Buffer
		if err := Render(context.Background(), &buf, PDF, []byte("![chart](c.svg)\n"), Options{Images: images}); err != nil {
			t.Fatal(err)
		}
		if err := validate(PDF, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
	})
}
