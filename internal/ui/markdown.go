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

// htmlSection is one second-level section of a rendered report: its
// heading's markup in lower case, and its HTML from the heading on.
type htmlSection struct {
	title, html string
}

// htmlSections cuts a report rendered by renderMarkdown at its <h2>
// headings; what comes before the first (the title) is dropped. Ticket text
// is escaped in the fragment, so "<h2" only ever starts a heading.
func htmlSections(h template.HTML) []htmlSection {
	parts := strings.Split(string(h), "<h2")
	out := make([]htmlSection, 0, len(parts))
	for _, p := range parts[1:] {
		_, rest, _ := strings.Cut(p, ">")
		title, _, _ := strings.Cut(rest, "</h2>")
		out = append(out, htmlSection{title: strings.ToLower(title), html: "<h2" + p})
	}
	return out
}

// pickHTML joins the sections whose title starts with one of prefixes,
// with the ids they were given under prefix from (renderMarkdown's
// idPrefix) moved to prefix to, so that a section can show in a tab of its
// own beside the whole report. Only the fragment's own attributes can read
// id=" or aria-describedby=" (quotes in text are escaped).
func pickHTML(ss []htmlSection, from, to string, prefixes ...string) template.HTML {
	var b strings.Builder
	for _, s := range ss {
		for _, p := range prefixes {
			if strings.HasPrefix(s.title, strings.ToLower(p)) {
				b.WriteString(s.html)
				break
			}
		}
	}
	r := strings.NewReplacer(`id="`+from, `id="`+to, `aria-describedby="`+from, `aria-describedby="`+to)
	return template.HTML(r.Replace(b.String())) //nolint:gosec // rendered by renderMarkdown; only its own ids change
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
