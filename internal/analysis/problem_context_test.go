package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestContextOnly: the restatement that only sets the scene, which gives way
// to a later sentence stating the fault, and near misses that must be
// refused: a scene that states the fault itself. Sentences of the tuning sets
// (styles18, 36, 45, 46, 56, 66 taken; styles11, 34, 60, 74, 84, 88
// refused), shortened.
func TestContextOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		acts reader.Act
		want bool
	}{
		{"I returned an unopened bag of Royal Canin Renal at the end of February and got an email on 3 March saying my refund had been processed.", 0, true},
		{"I have booked parking in Long Stay for 3-10 March, booking NMA-PK-90114, and I paid 48.00 GBP online.", 0, true},
		{"I want to change my payout from PayPal to my bank account (IBAN ES..).", 0, true},
		{"Details: I changed my direct debit date to the 15th on your website on 24 March, I got an e-mail confirming it.", 0, true},
		{"Message: Hi, I want to play with my 8BitDo Pro 2 controller on the Chromebook in the browser.", 0, true},
		{"My fiancée Carys and I booked the band through you last November for our wedding, and paid a deposit of £600.", 0, true},
		// near misses: the scene goes on to the fault, states it, or is marked so
		{"We're doing a quarterly test restore for a client and it's crawling: 4 MB/s for a 120 GB restore.", 0, false},
		{"I try to make my order on the wholesale site but when I press Checkout it say minimum order 20 kg.", 0, false},
		{"We booked an inward pilot for tomorrow 05:30 and got the confirmation, but this morning the portal shows the booking as Cancelled.", 0, false},
		{"I submitted my Spring entries this evening and my bank app shows the amount has been taken twice.", 0, false},
		{"I have received the service charge demand for Flat 12 and the amount is £1,486.20.", 0, false},
		{"I have a regional review at 2pm today and the client portal is showing March visits for 19 of my 46 stores.", 0, false},
		{"I have received a Penalty Charge Notice for a crossing on 14 October.", reader.Problem, false},          // the reader's mark
		{"I can't log in since the update.", 0, false},                                                            // a fault in words
		{"Since the timetable change the display at Station Road is showing departures the wrong way.", 0, false}, // not the writer's doing
		{"This afternoon there is a smell of heating oil around the tank.", 0, false},                             // the fault, no fault word
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts}
		text := c.text
		if _, value, ok := field(text); ok {
			text = value
		}
		if got := contextOnly(sn, text); got != c.want {
			t.Errorf("contextOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFaultAfter: the later sentence that states the fault, not a question
// nor a request that names one (styles44's "Please cancel this, I am not
// paying ...", after the scene "I have received a Penalty Charge Notice").
func TestFaultAfter(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		want      string
	}{
		{[]string{"I returned a bag and got an email saying my refund had been processed.", "It still hasn't appeared on my card.", "My bank says there's nothing pending from you either."}, "It still hasn't appeared on my card."},
		{[]string{"I have received a Penalty Charge Notice for a crossing.", "Please cancel this, I am not paying a penalty for a toll I have already prepaid."}, ""},
		{[]string{"My neighbour and I set up the heating last week.", "Why does it still not get hot?"}, ""},
		{[]string{"We got the test pressings yesterday.", "On all five there is a loud crackle in the run-in of side B."}, ""}, // no fault word
	} {
		m := &reader.Message{}
		for _, s := range c.sentences {
			m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: s}})
		}
		got := ""
		if cand, _, ok := faultAfter(m, 0, rankProblem); ok {
			got = cand.text
		}
		if got != c.want {
			t.Errorf("faultAfter(%q) = %q, want %q", c.sentences, got, c.want)
		}
	}
}
