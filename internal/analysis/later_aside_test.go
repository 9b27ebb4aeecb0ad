package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestLaterAside: a customer's sentence after staff's remedy that uses a
// fault's words and reports no fault (later_aside.go), beside the near misses
// that report one. The sentences are written for the test, after the forms of
// the tuning tickets cited in later_aside.go.
func TestLaterAside(t *testing.T) {
	cases := []struct {
		text string
		want bool // read as a later fault (rankLater, then recurrence)
	}{
		// a fault supposed to come
		{"Leave it on then, but if it happens again we're cancelling.", false},
		{"Roll it out to the other sites please, less hassle if something goes wrong.", false},
		{"Fine for now, we'll ring you in case it fails again.", false},
		{"If it crashes again I'll send you the log.", false},
		// near misses: a fault reported, a condition with a person, a fault
		// in the main clause
		{"It happened again at 9, if that helps.", true},
		{"If I open the rota on the tablet it crashes.", true},
		{"It crashes if it is left open over lunch.", true},
		// what the fault cost, told once it is over
		{"Morning class started 09:25, 25 minutes late, parents told.", false},
		{"The first coach left twenty minutes behind.", false},
		{"We lost the best part of an hour of the studio's time.", false},
		// near misses: late again, late now
		{"The first coach left twenty minutes late again today.", true},
		{"Trains are still running 20 minutes late.", true},
		// an ask to know
		{"Would still like to know how it happened.", false},
		{"Thanks, I'd like to understand why the export failed though.", false},
		// near miss: a fault with a wish
		{"The export still fails, we'd like it fixed today.", true},
		// a fault denied by "without"
		{"Two days of calls without a single drop.", false},
		{"Ran all weekend without any errors.", false},
		// near misses: a negation before "without", a fault beside it
		{"I can't save the form without an error.", true},
		{"It ran without errors but the totals are still blank.", true},
		// the writer back with more
		{"Sam, sorry, me again.", false},
		// near misses: the state gone back to the fault, the fault as before
		{"Sorry, the screens have gone back to showing Offline.", true},
		{"Same as before, the card reader beeps and nothing happens.", true},
	}
	for _, c := range cases {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}}
		_, later := rankLater(sn)
		if !later {
			_, later = recurrence(sn)
		}
		if later != c.want {
			t.Errorf("%q read as a later fault: %v, want %v", c.text, later, c.want)
		}
	}
}
