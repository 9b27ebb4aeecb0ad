package reader

import "testing"

// TestChangedSomething: the steps that changed something, and the reports of
// a test or a measurement that did not. The sentences are invented.
func TestChangedSomething(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The engineer swapped the reader and cleaned the antenna contacts.", true},
		{"Portal outbound mail moved to relay-b at 14:10.", true},
		{"Re-ran the price import at 09:05: all rows loaded.", true},
		{"Both payments refunded in the card portal.", true},
		{"Rollers replaced and 20 test tickets printed clean.", true},
		{"Since the new reader went in, the terminal has logged 6 read errors in four days.", false},
		{"Reset request to a test mailbox landed in under a minute.", false},
		{"The import job ran at 02:00 and loaded 0 of 48,211 rows.", false},
		{"I can see the requests on your account, so the portal is sending them.", false},
	} {
		if got := ChangedSomething(c.text); got != c.want {
			t.Errorf("ChangedSomething(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
