package reader

import "testing"

// TestAskVerbNoVerb: an ask's frame followed by an adverb of urgency, a
// preposition, an object pronoun, a conjunction or a wh-word asks no action
// (round 219); a verb skipped as a filler before it is the ask's, and "it"
// or "this" before a verb is no plea. Written for the test.
func TestAskVerbNoVerb(t *testing.T) {
	for _, c := range []struct {
		text, verb string
		ask        bool
	}{
		{"Please urgent.", "", true},
		{"pls asap, the shop opens at nine", "", true},
		{"Can someone from your support team look at this today?", "", true},
		{"Could you or a colleague ring me back?", "", true},
		{"Please help quickly.", "help", true},
		{"Can you help me please?", "help", true},
		{"Can I have them by Friday?", "have", true},
		// near misses: a verb after the frame
		{"Please reset it asap.", "reset", true},
		{"Please could this be in place from Monday?", "this", true},
		{"Can someone look at this urgently?", "look", true},
		{"The screen is blank.", "", false},
	} {
		verb, ask := askVerb(tokens(c.text, nil))
		if verb != c.verb || ask != c.ask {
			t.Errorf("askVerb(%q) = %q, %v, want %q, %v", c.text, verb, ask, c.verb, c.ask)
		}
	}
}

// TestVoteNoVerbAsk: a plea for help casts no request vote and no act; an
// ask for a thing done still does.
func TestVoteNoVerbAsk(t *testing.T) {
	for _, c := range []struct {
		text    string
		request int
		acts    int
	}{
		{"Please help quickly.", 0, 0},
		{"Please urgent, the line is stopped.", 0, 0},
		{"Can someone from your technical team look at this urgently?", 0, 0},
		{"Please unlock my account asap.", 1, 1},
	} {
		var v typeVotes
		var sc scan
		v.vote(c.text, false, nil, &sc)
		if v.request != c.request || len(v.acts) != c.acts {
			t.Errorf("vote(%q): request %d acts %v, want %d request, %d acts", c.text, v.request, v.acts, c.request, c.acts)
		}
	}
}
