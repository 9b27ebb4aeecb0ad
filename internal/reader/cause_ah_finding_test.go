package reader

import "testing"

// TestAhFinding: staff's finding opened by "Ah" in a chat is a cause
// (round 125); an acknowledgement, an apology, staff's step, an
// instruction or a reply after "Ah" is not.
func TestAhFinding(t *testing.T) {
	rule := func(_ string, ts []string) bool { return ahFinding(ts) }
	checkRuleItself(t, "finding after ah", rule, []wordingCase{
		{text: "Ah - you're a sender-only user on that account, and your org's settings restrict downloads of completed envelopes to admins."},
		{text: "Ah, segments only came in with 4.0."},
		{text: "Ah, there's a cap of 500 per zip."},
		{text: "Ah - on Macs the VPN app hangs on to the old profile even when you reconnect."},
		{text: "Ah, that's because the booking was made through a travel agent."},
	}, []wordingCase{
		{text: "Ah ok."},
		{text: "Ah ok, it was my colleague testing."},
		{text: "Ah yes we switched to Starling in Feb, forgot about you lot."},
		{text: "Ah that explains it, he's a new member via the other club."},
		{text: "Ah, sorry about that, the link was wrong."},
		{text: "Ah, I've reset it for you now."},
		{text: "Ah, you need to update the app from the Play Store first."},
		{text: "Ah, that's great, thanks for confirming."},
		{text: "Ah, got it."},
		{text: "2Ah battery. RTU booted."},
	})
	checkWording(t, []wordingCase{
		{"Ah, segments only came in with 4.0.", staffBefore, Cause, 0},
		{"Ah - on Macs the VPN app hangs on to the old profile even when you reconnect.", staffAfter, Cause, 0},
		{"Ah ok, it was my colleague testing.", staffBefore, 0, Cause},
	})
}
