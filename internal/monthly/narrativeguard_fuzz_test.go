package monthly_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/monthly"
)

// FuzzNarrativeGuard feeds the guard what a model may answer: it must never
// panic, and every problem must quote words of the paragraph.
func FuzzNarrativeGuard(f *testing.F) {
	p := func(v float64) *float64 { return &v }
	r := &monthly.Report{Month: "2026-02", Timezone: "UTC", From: "2026-02-01T00:00:00Z", External: true}
	r.Tickets = 61
	r.FirstResponse.WithTarget, r.FirstResponse.WithinSLAPercent = 50, p(82)
	given, err := r.NarrativeFigures()
	if err != nil {
		f.Fatal(err)
	}
	g, err := monthly.NewNarrativeGuard(r, given, []string{"Pat Jones"})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{r.DeterministicNarrative(), "61 tickets in February 2026; 82% met the target.",
		"Pat Jones blamed INC-1 for 3 hours and a half, 4.5 per cent, twenty-one VPN", "May", "", "an hour, a few minutes, 1,200"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, pr := range g.Check(text) {
			if pr.Kind != "ticket" && !strings.Contains(strings.ToLower(text), strings.ToLower(pr.Phrase)) {
				t.Errorf("problem %v quotes words not in %q", pr, text)
			}
		}
	})
}
