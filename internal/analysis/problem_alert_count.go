package analysis

import "strings"

// countOnly reports whether text, a line of an alert, is a label and a bare
// figure ("Pending code pushes: 9", "Certificates pending: 214"): a count
// whose only fault word is its label's, no fault stated in words. It ranked
// as one in alertRank, above the alert's line in capitals that states the
// fault the labellers chose: "CRITICAL: hub EDI-01 (Driftway Edinburgh
// Cowgate) has not checked in for 15 minutes." (styles118 01), "CRITICAL:
// job certgen-nightly exited with status 1 at 02:14:52." (styles89 06); where
// styles110 04's labeller marked such a count too ("Orders waiting for the
// warehouse: 212."), they marked the fault line above it first ("43
// consecutive order pushes rejected (HTTP 422) since 05:31 UTC."). A figure
// with more after it ("Declines (timeout): 41 in 5 min (normal < 5)", "Last
// error: 401 Unauthorized") is no bare count.
func countOnly(text string) bool {
	_, value, ok := field(strings.TrimSpace(text))
	if !ok {
		return false
	}
	value = strings.TrimRight(value, ".")
	return value != "" && strings.Trim(value, "0123456789,.% ") == ""
}
