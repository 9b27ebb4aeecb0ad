package redact

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestMentionedPeople(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Please call Priya Natarajan on 020 7946 0999.", []string{"Priya Natarajan"}},
		{"Dear Mr Okafor, thanks.", []string{"Mr Okafor"}},
		{"Thanks to Mrs Okafor.", []string{"Okafor"}},
		{"cc: Anna Lindqvist-Berg", []string{"Anna Lindqvist-Berg"}},
		{"I spoke to Tom Fenwick and Dr. Jane Smith.", []string{"Tom Fenwick", "Jane Smith"}},
		{"Hi Team, call Support Desk on Monday.", nil},
		{"We will ask Microsoft Teams about it.", nil},
		{"Contact the vendor.", nil},
	}
	for _, tc := range tests {
		if got := mentionedPeople(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("mentionedPeople(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMentionedPersonIsRedacted(t *testing.T) {
	tk := &ticket.Ticket{ID: "A-1", CreatedAt: time.Now(), Events: []ticket.Event{
		{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Author: "Ann Lee", Body: "Please call Priya Natarajan today."}}}
	r := New(tk, Options{})
	got := r.String("Priya Natarajan said Natarajan's fix works; ask Priya.")
	if strings.Contains(got, "Priya") || strings.Contains(got, "Natarajan") {
		t.Errorf("mentioned person leaks: %q", got)
	}
}
