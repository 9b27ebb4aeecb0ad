package reader

// Round 110: the customer's own earlier change told. Asked what changed, or
// on finding it, the customer tells a change on their side made before the
// fault ("Also I changed phone last week, before it was a Samsung.", "ohh
// that was me, I changed the password after a phishing email."): the history
// of the fault, often its cause, not a step taken to mend it. By the settled
// borders (docs/labelling.md) a customer's finding on their own side is no
// cause for the reader either. The change's verb ("changed", "switched",
// "moved", "set up") makes the rules read the customer's step done. Counted
// over every tuning set (styles to styles94, -styleserrorstp): 15 false fix
// rows in 14 sets, no true one:
//   - styles6 13/4: "We changed our AS2 certificate yesterday at 14:30 ...,
//     we sent the new certificate to edi@bluewave two weeks ago ..."
//   - styles15 13/5: "Ah yes we switched to Starling in Feb, forgot about you
//     lot."
//   - styles17 14/8: "ah, that'll be me, I set it up."
//   - styles18 15/4: "Our security team has put in place a rotation of 90
//     days for all the service accounts the last week, and nobody has told
//     us." (labelled cause)
//   - styles33 16/6: "found it, date on it says 01/01/2019, it lost it when I
//     swapped the battery this morning"
//   - styles43 11/3, 51 06/3 ("The quality@ mailbox was closed when we moved
//     e-mail provider in March.", labelled cause), 56 01/3 ("My son set up
//     the iPad when we were visiting him in Toronto last year."), 57 06/3, 66
//     18/4 ("Done, I did change my Google password last week."), 75 14/3
//     ("ah we sold the old bus thurs and i archived it, didnt know it was
//     still on the runs"), 81 10/4, 82 15/6, 83 14/3 ("sorry, that was us -
//     we rotated all keys after a pen test and nobody remembered yours."), 84
//     01/4 ("Yes that was me, I moved to Nationwide.").
// The marks: owning it ("that was me/us", "that'll be me", "my fault",
// "forgot", "didn't know", "nobody remembered/told", "before it was"), or a
// time before the ticket ("last week/month/year/weekend", "in <month>", "<n>
// weeks ago", "when we/I" and a past verb). Left: "now" in the sentence (a
// result of the customer's step), "forgot password" (a link's name: "I made
// the new password with forgot password link.", styles9, true), "when I" and
// a present verb ("... they still show the main number when I ring my
// mobile.", styles5, true), "last night" (the customer's step after staff's
// instruction: "Done last night, showing live in the portal ...", styles25,
// true).

// customerChangeTold reports whether a customer's sentence tells their own
// earlier change (above).
func customerChangeTold(ts []string) bool {
	for _, t := range ts {
		if t == "now" {
			return false
		}
	}
	for i, t := range ts {
		next := nextToken(ts, i)
		switch t {
		case "that":
			if next == "was" && i+2 < len(ts) && (ts[i+2] == "me" || ts[i+2] == "us") {
				return true
			}
		case "that's":
			if next == "me" || next == "us" {
				return true
			}
		case "that'll":
			if next == "be" && i+2 < len(ts) && (ts[i+2] == "me" || ts[i+2] == "us") {
				return true
			}
		case "my":
			if next == "fault" || next == "bad" {
				return true
			}
		case "forgot", "forgotten":
			if next != "password" && next != "my" {
				return true
			}
		case "didn't", "didnt":
			if next == "know" || next == "realise" || next == "realize" {
				return true
			}
		case "nobody":
			if next == "remembered" || next == "told" {
				return true
			}
		case "before":
			if next == "it" && i+2 < len(ts) && ts[i+2] == "was" {
				return true
			}
		case "last":
			if next == "week" || next == "month" || next == "year" || next == "weekend" {
				return true
			}
		case "in":
			if months.has(next) { // infer.go's month names
				return true
			}
		case "weeks", "months", "years":
			if next == "ago" {
				return true
			}
		case "when":
			if (next == "we" || next == "i") && i+2 < len(ts) && pastVerb(ts[i+2]) {
				return true
			}
		}
	}
	return false
}

// pastVerb reports whether a word is a past verb a change is told with: an
// "-ed" form or one of the irregular ones ("were", "was", "sold", "set").
func pastVerb(t string) bool {
	switch t {
	case "was", "were", "sold", "set", "put", "got", "made", "took", "had", "went", "did":
		return true
	}
	return len(t) > 4 && t[len(t)-2:] == "ed"
}
