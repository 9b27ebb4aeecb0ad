package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/reader"
)

// maxQuote is the longest quote an analysis keeps; longer sentences are cut at a word.
const maxQuote = 280

// matcher finds keywords in text, case-insensitively and on word boundaries. A
// keyword ending in "*" matches as a prefix ("misconfigur*").
type matcher struct {
	words  []string
	prefix []bool
}

func newMatcher(words []string) matcher {
	m := matcher{}
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		p := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		if w == "" {
			continue
		}
		m.words = append(m.words, w)
		m.prefix = append(m.prefix, p)
	}
	return m
}

// find returns the first keyword (in list order) found in lower, which must be lowercase.
func (m matcher) find(lower string) (string, bool) {
	for i, w := range m.words {
		if containsWord(lower, w, m.prefix[i]) {
			return w, true
		}
	}
	return "", false
}

// startsWith reports whether lower, which must be lowercase, begins with one of
// the keywords. Unlike find, every keyword is tried: "phone call from Ann"
// also contains "call from", which comes first in a list but not in the text.
func (m matcher) startsWith(lower string) bool {
	for i, w := range m.words {
		if strings.HasPrefix(lower, w) && (m.prefix[i] || boundaryAfter(lower, len(w), w)) {
			return true
		}
	}
	return false
}

func containsWord(s, w string, prefix bool) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if boundaryBefore(s, i, w) && (prefix || boundaryAfter(s, end, w)) {
			return true
		}
		off = i + 1
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func boundaryBefore(s string, i int, w string) bool {
	if i == 0 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !isWordRune(first) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

func boundaryAfter(s string, end int, w string) bool {
	if end >= len(s) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if !isWordRune(last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return !isWordRune(r)
}

// sentences splits text into sentences: at ., ! or ? followed by white space, and
// at line breaks. White space inside a sentence is folded to single spaces and
// control characters are dropped.
func sentences(text string) []string {
	var out []string
	for _, sp := range reader.Sentences(text) {
		out = append(out, sp.Text)
	}
	return out
}

// clip shortens s to at most maxQuote bytes at a word boundary, marking the cut.
func clip(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	cut := maxQuote
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > maxQuote/2 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

// firstSentenceBody is the most of a body firstSentence splits.
const firstSentenceBody = 4 * maxQuote

// firstSentence returns the first sentence of text, clipped.
func firstSentence(text string) string {
	// Avoid splitting a huge body: the first sentence lies in its first part.
	if len(text) > firstSentenceBody {
		text = text[:firstSentenceBody]
	}
	ss := reader.Sentences(text)
	if len(ss) == 0 {
		return ""
	}
	k := 0
	for k+1 < len(ss) && (salutation(ss[k].Text) || (courtesy(ss[k].Text) || introduction(ss[k].Text)) && saysMore(ss[k+1].Text)) {
		k++
	}
	return clip(joinWrapped(text, len(ss), func(j int) reader.Span { return ss[j] }, k))
}

func lower(s string) string { return strings.ToLower(s) }
