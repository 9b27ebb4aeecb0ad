package reader

import "testing"

// TestCheckFindingNoFix checks the refusal of a check's finding told as a
// state (fix_check_finding.go): a side, an end or the thing itself found
// sound is no fix; a result judged after a step, and a party's side fixed,
// stay fixes.
func TestCheckFindingNoFix(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Cloud side all fine: schedule stored, push to robot acked 28 Oct 21:14.", staffAfter, 0, Fix},                          // styles56
		{"Manual re-run of the HA-4 delivery job took 40 s, so the upload path itself is fine.", staffAfter, 0, Fix},             // styles59
		{"Our side looks normal: instructions going out, callbacks 200 since the fix on 7731.", staffAfter, 0, Fix},              // styles62
		{"PressReader entitlement looked fine before the reset.", staffAfter, 0, Fix},                                            // styles25
		{"We done all quotes again, all ok.", custAfter, Fix, 0},                                                                 // styles12
		{"the spring prices were switched on in the webshop at 00:00 today and look correct in our checks.", staffAfter, Fix, 0}, // styles19
		{"Paylane say their side is fixed.", staffAfter, Fix, 0},                                                                 // styles27
	})
}
