package analysis

import (
	"strings"
	"testing"
)

// In a question's answer the instruction how to do it is the answer given;
// the explanation of how things stand, a step told in the third person or a
// short instruction with no place named is not one.
func TestHowToTold(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Go to Shop Manager > Shipping > Profiles, create a profile with two rates and tick your listings.", true},
		{"Use Bookings > Seasonal > Transfer pitch instead, and tick \"Carry over paid balance\".", true},
		{"Record the accident under Incidents > New on the room tablet or the office, then tap \"Send for signature\".", true},
		{"To see exactly when it played, open the report in the Cueboard advertiser portal and choose Download > Play log (CSV).", true},
		{"For duplicates, use Petitions > Signatures > \"Possible duplicates\": it groups signatures with the same name.", true},
		{"Rather than the PDF, send the registry office the verification link from the deed page.", true},
		{"At tomorrow's visit, open patient 2905-006, choose Visits > Unscheduled visit > Replace kit.", true},
		{"You can add a delivery charge under Settings > Delivery > Charges and set it to apply only below a basket value.", true},
		{"You find it now under Reports > Crew Hotels > Hotel Booking List: choose the week and the hotel.", true},
		// near misses
		{"Shipping is set per profile rather than per listing.", false},
		{"in 8.1 the export moved out of the Layover screen.", false},
		{"Your £15 deposit was refunded to your card on Saturday 16 May.", false},
		{"You can replace the kit without any effect on the randomisation: a replacement kit is drawn from the same arm.", false},
		{"Signers tick a declaration and give a postcode, and the admin view flags postcodes outside your district.", false},
		{"Send it over.", false},
		{"Put \"Ashby only\" and the product codes in the form.", false},
	} {
		if got := howToTold(strings.ToLower(c.text)); got != c.want {
			t.Errorf("howToTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
