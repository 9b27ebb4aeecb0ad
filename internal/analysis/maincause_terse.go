package analysis

import "strings"

// terseState reports whether text, a private cause sentence that names no
// causation in so many words (reader.NamesCause), is staff's terse state of
// what they saw and no more: at most twelve words, with no "so" or
// "because" clause that would tell why. MainCause ranks such a private
// sentence one lower, so that an explanation beside it at the same rank is
// quoted. Seen quoted as the executive summary's cause on three tuning
// writers (round 240) where a later private sentence was the labelled cause:
// styles77 06 ("D4 Dennistoun: controller shows offline since 18:57." over
// "Bridge unplugged by cleaner - D4 got the app's start cmd nowhere, ..."),
// styles121 06 ("Nothing changed our side since the March release." over
// "Reply from NER tech support: they made the chip country code mandatory
// on 14 April, ...") and styles126 02 ("Half failing now, not all." over
// "Verigo support came back: their logs show every failing callback was
// checked by our web-02 node, ..."). Where the terse state is the only
// cause, or the only one at its rank, it is still quoted ("/var 100% full
// on web01.").
func terseState(text string) bool {
	return fieldsAtMost(text, 12) && !strings.Contains(text, " so ") && !strings.Contains(text, " because ")
}
