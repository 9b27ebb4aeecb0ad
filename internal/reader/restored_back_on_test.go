package reader

import "testing"

// TestBackOnPlace checks round 64's thing back on its place or at a clock
// time (restored_back_on.go, through isBack). The true rows are reworded
// from the styles sets named beside them (different writers); the near
// misses are a day or a date, an old state, a place in a sequence, a
// figure, a person, and a fault.
func TestBackOnPlace(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Zone D is back on the dashboard.", staffAfter, Restored, 0},                                 // styles16
		{"Stores back on the ERP 09:10, paper orders keyed in by 10:00.", staffAfter, Restored, 0},    // styles55
		{"We restarted the modem at 06:10, and the feed was back at 06:25.", staffAfter, Restored, 0}, // styles60
		{"its back, cheers", custAfter, Restored, 0},                                                  // styles33
		{"The office is back on Monday.", staffAfter, 0, Restored},
		{"The schedule is back on the 3rd.", staffAfter, 0, Restored},
		{"The tablets are back on the old version.", staffAfter, 0, Restored},
		{"The game is back at the start screen.", custAfter, 0, Restored},
		{"I'm back on site tomorrow.", staffAfter, 0, Restored},
		{"The error is back on the screen.", custAfter, 0, Restored},
	})
}
