package reader

import "testing"

// TestRestoredThingLive checks round 136's terse note that the thing is live
// (restored_thing_live.go). The sentences are written for the test; the near
// misses are a step to live, a plan, a pronoun, a place or a date after
// "live", a contrast, a noun after it, a name, a question.
func TestRestoredThingLive(t *testing.T) {
	taken := []wordingCase{
		{"Rota rule live.", staffAfter, Restored, 0},
		{"Door audit clean overnight, winter code live.", staffAfter, Restored, 0},
		{"Banner swap live 06:00, checked on two screens.", staffAfter, Restored, 0},
		{"New price list live at 09:10.", staffAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"Applied to live 17:40.", staffAfter, 0, Restored},
		{"Scheduled for live tomorrow 08:00.", staffAfter, 0, Restored},
		{"I'll confirm here once it's live.", staffAfter, 0, Restored},
		{"The new layout should be live.", staffAfter, 0, Restored},
		{"SAML config live in Aspen, local passwords off.", staffAfter, 0, Restored},
		{"Mapping live on the test range from 11:40.", staffAfter, 0, Restored},
		{"Stream is live but no sound at all.", staffAfter, 0, Restored},
		{"The new product isn't live until 2 November.", staffAfter, 0, Restored},
		{"Rule not live.", staffAfter, 0, Restored},
		{"Is the rule live?", staffAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	ownRefused := append([]wordingCase{
		{"Pointed it at the reporting copy, not the live one.", staffAfter, 0, 0},
		{"Couples Team, Encore Live", staffAfter, 0, 0},
		{"We checked the live blog.", staffAfter, 0, 0},
	}, refused...)
	checkRuleItself(t, "a thing live", thingLive, taken, ownRefused)
	checkPredicate(t, "thingLive", func(s string) bool { return thingLive(s, tokens(s, nil)) }, []predicateCase{
		{"Spring code live.", true},
		{"Headboard delivered.", false},
		{"Still alive.", false},
	})
}
