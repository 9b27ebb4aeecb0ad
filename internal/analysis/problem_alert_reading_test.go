package analysis

import (
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestAlertReading: an alert's line that gives the check's figure against its
// bound (taken, from the tuning rows), and near misses that must be refused.
func TestAlertReading(t *testing.T) {
	checkPredicate := func(text string, want bool) {
		t.Helper()
		if got := alertReading(text); got != want {
			t.Errorf("alertReading(%q) = %v, want %v", text, got, want)
		}
	}
	checkPredicate("summary: 5xx rate 7.4% over 10m (threshold 2%)", true)
	checkPredicate("Info: QUEUE CRITICAL - 412 frames waiting (crit > 250), oldest 01:02:55 UTC", true)
	checkPredicate("Cabinet temp 9.6C, above 8.0C for 45 min.", true)
	checkPredicate("NO2 data capture below 75% for the last 6 hours.", true)
	checkPredicate("Silent for: 12 s (threshold 10 s)", true)
	checkPredicate("212 of 480 pumps have not checked in for more than 60 minutes (threshold 10%).", true)
	// near misses
	checkPredicate("ALERT [MAJOR] Fleet check-in below threshold", false)            // a bound with no figure
	checkPredicate("Value: 1142 (threshold 900)", false)                             // a bare value, no measure named
	checkPredicate("Reading: 2.41 mm (amber threshold 2.00 mm, red 3.00 mm)", false) // the same, a generic label
	checkPredicate("Queue depth 40 (threshold 50); sends may slow above 50.", false) // what may follow
	checkPredicate("Host: pay-api-01.efiling.internal", false)
	checkPredicate("Since 06:00 the limit on the account is wrong.", false) // no figure against the bound
}

// TestAlertHeadline: an alert's headline as a label's line under the alert
// word ranks with a fault stated; other labels do not.
func TestAlertHeadline(t *testing.T) {
	checkPredicate := func(text string, want bool) {
		t.Helper()
		if got := alertHeadline(text); got != want {
			t.Errorf("alertHeadline(%q) = %v, want %v", text, got, want)
		}
	}
	checkPredicate("ALERT: Register sync backlog for site KK-07 (Batford Primary ASC).", true)
	checkPredicate("PROBLEM: efiling-payments-api /health CRITICAL", true)
	checkPredicate("Severity: WARNING", false)
	checkPredicate("ALERT CRITICAL crewlink-ops-prod-eu", false) // not a label's line
	checkPredicate("Host: 10.44.12.32", false)
}

// TestAlertRankReading: the reading outranks a title that only names the
// check, and a fault stated in words outranks the reading.
func TestAlertRankReading(t *testing.T) {
	rank := func(text string, restates bool) int {
		c, ok := alertRank(reader.Sentence{Span: reader.Span{Text: text}}, restates)
		if !ok {
			return -1
		}
		return c.score
	}
	if title, reading := rank("TEMP ALARM LB-0244 Harbourside Dental Group", true), rank("Cabinet temp 9.6C, above 8.0C for 45 min.", false); reading <= title {
		t.Errorf("reading %d should outrank the title %d", reading, title)
	}
	if fault, reading := rank("Summary: Orders placed online are not reaching the LDN-04 picking queue within 10 minutes.", false), rank("lag_seconds=734 (threshold 600)", false); fault <= reading {
		t.Errorf("a fault in words %d should outrank the reading %d", fault, reading)
	}
	if head, reading := rank("ALERT: Register sync backlog for site KK-07 (Batford Primary ASC).", true), rank("Queued register events: 38 (threshold 20).", false); head <= reading {
		t.Errorf("the ALERT: headline %d should outrank the reading %d", head, reading)
	}
}
