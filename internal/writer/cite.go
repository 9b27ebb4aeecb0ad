package writer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/analysis"
)

// claims are a section's sentences as the writer builds them, each with the
// ids of the events and facts it states (see analysis.Sources).
type claims []analysis.Sentence

// add appends a sentence (or a few that rest on the same sources); empty text is skipped.
func (c *claims) add(text string, sources ...string) {
	if text = strings.TrimSpace(text); text == "" {
		return
	}
	*c = append(*c, analysis.Sentence{Text: text, Sources: slices.Clone(sources)})
}

// with adds a sentence and returns the claims, for sections of one sentence.
func (c claims) with(text string, sources ...string) claims {
	c.add(text, sources...)
	return c
}

// text is the section's prose.
func (c claims) text() string {
	n := 0
	for _, s := range c {
		n += len(s.Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range c {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// sentences are the section's sentences, one per sentence of text, each with
// the sources of the claim it belongs to.
func (c claims) sentences(section string) []analysis.Sentence {
	var out []analysis.Sentence
	for _, s := range c {
		for _, t := range SplitSentences(s.Text) {
			out = append(out, analysis.Sentence{Section: section, Text: t, Sources: s.Sources})
		}
	}
	return out
}

// ids returns prefix:1 ... prefix:n.
func ids(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = prefix + ":" + strconv.Itoa(i+1)
	}
	return out
}

// SplitSentences splits prose into sentences: at a full stop, question or
// exclamation mark followed by a space and a capital letter, outside quotation
// marks. It is meant for prose a writer produced, not for a ticket's messages.
func SplitSentences(text string) []string {
	var out []string
	depth := 0
	start := 0
	for i := 0; i < len(text); i++ {
		if !splitLook[text[i]] {
			continue
		}
		switch {
		case text[i] == 0xE2 && strings.HasPrefix(text[i:], "\u201c"): // 0xE2 begins both quotation marks
			depth++
		case text[i] == 0xE2 && strings.HasPrefix(text[i:], "\u201d"):
			depth = max(0, depth-1)
		case depth == 0 && (text[i] == '.' || text[i] == '?' || text[i] == '!') && i+2 < len(text) && text[i+1] == ' ' &&
			startsSentence(text[i+2:]):
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// splitLook marks the bytes SplitSentences looks at: the terminators and the
// first byte of the quotation marks.
var splitLook = func() (t [256]bool) {
	for _, c := range []byte{'.', '?', '!', 0xE2} {
		t[c] = true
	}
	return t
}()

// startsSentence reports whether s begins like a sentence: a capital, a
// placeholder such as [PERSON-1], or an opening quotation mark.
func startsSentence(s string) bool {
	return s[0] >= 'A' && s[0] <= 'Z' || s[0] == '[' || s[0] == '"' || strings.HasPrefix(s, "\u201c")
}
