package reader

import "testing"

// TestBareWrongState: a short sentence that only says, in the present, that a
// thing is wrong is a finding of the check, not a cause (round 244,
// cause_bare_wrong_state.go). The near misses tie the wrong state to a fault
// or a time, are past, or are longer explanations. The sentences are
// invented in the shapes seen.
func TestBareWrongState(t *testing.T) {
	refused := []wordingCase{
		{"the account number you entered is incorrect.", staffBefore, 0, Cause},
		{"kindly note, the exported report is corrupted and cannot be read.", staffBefore, 0, Cause},
		{"The postcode is wrong, not the address.", staffBefore, 0, Cause},
		{"also, the target folder is wrong; the right one is archive_02.", staffBefore, 0, Cause},
	}
	for _, c := range refused {
		if !bareWrongState(tokens(c.text, nil)) {
			t.Errorf("%q: not read as a bare wrong state", c.text)
		}
	}
	checkWording(t, refused)
	kept := []string{
		"The sync failed because the password is incorrect.",                                                                    // a cause word
		"The mapping was wrong, so every order went to the old depot.",                                                          // past, and a result
		"That's why it stopped - the stored certificate is corrupted.",                                                          // a tie
		"Nothing is wrong with the printer.",                                                                                    // a denial
		"The exchange rate table that the nightly job loads from the provider's feed is wrong for every currency since Monday.", // long
	}
	for _, s := range kept {
		if bareWrongState(tokens(s, nil)) {
			t.Errorf("%q: read as a bare wrong state", s)
		}
	}
}
