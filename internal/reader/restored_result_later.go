package reader

// Staff's result expected hours or days later (round 199, docs/quality.md
// "Round 199"): "I've refunded the second payment of £38.40 to your card, and
// it should show within 3-5 working days.", "... and I've sent the 412,50 EUR
// to it today - it should arrive by Tuesday.". The step is done, its result
// is hoped for at a later clock time, day or hours hence; the labels give
// fix or nothing, as the borders table gives a step with no working state.
// The model and the "restored words" rule read the expected state as the
// service back. Tuning rows, staff's, read as restored before
// (-styleserrorstp, every tuning set):
//
//   - "... and it should show within 3-5 working days." (styles18 14, fix);
//   - "... it should arrive by Tuesday." (styles33 11, fix);
//   - "Your uploads should all have previews within half an hour, well ahead
//     of the 4pm issue." (styles57 11);
//   - "They're corrected now and the runs restarted at 08:38, so at about six
//     hours each they should all be done by 15:00 today, ..." (styles57 15,
//     fix);
//   - "We're now loading the missing readings ... back in from the hubs'
//     memory, and they should all be in the trend graphs by 10:00."
//     (styles99 10, fix).
//
// 5 rows in 4 sets, no true row of the shape. Kept as restorations: a result
// expected in minutes ("Login should work again within 5 minutes.", styles2
// 25; "Aberdeen and Kirkwall should follow within 15 minutes or so.", styles7
// 01), "by now" ("... so your contractors should have them by now.",
// styles11 09), and a "now" between the modal and the time ("... should now
// be there by ...": the state told as it is).

// resultLaterSpan are the words after "within" that put the result hours or
// days away.
var resultLaterSpan = newWordSet(map[string]bool{"day": true, "days": true, "working": true, "hour": true,
	"hours": true, "half": true})

// resultLaterBy are the words resultLater looks for, a set made once.
var resultLaterBy = wordSetOf("by", "within")

// resultLaterModals are the words resultLater looks for, a set made once.
var resultLaterModals = wordSetOf("should", "will")

// resultLater reports staff's result expected hours or days later (see
// above); ts is the sentence's tokens.
func resultLater(ts []string) bool {
	if !resultLaterModals.anyIn(ts) || !resultLaterBy.anyIn(ts) {
		return false
	}
	for i, t := range ts {
		if t != "should" && t != "will" {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+14; j++ {
			w := ts[j]
			if w == "now" {
				break
			}
			next := nextToken(ts, j)
			switch {
			case w == "by" && (weekdays.has(next) || next == "tomorrow" || next == "tonight" || startsDigit(next)):
				return true
			case w == "within":
				for k := j + 1; k < len(ts) && k <= j+3; k++ {
					if resultLaterSpan.has(ts[k]) {
						return true
					}
				}
			}
		}
	}
	return false
}
