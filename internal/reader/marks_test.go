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
