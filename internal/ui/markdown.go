package ui

import (
	"context"
	"html/template"
	"strings"

	"github.com/debriefhq/debrief/internal/export"
)

// renderMarkdown renders a report's Markdown as an HTML fragment with the
// export package's HTML renderer (html/template: every piece of ticket text
// is escaped, so no report can inject markup or script). Images are left
// out (shown as their alt text): pages show charts as images of their own.
// Should rendering fail, the Markdown is shown as escaped text. Every id
// the fragment gives starts with idPrefix, so that fragments can share a
// page.
func renderMarkdown(ctx context.Context, src, idPrefix string) template.HTML {
	h, err := export.HTMLFragment(ctx, []byte(src), export.Options{IDPrefix: idPrefix})
	if err != nil {
		return template.HTML("<pre>" + template.HTMLEscapeString(src) + "</pre>") //nolint:gosec // escaped
	}
	return h
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
