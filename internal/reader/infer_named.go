package reader

// A writer who opens with "quick question" or "quick one" names their
// message an ask to know, whatever fault it goes on to describe ("Quick one
// - since Monday our readings are 10 mm out. Has something changed?"): the
// reporter's own framing of the ticket, like a subject that asks to know.
var quickNames = newWordSet(map[string]bool{"question": true, "one": true, "q": true, "query": true})

// greetings may stand before the name at a sentence's start.
var greetings = newWordSet(map[string]bool{"hi": true, "hello": true, "hey": true, "morning": true, "afternoon": true,
	"good": true, "dear": true, "team": true, "all": true})

// namedQuestion reports whether ts opens with "quick question" or "quick
// one", after at most a greeting: "Hi, quick question on quotas."
func namedQuestion(ts []string) bool {
	for i := 0; i+1 < len(ts) && i < 3; i++ {
		if ts[i] == "quick" {
			return quickNames.has(ts[i+1])
		}
		if !greetings.has(ts[i]) {
			return false
		}
	}
	return false
}
