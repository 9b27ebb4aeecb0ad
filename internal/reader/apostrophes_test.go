package reader

import "testing"

func TestStraightApostrophes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"didn’t appear", "didn't appear"},
		{"‘pending’ since monday", "'pending' since monday"},
		{"don't", "don't"},
		{"no apostrophe", "no apostrophe"},
		{"“quoted” stays", "“quoted” stays"}, // double quotes are not apostrophes
		{"ʼ and ′ stay", "ʼ and ′ stay"},     // nor are these
		{"", ""},
	}
	for _, tc := range tests {
		if got := StraightApostrophes(tc.in); got != tc.want {
			t.Errorf("StraightApostrophes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTokensFoldRightQuoteOnly pins the difference StraightApostrophes's
// comment gives: the reader's words fold ’ and leave ‘ a separator.
func TestTokensFoldRightQuoteOnly(t *testing.T) {
	got := tokens("Didn’t x‘y", nil)
	want := []string{"didn't", "x", "y"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
}
