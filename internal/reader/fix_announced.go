package reader

// Round 43: a step announced is no fix. Staff say what they are about to do,
// often to warn of a side effect or to ask leave: "I'm going to restart it
// remotely, it'll go black for about a minute." (styles37), "OK, one moment,
// I'm going to reset the register for that group from the admin side."
// (styles38), "I'd like to remove it remotely with its vendor's removal tool
// - this needs a restart of each PC." (styles42), "With your OK I'll remove
// the override and let the add-on move to 3.27" (styles7), "With your OK
// I'll resend everything from the error window" (styles16). The labels read
// none of these as the fix (the step done is reported after); no labelled
// fix in the fifty sets opens so.

// announceFillers may come before the announcement: "OK, one moment, I'm
// going to ...".
var announceFillers = newWordSet(map[string]bool{"ok": true, "okay": true, "one": true, "moment": true,
	"right": true, "sure": true, "thanks": true, "great": true, "so": true, "now": true, "then": true})

// announcedStep reports whether a sentence opens with a step announced (see
// above): "I'm/we're going to", "I'd/we'd like to", or "With your OK/go-ahead
// I'll/we'll", after fillers only.
func announcedStep(ts []string) bool {
	i := 0
	for i < len(ts) && i < 4 && announceFillers.has(ts[i]) {
		i++
	}
	if i+2 >= len(ts) {
		return false
	}
	a, b, d := ts[i], ts[i+1], ts[i+2]
	switch {
	case (a == "i'm" || a == "we're") && b == "going" && d == "to",
		(a == "i'd" || a == "we'd") && b == "like" && d == "to":
		return true
	case a == "with" && (b == "your" || b == "their") && i+3 < len(ts):
		switch d {
		case "ok", "okay", "go-ahead", "permission", "agreement", "approval":
			return ts[i+3] == "i'll" || ts[i+3] == "we'll"
		}
	}
	return false
}
