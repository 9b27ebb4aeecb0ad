package reader

import "testing"

// TestRequestOpens: a subject opening with "Request" and what is asked
// (round 113); a request word before a noun, later in the subject, or a
// change request are not. Written for the test.
func TestRequestOpens(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Request to remove a memorial page", true},
		{"Request of historical tide data 2010-2020", true},
		{"Request for a second parking permit", true},
		// near misses
		{"Request Entity Too Large on upload", false},
		{"Retrieval requests stuck on Awaiting dispatch", false},
		{"Change request: new loan rates", false},
		{"Request", false},
	} {
		if got := requestOpens(tokens(c.text, nil)); got != c.want {
			t.Errorf("requestOpens(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestInferTypeRequestOpens: such a subject makes a service request beside
// the writer's question; one that states a fault does not.
func TestInferTypeRequestOpens(t *testing.T) {
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Request of historical tide data 2010-2020", "I am a PhD student working on the estuary. I need the full records of three gauges. Is it possible that you send me all the data?", "service_request"},
		{"Request to remove a memorial page", "We have been asked by the family to remove the page. Could you also tell me whether anything can be done to stop this happening again?", "service_request"},
		{"Request to pay failing since Monday", "Every payment request fails with an error since Monday.", "incident"},
	} {
		if got := InferType(c.subject, c.opening); got != c.want {
			t.Errorf("InferType(%q, %q) = %s, want %s", c.subject, c.opening, got, c.want)
		}
	}
}
