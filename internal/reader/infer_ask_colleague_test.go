package reader

import "testing"

// TestAskVerbColleague: "can she get", "could he have" ask for a thing for
// a colleague or one's own, as "can I get" does (round 113); "can she log
// in" or "can they get" ask whether it is possible. Written for the test.
func TestAskVerbColleague(t *testing.T) {
	for _, c := range []struct {
		text string
		ask  bool
	}{
		{"my wife is the dependant on my case, can she get her own login", true},
		{"Could he have his tablet before his first night shift please?", true},
		{"can I get the old invoice resent", true},
		// near misses
		{"can she log in from home?", false},
		{"Do the drivers need paper copies or can they get them on the app?", false},
		{"can we export the list?", false},
	} {
		if _, got := askVerb(tokens(c.text, nil)); got != c.ask {
			t.Errorf("askVerb(%q) ask = %v, want %v", c.text, got, c.ask)
		}
	}
	if got := InferType("Chat: add my wife to my case", "my wife is the dependant on my application, can she get her own login to upload her documents"); got != "service_request" {
		t.Errorf("InferType(add my wife) = %s, want service_request", got)
	}
}
