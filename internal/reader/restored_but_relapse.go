package reader

import "slices"

// The customer's relapse after "but" (round 199, docs/quality.md "Round
// 199"): "It was OK for one hour but now again the same on kiosk 1, ...",
// "yesterday it was work after reception but today morning again red
// light.". The words before "but" tell a while the thing worked, the words
// after it that the fault is back or the customer still cannot do the thing;
// the labels give problem or nothing. Round 157's againFault takes the fault
// word beside "again" but keeps the row for any working word in it, and the
// working word here is the short recovery before the turn; the "restored
// words" rule read it as the service back. Tuning rows, the customer's, read
// as restored before (-styleserrorstp, every tuning set):
//
//   - "yesterday it was work after reception but today morning again red
//     light." (styles32 02, problem);
//   - "But I've just looked at the berth holder app and it's showing C12
//     drawing power again - 38 kWh since Sunday." (styles39 08, problem);
//   - "I do it now... ok I see 'Correct' but it is grey, I cannot press"
//     (styles60 11);
//   - "Our mediator caught it and rang round so nothing happened, but this
//     cannot happen again." (styles96 11);
//   - "It was OK for one hour but now again the same on kiosk 1, I saw it
//     two" (styles111 06, problem).
//
// 5 rows in 5 sets, no true row of the shape. Kept as restorations: a word
// of the thing working after the "but" ("Two of the sales team had to
// restart, but everyone's working now.", styles8 24), and a "but" with no
// relapse word after it ("He can see the payments screen but not the approve
// button, which is exactly what we wanted.", styles17 03; "The new address
// is showing, thanks, but since yesterday our completion statements ... come
// out with no footer ...", styles45 07: true rows).

// butRelapseWords after the "but" tell the fault back or the thing still
// out of reach.
var butRelapseWords = newWordSet(map[string]bool{"again": true, "same": true, "still": true,
	"cannot": true, "can't": true})

// butRelapse reports the customer's sentence whose words after a "but" tell
// the fault back, with no word of the thing working after it (see above);
// ts is the sentence's tokens.
func butRelapse(ts []string) bool {
	if !slices.Contains(ts, "but") {
		return false
	}
	after := -1
	for i, t := range ts {
		if t == "but" {
			after = i + 1
			break
		}
	}
	relapse := false
	for _, t := range ts[after:] {
		if againWorkingWords.has(t) {
			return false
		}
		relapse = relapse || butRelapseWords.has(t)
	}
	return relapse
}
