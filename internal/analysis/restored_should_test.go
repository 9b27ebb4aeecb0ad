package analysis

import "testing"

func TestStillToCome(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		// Taken: the state still to come (tuning rows: styles57 15, 13 11, 91 02, 105 11).
		{"They're corrected now and the runs restarted at 08:38, so at about six hours each they should all be done by 15:00 today, in good time for Wednesday.", true},
		{"Renewals from now on should go through on their own with the skip rule in place.", true},
		{"All six can log in to the app from Monday.", true},
		{"Compliance have signed off, so we go live on Monday.", true},
		{"Your uploads should all have previews within half an hour.", true},
		// Near misses: the state present.
		{"They should now show in the portal.", false},
		{"The tills should be working now.", false},
		{"The 28 stuck runs are moving now.", false},
		{"It went live on Monday and has run since.", false},
		{"Pile 7 is 4,305 m³ again, within 0.2% of October.", false},
	} {
		if got := stillToCome(lower(c.text)); got != c.want {
			t.Errorf("stillToCome(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
