package reader

import "testing"

// TestInferTypeCausedSubject: staff's cause makes an incident of an opening
// that asks more than it states a fault only when the subject states the
// fault (round 219); a tie, or a ticket without a subject, is left to the
// cause as before. Written for the test.
func TestInferTypeCausedSubject(t *testing.T) {
	const asks = "The certificates from the March recalibration are missing in the portal. " +
		"Could you please send them? We need them for the audit on Friday."
	for _, c := range []struct {
		subject, opening, want string
	}{
		{"Calibration certificates for our probes", asks, "service_request"},
		{"Calibration certificates missing in portal", asks, "incident"},
		{"Calibration certificates for our probes", "The certificates from March are missing in the portal. Could you please send them?", "incident"},
		{"", asks, "incident"},
	} {
		var buf [64]string
		var sc scan
		v := subjectVotes(c.subject, buf[:0], &sc, false)
		for _, sp := range Sentences(c.opening) {
			v.vote(sp.Text, false, buf[:0], &sc)
		}
		if got := v.decide(staffSays{caused: true}); got != c.want {
			t.Errorf("decide(%q, %q, caused) = %s, want %s (fault %d, request %d)", c.subject, c.opening, got, c.want, v.fault, v.request)
		}
		if got := v.decide(staffSays{}); c.want == "service_request" && got != c.want {
			t.Errorf("decide(%q, %q) = %s, want %s without a cause too", c.subject, c.opening, got, c.want)
		}
	}
}
