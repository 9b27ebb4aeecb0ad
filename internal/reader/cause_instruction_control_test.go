package reader

import "testing"

func TestInstructionToControl(t *testing.T) {
	checkPredicate(t, "instructionToControl", func(text string) bool {
		var buf [64]string
		return instructionToControl(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Yes: use Reports > Materials > Reels on hold and set the reason filter\nto MSL.", true},
		{"In that case tap 'Request correction' underneath instead, and type 'species code wrong, HAD not COD' in the reason box.", true},
		{"At tomorrow's visit, open patient 2905-006, choose Visits > Unscheduled\nvisit > Replace kit, select kit 305-38821 as the kit being replaced.", true},
		{"On the same page choose \"Stop overseas monthly\npayments\" with the month after your first UK payday, so the card payment\nends when the employer deductions begin.", true},
		{"Please select \u201cAll sites\u201d in the filter.", true},
		// near misses: the verb's spelling inside a cause, no lead-in, a long
		// lead-in, a plain object, a time's colon, no verb after the lead-in
		{"On Monday a new room type \"Deluxe Sea View\" was created and the old\n\"Double Sea View\" was deleted, and the link to Booking.com room\n112233401 was deleted together with it.", false},
		{"The update moved Settings > Sync to a new tab, so the option you used is gone.", false},
		{"When we looked at the export job on the server last night and again this morning, use \"old\".", false},
		{"Found it: the 'Exempt' box was unticked in the agenda builder.", false},
		{"Logged at 18:42 use 'old' template.", false},
		{"Make \"Daily\" the default.", false},
		{"Your admin switched Reports > Export off on Friday, which is why the button is grey.", false},
	})
}

// An instruction naming a control carries no cause read earlier: its quoted
// label's "HAD not COD" is no step not taken (styles60, 11-correct-species-code).
func TestInstructionToControlNotCarried(t *testing.T) {
	text := "In that case tap 'Request correction' underneath instead, and type 'species code wrong, HAD not COD' in the reason box."
	var buf [64]string
	ts := tokens(text, buf[:0])
	if !causeHadNotDone(ts) {
		t.Fatalf("causeHadNotDone(%q) = false; the test no longer shows the carry it guards", text)
	}
	if got := causeContinued(text, ts); got != "" {
		t.Errorf("causeContinued(%q) = %q, want none", text, got)
	}
}
