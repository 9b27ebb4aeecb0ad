package reader

// Round 54's reading: the culprit named in a line of its own.
//
// Once the cause is found, staff often name it in a short line of its own,
// "it was the X" or "that's the X", and tell the details after it (or the
// customer's guess was the question before it): "It was the PTP
// grandmaster." (styles23, 01-silence-alarm-studio2), "That's the stops."
// after the broken core is told (styles27, 09-goods-lift-intermittent-stops),
// "That's the reason." after the customer reads a permission off
// (styles43, 03-app-bluetooth-pairing), "Yes, it was the roadworks plan."
// in answer to "Is this down to the roadworks plan?" (styles58,
// 17-roadworks-plan). None of them has a cause word the other rules read.
// The line is short (at most three words after "the"), opens with "it was",
// "it's", "that's", "that was" or "it is" (after "yes" or "ah" at most),
// and what follows "the" is not a word of sameness, order or agreement
// ("it's the same", "that's the one", "that's the plan"), nor "problem" or
// "issue", which name the symptom as often as the fault ("That's the
// problem.", styles56, not a cause there: the labellers read the
// customer's setting, told just before, as the cause).
//
// Written in round 54 (docs/quality.md, "Round 54").

// notCulprit are the words after "the" that name no culprit.
var notCulprit = newWordSet(map[string]bool{"same": true, "one": true, "ones": true, "first": true, "last": true, "only": true,
	"right": true, "best": true, "case": true, "plan": true, "idea": true, "way": true, "point": true, "thing": true,
	"spirit": true, "goal": true, "hope": true, "latest": true, "next": true, "usual": true, "correct": true,
	"link": true, "number": true, "address": true, "file": true, "version": true, "page": true, "form": true,
	"end": true, "rule": true, "limit": true, "policy": true, "problem": true, "issue": true})

// culpritLine reports whether a sentence names a culprit in a line of its
// own: "it was the", "that's the", "it's the", "that was the" or "it is the"
// (after "yes", "ah" or "so" at most), then one to three words, the first
// not a word of sameness, order or agreement.
func culpritLine(ts []string) bool {
	k := 0
	for k < len(ts) && k < 2 && (ts[k] == "yes" || ts[k] == "ah" || ts[k] == "so") {
		k++
	}
	switch {
	case k < len(ts) && (ts[k] == "it's" || ts[k] == "that's"):
		k++
	case k+1 < len(ts) && (ts[k] == "it" || ts[k] == "that") && (ts[k+1] == "was" || ts[k+1] == "is"):
		k += 2
	default:
		return false
	}
	if k >= len(ts) || ts[k] != "the" {
		return false
	}
	tail := ts[k+1:]
	return len(tail) >= 1 && len(tail) <= 3 && !notCulprit.has(tail[0])
}
