package analysis

import (
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// A customer who says the fault came back often names no fault at all: "Its
// doing it again this morning." (styles43), "this week's recording has the
// Welsh-style nonsense captions again" (styles47). After staff's remedy, the
// word "again" or a return ("it came back", "the same error") is itself the
// report that the remedy did not hold.

// recurrenceWords say that what was remedied happened once more.
// A thing that "came back" is only the fault when it is "it": money, payments
// and replies come back too.
var recurrenceWords = newMatcher([]string{"again", "it came back", "it's come back", "it has come back", "it comes back",
	"it's coming back", "it keeps coming back", "it's back", "its back", "it is back", "same error", "same problem",
	"same issue", "same fault", "same message", "recurred", "recurring", "reoccurred", "happened twice",
	// a state gone back to the fault, the fault as it was: "they've all gone
	// back to Out of Service in the app … Same as before, coins fine."
	// (styles77 SPH-11834)
	"gone back to", "same as before"})

// notRecurrence are the uses of those words that report no fault come back:
// thanks said once more, a step to be taken once more, the service back,
// a good state again, a purpose.
var notRecurrence = newMatcher([]string{"thanks again", "thank you again", "again thanks", "again, thanks",
	"again thank", "again, thank", "once again thank", "try again", "tried again", "trying again", "try it again",
	"tried it again", "check again", "checked again", "checking again", "ask again", "asked again", "again later",
	"again tomorrow", "again next", "come back online", "came back online", "came back up",
	"come back up", "is back up", "it's back up", "its back up", "back to normal", "back online", "back in business",
	"back on track", "as again", "never again", "not again", "again now", "now again",
	// the writer back with more ("Rab, sorry, me again.", styles77 SPH-11834)
	"me again",
	// a purpose, a prevention: "so it doesn't get missed again"
	"so it", "so that", "so they", "so we", "to make sure", "to prevent", "to avoid", "to stop"})

// recurrence ranks sentence sn of a customer's message after staff's remedy
// as the report that the fault came back when it says so without a word of
// failure (see laterFault for those that have one): a recurrence word
// (recurrenceWords) in a sentence that is no question, restoration, step the
// customer took, address to staff or guess, that does not say something works
// unless it sets a fault against it ("the older ones are still fine" alone is
// no recurrence), and where the word is not thanks, a step once more or a good
// state again (notRecurrence, goodAgain).
func recurrence(sn reader.Sentence) (candidate, bool) {
	if sn.Acts&(reader.Restored|reader.Question|reader.Fix) != 0 {
		return candidate{}, false
	}
	c, ok := rankProblem(sn)
	if !ok {
		// An opener that frames the report ("I'm sorry to come back to
		// this, but ... the nonsense captions again") still tells it.
		text := strings.TrimSpace(sn.Text)
		if _, _, field := field(text); field || len(text) <= 15 || !opener(text) {
			return candidate{}, false
		}
		c = candidate{text: text}
	}
	l := supposed(lower(c.text)) // "if it happens again we're out": no recurrence yet
	if _, ok := recurrenceWords.find(l); !ok || addressWords.startsWith(l) || strings.HasSuffix(c.text, "?") {
		return candidate{}, false
	}
	if _, ok := notRecurrence.find(l); ok || goodAgain(l) || answerWords.startsWith(l) {
		return candidate{}, false // "Yes, the gate sees temperatures again": an answer confirming
	}
	if i := strings.Index(l, "again"); i > 0 {
		if _, ok := negations.find(l[:i]); ok {
			return candidate{}, false // "won't happen again", "doesn't get missed again": a prevention
		}
	}
	if _, guess := guessWords.find(l); guess || guessOpeners.startsWith(l) {
		return candidate{}, false
	}
	if _, works := fineWords.find(l); works {
		if _, contrast := contrastWords.find(l); !contrast {
			return candidate{}, false // "fine again", "all working again": no fault came back
		}
	}
	// Below a fault stated in words: "It's happening again with Luis. Logging
	// out didn't help and two jobs still show In Progress" is told by the second.
	return candidate{text: c.text, score: faultScore - 1}, true
}

// goodAgain reports whether "again" in l follows a good state ("up again",
// "quick again", "normal again"): the service back, not the fault.
func goodAgain(l string) bool {
	words := strings.Fields(l)
	for i, w := range words {
		if strings.Trim(w, ".,;:!?()\"'") != "again" || i == 0 {
			continue
		}
		prev := strings.Trim(words[i-1], ".,;:!?()\"'")
		if positive[prev] || goodStates[prev] {
			return true
		}
	}
	return false
}

// goodStates are states after which "again" tells the service came back.
var goodStates = map[string]bool{"normal": true, "normally": true, "well": true, "properly": true, "smoothly": true,
	"usual": true, "back": true, "live": true, "green": true, "clean": true, "clear": true, "synced": true,
	"syncing": true, "printing": true, "loading": true, "flowing": true, "connected": true, "accepted": true,
	"through": true, "in": true}
