package reader

import "testing"

// TestFixResultNote checks round 44's refusal of a result written as a
// passive note (fix_result_note.go): rows of styles7, styles10, styles17,
// styles18, styles40, styles43 and styles46, with the steps' own notes of
// styles3, styles15, styles16, styles35 and styles41 as near misses.
func TestFixResultNote(t *testing.T) {
	cases := []wordingCase{
		{"Backlog cleared 03:55.", staffAfter, Restored, Fix},                                                   // styles40
		{"Backlog drained by 09:40, 1,831 of the 1,847 modems have uploaded since.", staffAfter, Restored, Fix}, // styles43
		{"Rebuild finished 07:55 yesterday, RG2 optimal.", staffAfter, Restored, Fix},                           // styles46
		{"Alert cleared.", staffAfter, 0, Fix},                                                                  // styles17
		{"Replay finished, gateway queue at zero.", staffAfter, 0, Fix},                                         // styles18
		{"Restore job finished: 236/238 restored.", staffAfter, 0, Fix},                                         // styles10
		{"Reprocess complete, rejected queue at 0.", staffAfter, 0, Fix},                                        // styles7
		// near misses: a step's own note, a step that clears a queue
		{"Replay done 08:20, arrivals board showing temps for all trailers on site.", staffAfter, Fix, 0},                    // styles35
		{"Gareth - resend finished at 10:12, all 1,384 messages ACKed AA.", staffAfter, Fix, 0},                              // styles16
		{"the DMS upgrade finished at 12:40 and the system is available again, well within the window.", staffAfter, Fix, 0}, // styles3
		{"Slot cache rebuilt 15:52.", staffAfter, Fix, 0},                                                                    // styles41
		{"They have cleared the queue for your account and capped retries at 2.", staffAfter, Fix, 0},                        // styles43
	}
	checkWording(t, cases)
	for _, text := range []string{"OR-2234981 cleared 15:22: 48f re-spliced.", "The error alarm on our side has cleared.", "Job queue cleared by hand.", "Backlog cleared manually at 03:55."} {
		var sc scan
		ts := newScan(tokens(text, nil), &sc).ts
		if got := resultNote(ts); got {
			t.Errorf("%q: resultNote = %v", text, got)
		}
	}
}
