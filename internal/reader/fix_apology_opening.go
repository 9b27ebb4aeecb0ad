package reader

// Round 255: a sentence that opens on "Sorry" is an apology, and what follows
// it is the explanation owed (a cause, labelled so) or a note, not a remedy
// taken: "Sorry about this - Saturday's match was set up with forwarding
// closing 72 hours before kick-off ..." (styles35 10/4), "Sorry about that -
// the letterhead change removed the continuation footer ..." (45 07/6),
// "Sorry Dylan, that one's on me - I recreated your invite ..." (55 16/4),
// "Sorry - the weekly supplier stock update on Saturday night reset the
// setting I'd changed." (85 13/10), "Sorry - yesterday's re-run was undone by
// the overnight build." (119 07/8) and the customer's "Sorry about the boxes,
// we've moved the supplies to the cupboard." (77 11/6) were read fix. Over
// every tuning set: 6 false fixes in 6 sets, no fix read right opens so.

// apologyOpening reports whether a sentence (ts, its tokens) opens on
// "sorry" and goes on past it.
func apologyOpening(ts []string) bool {
	return len(ts) > 3 && ts[0] == "sorry"
}
