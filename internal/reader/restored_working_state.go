package reader

import "strings"

// The repaired thing seen at work, told as a state (round 90,
// docs/quality.md "Round 90"): after a remedy, staff tell the thing doing
// its work "normally" or "by itself", in a note without a verb of being
// ("Door closing and opening normally ...", "Restarted 05:48, inducting
// normally."), after "has been" ("the camera has been reading normally
// since"), or with words between the verb and "normally" ("It's checking
// out books normally again."). done.go reads "<thing> is/are <-ing>
// normally" with the two words side by side; these are the writers' other
// ways (tuning misses before the rule):
//
//   - "It's checking out books normally again." (styles9 17);
//   - "We re-enabled the port remotely at 03:17 and the camera has been
//     reading normally since." (styles21 10);
//   - "Restarted 05:48, inducting normally." (styles58 01);
//   - "Door closing and opening normally for customers coming in." (styles71 15);
//   - "Unit running and defrosting by itself at 16:30." (styles80 02).
//
// Refused: a scope ("other", "rest", "same": "Other 13 devices syncing
// normally." narrows the fault before any remedy), a past ("was", "had been
// working normally until": the cause's story), the writer's own work ("we're
// running it normally"), a plan, a condition, a contrast, a negation, a
// habit ("usually"), a question; and the -ing late in a note without a verb
// of being (the third word at most).

// workingNotIng are words in -ing that are not a thing's work.
var workingNotIng = newWordSet(map[string]bool{"being": true, "going": true, "nothing": true, "something": true,
	"anything": true, "everything": true, "morning": true, "evening": true, "during": true, "thing": true,
	"booking": true, "setting": true, "building": true, "ceiling": true, "meeting": true, "training": true,
	"pending": true, "waiting": true, "according": true, "including": true, "testing": true,
	"looking": true, "trying": true, "monitoring": true, "watching": true, "keeping": true, "leaving": true})

// workingStops refuse the sentence (see above).
var workingStops = newWordSet(map[string]bool{"other": true, "others": true, "rest": true, "same": true, "still": true,
	"until": true, "but": true, "was": true, "were": true, "had": true, "if": true, "will": true,
	"should": true, "would": true, "could": true, "might": true, "not": true, "never": true, "per": true,
	"usually": true, "only": true, "except": true, "once": true, "when": true, "whether": true, "unless": true,
	"isn't": true, "wasn't": true, "aren't": true, "weren't": true, "won't": true, "can't": true})

// workingSelf are the writer or the reader before the verb: their own work.
var workingSelf = newWordSet(map[string]bool{"we": true, "i": true, "you": true, "we're": true, "i'm": true, "you're": true})

// workingState reports the repaired thing seen at work, told as a state (see above).
func workingState(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 24 || !(strings.Contains(text, "normally") || strings.Contains(text, "by itself")) ||
		endsQuestion(text) {
		return false
	}
	for _, t := range ts {
		if workingStops.has(t) {
			return false
		}
	}
	for k, t := range ts {
		if t != "normally" && !(t == "by" && k+1 < len(ts) && ts[k+1] == "itself") {
			continue
		}
		j := -1 // the first -ing of the chain before k
		for i := max(0, k-4); i < k; i++ {
			if workingIng(ts[i]) {
				j = i
				break
			}
		}
		if j < 0 {
			continue
		}
		for j >= 2 && ts[j-1] == "and" && workingIng(ts[j-2]) {
			j -= 2
		}
		if j > 0 && workingSelf.has(ts[j-1]) {
			return false
		}
		switch p := j - 1; {
		case p >= 0 && (isAre(ts[p]) || ts[p] == "it's" || ts[p] == "they're" || ts[p] == "now" || ts[p] == "again"):
			return true
		case p >= 1 && ts[p] == "been" && (ts[p-1] == "has" || ts[p-1] == "have" || ts[p-1] == "'s" || ts[p-1] == "'ve"):
			return true
		case j <= 3:
			return true // a note: "Door closing ...", "Restarted 05:48, inducting ..."
		}
	}
	return false
}

// workingIng reports a word in -ing that can be a thing's work.
func workingIng(t string) bool {
	return len(t) > 5 && strings.HasSuffix(t, "ing") && !workingNotIng.has(t)
}
