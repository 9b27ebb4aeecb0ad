package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestInferTypeForms checks the forms InferType reads a type from, each with
// a near miss that reads otherwise; the sentences are invented, not copied
// from a labelled set.
func TestInferTypeForms(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		// A fault stated in words is an incident, whatever it asks for.
		{"fault stated", "Scanner app won't sync", "The handheld scanners haven't synced any counts since this morning.", ticket.TypeIncident},
		{"fault since a weekday", "", "Our overnight export has produced empty files since Tuesday.", ticket.TypeIncident},
		{"fault after a change", "Login loop since the upgrade", "Since upgrading the gateway to 5.1 nobody can sign in.", ticket.TypeIncident},
		{"change denied", "", "We see timeouts on every checkout call. Nothing deployed on our side this week.", ticket.TypeIncident},
		{"change word as a setting", "Invoices stuck in scheduled", "Invoices sit in Scheduled and never go out.", ticket.TypeIncident},
		{"suspicion question", "", "Half our staff got a strange password prompt this morning. Have we been phished?", ticket.TypeIncident},
		{"help with a fault", "", "Kindly we need your urgent assistance, the payroll batch did not post.", ticket.TypeIncident},
		{"could you look", "", "The door panel on level 3 beeps all night. Could someone have a look?", ticket.TypeIncident},
		// An ask for a thing to be done is a service request.
		{"polite ask", "", "Kindly reactivate the below wallet so the balance can be withdrawn.", ticket.TypeServiceRequest},
		{"could you do", "Restore of a deleted folder", "Could you restore the marketing folder from Friday's backup please?", ticket.TypeServiceRequest},
		{"support to do", "", "We need your kind support to archive the old audit tables.", ticket.TypeServiceRequest},
		{"request form", "", "Request type: Equipment loan\nItem: projector\nNeeded by: 4 May", ticket.TypeServiceRequest},
		{"order form", "Order: large print, Garden Birds of Britain", "Order type: Large print transcription\nTitle: Garden Birds of Britain\nNeeded by: 1 June", ticket.TypeServiceRequest},
		// ...but an ask to look at something is not a request.
		{"please check", "", "Please check the attached statement, the totals do not match.", ticket.TypeIncident},
		// A planned change names itself or its window.
		{"change form", "CHG: rotate the API signing keys", "Preferred window: Sunday 02:00-04:00. Approved by the CAB.", ticket.TypeChange},
		{"change with an outage in its subject", "RFC: database upgrade - weekend outage", "Approved; please tell the night shift.", ticket.TypeChange},
		{"planned deployment", "", "We plan the deployment of release 8.2 on Saturday night.", ticket.TypeChange},
		{"not a change form", "Change of address for invoices", "Please update our billing address to 4 Mill Lane.", ticket.TypeServiceRequest},
		// An ask to know something is a question.
		{"how to", "", "How do we add a second approver to purchase orders?", ticket.TypeQuestion},
		{"is it possible", "", "Is it possible to keep two currencies on one ledger?", ticket.TypeQuestion},
		{"question with a fault", "", "Is it possible the sync failed? Orders have not arrived since 9:00.", ticket.TypeIncident},
		{"old value shown in the subject", "Shelf labels printing old prices", "We changed the cheese prices on Monday but the labels still come out with last week's. Can this be sorted before Saturday?", ticket.TypeIncident},
		{"best way asked beside a fault", "Raw data for the well review", "I need the 1-second logs for last weekend. I have a viewer login but can't see an export option. What's the best way to get them out?", ticket.TypeQuestion},
		// Nothing to go on: an incident, the review that asks the most.
		{"nothing", "", "Hello, see attached.", ticket.TypeIncident},
	}
	for _, tt := range tests {
		if got := InferType(tt.subject, tt.opening); got != tt.want {
			t.Errorf("%s: InferType(%q, %q) = %s, want %s", tt.name, tt.subject, tt.opening, got, tt.want)
		}
	}
}

// TestInferTicketTypeCause checks that staff stating a cause makes a ticket
// whose opening states a fault but asks more for things to be done an
// incident, and that without one it stays a service request.
func TestInferTicketTypeCause(t *testing.T) {
	mk := func(staff string) *ticket.Ticket {
		return &ticket.Ticket{Subject: "", Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "The invoice run failed overnight. Please rerun it for the north region. Please also send the PDFs to finance."},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: staff},
		}}
	}
	for _, tt := range []struct{ staff, want string }{
		{"The run failed because the database password had expired.", ticket.TypeIncident},
		{"Done: the run is complete and the PDFs are with finance.", ticket.TypeServiceRequest},
	} {
		tk := mk(tt.staff)
		if got := InferTicketType(tk, Read(tk, nil)); got != tt.want {
			t.Errorf("staff %q: got %s, want %s", tt.staff, got, tt.want)
		}
	}
}

// TestInferTypeAsks checks the asks read as a question rather than a request
// and the requests read as a change, each with a near miss that reads
// otherwise; the sentences are invented, not copied from a labelled set.
func TestInferTypeAsks(t *testing.T) {
	tests := []struct{ name, subject, opening, want string }{
		// "can I / can we" asks what is possible; "can I get" asks for a thing.
		{"can we do", "", "Can we export the ledger to CSV?", ticket.TypeQuestion},
		{"can we get", "", "Can we get two more seats on our plan?", ticket.TypeServiceRequest},
		{"can I do it myself", "", "Can I raise the limit on my card myself?", ticket.TypeQuestion},
		{"could you do it", "", "Could you raise the limit on my card?", ticket.TypeServiceRequest},
		// A need inside a question, or of the customer's own doing, is no ask.
		{"need asked", "", "Do we need a separate licence for the test server?", ticket.TypeQuestion},
		{"need stated", "", "We need a licence for the test server.", ticket.TypeServiceRequest},
		{"own need", "", "I need to send the auditors our year-end figures. Does the report include VAT?", ticket.TypeQuestion},
		{"need of a thing", "", "I need a copy of the year-end report.", ticket.TypeServiceRequest},
		// Asked to know more than told of a fault: a question.
		{"questions outnumber a fault", "", "How do we add a tenth user? The screen won't let us add more than nine. Is there a setting for it?", ticket.TypeQuestion},
		{"fault with one question", "", "The screen won't let us add users since this morning. Is there a setting for it?", ticket.TypeIncident},
		// An alteration asked from a day on is a planned change; a span of days is not.
		{"effective from a day", "", "Please switch the office phones to the summer opening hours from Monday 3 June.", ticket.TypeChange},
		{"a span of days", "", "Please send me the call logs from 1 May to 31 May.", ticket.TypeServiceRequest},
	}
	for _, tt := range tests {
		if got := InferType(tt.subject, tt.opening); got != tt.want {
			t.Errorf("%s: InferType(%q, %q) = %s, want %s", tt.name, tt.subject, tt.opening, got, tt.want)
		}
	}
}

// TestInferTicketTypeReplies checks the replies' evidence: a question answered
// with nothing done stays a question, but one whose answer reports the service
// working again is an incident, unless it asks how the writer can do a thing
// (howToAsked, round 63: the tuning sets' such asks answered with a thing done
// are questions, styles6 14, styles19 04, styles58 08); an acknowledgement
// that files the ticket as a change request makes a request a change, its
// generic "your request" does not.
func TestInferTicketTypeReplies(t *testing.T) {
	mk := func(opening string, replies ...ticket.Event) *ticket.Ticket {
		evs := []ticket.Event{{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: opening}}
		for _, e := range replies {
			e.Kind, e.Public = ticket.KindMessage, true
			evs = append(evs, e)
		}
		return &ticket.Ticket{Events: evs}
	}
	question := "Is there a limit on users? The screen won't let us add more than nine. Is there a setting for it?"
	howTo := "How do we add a tenth user? The screen won't let us add more than nine. Is there a setting for it?"
	ask := "Please add the new VLAN to the guest switch."
	for _, tt := range []struct {
		name string
		tk   *ticket.Ticket
		want string
	}{
		{"question answered", mk(question, ticket.Event{Role: ticket.RoleAgent, Body: "Go to Settings > Seats and raise the seat count to ten."}), ticket.TypeQuestion},
		{"question with a fault restored", mk(question, ticket.Event{Role: ticket.RoleAgent, Body: "The user screen is working again; you can add all ten now."}), ticket.TypeIncident},
		{"how-to answered", mk(howTo, ticket.Event{Role: ticket.RoleAgent, Body: "Go to Settings > Seats and raise the seat count to ten."}), ticket.TypeQuestion},
		{"how-to with the thing done", mk(howTo, ticket.Event{Role: ticket.RoleAgent, Body: "I've raised your seat limit to ten; the tenth user is added now."}), ticket.TypeQuestion},
		{"filed as a change", mk(ask, ticket.Event{Role: ticket.RoleSystem, Author: "system", Body: "Your change request CR-77 has been received and will be reviewed."}), ticket.TypeChange},
		{"filed as a request", mk(ask, ticket.Event{Role: ticket.RoleSystem, Author: "system", Body: "Your request CR-77 has been received and will be reviewed."}), ticket.TypeServiceRequest},
	} {
		r := Read(tt.tk, nil)
		if got := InferTicketType(tt.tk, r); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestInferTicketTypeOpenedWith checks the whole-ticket evidence of the third
// reading: a ticket opened by staff's call log or a monitor's alert is read
// from that message too, a change is dated from a moment on anywhere in an
// opening that asks for something, and a tie between a fault and an ask for
// a named action is a request when staff report the action done. Each has a
// near miss; the sentences are invented, not copied from a labelled set.
func TestInferTicketTypeOpenedWith(t *testing.T) {
	msg := func(role ticket.Role, body string) ticket.Event {
		return ticket.Event{Kind: ticket.KindMessage, Role: role, Public: true, Body: body}
	}
	reply := "Please go ahead and replace it."
	for _, tt := range []struct {
		name string
		evs  []ticket.Event
		want string
	}{
		{"call log first", []ticket.Event{
			msg(ticket.RoleAgent, "Call from Sam at the Hove shop, 09:10. The card terminal at the till shows offline since opening and no card payments go through."),
			msg(ticket.RoleCustomer, reply)}, ticket.TypeIncident},
		{"customer first", []ticket.Event{
			msg(ticket.RoleCustomer, reply)}, ticket.TypeServiceRequest},
		{"dated in another sentence", []ticket.Event{
			msg(ticket.RoleCustomer, "Please set up the new opening hours below on the booking page.\n\n- from 1 April, weekdays 08:00-18:00\n- Saturdays 09:00-13:00")}, ticket.TypeChange},
		{"a span of days", []ticket.Event{
			msg(ticket.RoleCustomer, "Please set up the holiday opening hours below on the booking page.\n\n- from 1 April to 3 April, 10:00-14:00")}, ticket.TypeServiceRequest},
		{"named action done", []ticket.Event{
			msg(ticket.RoleCustomer, "My staff card was lost on the train yesterday. Can you block it please?"),
			msg(ticket.RoleAgent, "I've blocked the card and ordered a new one for you.")}, ticket.TypeServiceRequest},
		{"named action not done", []ticket.Event{
			msg(ticket.RoleCustomer, "My staff card was lost on the train yesterday. Can you block it please?"),
			msg(ticket.RoleAgent, "The card reader at the door was faulty, so your card still works.")}, ticket.TypeIncident},
	} {
		tk := &ticket.Ticket{Events: tt.evs}
		if got := InferTicketType(tk, Read(tk, nil)); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestInferTicketTypeSubjectAsks checks that a subject asking to know frames
// the ticket as a question even when the opening tells of a mishap, unless
// staff find a fault behind it, and that a subject stating a fault does not.
// A subject put as a question (ending in "?", subjectAsks) stays a question
// even then: round 59 found the labelled tuning tickets so framed questions in
// 6 of 7 (styles18, 53, 56, 59, 65, 66), where this test had held the
// invented "Why does the app show his route twice?" an incident. The tickets
// are invented.
func TestInferTicketTypeSubjectAsks(t *testing.T) {
	mk := func(subject, staff string) *ticket.Ticket {
		return &ticket.Ticket{Subject: subject, Events: []ticket.Event{
			{Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "Our driver won't make tomorrow's early route, he is ill."},
			{Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: staff},
		}}
	}
	for _, tt := range []struct{ subject, staff, want string }{
		{"How to mark a driver off sick", "In the app, open the route and choose Reassign; the route goes back to the pool.", ticket.TypeQuestion},
		{"Why the app shows his route twice", "The route was duplicated because the import ran twice after the server restarted.", ticket.TypeIncident},
		{"Why does the app show his route twice?", "The route was duplicated because the import ran twice after the server restarted.", ticket.TypeQuestion},
		{"Driver app not working", "In the app, open the route and choose Reassign; the route goes back to the pool.", ticket.TypeIncident},
	} {
		tk := mk(tt.subject, tt.staff)
		if got := InferTicketType(tk, Read(tk, nil)); got != tt.want {
			t.Errorf("subject %q, staff %q: got %s, want %s", tt.subject, tt.staff, got, tt.want)
		}
	}
}
