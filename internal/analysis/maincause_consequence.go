package analysis

import (
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// backConsequence is a clause that points back to what was just said and
// tells what it led to: "which is why ...", "that's why ...", "because of
// that, ...".
var backConsequence = regexp.MustCompile(`(?i)\b(?:which is why|that is why|that's why|this is why)\b|\bbecause of (?:it|this|that)\b`)

// followsExplanation reports whether causes[i] names a causation only in a
// clause that points back (backConsequence), and returns j, the nearest
// cause sentence before it in the same message, or -1. Such a sentence tells what the explanation before
// it led to: "The money was taken, but the bookings were never marked as
// paid, which is why the page spun ..." after "When the webhook signing
// secret was rolled ..., StencilBook carried on using the old one, so ..."
// (styles61 01); "There were no access notes on your account, which is why
// he didn't know another way round." after the driver's account of the
// padlocked gate (styles80 10); "Logs still go to the old endpoint, which is
// why they keep arriving." after the new intake and the firewall (styles8
// 16). Its cause words lift it above the explanation, which names none in
// so many words. A sentence that names a cause elsewhere too ("... because
// ..., which is why ...") is none.
func followsExplanation(causes []Quote, i int) (int, bool) {
	t := causes[i].Text
	// The regexp runs only where its words can be: MainCause asks of every
	// cause sentence of every ticket.
	if low := strings.ToLower(t); !strings.Contains(low, "why") && !strings.Contains(low, "because of") {
		return 0, false
	}
	if !backConsequence.MatchString(t) || !reader.NamesCause(t) {
		return 0, false
	}
	if reader.NamesCause(backConsequence.ReplaceAllString(t, " ")) {
		return 0, false
	}
	for j := i - 1; j >= 0; j-- {
		if causes[j].Event == causes[i].Event {
			return j, true
		}
	}
	return -1, true
}
