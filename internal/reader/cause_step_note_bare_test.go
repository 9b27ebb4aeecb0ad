package reader

import "testing"

// TestCauseStepNoteBare checks the refusal of a terse note of staff's own
// remedy step with a bare noun for its object or a verb of stripping or
// re-running (stepNoteBare, in notCause, so the model too, and in the working
// note's reading through stepNoteRefused). The sentences are written for the
// test; near misses keep their cause.
func TestCauseStepNoteBare(t *testing.T) {
	cases := []struct {
		text    string
		bare    bool
		refused bool // stepNoteRefused: round 46's shape or this one
	}{
		// a step note, bare noun and a place, or stripping / re-running
		{"Moved printer onto the second VLAN, labels coming through again.", true, true},
		{"Switched gateway over to the backup SIM at 10:20.", true, true},
		{"Stripped the bad header rows from the export and loaded it again.", true, true},
		{"Re-ran the nightly sync by hand, 340 records in.", true, true},
		// round 46's shape: refused through stepNoteRefused, not stepNoteBare
		{"Re-sent the 12 rejected invoices to the portal.", false, true},
		// near misses: a subject, the past perfect, a reason, a noun after "reset",
		// a code for the object, no place after the noun
		{"Our engineer moved the router onto the new line, which dropped the tills.", false, false},
		{"Moved panel onto the spare line because the old one had failed.", false, false},
		{"Stripped the prefix, as the importer had rejected every file with it.", false, false},
		{"Reset emails not arriving since the domain change.", false, false},
		{"Moved 4471 to the archive queue.", false, false},
		{"Changed Tuesday 09:14 by the site admin account.", false, false},
		{"Moved panel.", false, false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := stepNoteBare(scn.ts); got != tc.bare {
			t.Errorf("stepNoteBare(%q) = %v, want %v", tc.text, got, tc.bare)
		}
		if got := stepNoteRefused(scn.ts); got != tc.refused {
			t.Errorf("stepNoteRefused(%q) = %v, want %v", tc.text, got, tc.refused)
		}
	}
}
