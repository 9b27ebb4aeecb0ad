package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline escapes text from a ticket or a writer so that it reads as plain text
// inside a Markdown paragraph, list item or table cell, whatever it contains:
// line breaks are folded, control characters dropped, and every character that
// Markdown or HTML could read as structure (emphasis, links, raw HTML, code,
// table pipes, headings and list markers at the start) is backslash-escaped.
func Inline(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8 + 1)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = true
				continue
			case c < 0x20 || c == 0x7f:
				continue // control characters
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if special[c] {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		seq := s[i : i+size]
		i += size
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == utf8.RuneError && size == 1, unicode.IsControl(r), r == '\uFEFF', r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
			continue // invalid UTF-8, control and bidirectional-override characters
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(seq)
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

// special marks the ASCII characters Inline escapes.
var special = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte("\\`*_[]<>|~&!{}") {
		t[c] = true
	}
	return t
}()

// notPlain marks the bytes plain must look at: the special characters, space,
// control characters and the bytes of runes beyond ASCII.
var notPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x7f || c == ' ' || c < utf8.RuneSelf && special[c]
	}
	return t
}()

// plain reports whether s needs no escaping at all: printable ASCII with no
// Markdown-special character, single spaces, and a harmless first character.
func plain(s string) bool {
	if s == "" {
		return true
	}
	switch s[0] {
	case '#', '-', '+', '=', ' ':
		return false
	}
	if s[0] >= '0' && s[0] <= '9' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !notPlain[c] {
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || r == '\uFEFF' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') {
				return false
			}
			i += size - 1
			continue
		}
		switch {
		case c < 0x20 || c == 0x7f:
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		case special[c]:
			return false
		}
	}
	return true
}
