package analysis

import "testing"

// TestFirstSentenceSalutation: a timeline row quotes a message's first
// sentence after its salutation line, never the salutation; a message that
// is only a salutation, or a short sentence that ends otherwise, keeps it.
// The messages are invented.
func TestFirstSentenceSalutation(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Morning,\n\nThe label printer in the dispatch office prints blank labels since 9am.", "The label printer in the dispatch office prints blank labels since 9am"},
		{"Hola Marta,\n\nWe can see the card reader went offline at 06:10.", "We can see the card reader went offline at 06:10"},
		{"dears ph_user ,\nthe transfer file was rejected again today.", "the transfer file was rejected again today"},
		{"Thanks, works now.", "Thanks, works now"},
		{"Marta,", "Marta,"},
		// techreview3: a greeting without its comma (styles3, 23, 49; Mendeley "dears")
		{"Morning\n\nThe VPN drops every ten minutes since Monday.", "The VPN drops every ten minutes since Monday"},
		{"dears\nthe settlement file was rejected again today.", "the settlement file was rejected again today"},
		{"Good day\n\nThe statement export shows the wrong dates.", "The statement export shows the wrong dates"},
		{"Hello all\n\nThe card reader went offline at 06:10.", "The card reader went offline at 06:10"},
		// near misses: a greeting word that opens a sentence of its own
		{"Morning shift failed\n\nThe rota did not publish.", "Morning shift failed"},
		{"Morning", "Morning"},
		{"Our support team at the northern depot, all six scanners fail to connect.", "Our support team at the northern depot, all six scanners fail to connect"},
	} {
		got := firstSentence(c.body)
		if trimmed := trimStop(got); trimmed != c.want {
			t.Errorf("firstSentence(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}

func trimStop(s string) string {
	if n := len(s); n > 0 && s[n-1] == '.' {
		return s[:n-1]
	}
	return s
}
