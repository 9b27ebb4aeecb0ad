package reader

import "testing"

// TestFormRequested: a form or category field whose value ends with
// "request" (round 131); a field naming a fault, a request word before
// other words, or a line that is no field are not. Written for the test.
func TestFormRequested(t *testing.T) {
	checkPredicate(t, "formRequested", func(text string) bool { return formRequested(text, tokens(text, nil)) }, []predicateCase{
		{"Form: Repair return request", true},
		{"Category: New laptop request", true},
		{"Enquiry type: Refund requests", true},
		// near misses
		{"Form: Report a problem", false},
		{"Category: Requests > Wi-Fi down", false},
		{"Category: Outage request", false},
		{"Form: request", false},
		{"We sent the request", false},
		{"Message: please action this request", false},
	})
}

// TestInferTypeFormRequested: such a field makes a service request whatever
// the fault the description tells; without it the fault wins.
func TestInferTypeFormRequested(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Return - scanner fails self test", "Form: Repair return request\nProduct: HS-20 scanner\nFault description: unit fails its self test on power up and is broken.", "service_request"},
		{"Return - scanner fails self test", "Form: Contact us\nProduct: HS-20 scanner\nFault description: unit fails its self test on power up and is broken.", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
