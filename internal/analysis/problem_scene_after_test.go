package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestSceneAfter: after a scene with no fault stated after it in words, the
// next statement is the fault the writer found. Taken: styles10 08, styles36
// 16, styles46 01, styles90 16, styles92 18 (shortened). Refused, from the
// tuning rows: a scene that is the fault told plainly (styles14 04's "charged
// twice", styles30 11's "since last week"), a setup's context (styles99 08's
// "a new QA specialist"), the writer's own next statement (styles44 01,
// styles71 01), a list line (styles81 02), a request opened by "please"
// (styles21 08), a "Now ..." the labeller left to the scene (styles84 12).
func TestSceneAfter(t *testing.T) {
	for _, c := range []struct {
		sentences []string
		want      string
	}{
		{[]string{"we got the test pressings for NFR-041 yesterday.", "On all five there is a loud crackle in the run-in of side B, first 20 seconds of track 1, then it is gone.", "Side A is perfect."}, "On all five there is a loud crackle in the run-in of side B, first 20 seconds of track 1, then it is gone."},
		{[]string{"I booked skis and boots for the four of us at your Val d'Isere shop for 15-21 February.", "The confirmation email says 14-20 February!"}, "The confirmation email says 14-20 February!"},
		{[]string{"I write for the exam of Analisi Matematica 2 (ID 55-AM2) of yesterday.", "Two students had a power cut in their town during the exam and the session is closed for them."}, "Two students had a power cut in their town during the exam and the session is closed for them."},
		{[]string{"I have just generated our annual giving statements for 2025 and before sending them out I compared a sample against our bank records.", "Several of them are too high."}, "Several of them are too high."},
		{[]string{"We're using the Stand app on the orchestra's iPads for the first time.", "Can you look at it?", "The leader marked bowings on Saturday and by Monday half of them had gone."}, "The leader marked bowings on Saturday and by Monday half of them had gone."}, // a question passed over
		// near misses
		{[]string{"I was charged twice for a single charging session on Sunday afternoon.", "Mine shows two payments."}, ""},
		{[]string{"I've been ordering through the trade site for 3 years and since last week the prices are all showing at the retail rate.", "These are wrong."}, ""},
		{[]string{"We have a new QA specialist, Erik Holm, who will do the batch record review from next month.", "His GMP training record for the portal is attached."}, ""},
		{[]string{"I have received a Penalty Charge Notice for a crossing on 14 October.", "I have had a Northway tag in my car for three years, so I don't understand why I am being fined."}, ""},
		{[]string{"I have just looked at my bank app and you have taken the monthly storage payment.", "We have been with you since the autumn and it has always gone out once before."}, ""},
		{[]string{"We are opening our Corby site on 16th March.", "a new site \"Corby - Phoenix Parkway\" under our account"}, ""},
		{[]string{"We are opening our third branch at Kirkby Lonsdale on 2nd March.", "Please could you add the branch to our account (address below)"}, ""},
		{[]string{"I BOOKED THE GUEST SUITE FOR MY GRANDSON 13-15 FEB ON THE PORTAL AND GOT A CONFIRMATION.", "NOW THE HOUSE MANAGER SAYS SOMEBODY ELSE HAS IT THOSE NIGHTS."}, ""},
	} {
		m := &reader.Message{}
		for _, s := range c.sentences {
			m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: s}})
		}
		got := ""
		if cand, _, ok := sceneAfter(m, 0, rankProblem, c.sentences[0]); ok {
			got = cand.text
		}
		if got != c.want {
			t.Errorf("sceneAfter(%q) = %q, want %q", c.sentences, got, c.want)
		}
	}
}
