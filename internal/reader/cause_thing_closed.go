package reader

// Round 224: a thing's closure is no closing of the ticket. classify gives
// Closing to any sentence with a closing word ("closure", "closing the"),
// and modelGuards refuses the model's cause in a closing; but an
// explanation may name a room's or a number's closure, or an app closing a
// tab:
//
//   - "Nadia's tablet had battery saver switched on, and with the screen off
//     it was closing the browser tab in the background, so ... the note was
//     lost." (styles86 02)
//   - "Room K1 (the only MIAM room at Kingsbridge) has a closure from
//     22/06/2026 to 31/12/2027, created by Monday's bank-holiday import, ..."
//     (styles96, and its summary "... put a closure on room K1 ...")
//   - "Tonic Voice engineer (Raj): the number has a "lunch closure" time
//     rule, 12:30-14:00 weekdays, that sends every call straight to the
//     firm's voicemail, ..." (styles117 12)
//
// Counted over every tuning styles row the model would read as a cause and
// the closing guard alone refused: 4 true causes in 3 writers, no false row.
// Over every tuning staff sentence read as a closing by "closure" or
// "closing the", the real closings ("Closing the ticket.", "closing the
// change as successful", 100 rows) all close a record or a chat, and the
// model gives none of them a cause's probability (at most 0.09).

// closureOfRecord are the words before "closure" that make it the ticket's
// ("pending closure", "ticket closure").
var closureOfRecord = newWordSet(map[string]bool{"for": true, "pending": true, "ticket": true, "case": true,
	"request": true, "change": true, "incident": true, "our": true, "awaiting": true, "to": true, "with": true})

// thingClosed reports whether every closing word of a sentence is a thing's
// closure ("has a closure from", "a lunch closure") or "closing the" an app,
// a tab or a window (closingThing).
func thingClosed(ts []string) bool {
	found := false
	for i := range ts {
		if !closingWords.at(ts, i) {
			continue
		}
		switch {
		case ts[i] == "closure" && i > 0 && !closureOfRecord.has(ts[i-1]) && (i+1 >= len(ts) || ts[i+1] != "of"):
		case ts[i] == "closing" && i+2 < len(ts) && ts[i+1] == "the" && closingThing.has(ts[i+2]):
		default:
			return false
		}
		found = true
	}
	return found
}
