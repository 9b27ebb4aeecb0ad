package reader

// A customer who asks how or where they themselves can do a thing ("How do I
// raise a fault against the new heads?", "how do we get it added to our
// account?", "Where I can choose trailer?", "How can I do this?") asks to
// know the way, whatever fault their opening tells as the reason they ask:
// the portal that "won't let me file", the button that "is grey", the
// option the booking page "not give me". Staff answer with the way, and the
// writers label the ticket a question, even where staff then do the thing
// ("Terminal confirmed VGM updated"); the fault told beside it outvoted the
// one ask before. Round 63: of the tuning sets' (styles to styles70) 38
// tickets whose subject or opening asks so, 37 are labelled questions and
// one a service request ("how do i do it", styles8 23, read as a question
// before too), none an incident; 10 questions were read as incidents or a
// service request (styles5 08, styles6 14, styles19 04, styles20 04,
// styles47 18, styles54 03, styles58 08, styles60 17, styles64 18, styles68
// 04). Staff's greeting "how can I help?" (styles62 16) is refused
// (howToHelp).
var (
	// howToModals stand between "how" and the writer in an ask: "how do
	// I", "how can we", "where should I".
	howToModals = newWordSet(map[string]bool{"do": true, "does": true, "can": true, "could": true, "should": true,
		"shall": true, "would": true, "may": true})
	// howToSelves are the writer asking: "I" and "we".
	howToSelves = newWordSet(map[string]bool{"i": true, "we": true})
	// howToPlainVerbs follow the writer in an ask written without its
	// inversion ("how I can see this", "how I make the return", "how we
	// can do now"); a relative clause has a verb of its own ("which is how
	// we run our orders", "where we'd want it checked").
	howToPlainVerbs = newWordSet(map[string]bool{"can": true, "could": true, "do": true, "should": true, "make": true,
		"get": true, "must": true, "have": true})
	// howToHelp is staff's greeting ("this is Hollie, how can I help?"),
	// not an ask.
	howToHelp = newWordSet(map[string]bool{"help": true, "assist": true})
)

// howToAsked reports whether ts asks how or where the writer can do a thing:
// "how do I", "where can we", "how I can", "how we can".
func howToAsked(ts []string) bool {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "how" && ts[i] != "where" {
			continue
		}
		a, b := ts[i+1], ts[i+2]
		var next string
		if i+3 < len(ts) {
			next = ts[i+3]
		}
		switch {
		case howToModals.has(a) && howToSelves.has(b) && !howToHelp.has(next):
			return true
		case howToSelves.has(a) && howToPlainVerbs.has(b) && !howToHelp.has(next):
			return true
		}
	}
	return false
}
