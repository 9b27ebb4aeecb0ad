package reader

import "testing"

func TestValueNotExpected(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The roster's time zone is set to UTC rather than Europe/London.", true},
		{"Order 5512 was entered as 40 units instead of 4.", true},
		{"Room B12 capacity is 0 in the booking system, not 30.", true},
		{"Unit 7 was registered to site 'Leeds North' rather than Leeds South.", true},
		// near misses: the writer's own setting, the remedy's new value, a modal, a question, no value after it
		{"We've set it to Europe/London rather than UTC.", false},
		{"The schedule is now set to Europe/London instead of UTC.", false},
		{"The band should be entered as 06:00 the following day, not 18:00.", false},
		{"Is the zone set to UTC rather than Europe/London?", false},
		{"The report was saved as a draft instead of being sent.", false},
		{"Please set the zone to Europe/London instead of UTC.", false},
		{"All three logins are set up and active from today rather than Monday.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := valueNotExpected(tc.text, scn); got != tc.want {
			t.Errorf("valueNotExpected(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
