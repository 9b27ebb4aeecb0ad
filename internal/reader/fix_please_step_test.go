package reader

import "testing"

// TestFixPleaseStep checks round 91's polite instruction of a step
// (fix_please_step.go) on sentences written for the test, and near misses
// that must stay no fix: a chase, ticket admin, a negation, a question, a
// customer's request in the opening.
func TestFixPleaseStep(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Please update the scanner app from the store tonight.", staffBefore, Fix, 0},
		{"Please update them under Settings > Payroll > Bank details.", staffBefore, Fix, 0},
		{"Please press reload twice on the kiosk screen.", staffBefore, Fix, 0},
		{"Please fit the new filter with the arrow facing the fan.", staffBefore, Fix, 0},
		{"Then please put the handset back on its cradle for ten minutes.", staffBefore, Fix, 0},
		{"Please just tick Include archived in the filter and run it again.", staffBefore, Fix, 0},
		{"Please update from the store (if you don't see it yet, give it an hour).", staffBefore, Fix, 0},
		// near misses
		{"Please update us when you can.", staffBefore, 0, Fix},
		{"Please update me on this.", custBefore, 0, Fix},
		{"Please update the ticket with the serial number.", staffBefore, 0, Fix},
		{"Please don't update the app until we say so.", staffBefore, 0, Fix},
		{"Please update on this asap.", staffBefore, 0, Fix},
		{"Please update the export job and let us know how it goes.", staffBefore, 0, Fix},
		{"Please update if anything changes on your side.", staffBefore, 0, Fix},
		{"Kindly update the test results once the run has finished.", staffBefore, 0, Fix},
		{"Please press reload twice, will that help?", staffBefore, 0, Fix},
		{"Please update the prices on all tills from Monday.", custOpening, 0, Fix},
	})
}
