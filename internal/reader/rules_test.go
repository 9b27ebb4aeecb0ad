package reader

import (
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestGeneralWording checks the structural rules on wording written for this
// test, not taken from any labelled set: the forms staff and customers use in
// any helpdesk, and the near misses each rule must leave alone.
func TestGeneralWording(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	customer := Context{Role: ticket.RoleCustomer, Public: true}
	cases := []wordingCase{
		// cause, stated without a cause word
		{"The problem was that the payment gateway returned an error for every refund.", staff, Cause, 0},
		{"It is by design that archived projects cannot be edited.", staff, Cause, 0},
		{"The nightly export job failed because the disk was full.", staff, Cause, 0},
		{"We found out that the DNS record had been changed by another team.", staff, Cause, Question},
		{"The TLS certificate had expired on the load balancer.", staff, Cause, 0},
		{"The mail relay was misconfigured after the migration.", staff, Cause, 0},
		{"The service account wasn't added to the deployers group.", staff, Cause, 0},
		{"The March upgrade caused the scheduler to skip jobs.", staff, Cause, 0},
		{"This message is written to the audit log to preserve the original request.", staff, Cause, 0},
		{"The database ran out of memory, resulting in failed logins.", staff, Cause, 0},
		// not a cause
		{"Was the outage caused by the upgrade?", staff, Question, Cause},
		{"The failure might be due to the proxy settings.", staff, 0, Cause},
		{"This is not related to the release.", staff, 0, Cause},
		{"We could not deploy the patch because the change window was closed.", staff, 0, Cause},
		{"Root cause analysis started this morning.", staff, 0, Cause},
		{"As per our policy, the ticket will be closed due to no response.", staff, 0, Cause},
		{"The login fails because of the new password rules.", customer, 0, Cause},
		{"We found that no errors were logged on our side.", staff, 0, Cause},
		{"This issue is related to ticket 4411.", staff, 0, Cause},
		{"The patch has not been moved to production yet.", staff, 0, Cause},
		// fix: applied, delivered, instructed
		{"I have reset the user's password.", staff, Fix, 0},
		{"We deployed a patch to the API servers.", staff, Fix, 0},
		{"Please clear the browser cache and retry.", staff, Fix, 0},
		{"The permissions have been granted to the finance group.", staff, Fix, 0},
		{"The configuration has been updated on both nodes.", staff, Fix, 0},
		{"Rolled back the release on all regions.", staff, Fix, 0},
		{"Scaling up the worker pool to eight nodes.", staff, Fix, 0},
		{"You can either delete the stale rows or run the cleanup script.", staff, Fix, 0},
		{"The hotfix is ready and has been sent to your team.", staff, Fix, 0},
		{"We restarted the router ourselves and it helped.", customer, Fix, 0},
		// not a fix
		{"Please update us on the status.", staff, Chase, Fix},
		{"We have attached the error message.", customer, 0, Fix},
		{"We could not restart the service.", staff, 0, Fix},
		// restored
		{"It is working now, thanks.", customer, Restored, 0},
		{"The issue is resolved.", staff, Restored, 0},
		{"The request has been completed.", staff, Restored, 0},
		{"All systems verified operational.", staff, Restored, 0},
		{"The sync has not failed again since the patch.", staff, Restored, 0},
		{"The account is active now, please check.", staff, Restored, 0},
		{"Target group reattached to the load balancer (resolved).", staff, Restored, 0},
		{"The error did not appear again after the restart.", customer, Restored, 0},
		// not restored
		{"It is still not working.", customer, 0, Restored},
		{"Once the patch is deployed it will work again.", staff, 0, Restored},
		{"The ticket is open since last week.", staff, 0, Restored},
		{"The server was running low on memory.", staff, 0, Restored},
		{"We will consider this ticket resolved if we hear nothing.", staff, 0, Restored},
		{"The new release has been deployed successfully.", staff, Fix, Restored},
	}
	checkWording(t, cases)
}

// wordingCase is a sentence written for a test of the rules, read in context
// c: the acts it must have and those it must not.
type wordingCase struct {
	text string
	c    Context
	want Act
	not  Act
}

// The contexts the wording tests read their sentences in: a customer's
// after staff's remedy, before it, in the opening, and staff's after a
// remedy and before any.
var (
	custAfter   = Context{Role: ticket.RoleCustomer, Public: true, AfterRemedy: true}
	custBefore  = Context{Role: ticket.RoleCustomer, Public: true}
	custOpening = Context{Role: ticket.RoleCustomer, Public: true, Opening: true}
	staffAfter  = Context{Role: ticket.RoleAgent, Public: true, AfterRemedy: true}
	staffBefore = Context{Role: ticket.RoleAgent, Public: true}
)

// checkWording classifies every case and reports those that miss an act
// they must have or have one they must not.
func checkWording(t *testing.T, cases []wordingCase) {
	t.Helper()
	for _, c := range cases {
		got := Classify(c.text, c.c)
		if got&c.want != c.want || got&c.not != 0 {
			t.Errorf("%q: got %s, want %s and not %s", c.text, got, c.want, c.not)
		}
	}
}

// predicateCase is a sentence and whether one predicate must hold for it.
type predicateCase struct {
	text string
	want bool
}

// checkPredicate asks a predicate about each case's sentence and reports
// those it answers wrongly; name says which predicate in the errors.
func checkPredicate(t *testing.T, name string, holds func(text string) bool, cases []predicateCase) {
	t.Helper()
	for _, c := range cases {
		if got := holds(c.text); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", name, c.text, got, c.want)
		}
	}
}

// checkRuleItself asks one rule's own predicate rather than Classify: the
// cases in taken must be read by it and those in refused must not, so a near
// miss is refused by this rule itself, not only by a rule that runs before it.
func checkRuleItself(t *testing.T, name string, rule func(text string, toks []string) bool, taken, refused []wordingCase) {
	t.Helper()
	for _, c := range taken {
		if !rule(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: not read as %s", c.text, name)
		}
	}
	for _, c := range refused {
		if rule(c.text, tokens(c.text, nil)) {
			t.Errorf("%q: read as %s", c.text, name)
		}
	}
}

// TestAutomatedNotice: a notice says it is automated ("This is an automated
// message"); "automated" alone describes something else, as in a cause.
func TestAutomatedNotice(t *testing.T) {
	staff := Context{Role: ticket.RoleAgent, Public: true}
	system := Context{Role: ticket.RoleSystem, Public: true}
	checkWording(t, []wordingCase{
		{"This is an automated message, please do not reply.", system, AutoAck, 0},
		{"Automated notification: your ticket has been updated.", system, AutoAck, 0},
		{"Their firewall was treating our connections as automated scraping and holding them.", staff, 0, AutoAck},
		{"The automated nightly build failed at the signing step.", staff, 0, AutoAck},
	})
}
