package reader

import "testing"

// TestRestoredEveryoneHad checks round 136's customer's confirmation told as
// what everyone got (restored_everyone_had.go). The sentences are written for
// the test; the near misses are "else", a negation, the fault's words, an
// obligation, news already known, a plan, a question, and staff.
func TestRestoredEveryoneHad(t *testing.T) {
	taken := []wordingCase{
		{"All the drivers had today's routes at 6 this morning.", custAfter, Restored, 0},
		{"Everyone on the rota had their text for tonight.", custAfter, Restored, 0},
		{"Today at Hill Road everybody got the reminder and only one did not turn up.", custAfter, Restored, 0},
	}
	refused := []wordingCase{
		{"Everyone else got paid this morning.", custAfter, 0, Restored},
		{"Nobody has had a text, and all of them were due.", custAfter, 0, Restored},
		{"Every player got the reminder at 03:00 instead of 08:00.", custAfter, 0, Restored},
		{"All the crews had to pull the jobs down by hand.", custAfter, 0, Restored},
		{"All the crews got the same error this morning.", custAfter, 0, Restored},
		{"The parents have all had the letter about it.", custAfter, 0, Restored},
		{"Has everyone had their reminder?", custAfter, 0, Restored},
		{"All the crews had today's jobs at 6 this morning.", custBefore, 0, Restored},
	}
	checkWording(t, append(append([]wordingCase{}, taken...), refused...))
	checkRuleItself(t, "everyone had", everyoneHad, taken, refused[:len(refused)-1])
	checkPredicate(t, "everyoneHad", func(s string) bool { return everyoneHad(s, tokens(s, nil)) }, []predicateCase{
		{"Everyone had their reminder.", true},
		{"Everyone had their reminder twice.", false},
	})
}
