package analysis

import "testing"

// TestFaultRankRealText: three shapes of the real tickets' openings (issue
// 12; Mendeley tuning splits) and their near misses. faultRank sees the
// lowered sentence.
func TestFaultRankRealText(t *testing.T) {
	for _, c := range []struct {
		text  string
		fault bool
	}{
		// Typographic apostrophes read as the straight ones.
		{"kindly note that outward transfer under ref 1234 didn’t appear on the portal as confirmed by compliance team.", true},
		{"the payment didn't appear on the portal", true},
		{"the dashboard doesn’t load since monday", true},
		{"we didn’t change anything", false}, // a bare negation, no function after it
		// A thing not available is a fault; a person not available is not.
		{"pay branch code of the bank is not available for tellers.", true},
		{"the server says station is not available.", true},
		{"recording not available.", true},
		{"i'm not available on friday, please call sam.", false},
		{"we are not available until 2pm.", false},
		{"she won't be available next week", false},
		// A note that a picture of the error is attached states no fault.
		{"ph_technical attached a screenshot of the appeared error.", false},
		{"we have attached a picture of the error", false},
		{"attached is a screenshot of the error message.", false},
		{"kindly your help to solve the attached error appeared when trying to upload", true}, // no image noun
		{"the page fails to load, attached a screenshot of the error", true},                  // the fault beside the note
		{"please find attached a screenshot of the login page", false},
	} {
		if got := faultRank(c.text) >= faultScore; got != c.fault {
			t.Errorf("faultRank(%q) fault %v, want %v", c.text, got, c.fault)
		}
	}
}
