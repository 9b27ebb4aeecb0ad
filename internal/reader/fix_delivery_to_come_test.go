package reader

import "testing"

// TestDeliveryToComeNoFix checks the refusal of a delivery still to come
// (fix_delivery_to_come.go); sentences written for the test. A step told
// first, an instruction, and "deliver" stay fixes.
func TestDeliveryToComeNoFix(t *testing.T) {
	var buf [64]string
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kindly note that the patched build will be available on the test server tomorrow.", true},
		{"The vendor will provide us with a new driver to collect more logs.", true},
		{"The developers will finish it this week, we'll keep you updated.", true},
		{"The release note will be provided today after testing.", true},
		{"The issue was fixed and will be available in the next release.", false},             // near miss: a passive step
		{"I've rebuilt the profile and it will be available after your next sign-in.", false}, // near miss: a perfect
		{"Open the case, go to Valuation and it will be available to the panel.", false},      // near miss: an instruction
		{"If you set it to 60% for now, we'll deliver within the next few days.", false},      // near miss: "deliver"
		{"Will the new build be available tomorrow?", false},                                  // near miss: asked
		{"Will", false},
	} {
		if got := deliveryToCome(c.text, tokens(c.text, buf[:0])); got != c.want {
			t.Errorf("deliveryToCome(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	checkWording(t, []wordingCase{
		{"Kindly note that the updated middleware version will be available on the test server today.", staffAfter, 0, Fix},
		{"The issue was fixed and will be available in the next release.", staffAfter, Fix, 0}, // near miss
	})
}
