package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

// TestStopgap: a fix that states a stopgap until the fix, and the near misses
// where "until" says how long a step took or what it waits for. The sentences
// are invented after the forms of styles44 (TD-20914: "Until it arrives,
// please download …"), styles45 (ADC-BR-3342: "for now the quickest way is
// …"), styles46 (LF-90701: "As a workaround you can …"), styles34 (HB-20489:
// "Until the app team change this, I have switched …") and styles36
// (HH-7741: "Until it's updated, please use …").
func TestStopgap(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Until the new card arrives, please read the tachographs by hand at the depot.", true},
		{"They're fixing the page, but for now the quickest way is to pay by phone.", true},
		{"As a workaround you can upload the file from the desktop app.", true},
		{"In the meantime I've given you a 14-day licence so the gallery PC keeps working.", true},
		{"Until the supplier ships the patch, I have switched the site to manual clock-in.", true},
		{"We temporarily raised the rate limit to 120 a minute.", true},
		// near misses: the step itself, with "until" for its length or its wait
		{"Had him hold the reset button until the light flashed twice; the printer then fed a test label.", false},
		{"Left the old trust in place for rollback until Friday.", false},
		{"Replaced the power supply and ran the unit until the backlog cleared.", false},
		{"I've restored the missing journeys and rebuilt the schedule.", false},
		// near miss: the word far into a long sentence, about something else
		{"Please complete the testing for the other areas and send us your feedback, noting that the steps we suggested as a workaround are only for the test.", false},
	}
	for _, c := range cases {
		if got := (analysis.Quote{Text: c.text}).Stopgap(); got != c.want {
			t.Errorf("Stopgap(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
