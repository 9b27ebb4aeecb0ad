package redact

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// structure returns the Markdown block and inline structure of src as goldmark parses
// it (with GFM tables): every node's kind and depth, without the text itself.
func structure(src string) []string {
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	doc := md.Parser().Parse(text.NewReader([]byte(src)))
	var out []string
	depth := 0
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			depth--
			return ast.WalkContinue, nil
		}
		depth++
		if a, ok := n.(*ast.AutoLink); ok && a.AutoLinkType == ast.AutoLinkEmail {
			// <[EMAIL-1]> is text, not an e-mail autolink: the one structure redaction
			// must give up, as a placeholder is not an address.
			return ast.WalkSkipChildren, nil
		}
		if n.Kind() != ast.KindText && n.Kind() != ast.KindString {
			out = append(out, strings.Repeat(" ", depth)+n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return out
}

// TestRedactedMarkdownParsesTheSame checks, with a real Markdown parser, that redaction
// changes no structure: the same tables, quotes, links, code spans, emphasis and lists.
func TestRedactedMarkdownParsesTheSame(t *testing.T) {
	r := New(plantedTicket(), plantedOptions())
	docs := []string{
		plantedBody,
		goldenThread(t),
		"Morgan: thanks\n\nMorgan Hale: ok\n",
		"- Morgan: yes\n- pbs01(primary) and Hale[1]\n\n[1]: https://portal.birchwood-lodges.example/x\n",
		"| host | ip |\n|---|---|\n| pve-node03 | 10.20.0.13 |\n| `pbs01` | [Morgan Hale](mailto:morgan.hale@birchwood-lodges.example) |\n",
		"> **Morgan Hale** wrote on G204-117:\n> > call +44 20 7946 0321\n\n<https://portal.birchwood-lodges.example/a>\n",
		"```\nssh root@pve-node03 # Morgan\n```\n\n    indented pbs01\n",
	}
	for _, d := range docs {
		out := r.String(d)
		a, b := structure(d), structure(out)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("redaction changed the Markdown structure of\n%s\n---- into ----\n%s\n---- before ----\n%s\n---- after ----\n%s",
				d, out, strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	}
}
