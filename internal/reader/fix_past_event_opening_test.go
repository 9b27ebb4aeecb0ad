package reader

import "testing"

// TestPastEventOpening checks round 255's shape
// (fix_past_event_opening.go): "Last night's <run> ..." tells an earlier
// event and takes no fix. The sentences are written for the test.
func TestPastEventOpening(t *testing.T) {
	checkPredicate(t, "pastEventOpening", func(text string) bool { return pastEventOpening(tokens(text, nil)) }, []predicateCase{
		{"Last night's patch window touched both servers.", true},
		{"Last Monday's update added a start point for each van.", true},
		{"Last month's correction was in the report itself.", true},
		{"Last week I restarted the scanner service.", false}, // no possessive: a step may follow
		{"Last night's.", false},
		{"I've re-run last night's import.", false}, // a step told
		{"Yesterday's re-push sent the same broken file.", true},
		{"Monday's change: added product SL49 with its mill code.", true},
		{"This morning's update added the question to every form.", true},
		{"Today's invoices reprinted and handed to Jade.", false}, // today's: the step done now
		{"This week's reminders were resent by hand.", false},
	})
	checkWording(t, []wordingCase{
		{"Last Monday's update added a start point for each van.", staffAfter, 0, Fix},
		{"I've re-run last night's import and the orders are in.", staffAfter, Fix, 0},
	})
}
