package analysis

import (
	"regexp"
	"slices"
	"strings"
)

// thresholdReading matches a measured value set against the check's bound:
// "(threshold 50)", "(crit > 250)", "(limit 60 %RH ...)", "above 8.0C",
// "below 75%", "setpoint 10.0 Torr".
var thresholdReading = regexp.MustCompile(`\b(threshold|limit|setpoint|crit|warn|above|below|exceeds?)\s*[><=]*\s*\d`)

// alertReading reports whether text, a line of an alert, gives the check's
// reading against its bound: a figure and the threshold it crossed. Such a
// line tells what the check found, and ranks above the alert's title line
// that only names the check: "summary: 5xx rate 7.4% over 10m (threshold
// 2%)" under "[FIRING:1] AnnotationsSync5xxHigh" (styles56 03), "Info: QUEUE
// CRITICAL - 412 frames waiting (crit > 250) ..." under "** PROBLEM Service
// Alert: hf-pipe01/reduce_queue is CRITICAL **" (styles52 01), "Cabinet temp
// 9.6C, above 8.0C for 45 min." under "TEMP ALARM LB-0244 Harbourside Dental
// Group" (styles77 11). Not a reading: a bound with no figure read before it
// ("Fleet check-in below threshold"), a line of what may follow, and a bare
// value under a generic label ("Value: 1142 (threshold 900)", styles20 02),
// which names no measure: the title names the check there.
func alertReading(text string) bool {
	l := lower(text)
	loc := thresholdReading.FindStringIndex(l)
	if loc == nil || alertConsequence(text) {
		return false
	}
	if label, _, ok := field(text); ok && slices.Contains(genericReadingLabels, lower(label)) {
		return false
	}
	// a figure read before the bound: the reading itself
	return strings.ContainsAny(l[:loc[0]], "0123456789")
}

// genericReadingLabels label a bare figure with no measure named.
var genericReadingLabels = []string{"value", "current value", "reading", "metric", "current"}

// alertHeadline reports whether text is an alert's headline written as a
// label's line whose label is the alert word: "ALERT: Register sync backlog
// for site KK-07 (Batford Primary ASC)." (styles78 10). It names the fault in
// the machine's words and ranks with a fault stated, so the reading under it
// ("Queued register events: 38 (threshold 20).") does not displace it.
func alertHeadline(text string) bool {
	label, value, ok := field(text)
	if !ok || value == "" {
		return false
	}
	switch strings.ToUpper(strings.TrimSpace(label)) {
	case "ALERT", "ALARM", "PROBLEM":
		return true
	}
	return false
}
