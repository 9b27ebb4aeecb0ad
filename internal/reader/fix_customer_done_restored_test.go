package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixCustomerDoneRestored checks round 238's reading
// (fix_customer_done_restored.go): the customer's "done" after staff's
// instruction, read restored by the rules, is the restoration alone; read
// restored by the model only, it keeps its fix (the variant that took the
// model's restoration too was not kept); a "done" with no result or a
// failure keeps its fix, and a fix read by another rule is not touched. The sentences are written for the test.
func TestFixCustomerDoneRestored(t *testing.T) {
	named := false
	for _, r := range fixSteps {
		named = named || r.name == customerDoneRule
	}
	if !named {
		t.Fatalf("fixSteps has no rule %q", customerDoneRule)
	}
	for _, tc := range []struct {
		rule string
		acts Act
		want bool
	}{
		{customerDoneRule, Fix | Restored, true},
		{customerDoneRule, Fix | Restored | Cause, true},
		{customerDoneRule, Fix, false},
		{customerDoneRule, Restored, false},
		{"fixInstructedOrDid", Fix | Restored, false},
		{"", Fix | Restored, false},
	} {
		if got := doneRestored(tc.rule, tc.acts); got != tc.want {
			t.Errorf("doneRestored(%q, %s) = %v, want %v", tc.rule, tc.acts, got, tc.want)
		}
	}
	const (
		fault = "The label printer in Bay 2 prints blank labels since this morning."
		fix   = "Please switch the printer off, wait ten seconds and switch it on again."
	)
	for _, tc := range []struct {
		reply         string
		fix, restored bool
	}{
		{"Done, it's printing again.", false, true},         // the rules read it restored
		{"done, prints fine now thx", false, true},          // the rules read it restored
		{"Done, and it's been right all week.", true, true}, // the model reads it restored: the fix kept
		{"done, shows the new logo now", true, true},        // the model reads it restored: the fix kept
		{"ok done, still blank", true, false},               // a failure: the step taken
		{"done, trying now", true, false},                   // no result yet
		{"Done that, it prints again.", true, true},         // another rule's fix (fixInstructedOrDid): not touched
	} {
		tk := waiverTicket("Blank labels", fault, fix, ticket.RoleCustomer, tc.reply)
		r := Read(tk, nil)
		a := r.Messages[len(r.Messages)-1].Sentences[0].Acts
		if a&Fix != 0 != tc.fix || a&Restored != 0 != tc.restored {
			t.Errorf("%q: %s, want fix %v restored %v", tc.reply, a, tc.fix, tc.restored)
		}
	}
}
