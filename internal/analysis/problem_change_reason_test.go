package analysis_test

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestChangeReason: in a change whose form gives a fault as its reason, the
// fault staff note after the work is the later problem (styles118 03 in
// other words). Near misses: the same in a request (its reason field is the
// fault to cure, and staff's findings the investigation), a change whose
// opening states the fault outside a reason field, and no work before the
// note.
func TestChangeReason(t *testing.T) {
	const (
		form = "Change request\nSummary: Send arrival door codes through WhatsApp instead of SMS, all seven hostels.\nReason: SMS cost and guests abroad not receiving texts.\nPlease schedule for Tuesday 10 March, 11:00."
		done = "Switched the arrival-code template to the WhatsApp channel for all seven properties. Test booking to my own phone: code arrived on WhatsApp in 6 seconds."
		met  = "Galway reception reports four guests this evening who never got a code, all with landline-style or older numbers."
	)
	for _, c := range []struct {
		name, typ string
		msgs      []msg
		want      string
	}{
		{"change, a reason field's fault, the work, the fault noted", ticket.TypeChange, []msg{customer(form), note(done), note(met + " Reception gave them codes by hand.")}, met},
		// near misses
		{"request, a reason field's fault", ticket.TypeServiceRequest, []msg{customer(form), note(done), note(met + " Reception gave them codes by hand.")}, ""},
		{"change, the fault told outside a reason field", ticket.TypeChange, []msg{
			customer("Guests abroad are not receiving their door code texts. Please send the codes through WhatsApp instead of SMS from Tuesday."),
			note(done), note(met + " Reception gave them codes by hand.")}, ""},
		{"change, no work before the note", ticket.TypeChange, []msg{customer(form), note(met + " Reception gave them codes by hand.")}, ""},
	} {
		if got := laterProblemText(invented(t, c.typ, c.msgs...)); got != c.want {
			t.Errorf("%s: later problem %q, want %q", c.name, got, c.want)
		}
	}
}
