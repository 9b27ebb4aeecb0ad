package reader

import "testing"

// TestHowToTold: an ask to be told how to do a thing, or a call note of
// one, asks to know the way (round 163); the way offered as the other
// choice to an ask for staff's action, a way told as known, and "how" not
// followed by "to" are not. The sentences are written for the test.
func TestHowToTold(t *testing.T) {
	checkPredicate(t, "howToTold", func(text string) bool { return howToTold(tokens(text, nil)) }, []predicateCase{
		{"please advise how to delete the batch from the failed screen.", true},
		{"Can you show me how to add a second approver?", true},
		{"He asked how to get the totals for his team.", true},
		{"Asked how to refund the deposit.", true},
		{"Could you advise us on how to export the list?", true},
		{"I don't know how to book the room for Friday.", true},
		{"Can you re-push it from your side, or tell me how to publish it again safely?", false},
		{"Can you tell me how it is calculated?", false},
		{"Please tell me how long it will take.", false},
		{"This is how to make the portal crash: press save twice.", false},
		{"The export is failing since this morning.", false},
	})
}

// TestHowToToldType: a ticket whose opening asks to be told how to do a
// thing is a question, even beside a fault.
func TestHowToToldType(t *testing.T) {
	for _, c := range []struct{ subject, opening, want string }{
		{"", "Greetings\nplease advise how to delete the record from the failed screen.", "question"},
		{"Re-push library", "The publish failed. Can you re-push it from your side, or tell me how to publish it again safely?", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
