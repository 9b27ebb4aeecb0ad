package analysis

import "testing"

// TestStepWithCause: a public reply of staff's step that tells the fault in
// passing, with no why, ranks below the explanation (maincause_step.go). The
// cases are written for the test.
func TestStepWithCause(t *testing.T) {
	for _, tc := range []struct {
		q    Quote
		want bool
	}{
		{Quote{Public: true, Match: "cause+fix", Text: "I've reloaded the missing invoices from the overnight file; they should all show on your account now."}, true},
		{Quote{Public: true, Match: "cause+fix", Text: "Priya, the print queue was stuck, I've cleared it and your labels are printing again."}, true},
		{Quote{Public: true, Match: "cause+fix+restored", Text: "The sync job had hung overnight, and I've restarted it this morning."}, true},
		// near misses: a why, the cause in a clause of its own, a note, no step read
		{Quote{Public: true, Match: "cause+fix", Text: "The print queue was stuck because the driver crashed, and I've cleared it."}, false},
		{Quote{Public: true, Match: "cause+fix", Text: "I moved the rule to the wrong folder, so it ran for every order; it's back where it belongs."}, false},
		{Quote{Public: true, Match: "cause+fix", Text: "Our courier had mislabelled the parcel after the depot move; that's fixed now and I've sent a new one."}, false},
		{Quote{Public: false, Match: "cause+fix", Text: "Queue stuck, cleared it."}, false},
		{Quote{Public: true, Match: "cause", Text: "The print queue was stuck overnight."}, false},
	} {
		if got := stepWithCause(&tc.q); got != tc.want {
			t.Errorf("stepWithCause(%q, %s) = %v, want %v", tc.q.Text, tc.q.Match, got, tc.want)
		}
	}
}

// TestMainCauseStepWithCause: the summary quotes the explanation before a
// public reply that reports the step and names the fault in passing, and
// keeps a reply that tells the cause first.
func TestMainCauseStepWithCause(t *testing.T) {
	f := &Facts{Causes: []Quote{
		{Public: true, Match: "cause", CauseBy: CauseRule, Text: "The feed stopped when the server restarted for updates, and it was not set to start on its own."},
		{Public: true, Match: "cause+fix", CauseBy: CauseRule, Text: "I've re-sent the six missing results; they should all be attached now."},
	}}
	if k := f.MainCause(true); k != 0 {
		t.Errorf("MainCause(true) = %d, want 0 (the explanation)", k)
	}
	g := &Facts{Causes: []Quote{
		{Public: false, Match: "cause", CauseBy: CauseRule, Text: "Provider: sender ID blocked on Saturday as its registration lapsed on 28 Feb."},
		{Public: true, Match: "cause+fix", CauseBy: CauseRule, Text: "Our provider had blocked our sender name after its registration lapsed; that's sorted now and I've re-sent the texts."},
	}}
	if k := g.MainCause(true); k != 1 {
		t.Errorf("MainCause(true) = %d, want 1 (the reply that tells the cause first)", k)
	}
}
