package analysis_test

import (
	"strings"
	"testing"
	"time"
)

// TestLastMessageNeedsReply: a customer's closing confirmation in their own
// words (read as the restoration or as agreeing to the close) after the last
// update needs no reply, as a closing thanks needs none; a message that asks
// or reports a fault still does. Where one needed none, the finding does not
// say every message had a reply, nor calls an earlier message the last. The
// tickets are invented.
func TestLastMessageNeedsReply(t *testing.T) {
	cases := []struct {
		name string
		msgs []msg
		code string // the finding's code
		text string // a part of its text
	}{
		{"the customer confirms in their own words",
			[]msg{customer(wifiFault), staff(wifiStep), customer(wifiConfirmed)},
			"customer_informed", "Every customer message that needed a reply had one"},
		{"the customer agrees to the close",
			[]msg{customer(wifiFault), staff(wifiStep), customer("Both rooms have been steady all afternoon. Happy for this to be closed.")},
			"customer_informed", "before the customer's closing message"},
		{"the customer thanks",
			[]msg{customer(wifiFault), staff(wifiStep), customer("Thank you, all good here.")},
			"customer_informed", "Every customer message that needed a reply had one"},
		{"near miss: staff write last",
			[]msg{customer(wifiFault), staff(wifiStep), customer("Connected fine now."), staff("Glad to hear it, closing.")},
			"customer_informed", "Every customer message had a reply"},
		{"near miss: the fault comes back",
			[]msg{customer(wifiFault), staff(wifiStep), customer("It is dropping again in Vega this afternoon, same as before.")},
			"customer_not_informed", "The customer's last message"},
		{"near miss: a question",
			[]msg{customer(wifiFault), staff(wifiStep), customer("Will the same change be needed in the Lyra room?")},
			"customer_not_informed", "The customer's last message"},
		{"an unanswered report, then a confirmation",
			[]msg{customer(wifiFault), staff(wifiStep), customer("It is dropping again in Vega this afternoon, same as before."),
				customer(wifiConfirmed)},
			"customer_not_informed", "the last that needed a reply, had none"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := closedIncident(t, "resolved", time.Hour, c.msgs...)
			for _, f := range a.Findings {
				if strings.HasPrefix(f.Code, "customer_") && f.Code != "customer_chased" {
					if f.Code != c.code || !strings.Contains(f.Text, c.text) {
						t.Errorf("got %s %q, want %s with %q", f.Code, f.Text, c.code, c.text)
					}
					return
				}
			}
			t.Errorf("no finding on the last message, want %s", c.code)
		})
	}
}
