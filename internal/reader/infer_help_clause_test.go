package reader

import "testing"

// TestAskVerbHelpClause: a plea for help with a clause of its own after it
// asks for help, not for the clause's next word (round 225); a verb or an
// object after "help" is as before. Written for the test.
func TestAskVerbHelpClause(t *testing.T) {
	for _, c := range []struct {
		text, verb string
		ask        bool
	}{
		{"Please help I have small children", "help", true},
		{"Can you please help as I am going away on Thursday?", "help", true},
		{"Please help, I dont want to lose the fee.", "help", true},
		{"Can someone help before then?", "help", true},
		{"Can you help please, they start on site on Monday.", "help", true},
		{"Please help because the shop opens at nine.", "help", true},
		// near misses: a verb or an object after "help"
		{"Can you help set up the new tills?", "set", true},
		{"Please help me with the export.", "help", true},
		{"Please send the invoice before Friday.", "send", true},
		{"I will help as soon as I can.", "", false},
	} {
		verb, ask := askVerb(tokens(c.text, nil))
		if verb != c.verb || ask != c.ask {
			t.Errorf("askVerb(%q) = %q, %v, want %q, %v", c.text, verb, ask, c.verb, c.ask)
		}
	}
}

// TestVoteHelpClause: the plea casts no request vote; an ask for a thing
// done beside it still does.
func TestVoteHelpClause(t *testing.T) {
	for _, c := range []struct {
		text    string
		request int
	}{
		{"Can someone help before then?", 0},
		{"Please help, I dont want to lose the visits fee.", 0},
		{"Please help, we need the boxes to go this week.", 1},
		{"Can you help set up the new tills?", 1},
	} {
		var v typeVotes
		var sc scan
		v.vote(c.text, false, nil, &sc)
		if v.request != c.request {
			t.Errorf("vote(%q): request %d, want %d", c.text, v.request, c.request)
		}
	}
}
