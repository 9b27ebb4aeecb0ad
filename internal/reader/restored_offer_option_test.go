package reader

import "testing"

// TestRestoredOfferOption checks round 202's refusal
// (restored_offer_option.go): staff's offer ("we can <verb>") or an option
// left to the reader ("if you prefer", "if that helps", "whenever you like")
// is no restoration; a check told with "we can see", a state with "you can
// ... now" and the customer's rows are untouched. The sentences are written
// for the test.
func TestRestoredOfferOption(t *testing.T) {
	cases := []wordingCase{
		{"We can drop the old copies and keep the new restored one.", staffAfter, 0, Restored},
		{"For now, we can sync them again from the database, so please send the list.", staffAfter, 0, Restored},
		{"The portal doesn't show it, but we can send you a weekly summary if that helps.", staffAfter, 0, Restored},
		{"You can switch back to the old feed under Settings if you prefer.", staffAfter, 0, Restored},
		{"Your points are there, so you can claim the voucher whenever you like.", staffAfter, 0, Restored},
	}
	checkWording(t, cases)
	near := []wordingCase{
		{"The licences are handed out again and we can see 27 people working.", staffAfter, Restored, 0},
		{"I've corrected that booking too, so you can submit it now.", staffAfter, Restored, 0},
		{"The export works again now.", staffAfter, Restored, 0},
	}
	checkWording(t, near)
	pred := func(text string, ts []string) bool { return offerOrOption(ts) }
	checkRuleItself(t, "offer or option", pred, append(cases,
		wordingCase{text: "Yes, we can also schedule it for Monday."},
		wordingCase{text: "Let us know if you'd prefer SMS."},
		wordingCase{text: "I can send it again if you would like."}), append(near,
		wordingCase{text: "We can't change fares already taken."},
		wordingCase{text: "The issue is solved with the new release, we can close this ticket."},
		wordingCase{text: "If the restart helps, it's working again."},
		wordingCase{text: "We could not reproduce it."}))
}
