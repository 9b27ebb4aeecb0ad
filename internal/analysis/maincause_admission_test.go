package analysis

import (
	"strings"
	"testing"
)

// TestAdmitsOnly: an admission alone is told apart from one that says what
// went wrong, and from a terse note that names "our side".
func TestAdmitsOnly(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Apologies - that was my change.", true},
		{"Sorry, that was my change.", true},
		{"We found the problem, and it is on our side.", true},
		{"Sorry, this was caused by our change.", true},
		{"Sorry about this - you're right, it's our upgrade.", true},
		{"Yes, it was our change, sorry about that.", true},
		{"The problem was on our side.", true},
		{"Yes, that was the change, sorry.", true},
		{"Yes, and I'm sorry: this was our overnight update.", true},
		{"You were right, it was the upgrade.", true},
		// near misses: the admission says what was done, or is no admission
		{"My mistake - I typed Michal's address as michal.novak, with a v.", false},
		{"My change put the alarm on a group that's empty overnight.", false},
		{"Our side still on 5010 plain.", false},
		{"Claims system only tracks our side so it still says Submitted.", false},
		{"Typo on my side, I'd put gmial.", false},
		{"Sorry, that was us - we changed the address the reports come from last night and your mail server rejected them.", false},
		{"The cause was on our side: a security update to our web application firewall reset the maximum upload size.", false},
		{"I'm very sorry - this was a mistake in the template change I made.", false},
		{"The problem was on our side: our email system had been wrongly flagged as a source of spam.", false},
		{"It was the change to the rate table on Friday that dropped the under-250 band.", false},
		{"The problem was the new router's MTU.", false},
	}
	for _, c := range cases {
		if got := admitsOnly(c.text); got != c.want {
			t.Errorf("admitsOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFieldsAtMost checks the in-place word count against strings.Fields.
func TestFieldsAtMost(t *testing.T) {
	for _, text := range []string{"", "   ", "one", " one  two\tthree\n", "Sorry, that was my change.", "a b c d e f g h i j", "a b c d e f g h i j k", "x\u00a0y z"} {
		want := len(strings.Fields(text))
		for n := range 12 {
			if got := fieldsAtMost(text, n); got != (want <= n) {
				t.Errorf("fieldsAtMost(%q, %d) = %v, want %v (%d words)", text, n, got, want <= n, want)
			}
		}
	}
}
