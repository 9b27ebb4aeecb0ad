package analysis

import (
	"regexp"
	"strings"
)

// gratitudeOpener opens a customer's sentence, after an optional greeting,
// with thanks for what staff did ("thank you very much for the fast help",
// "JazakAllah khair for staying late") or with relief at what they were told
// ("good to hear", "glad to know").
var gratitudeOpener = regexp.MustCompile(`^(?:(?:hi|hello|hey|dear|morning|salaam|hola)\b[^,.!]{0,20}[,.!] *)?(?:(?:(?:thanks|thank you|many thanks|cheers|jazakallah(?: khair)?)(?: (?:so|very) much| a lot| again)? for)|(?:(?:good|glad|great|nice|pleased|relieved|happy) to (?:hear|know)))\b`)

// reliefOpener is the relief half of gratitudeOpener: the sentence quotes
// staff's news back ("good to hear it won't cost us anything").
var reliefOpener = regexp.MustCompile(`\b(?:good|glad|great|nice|pleased|relieved|happy) to (?:hear|know)\b`)

// spanWords are "another" in a time ("another day", "another time"): no
// second fault.
var spanWords = regexp.MustCompile(`\banother (?:day|time|week|visit|trip)\b`)

// gratitude reports whether l, a lowered sentence of a customer's later
// message, thanks staff for their help or welcomes their news, with nothing
// set against it: its words of a fault are the help's ("for staying late"),
// the outcome spared ("the patient did not have to come back another day")
// or the news ("it won't cost us anything"), not a fault come back. With
// "but", "still", "again", "same" (persistWords, contrastWords; "another"
// only as a second thing, not a time) the fault stands ("Thanks for the fix,
// the same error came back at noon."), and thanks followed by a function
// failing now ("Thanks for that, the scanner won't connect") is a fault;
// relief repeats staff's news, so its "won't" is that news.
//
// Rows (each quoted as what the customer reported after the first fix):
// styles90 01 "JazakAllah khair for staying late.", styles99 15 "Thank you
// very much for the fast help, the patient did not have to come back another
// day.", styles101 16 "Good to hear it won't cost us anything." (round 227).
func gratitude(l string) bool {
	if !gratitudeOpener.MatchString(l) {
		return false
	}
	rest := spanWords.ReplaceAllString(l, " ")
	if _, ok := persistWords.find(rest); ok {
		return false
	}
	if _, ok := contrastWords.find(rest); ok {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(l), "?") {
		return false
	}
	return reliefOpener.MatchString(l) || !presentFault.MatchString(l)
}
