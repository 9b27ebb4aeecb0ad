package reader

import "testing"

func TestStepsReported(t *testing.T) {
	checkPredicate(t, "stepsReported", func(text string) bool {
		var buf [64]string
		return stepsReported(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Vendor started the scheduler at 11:02 and ran the job by hand.", true},
		{"Rob fitted a new bracket, reset the gauge to the tell-tale reading and boxed it in with a timber guard; scaffolders moved the tube off it.", true},
		{"We replaced the switch this afternoon and put the\ncontroller on a new cable.", true},
		{"Maintenance (Dev Sharma) changed the probe card and all contact pins on 03, cleaned the nest and recalibrated against the reference meter.", true},
		// near misses: a thing's steps (two words before the verb), a change
		// word or a pronoun as the subject, one step, a reason, a lead-in,
		// the second step after the semicolon
		{"Windows Update ran overnight and swapped the Ricoh driver for the generic 'Microsoft PCL6 Class Driver'.", false},
		{"Update replaced the driver and reset the port settings.", false},
		{"They moved trunk group 3 to their new SBC cluster and changed the caller number field.", false},
		{"Rob replaced the bracket this morning.", false},
		{"Rob replaced the bracket and reset the gauge, because the old one had cracked.", false},
		{"Found: Rob replaced the bracket and reset the gauge.", false},
		{"Rob replaced the bracket; the gauge was reset by the vendor.", false},
		{"Machine 0123 restarted overnight and reloaded an old copy of its settings.", false},
	})
}
