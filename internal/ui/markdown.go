package ui

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// md renders Markdown to HTML without raw HTML (goldmark omits it unless
// told otherwise, and drops dangerous link targets), so that ticket text in
// a report can never inject markup or script. Images are kept only when
// they come from this server. This is the one place a report becomes HTML:
// swap it for the export package's HTML fragment renderer when it lands.
var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()))

// renderMarkdown returns src as safe HTML.
func renderMarkdown(src string) template.HTML {
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering && !localURL(string(img.Destination)) {
			img.Destination = nil
		}
		return ast.WalkContinue, nil
	})
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, source, doc); err != nil {
		return template.HTML(template.HTMLEscapeString(src))
	}
	return template.HTML(buf.String()) //nolint:gosec // goldmark escapes text and omits raw HTML
}

// localURL tells whether u is a path on this server.
func localURL(u string) bool {
	return strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") && !strings.HasPrefix(u, "/\\")
}

// section is one "## " section of a Markdown report.
type section struct {
	Title string
	Body  string
}

// sections splits a Markdown report at its second-level headings; the text
// before the first (the title) is dropped.
func sections(src string) []section {
	var (
		out []section
		cur *section
		b   strings.Builder
	)
	flush := func() {
		if cur != nil {
			cur.Body = b.String()
			out = append(out, *cur)
		}
		b.Reset()
	}
	inFence := false
	for line := range strings.Lines(src) {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
		}
		if t, ok := strings.CutPrefix(line, "## "); ok && !inFence {
			flush()
			cur = &section{Title: strings.TrimSpace(t)}
		}
		b.WriteString(line)
	}
	flush()
	return out
}

// pick returns the sections whose title starts with one of prefixes, joined.
func pick(ss []section, prefixes ...string) string {
	var b strings.Builder
	for _, s := range ss {
		for _, p := range prefixes {
			if strings.HasPrefix(strings.ToLower(s.Title), strings.ToLower(p)) {
				b.WriteString(s.Body)
				b.WriteString("\n")
				break
			}
		}
	}
	return b.String()
}

// highlight renders a search snippet with its matched words (between the
// store's markers) in <mark>, escaping everything else.
func highlight(snippet, open, closing string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(snippet, open)
		if i < 0 {
			break
		}
		rest := snippet[i+len(open):]
		j := strings.Index(rest, closing)
		if j < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(snippet[:i]))
		b.WriteString("<mark>" + template.HTMLEscapeString(rest[:j]) + "</mark>")
		snippet = rest[j+len(closing):]
	}
	b.WriteString(template.HTMLEscapeString(snippet))
	return template.HTML(b.String()) //nolint:gosec // every part is escaped
}
