package analysis

import (
	"strings"
	"testing"
)

// TestSubjectUrgency: a subject's fault words are no statement of urgency
// (styles56 TR-55719 "schedule not working"); its "urgent" or "down" are.
func TestSubjectUrgency(t *testing.T) {
	m := newMatcher(DefaultKeywords().Urgency)
	for _, c := range []struct {
		subject, want string
	}{
		{"schedule not working", ""},
		{"Skip next delivery button not working", ""},
		{"URGENT - scanner not working", "urgent"},
		{"Website down", "down"},
		{"Till not working, nobody can pay", "nobody can"},
	} {
		got, _ := subjectUrgency(m, strings.ToLower(c.subject))
		if got != c.want {
			t.Errorf("subjectUrgency(%q) = %q, want %q", c.subject, got, c.want)
		}
		if w, _ := findUrgency(m, strings.ToLower(c.subject)); c.want == "" && w == "" {
			t.Errorf("findUrgency(%q) found nothing: the case tests nothing", c.subject)
		}
	}
}
