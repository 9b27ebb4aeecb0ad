package reader

import "testing"

// TestFormChange: a form's request type that names a change of the
// service's setup (round 113); one that names a person's account or access,
// another field, or a request type with no change is not. Written for the
// test.
func TestFormChange(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Request type: Monitoring schedule change", true},
		{"Request type: Network change - add branch", true},
		{"Request type: Change to menu prices", true},
		// near misses
		{"Request type: User access change", false},
		{"Request type: Account change", false},
		{"Request type: Service request - interface change", false},
		{"Request type: New user", false},
		{"Category: Configuration change", false},
		{"Details: please change the schedule", false},
	} {
		if got := formChange(c.text, tokens(c.text, nil)); got != c.want {
			t.Errorf("formChange(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeFormChange: a form filing a change with an ask to add a
// thing is a change; the same form for a user's access stays a service
// request.
func TestInferTypeFormChange(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Holiday schedule - Christmas closure", "Request type: Monitoring schedule change\nSite: Oakfield\nPlease monitor 24 hours a day for the whole closure instead of the normal schedule.", "change"},
		{"Add branch to the network", "Request type: Network change - add branch\nPlease add the new branch to the portal and set up a login for the manager.", "change"},
		{"Access for the new treasurer", "Request type: User access change\nPlease add the new treasurer to the claims role.", "service_request"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
