package reader

import "testing"

// TestHedgedOpening checks round 243's shape (fix_hedged_opening.go): a
// sentence opening on a hedge takes no fix and no restoration. The sentences
// are written for the test.
func TestHedgedOpening(t *testing.T) {
	checkPredicate(t, "hedgedOpening", func(text string) bool { return hedgedOpening(tokens(text, nil)) }, []predicateCase{
		{"Might be the new firmware - the notes mention the scanner.", true},
		{"It may have been switched off when the power went.", true},
		{"It might be worth asking IT to allow our address.", true},
		{"Perhaps restarting the router would help.", true},
		{"Could be the cable, we'd need to look.", true},
		{"It may take an hour for the room to warm up again.", true},
		{"May invoices were sent on the 3rd.", false},      // a month
		{"I've restarted the router and it works.", false}, // a step told
		{"It works again since the restart.", false},       // a state told
		{"Could you restart the router?", false},           // a request
	})
	checkWording(t, []wordingCase{
		{"It might be worth resetting the scanner before the next shift.", staffAfter, 0, Fix},
	})
}
