package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestDidBut: the writer's own act and, after "but", what came of it is a
// fault told (round 225); an attempt, a need, or an act with no "but" after
// it is not. Written for the test.
func TestDidBut(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"I ordered two blue covers but the parcel has two grey ones instead.", true},
		{"We booked the hall for Friday and got the confirmation, but the portal shows it as Cancelled.", true},
		{"I have paid the invoice last week but the statement still shows it open.", true},
		{"We've just renewed the licence but the app says trial.", true},
		{"I did re-send the form on Monday but nothing arrived.", true},
		// near misses
		{"I've tried resetting it but the button is greyed out.", false},
		{"I've looked in the app but can only see the balance.", false},
		{"We wanted to book the boat, but the planner shows a stoppage.", false},
		{"I need to revise the drawings but they are checked out.", false},
		{"I ordered two blue covers last week.", false},
		{"The parcel came but it was empty.", false},
	} {
		if got := didBut(tokens(c.text, nil)); got != c.want {
			t.Errorf("didBut(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeDidBut: a wrong thing received, told without a fault word,
// with an ask to send the right one, is an incident; an attempt told so
// beside a how-to ask stays a question.
func TestInferTypeDidBut(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Re: your order 55120", "I ordered 6 of the dark green plates, but the bag has 6 light green plates instead. Could you send the right ones please?", ticket.TypeIncident},
		{"Re: your order 55120", "I ordered 6 of the dark green plates. Could you send 6 light green ones as well please?", ticket.TypeServiceRequest},
		{"Moving a booking", "I've looked in the portal but can only see my invoices. How do I move the booking to next week?", ticket.TypeQuestion},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}

// TestContextVotesWithoutDidBut: the votes Read casts for its Context leave
// the act and its outcome out (typeVotes.context).
func TestContextVotesWithoutDidBut(t *testing.T) {
	text := "I ordered two blue covers but the parcel has two grey ones instead."
	for _, c := range []struct {
		context bool
		fault   int
	}{{false, 1}, {true, 0}} {
		v := typeVotes{context: c.context}
		var sc scan
		v.vote(text, false, nil, &sc)
		if v.fault != c.fault {
			t.Errorf("context %v: fault %d, want %d", c.context, v.fault, c.fault)
		}
	}
}
