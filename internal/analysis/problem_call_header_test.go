package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestNamedCallHeader: a call's header that names its line and time, or says
// the call was logged, is no statement of the problem (styles114 10,
// styles49 15, styles24 06, styles117 10); the caller's fault after it, a
// header with the substance after a colon, and a sentence about a call
// that is the fault stay.
func TestNamedCallHeader(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Breakdown line call 19:52 from Mr P. Okonjo on Damselfly (hire BW-24117), moored below Hadley Locks.", false},
		{"Out-of-hours call 05:38 from traveller Stephen Marsh (Calder Engineering) at Amsterdam Schiphol, flight KL1001 AMS-LHR 07:10.", false},
		{"Logged call - Gemma Holt, StoreSafe Dunstable, gate keypad down.", false},
		// near misses
		{"Central heating (diesel heater) won't start: it runs for about a minute, then stops and the panel shows F02.", true},
		{"Breakdown line call 19:52: heater won't start on Damselfly, panel shows F02.", true},
		{"The 999 call 23:42 from the bridge never reached the duty officer.", true},
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}}
		if _, got := staffNoteRank(sn, false); got != c.want {
			t.Errorf("staffNoteRank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
