package reader

// A ticket or reference number is what an automatic acknowledgement gives or
// asks to be quoted ("Your ticket number is SB-4410.", "Please keep the ticket
// number in the subject line when you reply.", "Ticket number: 4471"); a person
// mentions one in a sentence of substance, someone else's number or one the
// writer will act on (round 80). Those sentences were read as automatic on
// tuning sets, each in a human agent's message:
//
//   - styles 36-ecom-refund-not-received/2: "...; the acquirer reference
//     number is 74829361205847120394811." and "If it hasn't appeared by
//     Friday, the customer can give that reference number to her bank so
//     they can trace it." (a bank's number, that number)
//   - styles63 17/4: "one of our cashiers typed in another customer's ticket
//     number by hand and made a one-digit mistake" (another customer's)
//   - styles64 02-new-haulier-account/7: "reply here with the ticket number
//     and I'll switch it on." (the writer speaks as one person)
//
// Every auto_ack label of the tuning sets with either phrase gives the number
// after "your", asks for "the" number, or opens with it.
//
// The lexicons are local (newLocalLexicon): a lexicon added to the combined
// index changes the model's reading (round 80 measured cause R 0.835 -> 0.790
// with ticketNumberWords indexed), and these are read once per sentence that
// a staff member wrote.
var (
	ticketNumberWords = newLocalLexicon("ticket number", "reference number")
	// numberOthers are the words before the phrase that make the number
	// someone else's or one already named: "that reference number",
	// "another customer's ticket number", "her reference number".
	numberOthers = newLocalLexicon("that", "another", "her", "his", "their")
	// numberOwnNouns may stand between "the" and the phrase in a template's
	// own number ("the support ticket number"); another noun there names a
	// third party's number ("the acquirer reference number").
	numberOwnNouns = newLocalLexicon("support", "service", "case", "request", "incident", "enquiry", "inquiry", "query", "complaint", "helpdesk", "desk", "original", "new", "same")
	// oneWriter are the words of a writer speaking as one person, which a
	// template does not ("I'll switch it on").
	oneWriter = newLocalLexicon("i", "i'll", "i've", "i'm", "i'd", "me", "my")
)

// ticketNumberGiven reports whether the sentence names a ticket or reference
// number the way an automatic message does (see above): it has the phrase,
// and the number is not someone else's nor the sentence a person's.
func ticketNumberGiven(sc *scan) bool {
	p, _ := ticketNumberWords.find(sc.ts)
	if p < 0 {
		return false
	}
	ts := sc.ts
	if oneWriter.has(ts) {
		return false
	}
	if p == 0 {
		return true
	}
	prev := ts[p-1]
	if numberOthers.at(ts, p-1) || len(prev) > 2 && prev[len(prev)-2:] == "'s" {
		return false
	}
	// "the acquirer reference number": a noun of a third party's between
	// "the" and the phrase.
	if p >= 2 && ts[p-2] == "the" && prev != "the" && !numberOwnNouns.at(ts, p-1) {
		return false
	}
	return true
}
