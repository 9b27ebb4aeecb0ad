package reader

import (
	"strings"
	"testing"
)

// TestHasQuoteMark: hasQuoteMark answers as the ContainsAny it stands for,
// and instructionToControl's test as its own, on text with each mark, with
// other curly quotes and with broken UTF-8.
func TestHasQuoteMark(t *testing.T) {
	for _, s := range []string{"", "a", "it said \"no\"", "it's", "the “error”", "the error”", "‘x’", "’",
		"\xe2\x80", "\xe2\x80\x9c", "x\xff\xe2\x80\x9cy", "\xe2\x80\x98", "Settings > Users", "plain text here, long enough"} {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“'"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, ContainsAny %v", s, got, want)
		}
		if got, want := hasQuoteMark(s) || strings.Contains(s, "\u2018"), strings.ContainsAny(s, "\"'\u201c\u2018"); got != want {
			t.Errorf("%q with ‘: %v, ContainsAny %v", s, got, want)
		}
	}
}

// TestWroteMark: wroteMark answers as the ContainsAny it stands for.
func TestWroteMark(t *testing.T) {
	for _, s := range []string{"", "a", "On Mon, 2 Mar", "x@y", "<a>", "/:;", "\xe2@", "é9", "no marks at all here"} {
		if got, want := wroteMark(s), strings.ContainsAny(s, "@<0123456789"); got != want {
			t.Errorf("wroteMark(%q) = %v, ContainsAny %v", s, got, want)
		}
	}
}

// TestSetAsideHint: setAsideHint answers as the ten searches it replaced.
func TestSetAsideHint(t *testing.T) {
	was := func(text string) bool {
		return strings.Contains(text, "herring") || strings.Contains(text, "after all") || strings.Contains(text, "wrong about") ||
			strings.Contains(text, "the cause") || strings.Contains(text, "the problem") || strings.Contains(text, "the reason") ||
			strings.Contains(text, "the culprit") || strings.Contains(text, "the issue") || strings.Contains(text, "the fault") ||
			strings.Contains(text, "a cause")
	}
	for _, s := range []string{"", "the", "the ", "the cause", "The cause", "then the issue", "the the fault", "bathe problem",
		"the  cause", "a red herring", "it was the router after all", "I was wrong about that", "soothe reasons",
		"the causes", "they caused", "not a cause", "the culpri", "is the", "the\u00a0cause", "other issues", "see the faulty unit"} {
		if got, want := setAsideHint(s), was(s); got != want {
			t.Errorf("setAsideHint(%q) = %v, the searches say %v", s, got, want)
		}
	}
}
