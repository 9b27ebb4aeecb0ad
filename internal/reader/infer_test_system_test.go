package reader

import "testing"

// TestOnTest: a staff sentence naming a test system (round 253); a test
// done on the live thing, or "in test", does not. Written for the test.
func TestOnTest(t *testing.T) {
	checkPredicate(t, "onTest", func(text string) bool { return onTest(tokens(text, nil)) }, []predicateCase{
		{"New rota rule built and deployed to TEST.", true},
		{"I've set the new form up on your test site so you can try it.", true},
		{"Price table loaded into the test environment first.", true},
		// near misses
		{"Test sale with cash and card went through fine.", false},
		{"I re-ran the export in test: it comes out right.", false},
		{"Could you run a test call to the new number?", false},
	})
}

// TestInferTypeTriedOnTest: an ask whose staff put the thing on a test
// system and then live is a change; a test system with no going live, or
// going live with no test system, leaves a request.
func TestInferTypeTriedOnTest(t *testing.T) {
	for _, c := range []struct {
		texts []string
		want  string
	}{
		{[]string{"I've added the new fee band on your test site.", "The fee band is now live on your account."}, "change"},
		{[]string{"Rule built on test.", "Moved to prod at 07:00."}, "change"},
		{[]string{"I tried the code on the test site and it took 15% off."}, "service_request"},
		{[]string{"Your new login is live."}, "service_request"},
	} {
		v := typeVotes{request: 1}
		if got := v.decide(staffSays{texts: c.texts}); got != c.want {
			t.Errorf("decide(%q) = %s, want %s", c.texts, got, c.want)
		}
	}
}
