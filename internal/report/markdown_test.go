package report

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

func TestInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"", ""},
		{"a  b\n\tc", "a b c"},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"1. first", `1\. first`},
		{"12) x", `12\) x`},
		{"a | b", `a \| b`},
		{"</table><script>alert(1)</script>", `\</table\>\<script\>alert(1)\</script\>`},
		{"**bold** _it_ `code` [l](x) ![i](y)", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[l\\](x) \\!\\[i\\](y)"},
		{"a\x00b\x1bc", "abc"},
		{"tab\u202Eevil", "tabevil"},
		{"Zoë “quoted” 東京", "Zoë “quoted” 東京"},
		{"AT&T", `AT\&T`},
		{"  leading", "leading"},
	}
	for _, tc := range tests {
		if got := Inline(tc.in); got != tc.want {
			t.Errorf("Inline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBlockQuote(t *testing.T) {
	got := BlockQuote("line one\n# not a heading\n</blockquote>")
	want := "> line one\n> \\# not a heading\n> \\</blockquote\\>"
	if got != want {
		t.Errorf("BlockQuote = %q, want %q", got, want)
	}
}

// render turns Markdown into HTML with the same parser the exports use.
func render(t testing.TB, md string) string {
	var b strings.Builder
	if err := goldmark.New(goldmark.WithExtensions(extension.Table)).Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// FuzzInlineInTable checks that no escaped text can break out of a table cell or
// a paragraph: the rendered table keeps its shape and no HTML tag appears.
func FuzzInlineInTable(f *testing.F) {
	for _, s := range []string{"</table>", "a|b|c", "# h", "<script>x</script>", "`", "\n\n- x", "*a*", "[a](javascript:x)", "&lt;b&gt;", "1. x", "<!-- -->"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		md := "| A | B |\n|---|---|\n| " + Cell(s) + " | end |\n\n" + Inline(s) + "\n"
		html := render(t, md)
		if strings.Count(html, "<td>") != 2 || strings.Count(html, "<tr>") != 2 {
			t.Fatalf("cell text %q broke the table:\n%s", s, html)
		}
		for _, tag := range []string{"<script", "<a ", "<img", "<h1", "<li", "<em", "<strong", "<code"} {
			if strings.Contains(html, tag) {
				t.Fatalf("text %q produced %s:\n%s", s, tag, html)
			}
		}
	})
}
