package reader

import "testing"

// TestRetryAskedNoFix checks the refusal of the customer asked to try the same
// thing again (fix_retry_asked.go); sentences written for the test. Another
// way to try it, or a step before the try, stays a fix.
func TestRetryAskedNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Can you try uploading the file again?", staffAfter, 0, Fix},
		{"Could you try logging in again in a private window?", staffAfter, Fix, 0}, // near miss: another way
		{"Could you clear the cache and try the upload again?", staffAfter, Fix, 0}, // near miss: a step first
	})
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Could you please try adding the user again now?", true},
		{"Would you try printing the label again?", true},
		{"Could you try restarting the app and then opening the report again?", false}, // a step before the try
		{"Can you try the other card?", false},                                         // no "again"
		{"Please try printing the label again.", false},                                // not asked
	} {
		if got := retryAsked(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("retryAsked(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
