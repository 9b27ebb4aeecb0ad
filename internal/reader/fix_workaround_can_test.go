package reader

import "testing"

// TestWorkaroundCan checks a workaround told as what someone can do
// meanwhile (fix_workaround_can.go). The true rows are reworded from the
// styles sets named beside them; the near misses are staff's own "I can", a
// negation, a condition, the future, a question and no workaround's marker.
func TestWorkaroundCan(t *testing.T) {
	yes := []string{
		"You can set any amount on the website in the meantime.",                                // styles63
		"In the meantime, your customers can check a certificate by entering its number.",       // styles69
		"As a stop-gap, the drivers can scan the old label underneath or type the location in.", // styles71
	}
	no := []string{
		"I can set up everything else in the meantime.",
		"Until then keys can't be revalidated at reception for now.",
		"If it slips he can use the handset buttons meanwhile.",
		"Row 18 will show for now; the airport team can reseat anyone placed there.",
		"In the meantime, can the drivers scan the old label?",
		"The drivers can scan the old label underneath.",
	}
	for _, s := range yes {
		if !workaroundCan(s, newScan(tokens(s, nil), &scan{}), staffAfter, true) {
			t.Errorf("workaroundCan(%q) = false", s)
		}
	}
	for _, s := range no {
		if workaroundCan(s, newScan(tokens(s, nil), &scan{}), staffAfter, true) {
			t.Errorf("workaroundCan(%q) = true", s)
		}
	}
}
