package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestFixImperativeSubject checks round 238's refusal
// (fix_imperative_subject.go): an imperative reading whose first word is the
// subject of a finite verb close after it is no instruction; instructions,
// and a note with a participle, keep their reading. The sentences are
// written for the test.
func TestFixImperativeSubject(t *testing.T) {
	checkPredicate(t, "imperativeSubject", func(text string) bool { return imperativeSubject(tokens(text, nil)) }, []predicateCase{
		{"Change can be closed.", true},
		{"Restore from archive is safe, doing it now.", true},
		{"Purge API returned 200 but one node still serves the old page.", true},
		{"Reconnect now fails at the callback.", true},
		{"Increase letters went to all pensioners.", true},
		{"Install, enter the key at first start, and the module will appear.", false},
		{"Restore to drive started; it should be ready tomorrow.", false},
		{"Please refresh the page now.", false},
		{"Add the rule to your allowlist and it will be allowed.", false},
	})
	for _, tc := range []struct {
		text string
		fix  bool
	}{
		{"Change can be closed.", false},
		{"Restart the router and wait two minutes.", true},
	} {
		if got := classify(tc.text, newScan(tokens(tc.text, nil), &scan{}), Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true})&Fix != 0; got != tc.fix {
			t.Errorf("%q: fix %v, want %v", tc.text, got, tc.fix)
		}
	}
}
