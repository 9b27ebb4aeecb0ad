package reader

import "testing"

// TestRestoredMeasureUnder checks round 117's measure of the service under a
// figure after the remedy (restored_measure_under.go). The sentences are
// written for the test; the near misses are no remedy, a plan, a condition, a
// negation, a target, no figure, no measure word, a question.
func TestRestoredMeasureUnder(t *testing.T) {
	taken := []wordingCase{
		{"Response times on the new node are under 80ms.", staffAfter, Restored, 0},
		{"CPU now stays below 40% during the nightly export.", staffAfter, Restored, 0},
		{"Busiest hour today: lag under 15 s throughout.", staffAfter, Restored, 0},
		{"New antenna fitted, clock drift under 2 ms by 14:10.", staffAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"Latency should be under 50ms once the cache warms up.", staffAfter, 0, Restored},
		{"If memory stays under 4 GB overnight we'll close this.", staffAfter, 0, Restored},
		{"Lag is still not under 20 s on the old feed.", staffAfter, 0, Restored},
		{"Our target is load under 70% at peak.", staffAfter, 0, Restored},
		{"The error report is under review.", staffAfter, 0, Restored},
		{"Orders under 250 ship free.", staffAfter, 0, Restored},
		{"Is latency under 50ms for you now?", staffAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	checkWording(t, []wordingCase{{"Response times on the new node are under 80ms.", staffBefore, 0, Restored}})
	checkRuleItself(t, "a measure under a figure", measureUnder, taken, refused)
}
