package analysis

import "testing"

// TestCauseObject: a cause told with a generic subject ("the failure", "the
// real problem", "it") names its component after the link ("caused by",
// "turned out to be", "was"); a specific subject, a passive, a setting or a
// slip, a clause after the link and a version figure do not. The sentences
// were written for this test in the shapes of G205-344, styles2 01, 34,
// styles19 05, styles84 06 and styles2 ("it was a tripped breaker").
func TestCauseObject(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"The failure was caused by an automatic driver update on 24 December that installed a generic driver.", "the automatic driver update"},
		{"The issue was caused by the nightly purge job on the archive server.", "the nightly purge job on the archive server"},
		{"The outage was due to a failed power supply in rack 4.", "the failed power supply in rack 4"},
		{"This happened because of the expired token on the gateway.", "the expired token on the gateway"},
		{"The real problem turned out to be the fan on the east controller: it had stopped.", "the fan on the east controller"},
		{"The real culprit was the controller's backup battery, which had run flat.", "the controller's backup battery"},
		{"The issue has been traced to an outage at our hosting partner.", "the outage at our hosting partner"},
		{"Lee, it was a tripped breaker on the cabinet that powers the wireless.", "the tripped breaker on the cabinet"},
		{"The root cause is a bug in the invoice renderer which the developers are fixing.", "the invoice renderer"},
		{"The cause was last night's Windows update: it reinstalled the generic driver.", "the Windows update"},
		// a participle the name's end cut off, a version figure
		{"The problem came from the Telemetrix firmware pushed to the coaches.", "the Telemetrix firmware"},
		{"The problem came from the ScanBridge firmware 4.2 on the handhelds.", "the ScanBridge firmware"},
		// near misses: a specific subject, a passive, a clause, a setting or
		// a slip, words after "it was" that are no name
		{"The out of memory exception was due to a bulk export.", "the out of memory exception"},
		{"It was locked after 10 failed sign-ins.", ""},
		{"The reason is that the DKIM records are missing.", ""},
		{"The cause was a configuration slip on our side.", ""},
		{"The issue was caused by a configuration change.", ""},
		{"The cause was on our side.", ""},
	} {
		if got := component(&Facts{Causes: []Quote{{Text: c.cause}}}); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}
