package reader

// Round 83: the ticket's question at reading time. A ticket whose subject
// and opening ask to know (InferType's votes before staff reply decide
// "question"), ask it as a way or a possibility ("how", "can I", "is it
// possible", "does ...": openingAsksWay) and report nothing the customer saw
// ("shows", "at the moment", "usual", "instead of": openingShowsState) asks
// how the product works, and nothing broke. Staff's present-tense account
// there of how it works (no past event, pastBefore), which points at nothing
// the customer saw (askedWorkingsRefers: "why", "your", "instead",
// "missing", "seeing", "shows"), answers the question: it is no cause
// (askedWorkings, for the rules in causeBy and the model in modelVeto).
//
// Evidence (tuning, false causes refused; one true cause lost, styles31
// 13-family-pass-question "... the older cards have a smaller code that some
// phone cameras struggle with ..."):
//   - styles3 20-group-booking-question ("The 9-passenger limit is by design ...")
//   - styles11 17-quota-retention-question ("The Storage report under Reports > Storage breaks ...")
//   - styles28 04-sold-stc-question ("Withdrawn takes a listing off the portal by design.")
//   - styles36 12-gift-aid-claim-report, styles52 16-single-cell-submission-question,
//     styles63 13, styles69 16-caseback-question ("Yes, we do open the caseback, because ..."),
//     styles70 18-penguin-temps-export, styles71 04-piano-storage-insurance-question,
//     styles72 18-agent-date-change (two), styles79 04-reverse-fleet-invoice,
//     styles80 04-weather-compensation-how-to ("The heat pump sets the radiator water
//     temperature from the outside temperature ..."), styles80 09-evening-charging-slows.
// Round 57 refused only "by design" and menu paths in such tickets; its
// AskedToKnow was the opening's verdict alone, without the way asked or the
// state seen.

// askedWaySingles and askedWayPairs are the opening's words that ask for a
// way or a possibility (openingAsksWay).
var (
	askedWaySingles = newWordSet(map[string]bool{"how": true, "possible": true, "does": true})
	askedWayPairs   = map[[2]string]bool{{"can", "i"}: true, {"can", "we"}: true, {"could", "i"}: true,
		{"could", "we"}: true, {"do", "i"}: true, {"do", "we"}: true, {"is", "there"}: true, {"are", "there"}: true,
		{"should", "i"}: true, {"should", "we"}: true}
)

// openingAsksWay reports whether ts, a sentence of a ticket's subject or
// opening, asks how a thing is done or whether it can be.
func openingAsksWay(ts []string) bool {
	for i, w := range ts {
		if askedWaySingles.has(w) || i+1 < len(ts) && askedWayPairs[[2]string{w, ts[i+1]}] {
			return true
		}
	}
	return false
}

// openingShowsState reports whether ts, a sentence of a ticket's subject or
// opening, tells what the customer sees ("At the moment everyone shows as
// 0113 496 0000", "against a usual ~250k", "instead of the main office
// number"): a symptom asked about, whose explanation is a cause (styles5
// 12-sip-caller-id-question, styles8 18-custom-metrics-bill-spike).
func openingShowsState(ts []string) bool {
	for i, w := range ts {
		switch w {
		case "shows", "showing", "usual":
			return true
		case "at":
			if i+2 < len(ts) && ts[i+1] == "the" && ts[i+2] == "moment" {
				return true
			}
		case "instead":
			if i+1 < len(ts) && ts[i+1] == "of" {
				return true
			}
		}
	}
	return false
}

// askedWorkingsRefers are the words by which an explanation points at what
// the customer saw ("which is why they all show the same price", "your
// account only has the basic Processing role", "which is what you're
// seeing"): such an account answers a symptom and stays a cause.
var askedWorkingsRefers = newWordSet(map[string]bool{"why": true, "your": true, "you're": true, "you've": true, "instead": true,
	"missing": true, "seeing": true, "show": true, "shows": true, "showing": true, "shown": true})

// askedWorkings reports whether a staff sentence, in a ticket that asked how
// the product works (c.AskedToKnow), is a present-tense account of its
// workings that points at nothing the customer saw: an answer, no cause.
func askedWorkings(c Context, sc *scan) bool {
	if !c.AskedToKnow {
		return false
	}
	for _, w := range sc.ts {
		if askedWorkingsRefers.has(w) {
			return false
		}
	}
	return !pastBefore(sc.ts)
}
