package reader

import "testing"

// TestFixThenScreen checks round 145's next step on a screen opened by
// "Then" (fix_then_screen.go) on sentences written for the test, and near
// misses that must stay no fix: a report asked, a check of the fault, the
// writer's plan, a state, a question, the customer's word.
func TestFixThenScreen(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Then tap Save at the top right.", staffBefore, Fix, 0},
		{"Then click Publish on the rota page.", staffBefore, Fix, 0},
		{"Then in the portal choose Accounts > Reset PIN.", staffBefore, Fix, 0},
		{"Then on the till, Settings > Network > Forget.", staffBefore, Fix, 0},
		// near misses
		{"Then let me know what the screen shows.", staffBefore, 0, Fix},
		{"Then tell me if the light comes back.", staffBefore, 0, Fix},
		{"Then send me a photo of the label?", staffBefore, 0, Fix},
		{"Then I will tell the team it is back.", staffBefore, 0, Fix},
		{"Then the roll is in the wrong way round.", staffBefore, 0, Fix},
		{"Then press Save?", staffBefore, 0, Fix},
		{"Then in the app it says Offline.", staffBefore, 0, Fix},
	})
	rule := func(text string, ts []string) bool {
		var sc scan
		return thenScreenStep(text, newScan(ts, &sc), staffBefore)
	}
	checkRuleItself(t, "thenScreenStep", rule,
		[]wordingCase{{"Then press FEED twice.", staffBefore, Fix, 0}, {"Then in RoundPad, Menu > Printer > Test print.", staffBefore, Fix, 0}},
		[]wordingCase{{"Then stand on the crate yourself so we can see.", staffBefore, 0, Fix}, {"Press FEED twice.", staffBefore, 0, Fix}})
}
