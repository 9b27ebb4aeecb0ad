package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestRestoredCauseOnly: a sentence read as the cause and restored, and as no step,
// is no restoration; the same read as a step too stays one. The rows are
// the tuning sets' (styles9 05, 16 15, 36 07, 76 09) and near misses written
// for the test.
func TestRestoredCauseOnly(t *testing.T) {
	cases := []struct {
		s    string
		acts reader.Act
		want bool
	}{
		{"Our status screen wrongly kept showing \"Connected\", which is a bug we already have logged.", reader.Cause | reader.Restored, true},
		{"Course completion rule is 'Completed only', so passed attempts stay In progress.", reader.Investigation | reader.Cause | reader.Restored, true},
		{"Chaos licence service was on Manual start so it never came back.", reader.Cause | reader.Restored, true},
		// near misses
		{"Excluded our two motor options from the sync and mapped the new SKUs, active again 09:35.", reader.Fix | reader.Restored, false},
		{"The certificate had expired; I've renewed it and bookings work again.", reader.Cause | reader.Fix | reader.Restored, false},
		{"All 16 nodes are rendering again.", reader.Restored, false},
	}
	for _, c := range cases {
		if got := causeOnly(reader.Sentence{Acts: c.acts, Span: reader.Span{Text: c.s}}); got != c.want {
			t.Errorf("causeOnly(%q, %v) = %v, want %v", c.s, c.acts, got, c.want)
		}
	}
}
