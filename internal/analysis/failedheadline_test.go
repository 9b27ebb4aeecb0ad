package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestFailureTold: a sentence read as a cause that opens by naming what
// failed before a colon is a failure told; a cause with "because", a cause
// without the colon, and a fix are not. The sentences are written for the
// test.
func TestFailureTold(t *testing.T) {
	cases := []struct {
		s    string
		acts reader.Act
		want bool
	}{
		{"Branch 12 failed: the two kiosks didn't come back after the reboot.", reader.Cause, true},
		{"The nightly export failed: template 'EXP_v2' not found.", reader.Cause, true},
		{"2 failed: REF-0058 and REF-0070, 'title mismatch'.", reader.Cause, true},
		// near misses
		{"Branch 12 failed because its disk was full.", reader.Cause, false},
		{"The cause: the disk on branch 12 was full.", reader.Cause, false},
		{"Branch 12 failed: rolled it back to 7.3.", reader.Cause | reader.Fix, false},
		{"Branch 12 failed: the two kiosks didn't come back after the reboot.", 0, false},
	}
	for _, c := range cases {
		if got := failureTold(reader.Sentence{Span: reader.Span{Text: c.s}, Acts: c.acts}); got != c.want {
			t.Errorf("failureTold(%q, %v) = %v, want %v", c.s, c.acts, got, c.want)
		}
	}
}
