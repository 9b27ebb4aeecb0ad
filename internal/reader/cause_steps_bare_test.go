package reader

import "testing"

func TestStepsToldBare(t *testing.T) {
	checkPredicate(t, "stepsToldBare", func(text string) bool {
		var buf [64]string
		return stepsToldBare(text, tokens(text, buf[:0]))
	}, []predicateCase{
		{"Cut out the damaged length, jointed in new screened cable with a resin splice, re-clipped it in a new tray section clear of the track.", true},
		{"Pete cut out the junction box, fitted a sealed one and re-terminated the line.", true},
		{"Re-calibrated L hoist load cell with test weights, reset overload.", true},
		{"Restored the 7 bibs from the 20/03 02:00 backup, re-loaded the 7 e-audio records as new, suppressed.", true},
		{"Added the new grade as an equivalent in the access rule, approved by the supervisor by phone.", true},
		// near misses: a thing as the subject, a thing's failure told in
		// steps, one step, a word of a cause, a lead-in colon, the second
		// step after a semicolon, a fault cut by someone else, a pronoun
		{"Windows Update ran overnight and swapped the Ricoh driver for the generic 'Microsoft PCL6 Class Driver'.", false},
		{"Job FORFEIT_NIGHTLY started 02:00, killed 03:00 by scheduler timeout (60 min).", false},
		{"Machine 0123 restarted overnight and reloaded an old copy of its settings.", false},
		{"Cut out the damaged length of cable this morning.", false},
		{"Cut out the damaged length and re-clipped the cable, because the old tray had rubbed through it.", false},
		{"Found: cut out the damaged length and re-clipped the cable.", false},
		{"Cut out the damaged length; the tray was re-clipped by the contractor.", false},
		{"Confirmed duct and fibre cut by the digger at the drainage trench, ~20m from the gate.", false},
		{"They cut the cable and re-terminated it in the wrong box.", false},
	})
}
