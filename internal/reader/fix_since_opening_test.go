package reader

import "testing"

// TestSinceOpening checks round 255's shape (fix_since_opening.go): "Since
// <an event>, <what has held>" and "Since then ..." take no fix. The
// sentences are written for the test.
func TestSinceOpening(t *testing.T) {
	checkPredicate(t, "sinceOpening", func(text string) bool { return sinceOpening(text, tokens(text, nil)) }, []predicateCase{
		{"Since you moved the domain to the new host, the record has been set to proxied.", true},
		{"Since then the networks have been rejecting the texts.", true},
		{"Since we changed the timeout yesterday, none of the tools has dropped.", true},
		{"Since v3 a plugin can add its own functions.", false},               // no comma: an instruction may follow
		{"I've changed the timeout, since the old one was too short.", false}, // a step, "since" after it
		{"Since.", false},
	})
	checkWording(t, []wordingCase{
		{"Since you moved the domain to the new host, the record has been set to proxied.", staffAfter, 0, Fix},
		{"I've set the record back to DNS only, since it was proxied.", staffAfter, Fix, 0},
	})
}
