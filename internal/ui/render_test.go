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

// TestPickHTML: a rendered report's sections are cut at their headings
// (not at text reading like one), and a section picked for a tab of its own
// has its ids, and the references to them, moved to the tab's prefix.
func TestPickHTML(t *testing.T) {
	md := "# Title\n\n## Timeline\n\n| At | What |\n|---|---|\n| 09:00 | <h2 id=\"x\"> |\n\n" +
		"## Root Cause\n\nIt broke. [\\[1\\]](#timeline-1 \"e1, id=\\\"technical-x\\\"\")\n\n```\n## not a heading\n```\n"
	ss := ui.HTMLSections(ui.RenderMarkdown(t.Context(), md, "technical-"))
	if len(ss) != 2 {
		t.Fatalf("%d sections: %+v", len(ss), ss)
	}
	timeline := string(ui.PickHTML(ss, "technical-", "", "timeline"))
	if !strings.HasPrefix(timeline, `<h2 id="timeline">`) || !strings.Contains(timeline, `<tr id="timeline-1">`) || strings.Contains(timeline, "Root") {
		t.Errorf("timeline section:\n%s", timeline)
	}
	cause := string(ui.PickHTML(ss, "technical-", "findings-", "What Went Well", "Root Cause"))
	for _, want := range []string{`<h2 id="findings-root-cause">`, `aria-describedby="findings-cite-1"`, `id="findings-cite-1"`, `href="#timeline-1"`, "technical-x", "## not a heading"} {
		if !strings.Contains(cause, want) {
			t.Errorf("root cause section lacks %s:\n%s", want, cause)
		}
	}
}
