package reader

import "testing"

// TestFaultAsked: a yes-no question whether there is a fault (round 247);
// a fault stated, a question of what is wrong, or one not ending on a
// question mark are not. Written for the test.
func TestFaultAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Is there a problem with my application?", true},
		{"Is there an error in the statement, or have I misread it?", true},
		{"Is the formula wrong?", true},
		{"Is the meter faulty or are we really using that much?", true},
		{"The reading looks high, so is there a mistake somewhere?", true},
		// near misses
		{"There is a problem with my application.", false},
		{"What is wrong with the meter?", false},
		{"Is there a problem with my application", false},
		{"The formula is wrong?", false},
		{"Is there an outage in Leeds?", false},
		{"Is the office open on Saturday?", false},
	} {
		if got := faultAsked(c.text, tokens(c.text, nil)); got != c.want {
			t.Errorf("faultAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeFaultAsked: a thing seen, asked about as a fault, is a
// question even where staff explain it or the reader finds it worked; the
// same ask beside a fault running since a time stays an incident.
func TestInferTypeFaultAsked(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
		caused, restored       bool
	}{
		{"Rebate much smaller this quarter", "My rebate is 30 EUR but I sold more than last quarter, when it was 75 EUR. Is the calculation wrong?", "question", true, false},
		{"Licence still pending", "We applied on 3 May and the portal still shows Pending. Is there a problem with it, and when will it be issued?", "question", false, true},
		{"Dashboard shows no orders", "Since Monday the dashboard shows no orders at all, but the shop is taking them. Is there a problem with the feed?", "incident", true, false},
		{"Dashboard shows no orders", "The dashboard shows no orders at all, but the shop is taking them. Please fix it today.", "incident", true, false},
	} {
		var buf [64]string
		var sc scan
		v := subjectVotes(c.subject, buf[:0], &sc, false)
		for _, sp := range Sentences(c.opening) {
			v.vote(sp.Text, false, buf[:0], &sc)
		}
		if got := v.decide(staffSays{caused: c.caused, restored: c.restored}); got != c.want {
			t.Errorf("decide(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
