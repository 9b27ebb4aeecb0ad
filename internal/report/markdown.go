package report

import (
	"strings"
	"unicode"
)

// Inline escapes text from a ticket or a writer so that it reads as plain text
// inside a Markdown paragraph, list item or table cell, whatever it contains:
// line breaks are folded, control characters dropped, and every character that
// Markdown or HTML could read as structure (emphasis, links, raw HTML, code,
// table pipes, headings and list markers at the start) is backslash-escaped.
func Inline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8 + 1)
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if unicode.IsControl(r) || r == '\uFEFF' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') {
			continue // control and bidirectional-override characters
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '{', '}':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if out == "" {
		return out
	}
	// What would open a block at the start of a line: a heading, a list item,
	// a setext underline, or an ordered-list number ("1." or "1)").
	switch out[0] {
	case '#', '-', '+', '=':
		return "\\" + out
	}
	n := 0
	for n < len(out) && out[n] >= '0' && out[n] <= '9' {
		n++
	}
	if n > 0 && n < len(out) && (out[n] == '.' || out[n] == ')') {
		return out[:n] + "\\" + out[n:]
	}
	return out
}

// Paragraphs escapes prose and keeps its paragraph breaks (blank lines).
func Paragraphs(s string) string {
	parts := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = Inline(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// Cell escapes text for a table cell.
func Cell(s string) string {
	if s == "" {
		return " "
	}
	return Inline(s)
}

// BlockQuote quotes text as a Markdown block quote, line by line, each line escaped.
func BlockQuote(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("> ")
		b.WriteString(Inline(l))
	}
	return b.String()
}
