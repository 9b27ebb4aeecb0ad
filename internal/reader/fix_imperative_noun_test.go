package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Round 210: a remedy word that opens the sentence as the subject of a finite
// verb is a noun, not an instruction. The refused rows are the styles sets'
// (named beside each); the near misses are instructions and step notes that
// keep their fix.
func TestImperativeNounOpening(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	cases := []struct {
		text string
		fix  bool
	}{
		// refused: the remedy word is the subject
		{"Merge ran 02:00 as set, again empty.", false},                                 // styles23
		{"Switch scheduled 09/09 07:00.", false},                                        // styles6
		{"Rebuild failed again 02:11.", false},                                          // styles68
		{"Change verified both ways.", false},                                           // styles84
		{"Reindex will resume tonight at 01:00.", false},                                // styles96
		{"Reindex finished 03:55, no latency alerts overnight or this morning.", false}, // styles96
		// near misses: instructions, and notes of the step itself
		{"Add --gres=gpu:1 to the #SBATCH lines and it will be allocated one.", true},                            // styles4
		{"Copy the feed address that appears underneath.", true},                                                 // styles13
		{"Please refresh the page now.", true},                                                                   // styles38
		{"Replay done 08:20, arrivals board showing temps for all trailers on site.", true},                      // styles35
		{"Swap done at the counter 09:40, Ikenna has GH-4519 and GH-4502 is back in for Saturday's prep.", true}, // styles67
		{"£32.50 refund raised in the Paysafe batch.", true},                                                     // styles25
		{"Refund adjustment £61.80 raised for the 4 listed orders.", true},                                       // styles15
		{"Increase rates loaded into pensioner payroll effective 01/04/2026 (tranche table MPG-PI-2026).", true}, // styles62
	}
	for _, tc := range cases {
		if got := Classify(tc.text, staff)&Fix != 0; got != tc.fix {
			t.Errorf("fix %v, want %v: %q", got, tc.fix, tc.text)
		}
	}
	var buf [64]string
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Merge ran 02:00.", true},
		{"Reindex will resume tonight.", true},
		{"Change verified both ways.", true},
		{"Swap done at the counter.", false},
		{"Switch need a reboot.", false},
		{"Refund", false},
	} {
		if got := imperativeNounOpening(tokens(tc.text, buf[:0])); got != tc.want {
			t.Errorf("imperativeNounOpening(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
