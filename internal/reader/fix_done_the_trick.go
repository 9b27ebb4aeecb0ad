package reader

// Round 238: "That's done it", "that did the trick" is the result of the step
// before, a restoration, not a step. customerDone (fix_done_reply.go)
// already refuses "that's done it" as the step that worked; other fix rules
// still read the idiom as a deed done: "That's done it - I tried his card on
// C-41 and it opened first time with a green light." (styles126 126-15/9,
// fixInstructedOrDid), "That's done it: the controller is back online and
// has reloaded all 2,918 members." (styles8 13/9, "remedy done"), and
// "That's done the trick, ..." (styles123 02/3, 124 01/6, 125 06/6, 126
// 01/6: customerDone, whose "that's done it" test wants "it"; their fix is
// now left out where read restored, fix_customer_done_restored.go). Every
// tuning row with the idiom is labelled restored, none fix. Refused among
// classify's fix refusals and in modelGuards' fix guard, for any writer.

// trickSubjects open the idiom: "that's done it", "that did the trick".
var trickSubjects = wordSetOf("that's", "thats", "that", "this", "it's", "that've")

// doneTheTrick reports whether a sentence (ts, its tokens) opens (after an
// assent or a name and "-") with "that's done it", "that's done the trick",
// "that did it" or "that did the trick".
func doneTheTrick(ts []string) bool {
	for k := 0; k+2 < len(ts) && k <= 3; k++ {
		if !trickSubjects.has(ts[k]) {
			continue
		}
		j := k + 1
		if ts[j] == "has" {
			j++
		}
		if j+1 >= len(ts) || ts[j] != "done" && ts[j] != "did" {
			continue
		}
		if ts[j+1] == "it" || ts[j+1] == "the" && j+2 < len(ts) && ts[j+2] == "trick" {
			return true
		}
	}
	return false
}
