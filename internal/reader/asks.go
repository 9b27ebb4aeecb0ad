package reader

import "strings"

// askOpeners are the words that open a sentence asking for something to be
// done, whatever is asked: "Please move…", "Could you…", "Can we get…".
var askOpeners = []string{"please", "pls", "kindly", "could you", "can you", "would you", "could we", "can we",
	"could i", "can i", "we need", "i need", "we'd like", "i'd like", "we would like", "i would like", "we want",
	"i want", "request"}

// askWants are the words of a need anywhere in a sentence ("she'll need a
// login"); a need asks only with an object of a request (requestObjects:
// "need them enrolled", not "need them out tonight"). "wants" is left out: "a
// client wants us to send" is the customer's own task.
var askWants = newWordSet(map[string]bool{"need": true, "needs": true, "needed": true, "want": true, "like": true})

// askNotes follow a "please" that asks nothing to be done: "please find
// attached", "please note".
var askNotes = newWordSet(map[string]bool{"find": true, "see": true, "note": true, "be": true})

// next is the token after ts[k], or "".
func next(ts []string, k int) string {
	if k+1 < len(ts) {
		return ts[k+1]
	}
	return ""
}

// Asks says what a sentence of an opening asks: AskQuestion for a question
// (its acts say so and it has a question mark, or it ends in one),
// AskRequest for something to be done (it opens with a request's words, says
// please near its start or its end, or needs an object of a request), else
// AskNone.
func Asks(text string, acts Act) Ask {
	l := strings.ToLower(strings.TrimSpace(text))
	if acts&Question != 0 && strings.Contains(l, "?") || strings.HasSuffix(l, "?") {
		return AskQuestion
	}
	for _, p := range askOpeners {
		if (strings.HasPrefix(l, p+" ") || strings.HasPrefix(l, p+":") || strings.HasPrefix(l, p+",")) && !askNotes.has(next(tokens(l[len(p):], nil), -1)) {
			return AskRequest
		}
	}
	ts := tokens(l, nil)
	want := false
	for k, t := range ts {
		if (t == "please" || t == "pls" || t == "kindly") && (k < 8 || k >= len(ts)-2) && !askNotes.has(next(ts, k)) {
			return AskRequest
		}
		want = want || askWants.has(t)
		if want && (askObject(t) || t == "set" && next(ts, k) == "up") {
			return AskRequest
		}
	}
	return AskNone
}

// askObject reports whether t names what a request asks for: an object of
// requestObjects, its plural ("accounts", "licences") or a login.
func askObject(t string) bool {
	return requestObjects.has(t) || requestObjects.has(strings.TrimSuffix(t, "s")) || t == "login" || t == "logins"
}

// Ask is what a sentence asks of its reader.
type Ask string

// What a sentence can ask.
const (
	AskNone     Ask = ""
	AskQuestion Ask = "question"
	AskRequest  Ask = "request"
)
