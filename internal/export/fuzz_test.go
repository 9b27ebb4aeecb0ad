package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// FuzzRender feeds arbitrary Markdown to every renderer: none may panic
// or fail, and each must produce a structurally valid file (validate),
// including safe HTML; the HTML fragment must be the page's body.
func FuzzRender(f *testing.F) {
	seeds := []string{
		hostile,
		"",
		"# only a heading",
		"<script>alert(1)</script>",
		"</table> # heading <script>alert(1)</script>",
		"[x](javascript:alert(1)) <a href=\"javascript:alert(1)\">y</a> <img src=x onerror=alert(1)>",
		"| a | b |\n|:-|-:|\n| </td> | <b> |\n| only one |\n",
		"> > > > nested\n> quote\n\n- a\n  - b\n    - c\n      1. d\n",
		"```\n\x00\x01\x02 ]]> </w:t> <text:p>\n```\n",
		"Zoë Łukasiewicz 東京 😀 \U0010FFFF \uFFFE \xff\xfe",
		"![chart](chart.png) ![svg](chart.svg) ![bad](bad.png) ![](evil.svg)",
		strings.Repeat("a", 3000),
		strings.Repeat("- ", 200) + "deep",
		strings.Repeat("> ", 200) + "deep",
		strings.Repeat("*a **b", 100),
		"line one  \nline two\\\nthree\n\n***\n\n---\n\n1) x\n2) y\n",
		"Setext\n===\n\nSub\n---\n\n###### six\n\n####### seven\n",
		"<div>\n\n*md inside*\n\n</div>\n\n<!-- comment -->\n<?php x ?>\n<![CDATA[ x ]]>\n",
		"&amp; &lt; &#0; &#x110000; &bogus; \\* \\<",
		"- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n  > quote\n  > ```\n  > code\n  > ```\n",
		"www.example.com http://x.y/z?a=<b> a@b.co <mailto:a@b.co> <https://e.com/\x00>",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	png, err := os.ReadFile(filepath.Join("testdata", "chart.png"))
	if err != nil {
		f.Fatal(err)
	}
	svg, err := os.ReadFile(filepath.Join("testdata", "resolution.svg"))
	if err != nil {
		f.Fatal(err)
	}
	images := func(src string) ([]byte, error) {
		switch {
		case strings.HasSuffix(src, ".png"):
			return png, nil
		case strings.HasSuffix(src, "evil.svg"):
			return []byte(`<svg width="1e9" height="-5" viewBox="a b c d"><script>alert(1)</script><path d="M 0 0 A 1e308 1e308 0 1 1 NaN 5 Q"/><text>x</text></svg>`), nil
		case strings.HasSuffix(src, ".svg"):
			return svg, nil
		case strings.Contains(src, "bad"):
			return append(append([]byte{}, model.PNGMagic...), "garbage"...), nil
		}
		return nil, errors.New("not found")
	}
	opts := Options{Company: "Acme <Support>", Logo: png, Ticket: "T-1", Images: images}
	f.Fuzz(func(t *testing.T, md string) {
		for _, format := range Formats() {
			var buf bytes.Buffer
			if err := Render(context.Background(), &buf, format, []byte(md), opts); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := validate(format, buf.Bytes()); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == HTML {
				frag, err := HTMLFragment(context.Background(), []byte(md), opts)
				if err != nil {
					t.Fatalf("fragment: %v", err)
				}
				if string(frag) != pageMain(t, buf.Bytes()) {
					t.Fatal("fragment differs from the page body")
				}
			}
		}
	})
}
