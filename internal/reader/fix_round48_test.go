package reader

import "testing"

// TestRound48ToldStep checks round 48's note of a step staff had the reader
// take on a call (fix_round48.go) on the labelled rows it was built from
// (styles2, styles25, styles33, styles44) and its refusals.
func TestRound48ToldStep(t *testing.T) {
	opening := Context{Role: staffBefore.Role, Opening: true}
	cases := []wordingCase{
		{"Got her to try another socket, still nothing.", staffBefore, Fix, 0},                                    // styles2
		{"Asked him to power-cycle the LinkBox (unplug 30 s) while on the phone.", opening, Fix, 0},               // styles25
		{"Asked him to power-cycle tunnel 2's reader; no change.", opening, Fix, 0},                               // styles33
		{"Told her to apply online under My account > Discounts and upload a council tax bill.", opening, Fix, 0}, // styles44
		// refused: a hold or a wait, information, "not", another party, a screen on the way
		{"Asked her to leave the lab PC on.", opening, 0, Fix},                                 // styles4
		{"Asked her to leave the devices on and not log out.", opening, 0, Fix},                // styles21
		{"Asked her to carry on with the other clinics' boxes meanwhile.", opening, 0, Fix},    // styles52
		{"Told him to come back to us if it drops again.", opening, 0, Fix},                    // styles25
		{"Told her to leave the queue as it is while we look.", opening, 0, Fix},               // styles57
		{"Asked him to e-mail an example policy number.", opening, 0, Fix},                     // styles12
		{"Got him to open Settings > Apps > Tallyfold > Permissions.", opening, 0, Fix},        // styles51
		{"Asked her not to power anything off in the comms cupboard.", staffBefore, 0, Fix},    // styles25
		{"Asked the site to warn us before any planned isolation.", staffBefore, 0, Fix},       // styles41
		{"Got through to the payment page myself but it took about 40s.", staffBefore, 0, Fix}, // styles53
		{"Asked him to power-cycle the reader?", staffBefore, 0, Fix},
	}
	checkWording(t, cases)
}
