package reader

import "testing"

// TestChangeOfOpens: a subject opening "Change of" and a thing (round 131);
// "change of" later in the subject, "Change" and a verb's object, or a
// change request are not. Written for the test.
func TestChangeOfOpens(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Change of address / online account", true},
		{"Change of contact name - Unit 4", true},
		{"Change of payee for rent refunds", true},
		// near misses
		{"Permit refused after change of car", false},
		{"Parking permit - change of car", false},
		{"Change delivery address - order 2201", false},
		{"Change request: new opening hours", false},
		{"Change of", false},
	} {
		if got := changeOfOpens(tokens(c.text, nil)); got != c.want {
			t.Errorf("changeOfOpens(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeChangeOf: such a subject makes a service request beside a
// setting the opening tells as a fault word; one whose subject states a
// fault does not.
func TestInferTypeChangeOf(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Change of signatory - annual certificates", "Our treasurer retires at the end of the month, so the certificates she signed will be invalid. Could the new ones carry Mr Patel's signature?", "service_request"},
		{"Change of address", "We moved last week. Please update our address to 4 Mill Lane.", "service_request"},
		{"Change of address failed - error 500", "The form fails with an error every time I save the new address.", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
