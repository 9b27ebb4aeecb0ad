package reader

import "testing"

// TestWorryAsked: an ask whether a thing seen is normal or a worry (round
// 113); a statement of worry, a question of what is normal to do, or an ask
// of what to do are not. Written for the test.
func TestWorryAsked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Is that normal after a delivery or should I be worried?", true},
		{"Is this covered by the warranty, and should we be worried?", true},
		{"Is it normal that the gauge shows 0 overnight?", true},
		// near misses
		{"I am worried the tank is leaking.", false},
		{"What is the normal notice period?", false},
		{"Should we be sending the readings monthly?", false},
		{"It is normal for us to close at 5.", false},
	} {
		if got := worryAsked(tokens(c.text, nil)); got != c.want {
			t.Errorf("worryAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeWorry: a thing seen, asked about as normal or a worry, is a
// question even where staff explain it; the same thing told with an ask to
// fix it stays an incident.
func TestInferTypeWorry(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
		caused                 bool
	}{
		{"Smell of oil after delivery", "You delivered 500 litres this morning. There is a smell of oil around the tank. I cannot see any puddle. Is that normal after a delivery or should I be worried?", "question", true},
		{"Cracks in plaster", "Hairline cracks have appeared above the door. Is this covered by the warranty, and should we be worried?", "question", true},
		{"Smell of oil after delivery", "You delivered 500 litres this morning and now the tank is leaking and I cannot stop it. Please send someone.", "incident", true},
	} {
		var buf [64]string
		var sc scan
		v := subjectVotes(c.subject, buf[:0], &sc, false)
		for _, sp := range Sentences(c.opening) {
			v.vote(sp.Text, false, buf[:0], &sc)
		}
		if got := v.decide(staffSays{caused: c.caused}); got != c.want {
			t.Errorf("decide(%q, %q, caused) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
