package ui_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ui"
)

func TestRenderMarkdown(t *testing.T) {
	tests := []struct {
		name, in    string
		want, avoid []string
	}{
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |\n", []string{"<table>", "<td>1</td>"}, nil},
		{"raw html is text", "hello <script>alert(1)</script> <img src=x onerror=alert(1)>", []string{"hello &lt;script&gt;"}, []string{"<script", "<img"}},
		{"javascript link dropped", "[x](javascript:alert(1))", []string{"x"}, []string{"javascript:"}},
		{"link kept", "[G204-117](/tickets/G204-117)", []string{`<a href="/tickets/G204-117"`, `>G204-117</a>`}, nil},
		{"remote image dropped", "![chart](http://evil.example/a.png)", []string{"chart"}, []string{"evil.example", "<img"}},
		{"entities escaped", "a < b & \"c\"", []string{"a &lt; b &amp; &#34;c&#34;"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(ui.RenderMarkdown(t.Context(), tc.in, ""))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("render(%q) = %q, lacks %q", tc.in, got, w)
				}
			}
			for _, a := range tc.avoid {
				if strings.Contains(got, a) {
					t.Errorf("render(%q) = %q, has %q", tc.in, got, a)
				}
			}
		})
	}
}

// eventAttr is an event-handler attribute inside a tag.
var eventAttr = regexp.MustCompile(`<[a-z][^>]*\son[a-z]+\s*=`)

func FuzzRenderMarkdown(f *testing.F) {
	for _, s := range []string{"# t\n\n<script>x</script>", "[a](javascript:b)", "![i](http://x/y)", "<img src=x onerror=y>", "| a |\n|---|\n| <b> |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := strings.ToLower(string(ui.RenderMarkdown(t.Context(), in, "")))
		for _, bad := range []string{"<script", "<img", "href=\"javascript:", "<iframe", "<svg", "<style", "<object", "<embed"} {
			if strings.Contains(out, bad) {
				t.Fatalf("render(%q) = %q has %q", in, out, bad)
			}
		}
		if m := eventAttr.FindString(out); m != "" {
			t.Fatalf("render(%q) = %q has an event handler: %q", in, out, m)
		}
	})
}

func TestDiffLines(t *testing.T) {
	tests := []struct {
		a, b string
		want string // ops then text, one line each
	}{
		{"x\ny\nz", "x\ny\nz", "  x|  y|  z"},
		{"x\ny\nz", "x\nY\nz", "  x|- y|+ Y|  z"},
		{"a\nb", "a\nb\nc", "  a|  b|+ c"},
		{"a\nb\nc", "b", "- a|  b|- c"},
		{"", "n", "- |+ n"},
	}
	for _, tc := range tests {
		var parts []string
		for _, l := range ui.DiffLines(tc.a, tc.b) {
			parts = append(parts, string(l.Op)+" "+l.Text)
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("diff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	got := string(ui.Highlight("the **quorum** was <lost> **again", "**", "**"))
	want := "the <mark>quorum</mark> was &lt;lost&gt; **again"
	if got != want {
		t.Errorf("highlight = %q, want %q", got, want)
	}
}

func TestSections(t *testing.T) {
	ss := ui.Sections("# Title\n\n## One\na\n```\n## not a heading\n```\n## Two\nb\n")
	if len(ss) != 2 || ss[0].Title != "One" || !strings.Contains(ss[0].Body, "not a heading") || ss[1].Title != "Two" {
		t.Errorf("sections = %+v", ss)
	}
}
