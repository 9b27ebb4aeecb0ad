package reader

import "testing"

// TestRequestHead: a subject headed by a request or claim names a service
// request, unless it states a fault, asks, or names a change (round 59).
func TestRequestHead(t *testing.T) {
	var sc scan
	for _, c := range []struct {
		subject string
		fault   bool
		want    bool
	}{
		{"Refund request - remaining balance", false, true},
		{"Warranty claim - battery (T5 Max)", false, true},
		{"Phone call - transfer value quote request, Pensionview login", false, true},
		{"Request: 6 additional DECT handsets", false, true},
		{"Change request: appointment reminders 48h before", false, false},
		{"Maintenance request emails not reaching contractors", true, false},
		{"Maintenance request emails", false, false},
		{"How long do you keep family records / erasure request", false, false},
		{"Quarterly claim - which report?", false, false},
		{"Requested items", false, false},
	} {
		if got := requestHead(c.subject, c.fault, nil, &sc); got != c.want {
			t.Errorf("requestHead(%q) = %v, want %v", c.subject, got, c.want)
		}
	}
}
