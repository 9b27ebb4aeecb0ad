package reader

import (
	"strings"
	"testing"
)

// TestAskTokens: the words of a closed quotation, straight or typographic,
// are not read for an ask (round 219); an unclosed one is kept. Written for
// the test.
func TestAskTokens(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`The upload stops at 99% and says "Upload failed, please try again".`, "the upload stops at 99 and says"},
		{"The portal says \u201cAccount suspended - please contact billing\u201d and logs me out.", "the portal says and logs me out"},
		{`It says "Session expired" and "please sign in" every time.`, "it says and every time"},
		{`Please reset it, the screen says "locked".`, "please reset it the screen says"},
		{`He wrote "please cancel my order and`, `he wrote please cancel my order and`},
		{"Please reset my password.", "please reset my password"},
	} {
		ts := tokens(c.text, nil)
		if got := strings.Join(askTokens(c.text, ts), " "); got != c.want {
			t.Errorf("askTokens(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestVoteQuotedAsk: a sentence that quotes the software's "please try
// again" states a fault and asks nothing; the customer's own "please" still
// asks.
func TestVoteQuotedAsk(t *testing.T) {
	for _, c := range []struct {
		text           string
		fault, request int
	}{
		{`Every payment fails with "Payment could not be completed, please try again".`, 1, 0},
		{"The till shows \u201cLicence expired, please renew\u201d since this morning.", 1, 0},
		{`Please renew the licence, the till shows "Licence expired".`, 1, 1},
	} {
		var v typeVotes
		var sc scan
		v.vote(c.text, false, nil, &sc)
		if v.fault != c.fault || v.request != c.request {
			t.Errorf("vote(%q): fault %d request %d, want %d %d", c.text, v.fault, v.request, c.fault, c.request)
		}
	}
}
