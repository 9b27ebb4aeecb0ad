package reader

import (
	"strings"
	"testing"
)

// openingClauseIndexes is openingClause as it was before round 248: the
// least index of seven strings.Index calls.
func openingClauseIndexes(text string) (string, string) {
	cut := len(text)
	for _, sep := range []string{" - ", " – ", " — ", "(", ":", ";", ","} {
		if i := strings.Index(text, sep); i >= 0 && i < cut {
			cut = i
		}
	}
	return text[:cut], text[cut:]
}

// TestOpeningClauseOnePass checks the one-pass openingClause against the
// seven-index form on sentences written for it (every separator first, none,
// separators at the ends, dashes without their spaces, multi-byte text) and
// on every prefix and suffix of each.
func TestOpeningClauseOnePass(t *testing.T) {
	cases := []string{
		"", " ", "-", " -", " - ", "–", " –", " – x", " — ", "x —y", "a -b - c", "a-b, c",
		"It wasn't it - the cable was fine", "Not the router (we swapped it): the switch",
		"Checked: nothing wrong; all fine, thanks", "Déjà vu — again – and again - done",
		"No separator at all in this one", "Ends with a comma,", "(starts bracketed) then text",
		"a  -  b", "naïve café: ok", "x –– y", "x — — y", "emoji 🙂 - then", "tab\t- not a space dash",
	}
	for _, c := range cases {
		for i := 0; i <= len(c); i++ {
			for _, s := range []string{c[:i], c[i:]} {
				a1, b1 := openingClause(s)
				a2, b2 := openingClauseIndexes(s)
				if a1 != a2 || b1 != b2 {
					t.Errorf("openingClause(%q) = %q, %q; the seven indexes give %q, %q", s, a1, b1, a2, b2)
				}
			}
		}
	}
}
