package reader

import "testing"

// TestZeroFailures checks a run's count closed by none of its failures
// (restored_zero_failures.go). The true rows are reworded from the styles
// sets named beside them; the near misses are a look, a zero before
// something else, a tally in "rejected" and a request.
func TestZeroFailures(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Two files picked up by the 06:00 import: 912 transactions, 0 rejects.", staffAfter, Restored, 0},                   // styles57
		{"Job 'Welcome emails' completed: 41 sent, 0 failed.", staffAfter, Restored, 0},                                      // styles29
		{"Test at 18:30 with the gate team: 40 scans on WG-T2, zero misreads (was 1 in 6 before).", staffAfter, Restored, 0}, // styles31
		{"Checked 200 lines, 0 rejects.", staffAfter, 0, Restored},
		{"Token pull at 06:30, 48,211 tokens, 0 rejected.", staffAfter, 0, Restored},
		{"Please send 40 scans and tell us if you see 0 misreads.", staffAfter, 0, Restored},
	})
}
