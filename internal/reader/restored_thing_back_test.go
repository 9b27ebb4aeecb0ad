package reader

import "testing"

// TestRestoredThingBack checks round 120's terse note of the thing back
// (restored_thing_back.go). The sentences are written for the test; the near
// misses are a pronoun (the fault's return), a verb before "back" (a call
// returned, a rollback, a thing put back), the noun "back", more after "back"
// than a clock time, a plan, a condition, a negation, a question.
func TestRestoredThingBack(t *testing.T) {
	taken := []wordingCase{
		{"The booking feed is back from 06:15.", staffAfter, Restored, 0},
		{"Router swapped, uplink back, traffic off 4G at 11:02.", staffAfter, Restored, 0},
		{"Audio is back on the stream from 19:05.", staffAfter, Restored, 0},
		{"Scanner data back 07:40 on the depot board.", staffAfter, Restored, 0},
		{"The carrier cleared the fault and the line was back at 14:20.", staffAfter, Restored, 0},
		{"Kiosk display back, tested a sale.", staffBefore, Restored, 0},
	}
	refused := []wordingCase{
		{"Sorry, it's back.", staffAfter, 0, Restored},
		{"Rang Priya back at 10:12.", staffAfter, 0, Restored},
		{"We rolled the release back at 13:28.", staffAfter, 0, Restored},
		{"Vendor put the old certificate back.", staffAfter, 0, Restored},
		{"Quota goes back to 500 GiB on Wednesday.", staffAfter, 0, Restored},
		{"Carrier back: fault on the exchange side, ETA 48h.", staffAfter, 0, Restored},
		{"The feed should be back by 14:00.", staffAfter, 0, Restored},
		{"Once the feed is back, let me know.", staffAfter, 0, Restored},
		{"The feed is not back yet.", staffAfter, 0, Restored},
		{"Is the feed back?", staffAfter, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	// Read restored by older rules, but not by this one.
	ownRefused := append([]wordingCase{
		{"Glad they're all back.", staffAfter, 0, 0},
		{"The serial number is on the back, under the label.", staffAfter, 0, 0},
	}, refused...)
	checkRuleItself(t, "a thing back", thingBack, taken, ownRefused)
	// "back" as a word of its own only.
	checkPredicate(t, "thingBack", func(s string) bool { return thingBack(s, tokens(s, nil)) }, []predicateCase{
		{"The position feed is back from 02:40.", true},
		{"Feedback from the team: all fine.", false},
		{"Backlog back to normal.", false},
	})
}
