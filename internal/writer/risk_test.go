package writer_test

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestNoRiskBesideTheCustomersImpact: risk handling says the review found "no
// particular risk to the customer's business" only where the customer stated
// no impact on it; where they did ("… so cards need to be live before then",
// styles34 HB-20452; styles27 CW-230390; styles56 FL-2026-11960) the sentence
// would contradict them. The tickets are invented.
func TestNoRiskBesideTheCustomersImpact(t *testing.T) {
	const none = "no particular risk"
	cases := []struct {
		name string
		msgs []inventedMsg
		want bool
	}{
		{"the customer states what is at stake", customerThenStaff(
			"Please can you set up door cards for our two new drivers. Their training is booked for 07:00 Monday in the depot, so the cards need to be live before then please.",
			"I've added the loading bay to the starters' access group; the cards work on that door now."), false},
		{"near miss: no impact stated", customerThenStaff(
			"Please can you set up door cards for our two new drivers.",
			"I've added the loading bay to the starters' access group; the cards work on that door now."), true},
	}
	for _, c := range cases {
		n := narrateInvented(ticket.TypeServiceRequest, "Door cards", c.msgs...)
		if got := strings.Contains(n.RiskHandling, none); got != c.want {
			t.Errorf("%s: %q in risk handling is %v, want %v:\n%s", c.name, none, got, c.want, n.RiskHandling)
		}
	}
}
