package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// waiverKind is what the model and its guards make of a sentence the rules
// do not read restored, for the waivers of rounds 168 (the negation guard)
// and 181 (the notYet guard): a guard that alone may be waived where the
// model is sure (modelSureRestored).
type waiverKind int

const (
	waiverNone    waiverKind = iota // the model adds no restoration, or none of the cases below
	waiverWaived                    // refused by a waivable guard alone, the model sure: read
	waiverUnsure                    // refused by a waivable guard alone, the model not sure: not read
	waiverGuarded                   // refused by another guard, the model sure: not read
)

// waiverCase is one sentence of a waiver's table and the kind it was written as.
type waiverCase struct {
	text string
	kind waiverKind
}

// tallyWaiver counts kind in seen, logging where the shipped weights make it
// another kind than tc was written as.
func tallyWaiver(t *testing.T, seen map[waiverKind]int, tc waiverCase, kind waiverKind) {
	t.Helper()
	if kind != tc.kind {
		t.Logf("%q: %s with the shipped weights, written as %s", tc.text, waiverNames[kind], waiverNames[tc.kind])
	}
	seen[kind]++
}

var waiverNames = map[waiverKind]string{waiverNone: "none", waiverWaived: "waived", waiverUnsure: "unsure", waiverGuarded: "guarded"}

// waiverTicket is a three-message ticket: the customer's fault, staff's fix,
// then reply (by role) as the sentence under test.
func waiverTicket(subject, fault, fix string, role ticket.Role, reply string) *ticket.Ticket {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	return &ticket.Ticket{ID: "t", Subject: subject, CreatedAt: t0, Events: []ticket.Event{
		{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: fault},
		{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: fix},
		{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: role, Public: true, Author: string(role), Body: reply},
	}}
}

// checkWaiver reads the last message of tk (one sentence), checks that Read
// agrees with modelAdd and modelGuards (the model's restoration, less the
// guards, the waivable guard waived where the model is sure) and returns the
// sentence's kind; ok is false where the rules read it restored themselves,
// so it is not a case of the model's.
func checkWaiver(t *testing.T, tk *ticket.Ticket) (kind waiverKind, ok bool) {
	t.Helper()
	last := len(tk.Events) - 1
	text := tk.Events[last].Body
	_, idx, ss := readSentences(tk, "test")
	if len(idx[last]) != 1 {
		t.Fatalf("%q: %d sentences, want 1", text, len(idx[last]))
	}
	s := ss[idx[last][0]]
	if s.rules&Restored != 0 || s.late {
		t.Logf("%q: the rules read it restored (%s): not a case of the model's", text, s.rules)
		return waiverNone, false
	}
	add, sure := modelAdd(s.feats, s.words, s.rules&modelMask)
	guard := s.veto &^ s.negated
	got := s.read&Restored != 0
	if want := add&Restored != 0 && guard&Restored == 0 && (s.negated&Restored == 0 || sure&Restored != 0); got != want {
		t.Errorf("%q: Read restored %v, want %v (added %v, sure %v, waivable guard %v, other guard %v)",
			text, got, want, add&Restored != 0, sure&Restored != 0, s.negated&Restored != 0, guard&Restored != 0)
	}
	switch {
	case add&Restored == 0:
	case guard&Restored != 0 && sure&Restored != 0:
		kind = waiverGuarded
	case guard&Restored != 0:
	case s.negated&Restored != 0 && sure&Restored != 0:
		kind = waiverWaived
	case s.negated&Restored != 0:
		kind = waiverUnsure
	}
	if kind == waiverWaived != got {
		t.Errorf("%q: Read restored %v as %s", text, got, waiverNames[kind])
	}
	return kind, true
}

// checkWaiverKinds fails where the table holds no sentence of a kind it
// needs with the shipped weights (a retrain may move one across
// modelSureRestored: then write a new one).
func checkWaiverKinds(t *testing.T, seen map[waiverKind]int, need ...waiverKind) {
	t.Helper()
	for _, k := range need {
		if seen[k] == 0 {
			t.Errorf("no sentence of kind %s with the shipped weights: write one", waiverNames[k])
		}
	}
}
