package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/reader"
)

// sceneAfter returns the statement of m right after the one at index at,
// where that sentence only set the scene (see contextOnly) and no later
// sentence states a fault in words (faultAfter found none): the customer's
// account of what they did, then what they found, told without a fault word
// ("we got the test pressings for NFR-041 yesterday." -> "On all five there
// is a loud crackle in the run-in of side B ...", styles46; "I booked skis
// and boots ... for 15-21 February" -> "The confirmation email says 14-20
// February!", styles36). Requests (asks) are passed over.
//
// Not taken: a scene that is itself the fault told plainly ("I was charged
// twice ...", a state "since" a time), or a setup's context ("We have a new
// QA specialist ...": see sceneOnlyWords); and a next statement that is the
// writer's own ("I have had a Northway tag ... so I don't understand why I am
// being fined"), a line of a list (lower case), a request opened by "please",
// or a "Now ..." that goes on from the scene the writer told as the fault
// (styles84 12 labels the scene).
func sceneAfter(m *reader.Message, at int, rank func(reader.Sentence) (candidate, bool), scene string) (candidate, reader.Sentence, bool) {
	l := lower(scene)
	for _, w := range sceneOnlyWords {
		if containsWord(l, w, false) {
			return candidate{}, reader.Sentence{}, false
		}
	}
	for _, sn := range m.Sentences[at+1:] {
		c, ok := rank(sn)
		if !ok || reader.Asks(c.text, sn.Acts) != reader.AskNone {
			continue
		}
		t := strings.TrimSpace(c.text)
		r, _ := utf8.DecodeRuneInString(t)
		lt := lower(t)
		w, _, _ := strings.Cut(lt, " ")
		if !unicode.IsUpper(r) || firstPerson(lt) || w == "my" || w == "our" || w == "now" || w == "please" {
			return candidate{}, reader.Sentence{}, false
		}
		return c, sn, true
	}
	return candidate{}, reader.Sentence{}, false
}

// sceneOnlyWords make a scene more than a scene: a fault told plainly
// ("twice", a state "since" a time) or a new thing to set up ("new", a need,
// a want, a wish).
var sceneOnlyWords = []string{"twice", "since", "new", "need", "needs", "want", "wants", "like"}
