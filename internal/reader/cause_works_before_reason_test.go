package reader

import "testing"

func TestWorksBeforeReason(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// round 207's rows (styles108, styles117) and the shape in other words
		{"Location and fuel level kept working because that information travels from the car to us and needs no command.", true},
		{"The app and e-mail copies still worked, which is why he could see them when he logged in.", true},
		{"The card terminals carried on working because they dial out over 4G.", true},
		{"Bookings made by phone worked fine because they skip the web form.", true},
		// near misses: the fault told beside it, a contrast, a negation, no reason, the fault itself
		{"The website uses a different account; the booking feed's password expired, which is why only the website kept working.", false},
		{"The tills kept working, but the back office stopped because its certificate expired.", false},
		{"The scanner never worked because the driver was missing.", false},
		{"The printer stopped working because the tray sensor failed.", false},
		{"The app still worked.", false},
		{"It kept failing because the token had expired.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := worksBeforeReason(tc.text, scn); got != tc.want {
			t.Errorf("worksBeforeReason(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWhyItWorksStillAndNeverHad(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// round 207: "still" is in negations but not here; a part the fault never reached
		{"Web browsers use a different setting, which is why browsing still worked.", true},
		{"The counter PC is already on the staff network, which is why it never had the problem.", true},
		// round 29's own and near misses
		{"Chip and PIN still goes the old way, which is why that kept working.", true},
		{"The token was cached, which is why it still failed.", false},
		{"The service was on manual start, which is why it never came back.", false},
		{"The tablets never had the update, which is why they failed to sync.", false},
		{"The relay was cached, which is why it looked fixed.", false},
	}
	for _, tc := range cases {
		var sc scan
		scn := newScan(tokens(tc.text, nil), &sc)
		if got := whyItWorks(tc.text, scn); got != tc.want {
			t.Errorf("whyItWorks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
