package reader

import "testing"

// TestInferTypeAskTied: a fault told beside as many asks, under a subject
// naming no fault and with no cause from staff, is a service request; under
// a subject stating the fault, or with staff finding a cause, an incident;
// unanswered by staff (InferType), an incident. Written for the test.
func TestInferTypeAskTied(t *testing.T) {
	for _, c := range []struct {
		subject, opening string
		caused           bool
		want             string
	}{
		{"Login for our new bookkeeper", "Our bookkeeper started on Monday and she can't get into the portal yet. Could you create her a login?", false, "service_request"},
		{"My Thursday lesson", "The online calendar won't let me pick another slot. Please can you move it to Friday?", false, "service_request"},
		{"Reissue of membership card", "My card was lost on the bus last week. Please can you cancel it and send a new one?", false, "service_request"},
		// near misses: the subject states the fault, staff find a cause,
		// or the fault outnumbers the ask
		{"Portal login broken", "Our bookkeeper started on Monday and she can't get into the portal yet. Could you create her a login?", false, "incident"},
		{"Login for our new bookkeeper", "Our bookkeeper started on Monday and she can't get into the portal yet. Could you create her a login?", true, "incident"},
		{"My Thursday lesson", "The online calendar won't let me pick another slot. It shows an error every time. Please can you move it to Friday?", false, "incident"},
	} {
		var buf [64]string
		var sc scan
		var v typeVotes
		v.voteSubject(c.subject, buf[:0], &sc)
		for _, sp := range Sentences(c.opening) {
			v.vote(sp.Text, false, buf[:0], &sc)
		}
		staff := staffSays{caused: c.caused, texts: []string{"That's done for you now."}}
		if got := v.decide(staff); got != c.want {
			t.Errorf("%q / %q (caused %v) = %s, want %s (votes %+v)", c.subject, c.opening, c.caused, got, c.want, v)
		}
		if got := InferType(c.subject, c.opening); got != "incident" {
			t.Errorf("InferType(%q, %q) = %s, want incident (no staff reply)", c.subject, c.opening, got)
		}
	}
}
