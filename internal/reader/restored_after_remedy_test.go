package reader

import (
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestRestoredAfterRemedy checks round 13's restorations (restored_after_remedy.go), which hold
// only after staff's remedy, on sentences written for this test, with their
// near misses: the same words in an opening or before any remedy, a customer
// still reporting trouble, a question, a condition, a hope, a negation.
func TestRestoredAfterRemedy(t *testing.T) {
	staff := staffAfter
	customer := custAfter
	before := custBefore
	opening := Context{Role: ticket.RoleCustomer, Public: true, Opening: true, AfterRemedy: true}
	cases := []wordingCase{
		// a customer's own use
		{"I can print from the second floor.", customer, Restored, 0},
		{"The night shift can book rooms.", customer, Restored, 0},
		{"She is able to sign in from the ward PC.", customer, Restored, 0},
		// something received
		{"yep got it, 15 licences.", customer, Restored, 0},
		{"Great, seen the credit on my statement.", customer, Restored, 0},
		{"today we received the replacement codes.", customer, Restored, 0},
		// a use that went well
		{"The delivery drivers got in fine this morning.", customer, Restored, 0},
		{"Payroll went fine, 212 payslips out.", customer, Restored, 0},
		{"and ran fine.", customer, 0, Restored},
		// a bare confirmation
		{"yes!!", customer, Restored, 0},
		{"that did the trick, cheers", customer, Restored, 0},
		{"All working, thank you so much.", customer, Restored, 0},
		// a terse result after the remedy
		{"06:10 unit 4 reflashed, self-test pass.", staff, Restored, 0},
		{"Nightly export re-run OK 07:45.", staff, Restored, 0},
		{"Done, all three accepted.", customer, Restored, 0},
		{"Queue latency flat at 40 ms.", staff, Restored, 0},
		{"Rebuilt the index, search check passed.", staff, Restored, 0},
		// near misses: no remedy yet, or an opening (a diagnostic)
		{"I can print from the second floor.", before, 0, Restored},
		{"I can log in to the laptop but the VPN drops.", opening, 0, Restored},
		{"Disk OK.", staffBefore, 0, Restored},
		{"yes!!", before, 0, Restored},
		// near misses after the remedy
		{"I can print but the colours are wrong.", customer, 0, Restored},
		{"I still can't sign in.", customer, 0, Restored},
		{"Can I log in from home now?", customer, 0, Restored},
		{"Should work now?", customer, 0, Restored},
		{"If it is accepted we can close.", customer, 0, Restored},
		{"Hopefully the upload goes fine tonight.", customer, 0, Restored},
		{"You can log in with the new password.", customer, 0, Restored},
		{"Got the email with the steps, will try tonight.", customer, 0, Restored},
		{"Got your message.", customer, 0, Restored},
		{"Thanks!", customer, 0, Restored},
		{"Perfect, thank you.", customer, 0, Restored},
		{"Ah ok, that was my colleague.", customer, 0, Restored},
		{"That is fine.", customer, 0, Restored},
		{"Checked the node, everything seemed OK.", staff, 0, Restored},
		{"38 updated in the first pass.", staff, 0, Restored},
		{"Self-test not passed.", staff, 0, Restored},
		{"Memory is flat at 95 MB but the leak is back.", customer, 0, Restored},
		{"Manager says OK to delete the old files, as long as we can get them back.", customer, 0, Restored},
	}
	checkWording(t, cases)
}

// TestRestoredAfterRemedyCustomerWords checks round 18's customer restorations (restored_after_remedy.go)
// on sentences written for this test, with their near misses: the same words
// before any remedy or in an opening, from staff, and the forms' own refusals
// (an acknowledgement of what staff said, a person who was there, a verdict
// after a copula, a proposal accepted, a step, a workaround, the past).
func TestRestoredAfterRemedyCustomerWords(t *testing.T) {
	after := custAfter
	before := custBefore
	opening := custOpening
	staff := staffAfter
	cases := []wordingCase{
		// the customer sees the thing
		{"ok I see the credit of 12.80 now, thanks.", after, Restored, 0},
		{"yes now I see both invoices listed.", after, Restored, 0},
		{"We can see the parcels moving to Dispatched now.", after, Restored, 0},
		{"I see it on my statement today.", after, Restored, 0},
		// near misses: an acknowledgement, a remaining fault, before a remedy, an opening
		{"I see what you mean, thanks.", after, 0, Restored},
		{"I see your point about the firewall.", after, 0, Restored},
		{"I see the same error on the second till.", after, 0, Restored},
		{"I see the invoices but the totals are still zero.", after, 0, Restored},
		{"I can't see the credit yet.", after, 0, Restored},
		{"ok I see the credit of 12.80 now, thanks.", before, 0, Restored},
		{"In the portal I see two payments for one booking.", opening, 0, Restored},
		// the thing is there, or showed up
		{"The credit note's there, cheers.", after, Restored, 0},
		{"All the scanned letters are there now.", after, Restored, 0},
		{"The payment showed up on the bank feed this morning.", after, Restored, 0},
		// near misses: a person, a question, a part, before a remedy
		{"I was there when it crashed.", after, 0, Restored},
		{"Is there a way to export them?", after, 0, Restored},
		{"Some of the letters are there but most are missing.", after, 0, Restored},
		{"The payment showed up on the bank feed this morning.", before, 0, Restored},
		// a terse working state without a copula
		{"Front and back doors both fine now.", after, Restored, 0},
		{"scanning normal again thanks", after, Restored, 0},
		{"New router in and working.", after, Restored, 0},
		{"Ok works, cheers.", after, Restored, 0},
		{"yep that runs now, thx", after, Restored, 0},
		{"Backups ran fine overnight, all green.", after, Restored, 0},
		{"Replacement reader fitted, badges working on all three doors.", after, Restored, 0},
		// near misses: a verdict after a copula, a proposal, a step, a workaround,
		// the past, a stop, staff, before a remedy, an opening
		{"Thursday at 9 is fine.", after, 0, Restored},
		{"Friday works for me.", after, 0, Restored},
		{"Fine, go ahead with the reboot.", after, 0, Restored},
		{"We're running the update on the other tills tonight.", after, 0, Restored},
		{"I'm working on it with our IT now.", after, 0, Restored},
		{"I copied the file by hand and that works for now.", after, 0, Restored},
		{"Yesterday the tills working, today nothing.", after, 0, Restored},
		{"The badges stopped working at midnight.", after, 0, Restored},
		{"Deleted the old test runs, we're at 80% now.", after, 0, Restored},
		{"Front door fine, back door still refuses badges.", after, 0, Restored},
		{"New router in and working.", before, 0, Restored},
		{"Front office printers fine, the warehouse ones print nothing.", opening, 0, Restored},
		{"yep that runs, thx", staff, 0, Restored},
		{"I see the parcels moving to Dispatched.", staff, 0, Restored},
	}
	checkWording(t, cases)
}

// TestRestoredAfterRemedyTicket checks round 18's readings that need the ticket: a
// monitor's automatic recovery notice, and a customer's first message that
// answers staff's public remedy in a ticket staff logged.
func TestRestoredAfterRemedyTicket(t *testing.T) {
	t0 := time.Date(2026, 4, 7, 8, 0, 0, 0, time.UTC)
	msg := func(min int, role ticket.Role, public bool, body string) ticket.Event {
		return ticket.Event{At: t0.Add(time.Duration(min) * time.Minute), Kind: ticket.KindMessage, Role: role,
			Public: public, Author: string(role), Body: body}
	}
	t.Run("monitor notices", func(t *testing.T) {
		cases := []struct {
			body     string
			restored bool
		}{
			{"RECOVERED: disk latency on db-02 is back within threshold.", true},
			{"[OK] api-gateway: 5xx rate back below threshold (0.1% over 10 min).", true},
			{"Resolved: replication lag back to normal.", true},
			// a monitoring tool's recovery label, without a threshold
			{"** RECOVERY Host Alert: db-02 is UP **", true},
			{"[RESOLVED] ReplicationLag db-02", true},
			{"OK: replication lag on db-02 is 12 s.", true},
			{"Monitor is UP: db-02 (ping).", true},
			{"Recovered: db-02 replication.", true},
			{"Resolved: your ticket INC0042 has been closed.", false},
			{"Ok, we have received your message and will reply soon.", false},
			{"Resolved tickets are closed after 5 days.", false},
			{"Please check whether the service is up for you.", false},
			// near misses: a helpdesk's notice about the ticket, an alert, a threshold breached
			{"Your incident INC0042 has been resolved and closed.", false},
			{"This request has been marked as resolved. Reply to reopen it.", false},
			{"ALERT: disk latency on db-02 above threshold for 15 min.", false},
		}
		for _, c := range cases {
			tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: []ticket.Event{
				msg(0, ticket.RoleSystem, true, "ALERT: replication lag on db-02 over 300 s."),
				msg(20, ticket.RoleAgent, true, "We restarted the replica and it is catching up."),
				msg(40, ticket.RoleSystem, true, c.body)}}
			r := Read(tk, nil)
			m := r.Messages[2]
			if !m.Automatic {
				t.Errorf("%q: not automatic", c.body)
			}
			got := false
			for _, s := range m.Sentences {
				if s.Acts&AutoAck == 0 {
					t.Errorf("%q: sentence %q is not an acknowledgement", c.body, s.Text)
				}
				got = got || s.Acts&Restored != 0
			}
			if got != c.restored {
				t.Errorf("%q: restored = %v, want %v", c.body, got, c.restored)
			}
		}
	})
	t.Run("customer's first message after a remedy", func(t *testing.T) {
		// Round 38: after a private note too, since the ticket was opened
		// by a logged call or an alert: the customer writes after the
		// problem was stated and worked on (styles17, 33, 42, 49:
		// "Both terminals printing tickets again." after an alert and the
		// NOC's private notes). Without a remedy before, it is the report.
		cases := []struct {
			name     string
			public   bool   // staff's second message
			step     string // its text
			restored bool
		}{
			{"after a public reply", true, "I've re-paired the reader and restarted the payment service.", true},
			{"after a private note (round 38)", false, "I've re-paired the reader and restarted the payment service.", true},
			{"after a private note with no remedy", false, "Looking at the reader's logs now.", false},
		}
		for _, c := range cases {
			tk := &ticket.Ticket{ID: "T", CreatedAt: t0, Events: []ticket.Event{
				msg(0, ticket.RoleAgent, true, "Phone call from Priya, front desk: the card reader shows offline since 07:40."),
				msg(30, ticket.RoleAgent, c.public, c.step),
				msg(50, ticket.RoleCustomer, true, "Card payments fine now.")}}
			r := Read(tk, nil)
			got := r.Messages[2].Sentences[0].Acts&Restored != 0
			if got != c.restored {
				t.Errorf("%s: restored = %v, want %v (%s)", c.name, got, c.restored, r.Messages[2].Sentences[0].Acts)
			}
		}
	})
}
