package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestOnsetLater: after the work, a customer's sentence that tells a state
// new since a time or since the work is a fault stated, though it names no
// failure (the shapes of styles95 05, styles102 04, styles107 03, styles6
// 12, in other words); a state told fine, a fault denied, a sentence whose
// fault words rankLater weighs, a question, a restoration and a sentence with
// no onset are not.
func TestOnsetLater(t *testing.T) {
	for _, c := range []struct {
		text string
		acts reader.Act
		want bool
	}{
		{"Dafydd, since this morning the handover dashboard is showing nothing for the hospital at all.", 0, true},
		{"Since yesterday several crews have rung to say the list on their tablet says \"Unknown code\".", 0, true},
		{"The scanner on line 2 is stopping every parcel since 6 this morning, the operators are sorting by hand.", 0, true},
		{"Since last night's update the tablets show yesterday's job list.", 0, true},
		{"since this morning option 3 is going to the bulky waste team instead of the missed bins team.", 0, true},
		// near misses
		{"It has all been fine since this morning, thanks.", 0, false},
		{"Since Monday there have been no drops at all.", 0, false},
		{"Not one complaint since the update.", 0, false},
		{"Since this morning the tablets crash on start.", 0, false}, // a failure named: rankLater's
		{"Since this morning the tablets show yesterday's list?", reader.Question, false},
		{"Since 09:10 the tablets show today's list again.", reader.Restored, false},
		{"The tablets show yesterday's job list.", 0, false},
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts}
		if _, got := onsetLater(sn); got != c.want {
			t.Errorf("onsetLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
