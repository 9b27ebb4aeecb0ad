package analysis

import "testing"

// TestFollowsExplanation: a sentence that names a cause only in a clause
// pointing back, after a cause sentence of its message, is told apart from
// one that names a cause of its own or opens its message.
func TestFollowsExplanation(t *testing.T) {
	expl := Quote{Event: "e8", Public: true, Text: "When the webhook signing secret was rolled in your Stripe dashboard yesterday evening, StencilBook carried on using the old one, so since 08:52 today every payment confirmation Stripe sent us was rejected."}
	cases := []struct {
		name   string
		causes []Quote
		wantJ  int
		wantOK bool
	}{
		{"which is why after the explanation", []Quote{expl, {Event: "e8", Public: true, Text: "The money was taken, but the bookings were never marked as paid, which is why the page spun and Hannah has a charge with no booking."}}, 0, true},
		{"that's why opening", []Quote{{Event: "e6", Text: "At the end of the quiz the package tells Learnwell the learner has \"passed\", but it never sends \"completed\"."}, {Event: "e6", Text: "That's why everyone is sitting at In progress."}}, 0, true},
		{"because of that", []Quote{{Event: "e4", Text: "We've traced it: the new centre record was created under a new site code."}, {Event: "e4", Text: "Because of that, every letter produced since the move pulled the old address."}}, 0, true},
		{"first of its message", []Quote{{Event: "e3", Text: "Same picture at J0415."}, {Event: "e5", Text: "As discussed, the router in your comms cupboard has failed, which is why the tills can't connect."}}, -1, true},
		// near misses
		{"names a cause of its own", []Quote{expl, {Event: "e8", Text: "The run stopped because the disk was full, which is why the page spun."}}, 0, false},
		{"no clause pointing back", []Quote{expl, {Event: "e8", Text: "The cause was a rolled secret."}}, 0, false},
	}
	for _, c := range cases {
		j, ok := followsExplanation(c.causes, len(c.causes)-1)
		if ok != c.wantOK || ok && j != c.wantJ {
			t.Errorf("%s: followsExplanation = %d, %v, want %d, %v", c.name, j, ok, c.wantJ, c.wantOK)
		}
	}
}

// TestMainCauseConsequence: the explanation before a "which is why" of the
// same message is quoted; a consequence with no explanation before it in its
// message keeps its rank; an explanation ranked well below (an admission)
// does not take the quote.
func TestMainCauseConsequence(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Event: "e4", Public: true, Text: "Our driver called at 11.20 yesterday but the side gate to the tank was padlocked, so the delivery couldn't be made."},
		{Event: "e4", Public: true, Text: "There were no access notes on your account, which is why he didn't know another way round."},
	}}
	if got := f.MainCause(true); got != 0 {
		t.Errorf("MainCause = %d, want 0 (the explanation)", got)
	}
	f = &Facts{Causes: []Quote{
		{Event: "e3", Public: true, Text: "Your order was placed as a VOR order."},
		{Event: "e5", Public: true, Text: "The router in your comms cupboard has failed, which is why the tills can't connect."},
	}}
	if got := f.MainCause(true); got != 1 {
		t.Errorf("MainCause = %d, want 1 (first of its message)", got)
	}
	f = &Facts{Causes: []Quote{
		{Event: "e5", Public: true, Text: "Sorry, that was my change."},
		{Event: "e5", Public: true, Text: "The new rule dropped the bundle, which is why the box showed empty."},
	}}
	if got := f.MainCause(true); got != 1 {
		t.Errorf("MainCause = %d, want 1 (the admission does not take the quote)", got)
	}
}
