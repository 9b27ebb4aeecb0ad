package reader

import "strings"

// Round 222: the customer's agreement to a time is no restoration. After
// staff offer a slot or a schedule the customer takes it ("Thursday is ok
// for driver 3.4.", "yes 1pm ok", "the 24th works as a spare"), and "fine",
// "ok" or "works" read as the service back. Round 220 counted about fifteen
// agreements to a time or a plan among the customer's false restorations
// and left them. The shape: a short customer sentence (at most
// timeAgreedMax words) with a clause (between ", ") whose words before its
// first word of agreement ("fine", "ok", "okay", "good", "great",
// "perfect", "works", "suits"), after a courtesy ("yes", "thanks", ...), are
// a time and nothing else: a day or a part of one, an ordinal ("24th"), a
// clock time ("1pm", "10:30", a number after "at"), joined by "the", "at",
// "on", "in", "is", "are" or "automatically". Tuning rows read as restored,
// none labelled (-styleserrors restored -styleserrorstp, every tuning set;
// docs/quality.md "Round 222"):
//
//   - "Automatically at midnight is fine, thanks." (styles3 16);
//   - "24th at 8 is fine, thank you for explaining." (styles79 07);
//   - "Thursday is ok for driver 3.4." (styles107 14);
//   - "yes 1pm ok" (styles115 11) and "Thanks Leon, the 24th works as a
//     spare." (styles115 12).
//
// A thing named beside the time keeps the sentence as the other rules read
// it ("Perfect, collection Tuesday is great.", styles66, labelled
// restored), as does a past verb ("Monday went fine, all 12 clocked in",
// "Saturday was fine at all four walls") or a state after the time ("all
// ok since saturday"). In notRestored, for the customer.

// timeAgreedMax is the longest sentence read as an agreement to a time.
const timeAgreedMax = 12

// timeAgreeWords are the words of agreement.
var timeAgreeWords = newWordSet(map[string]bool{"fine": true, "ok": true, "okay": true, "good": true, "great": true,
	"perfect": true, "works": true, "suits": true})

// timeAgreeCourtesy may open the clause before the time.
var timeAgreeCourtesy = newWordSet(map[string]bool{"yes": true, "ok": true, "okay": true, "sure": true,
	"thanks": true, "thank": true, "you": true, "great": true, "perfect": true})

// timeAgreeDays are the words of a day or a part of one.
var timeAgreeDays = newWordSet(map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true,
	"thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "tomorrow": true, "tonight": true,
	"today": true, "midnight": true, "noon": true, "morning": true, "afternoon": true, "evening": true})

// timeAgreeGlue may join the time's words.
var timeAgreeGlue = newWordSet(map[string]bool{"the": true, "at": true, "on": true, "in": true, "is": true,
	"are": true, "automatically": true})

// timeAgreed reports whether a sentence (text, its tokens ts) agrees to a
// time (see above). Its length is checked on the tokens the caller holds
// before any clause is tokenised: asked of every customer sentence, it must
// not tokenise the long ones again. A clause's words are the sentence's
// words between its ", " (no word holds a comma), so a sentence with no word
// of agreement has no clause with one, and is not tokenised again either.
func timeAgreed(text string, ts []string) bool {
	if n := len(ts); n < 2 || n > timeAgreedMax || !timeAgreeWords.anyIn(ts) {
		return false
	}
	var buf [timeAgreedMax]string
	for clause := range strings.SplitSeq(text, ", ") {
		ts := tokens(clause, buf[:0])
		j := 0
		for j < len(ts) && !timeAgreeWords.has(ts[j]) {
			j++
		}
		if j == len(ts) {
			continue
		}
		k := 0
		for k < j && timeAgreeCourtesy.has(ts[k]) {
			k++
		}
		return k < j && timeOnly(ts[k:j])
	}
	return false
}

// timeOnly reports whether ts are a time and nothing else (see above).
func timeOnly(ts []string) bool {
	seen := false
	for i, t := range ts {
		switch {
		case timeAgreeDays.has(t) || ordinalOrClock(t):
			seen = true
		case isDigits(t) && i > 0 && ts[i-1] == "at":
			seen = true // "24th at 8"
		case timeAgreeGlue.has(t):
		default:
			return false
		}
	}
	return seen
}

// ordinalOrClock reports a day's ordinal ("24th") or a clock time ("1pm",
// "10am"); tokens splits "10:30" into two numbers, which "at" takes.
func ordinalOrClock(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	switch t[i:] {
	case "st", "nd", "rd", "th", "am", "pm":
		return true
	}
	return false
}
