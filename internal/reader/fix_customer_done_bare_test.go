package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixCustomerDoneBare checks round 230's refusal
// (fix_customer_done_bare.go): the customer's bare "done" after staff's
// instruction is no fix, as docs/labelling.md's borders table settles it; a
// "done" with a result, a failure or the step named keeps its fix, and the
// sentence after a bare "done" keeps what the rules' fix gave it. The
// sentences are written for the test.
func TestFixCustomerDoneBare(t *testing.T) {
	checkPredicate(t, "customerDoneBare", func(text string) bool { return customerDoneBare(tokens(text, nil)) }, []predicateCase{
		{"ok done.", true},
		{"Done that.", true},
		{"perfect, done.", true},
		{"I did it.", true},
		{"done both", true},
		{"found it, done.", true},
		{"Done, thanks!", true},
		{"Done, it's printing again.", false},
		{"done, still the same", false},
		{"Done - new licence uploaded at 09:10.", false},
		{"IT have done it now.", false},
		{"Thanks, all sorted.", false},
		{"ok thanks", false},
		{"I did it on my phone and it went through first time.", false},
	})
	const (
		fault = "The label printer in Bay 2 prints blank labels since this morning."
		fix   = "Please switch the printer off, wait ten seconds and switch it on again."
	)
	for _, tc := range []struct {
		reply string
		fix   bool
	}{
		{"ok done.", false},
		{"Done that.", false},
		{"I did it.", false},
		{"done, still blank", true},
		{"Done that, it prints again.", true},
	} {
		tk := waiverTicket("Blank labels", fault, fix, ticket.RoleCustomer, tc.reply)
		r := Read(tk, nil)
		last := r.Messages[len(r.Messages)-1]
		if got := last.Sentences[0].Acts&Fix != 0; got != tc.fix {
			t.Errorf("%q: fix %v, want %v (acts %s)", tc.reply, got, tc.fix, last.Sentences[0].Acts)
		}
	}
	// The bare "done" leaves the sentence after it the context the rules'
	// fix gave: the customer's state after the step is read restored.
	tk := waiverTicket("Blank labels", fault, fix, ticket.RoleCustomer, "Done that. It prints the labels again now, thanks.")
	r := Read(tk, nil)
	last := r.Messages[len(r.Messages)-1]
	if len(last.Sentences) != 2 || last.Sentences[0].Acts&Fix != 0 || last.Sentences[1].Acts&Restored == 0 {
		t.Errorf("done then the state: got %v", last.Sentences)
	}
}
