package reader

import (
	"strings"
	"testing"
)

// Round 245: the ASCII case-folding gates of ownStepReason and
// reasonForRemedy answer as the lower-cased copies they spare.
func TestFoldGatesMatchLowered(t *testing.T) {
	texts := []string{
		"", "So", "We restarted it BECAUSE the disk filled.", "Restarted before the window.",
		"We moved it, SO it is fine.", "Kept a copy In Case it fails.", "Added a rule TO AVOID a repeat.",
		"Patched it to Prevent that.", "Nothing here at all.", "Beforehand we checked.", "also,so",
		"Because we patched it, the alerts stopped.", "because", "Because", "BECAUSE the queue",
		"Becaus the queue", "because\tthe queue", "  Because the queue filled, restart it",
	}
	leads := []string{"because", "before", " so", "in case", "to avoid", "to prevent"}
	for _, text := range texts {
		low := strings.ToLower(text)
		want := false
		for _, l := range leads {
			want = want || strings.Contains(low, l)
		}
		if got := reasonLeadFold(text); got != want {
			t.Errorf("reasonLeadFold(%q) = %v, want %v", text, got, want)
		}
		gate := strings.TrimSpace(text)
		open := !(len(gate) < len("because ") || isASCII(gate[:len("because ")]) && !hasPrefixFold(gate, "because "))
		if lowOpen := strings.HasPrefix(strings.ToLower(gate), "because "); open != lowOpen {
			t.Errorf("reasonForRemedy's gate on %q = %v, lower-cased %v", text, open, lowOpen)
		}
	}
}
