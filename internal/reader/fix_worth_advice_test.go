package reader

import "testing"

// TestFixWorthAdvice checks round 91's step advised as worth taking
// (fix_worth_advice.go) on sentences written for the test, and near misses
// that must stay no fix: a hedged maybe, a question to ask, a remark with
// nothing to do, a negation, a heading, a customer's.
func TestFixWorthAdvice(t *testing.T) {
	checkWording(t, []wordingCase{
		{"It's also worth clearing the browser cache on the front desk PC so the old logo goes.", staffBefore, Fix, 0},
		{"If the label still comes out blank, it's worth turning the roll over once.", staffBefore, Fix, 0},
		{"Until the new card arrives, it's worth keying the code in by hand at the gate.", staffBefore, Fix, 0},
		{"Restarting the hub from the wall socket would be worth a try.", staffBefore, Fix, 0},
		{"The export is in your inbox, worth a quick look before you send it on to the auditors.", staffBefore, Fix, 0},
		// near misses
		{"It might be worth clearing the browser cache on the front desk PC.", staffBefore, 0, Fix},
		{"It may be worth swapping the cable at some point.", staffBefore, 0, Fix},
		{"It'd be worth adding a second admin to the account one day.", staffBefore, 0, Fix},
		{"It's worth asking your landlord about the meter.", staffBefore, 0, Fix},
		{"Worth knowing: the report only counts whole days.", staffBefore, 0, Fix},
		{"A draught at the window is worth checking, though.", staffBefore, 0, Fix},
		{"That old backup is not worth restoring over the new data.", staffBefore, 0, Fix},
		{"Two things worth checking while you test:", staffBefore, 0, Fix},
		{"Is it worth restarting the hub tonight?", staffBefore, 0, Fix},
		{"The whole order was worth £400 at list price.", staffBefore, 0, Fix},
		{"It's worth clearing the cache, I think, but I'm not sure.", custAfter, 0, Fix},
	})
}
