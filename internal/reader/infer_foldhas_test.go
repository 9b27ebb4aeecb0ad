package reader

import (
	"slices"
	"testing"
)

// TestMayHoldWord: a sentence one of whose tokens is a word ticketVotes
// asks of staff sentences may hold it for mayHoldWord, whatever its case or
// its runes beyond ASCII; and the near misses.
func TestMayHoldWord(t *testing.T) {
	asked := map[string]string{"change": "change", "changes": "change", "incident": "incident", "incidents": "incident",
		"service": "service", "question": "question"}
	for _, s := range []string{"Closing the CHANGE now.", "Your Change Request has been received.", "The change I made broke it.",
		"INCIDENT logged.", "Service request 4411 opened", "Your question has been received.", "\u0130ncident: the Service is back",
		"SERV\u0130CE restored", "the change\u2019s owner", "re-change the \u2019service\u2019"} {
		for _, w := range tokens(s, nil) {
			if p, ok := asked[w]; ok && !mayHoldWord(s, p) {
				t.Errorf("%q: a token %q, but mayHoldWord(%q) false", s, w, p)
			}
		}
	}
	for _, s := range []string{"Chnage it", "services", "quest ion", "Rechecked it."} {
		if mayHoldWord(s, "change", "question") {
			t.Errorf("%q: mayHoldWord true", s)
		}
	}
	if !slices.Contains(tokens("\u0130ncident logged", nil), "incident") {
		t.Error(`"\u0130ncident" no longer lowers to "incident": the test's reason is gone`)
	}
}
