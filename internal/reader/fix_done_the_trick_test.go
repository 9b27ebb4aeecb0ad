package reader

import "testing"

// TestFixDoneTheTrick checks round 238's refusal (fix_done_the_trick.go):
// "that's done it" and its kin are the result, no step; a "done" of a step
// named is left to the fix rules. The sentences are written for the test.
func TestFixDoneTheTrick(t *testing.T) {
	checkPredicate(t, "doneTheTrick", func(text string) bool { return doneTheTrick(tokens(text, nil)) }, []predicateCase{
		{"That's done it - I tried the card and it opened first time.", true},
		{"That's done the trick, thank you!", true},
		{"Owen - that did it.", true},
		{"yep that's done it, queue's gone", true},
		{"That has done the trick.", true},
		{"Done that, it prints again.", false},
		{"I did it twice, still nothing.", false},
		{"That's done, the new key is in.", false},
	})
}
