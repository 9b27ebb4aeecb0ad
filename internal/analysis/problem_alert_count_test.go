package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestAlertCountOnly: in an alert, a label over a bare count ranks below the
// line that states the fault (styles118 01, styles89 06); a line with the
// fault told after its label still ranks as one.
func TestAlertCountOnly(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"CRITICAL: hub EDI-01 (Driftway Edinburgh Cowgate) has not checked in for 15 minutes.", "Pending code pushes: 9", "Last heartbeat: 22:26 UTC"},
			"CRITICAL: hub EDI-01 (Driftway Edinburgh Cowgate) has not checked in for 15 minutes."},
		{[]string{"CRITICAL: job certgen-nightly exited with status 1 at 02:14:52.", "Host: th-cert-01", "Certificates pending: 214"},
			"CRITICAL: job certgen-nightly exited with status 1 at 02:14:52."},
		// near misses: the fault told after the label
		{[]string{"Host: gc-07 (Chair 4 valley station)", "Status: DOWN - no heartbeat for 12 minutes"}, "Status: DOWN - no heartbeat for 12 minutes"},
		{[]string{"Job: nightly-sync on sync01", "Last error: 401 Unauthorized (invalid token)"}, "Last error: 401 Unauthorized (invalid token)"},
	} {
		m := &reader.Message{}
		for _, s := range c.lines {
			m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: s}})
		}
		got := ""
		if cand, _, ok := bestProblem(m, func(sn reader.Sentence) (candidate, bool) { return alertRank(sn, false) }); ok {
			got = cand.text
		}
		if got != c.want {
			t.Errorf("alertRank's best of %q = %q, want %q", c.lines, got, c.want)
		}
	}
	for _, s := range []string{"Pending code pushes: 9", "Certificates pending: 214", "Failed jobs: 3."} {
		if !countOnly(s) {
			t.Errorf("countOnly(%q) = false", s)
		}
	}
	for _, s := range []string{"Declines (timeout): 41 in 5 min (normal < 5)", "Last error: 401 Unauthorized", "Status: DOWN"} {
		if countOnly(s) {
			t.Errorf("countOnly(%q) = true", s)
		}
	}
}
