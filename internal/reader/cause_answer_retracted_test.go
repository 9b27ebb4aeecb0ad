package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRetraction checks the sentences that retract staff's earlier answer
// (retraction); written for the test.
func TestRetraction(t *testing.T) {
	cases := []predicateCase{
		{"Sorry, my first answer was wrong - the printer queue was fine.", true},
		{"Apologies, the earlier explanation the carrier gave us was incorrect.", true},
		{"I was wrong about that, the card limit is the reason.", true},
		{"My previous reply was mistaken on one point.", true},
		{"I owe you a correction: the size field in your file was fine.", true}, // round 257
		{"Correction: the reviewer says the scan was read fine.", true},
		{"Harriet's right, I misread it: the 12 is the other stream's size.", true},
		{"We made a correction to your invoice.", false},
		{"The scanner misread the barcode.", false},
		// near misses: a wrong thing that is the fault, an answer that was right
		{"The first line of the file has the wrong date.", false},
		{"Your first answer in the form was wrong, so the quote was refused.", true}, // the words alone; Read asks staff and a customer between
		{"The earlier email was right: the certificate had expired.", false},
		{"Something went wrong with the last update.", false},
	}
	checkPredicate(t, "retraction", func(text string) bool { return retraction(tokens(text, nil)) }, cases)
}

// TestRetractionHint checks that retraction's raw-text gate folds case as
// retraction's tokens do (round 257: "WRONG" was missed).
func TestRetractionHint(t *testing.T) {
	cases := []predicateCase{
		{"Sorry, my first answer was WRONG - the printer queue was fine.", true},
		{"Incorrect: my earlier reply named the wrong printer.", true},
		{"My previous reply was Mistaken on one point.", true},
		{"We Were Wrong about the cable.", true},
		{"The earlier email was right: the certificate had expired.", false},
		{"I owe you a Correction.", true},
		{"I Misread the report.", true},
		{"Wron g spacing is no word.", false},
	}
	checkPredicate(t, "retractionHint", retractionHint, cases)
	checkPredicate(t, "retractionHint and retraction", func(text string) bool {
		return retractionHint(text) && retraction(tokens(text, nil))
	}, cases[:7])
}

// TestRetractedRead checks that Read refuses the cause of staff's answer that
// a later staff message retracts after the customer wrote, keeps the cause
// told after, and keeps the first when no customer message comes between or
// the retraction is the customer's; the tickets are written for the test.
func TestRetractedRead(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	first := "The disk on the photo server is full, that's why the pictures disappeared."
	retract := "Sorry, my first answer was wrong. The nightly sync deletes any file whose name ends in upper case, which is why the pictures disappeared."
	mk := func(between bool, role ticket.Role) *ticket.Ticket {
		ev := []ticket.Event{
			{At: t0, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "The lot pictures disappeared from the catalogue again."},
			{At: t0.Add(time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Author: "a", Body: first},
		}
		if between {
			ev = append(ev, ticket.Event{At: t0.Add(2 * time.Hour), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Author: "c", Body: "They are gone again this morning."})
		}
		ev = append(ev, ticket.Event{At: t0.Add(3 * time.Hour), Kind: ticket.KindMessage, Role: role, Public: true, Author: "b", Body: retract})
		return &ticket.Ticket{ID: "t", Subject: "Pictures missing", CreatedAt: t0, Events: ev}
	}
	causeOfFirst := func(tk *ticket.Ticket) bool { return Read(tk, nil).Messages[1].Sentences[0].Acts&Cause != 0 }
	if causeOfFirst(mk(true, ticket.RoleAgent)) {
		t.Errorf("%q read as a cause after %q", first, retract)
	}
	if r := Read(mk(true, ticket.RoleAgent), nil); r.Messages[3].Sentences[1].Acts&Cause == 0 {
		t.Errorf("the later cause %q not read", r.Messages[3].Sentences[1].Text)
	}
	if !causeOfFirst(mk(false, ticket.RoleAgent)) {
		t.Errorf("%q not read as a cause with no customer message before the retraction", first)
	}
	if !causeOfFirst(mk(true, ticket.RoleCustomer)) {
		t.Errorf("%q not read as a cause after the customer's retraction", first)
	}
}
