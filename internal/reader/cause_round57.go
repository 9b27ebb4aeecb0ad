package reader

import "strings"

// Round 57's refusal: in a ticket opened to ask how something works
// (Context.AskedToKnow: the subject and the opening read as a question,
// InferType's votes before staff reply), staff's account of how the product
// works, told in the present with no past event (pastBefore), that says the
// behaviour is meant ("by design", "deliberate", "intentional", "on
// purpose", "as designed") or walks the reader through the product's menus
// ("Reports > Storage") answers the question; it is no cause:
//
//   - "The 9-passenger limit is by design - for 10 or more you use the Group
//     Request form under Bookings > Groups, ..." (styles3,
//     20-group-booking-question);
//   - "The Storage report under Reports > Storage breaks retention usage down
//     per device." (styles11, 17-quota-retention-question);
//   - "Withdrawn takes a listing off the portal by design." (styles28,
//     04-sold-stc-question);
//   - "In Lockbook open the original booking, then Payments > Issue credit >
//     Voucher, pick ..." (styles63, 13);
//   - "A ticket keeps the tare that was in force when the vehicle crossed the
//     bridge, so changing a stored tare never alters tickets already issued -
//     that's deliberate, ..." has a past event ("crossed") and is left to the
//     other rules (styles64, 04-retare-february).
//
// A fault's cause can be told the same way, and is kept by the ticket's
// opening, which reports the fault: "Import is single-transaction by design;
// allocation can't reserve stock in those locations until it commits"
// (styles13, 08-wave-stuck-allocating, an incident); a menu path beside a
// past event ("the API key saved under Settings > Integrations > HMLR was
// issued in March 2025 and it expired on Sunday", styles45; styles39) is
// kept by pastBefore. No true cause row of styles to styles66 is refused.
//
// Written in round 57 (docs/quality.md, "Round 57").

// askedWorkings reports whether a staff sentence, in a ticket opened to ask
// how something works, tells in the present that the product works so by
// design or walks through its menus (see above).
func askedWorkings(text string, c Context, sc *scan) bool {
	if !c.AskedToKnow || pastBefore(sc.ts) {
		return false
	}
	return meantWorkings(sc.ts) || menuPath(text)
}

// meantWorkings reports whether a sentence says a behaviour is meant: "by
// design", "as designed", "deliberate", "intentional", "on purpose".
func meantWorkings(ts []string) bool {
	for i, w := range ts {
		switch w {
		case "deliberate", "deliberately", "intentional", "intentionally":
			return true
		case "design", "designed":
			if i > 0 && (ts[i-1] == "by" || ts[i-1] == "as") {
				return true
			}
		case "purpose":
			if i > 0 && ts[i-1] == "on" {
				return true
			}
		}
	}
	return false
}

// menuPath reports whether text names a place in a product's menus, two
// names joined by " > " ("Reports > Storage", "Bookings > Groups").
func menuPath(text string) bool {
	for i := strings.Index(text, " > "); i >= 0; {
		before, after := text[:i], text[i+3:]
		if before != "" && after != "" && isLetter(rune(before[len(before)-1])) && 'A' <= after[0] && after[0] <= 'Z' {
			return true
		}
		j := strings.Index(after, " > ")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}
