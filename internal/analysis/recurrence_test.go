package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestRecurrence: a customer's sentence after staff's remedy that says the
// fault came back without a word of failure, and the near misses. The
// sentences are written for the test, after the forms of styles43
// (MSD-22940 "Its doing it again this morning"), styles47 (LTS-088540 "has the
// Welsh-style nonsense captions again"), styles37 (SF-20418 "I'm afraid it's
// happened again"), styles38 (SS-40562 "Same problem again today") and
// styles41 (WU-INC-40288 "It's happened again").
func TestRecurrence(t *testing.T) {
	cases := []struct {
		text string
		acts reader.Act
		want bool
	}{
		{"It's doing it again this morning.", 0, true},
		{"I'm sorry to come back to this, but the dashboard shows last week's figures again.", 0, true},
		{"I'm afraid it's happened again on the second floor.", 0, true},
		{"Same problem again today, this time for the Friday shift.", 0, true},
		{"The garage door opener is beeping again every few minutes.", 0, true},
		{"Sorry, it came back after lunch.", 0, true},
		// near misses: thanks, a step once more, a good state again, a
		// prevention, a question, an answer, a restoration, a step taken
		{"Thanks again for sorting this so quickly.", 0, false},
		{"I'll try again after the weekend.", 0, false},
		{"The scanner is up again and reading badges.", 0, false},
		{"Everything is syncing again since lunch.", 0, false},
		{"We've added it to the template so it doesn't get missed again.", 0, false},
		{"Will it happen again next month when the key rotates?", reader.Question, false},
		{"Yes, the gate sees temperatures again, no more manual checks.", 0, false},
		{"The kiosks are showing the right prices again.", reader.Restored, false},
		{"I restarted the router again as you said.", reader.Fix, false},
		{"Passengers are using them again now.", 0, false},
		{"Maybe it will happen again when the sync runs?", 0, false},
		{"The money came back to my account today.", 0, false},
		{"Works again on the desktop, thanks.", 0, false},
	}
	for _, c := range cases {
		_, got := recurrence(reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts})
		if got != c.want {
			t.Errorf("recurrence(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
