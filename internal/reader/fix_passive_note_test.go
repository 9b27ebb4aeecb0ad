package reader

import "testing"

// TestFixPassiveNote checks round 28's passive notes of a step done
// (fix_passive_note.go) on sentences written for this test, with near misses.
func TestFixPassiveNote(t *testing.T) {
	cases := []wordingCase{
		{"Weekly cap of 20 units set.", staffAfter, Fix, 0},
		{"Guest pass revoked 16:20.", staffBefore, Fix, 0},
		{"Late fee waived for March; April invoice re-issued to the new address.", staffBefore, Fix, 0},
		{"Workaround: vent wrapped in foil and a spare fan taped behind it.", staffBefore, Fix, 0},
		{"Caretaker: 4 boxes taken to the depot, owners texted.", staffBefore, Fix, 0},
		{"Overnight batch queued for 02:00 against the new ledger.", staffBefore, Fix, 0},
		// near misses: a result, a check, a finding, a fault, a plan, a heading, a name
		{"Test invoice printed at the back office.", staffAfter, 0, Fix},
		{"Kiosk cycled three times OK.", staffAfter, 0, Fix},
		{"Audit trail log: tariff switched to weekend rates by the night manager.", staffBefore, 0, Fix},
		{"Follow-up change raised to tidy the old rules.", staffBefore, 0, Fix},
		{"Door sensor tripped at 03:10.", staffBefore, 0, Fix},
		{"Overnight import queued but nothing picked up since.", staffBefore, 0, Fix},
		{"Replacement lanyard dispatched if stock allows.", staffBefore, 0, Fix},
		{"All set for Friday:", staffBefore, 0, Fix},
		{"Reported by Lena Ahmed.", staffBefore, 0, Fix},
		{"Pricing rules unchanged since May.", staffBefore, 0, Fix},
		{"Badge cancelled 14:02.", custAfter, 0, Fix},
		{"Badge cancelled 14:02.", Context{Role: staffBefore.Role, Public: true, Opening: true}, 0, Fix},
	}
	checkWording(t, cases)
	// a clause about the thing, whatever other forms read in it
	var sc scan
	for _, text := range []string{"Archive copied to cold storage is kept for five years.", "Raheel Ahmed"} {
		if passiveNote(text, newScan(tokens(text, nil), &sc), staffBefore, true) {
			t.Errorf("%q: read as a passive note", text)
		}
	}
}
