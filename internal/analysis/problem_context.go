package analysis

import (
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// contextOnly reports whether sn, the sentence of an opening that says the
// ticket's subject again, only sets the scene: the writer's own doing or
// plan in one clause ("I returned an unopened bag of Royal Canin Renal ...
// and got an email on 3 March saying my refund of £64.99 had been
// processed.", styles18; "I have booked parking in Long Stay for 3-10
// March", styles36), with no fault stated in it, in words or by the reader's
// mark. The restatement then shares the subject's words by naming the thing
// the fault is about, and the fault is told in a later sentence ("It still
// hasn't appeared on my card."). A sentence that goes on to what the thing did
// ("... and my bank app shows the amount has been taken twice", "... but this
// morning the portal shows the booking as Cancelled") tells the fault itself.
func contextOnly(sn reader.Sentence, text string) bool {
	if sn.Acts&reader.Problem != 0 {
		return false
	}
	l := lower(strings.TrimSpace(afterGreeting(text)))
	if !firstPerson(l) && !withWriter.MatchString(l) || faultRank(l) != 0 {
		return false
	}
	if _, ok := contrastWords.find(l); ok {
		return false
	}
	// "... and the amount is £1,486.20", "... and it's crawling": a second
	// clause with another subject tells what the thing did.
	for rest := l; ; {
		i := strings.Index(rest, " and ")
		if i < 0 {
			break
		}
		rest = rest[i+len(" and "):]
		w, _, _ := strings.Cut(rest, " ")
		if otherSubjects[strings.Trim(w, ",.;:")] {
			return false
		}
	}
	return true
}

// withWriter opens a sentence whose subject is someone and the writer: "My
// fiancée Carys and I booked the band ..." (styles66).
var withWriter = regexp.MustCompile(`^(?:my|our) [a-zà-ÿ' -]{1,30}? and (?:i|we) `)

// otherSubjects open a clause about something other than the writer: a
// thing or a third party.
var otherSubjects = map[string]bool{"the": true, "my": true, "our": true, "it": true, "it's": true, "its": true,
	"their": true, "they": true, "this": true, "that": true, "he": true, "she": true, "his": true, "her": true,
	"there": true, "nothing": true, "none": true, "no": true, "every": true, "all": true, "each": true}

// faultAfter returns the first sentence of m after the one at index at that
// states a fault in words as a statement (rank at faultScore or above, a
// fault word or a function negated, asking nothing): the fault a scene-setting
// sentence leads to. A question ("Why does it still say pending?") or a
// request ("Please cancel this, I am not paying ...") is no statement of it.
func faultAfter(m *reader.Message, at int, rank func(reader.Sentence) (candidate, bool)) (candidate, reader.Sentence, bool) {
	for _, sn := range m.Sentences[at+1:] {
		c, ok := rank(sn)
		if !ok || c.score < faultScore || faultRank(lower(c.text)) < faultScore || reader.Asks(c.text, sn.Acts) != reader.AskNone {
			continue
		}
		return c, sn, true
	}
	return candidate{}, reader.Sentence{}, false
}
