package reader

import "strings"

// The customer's unasked news after the fix (round 103, docs/quality.md
// "Round 103"): a message opened "just to let you know" or "just to say",
// after a remedy in the ticket, that tells what has since happened. The
// writers label every customer's sentence of this opening on the tuning
// sets restored (10 rows in 10 sets: "just to let you know the money is
// back in my account.", styles18 14, and five more the older rules read);
// these are the ones the rules missed, their content in no word the rules
// know:
//
//   - "just to let you know the owner collected her at lunchtime, very happy
//     reunion!" (styles43 06, the customer's first message in a ticket staff
//     opened);
//   - "just to let you know the collections went through this morning and
//     everyone was charged once." (styles70 02);
//   - "just to say we've had a full week of sleep checks on the tablet since
//     the update and every one of them has been there when we've checked
//     against the paper." (styles78 04);
//   - "Just to let you know the full DBS certificate arrived today, so no
//     need" (styles81 11).
//
// Staff's sentences of the opening are left to the staff rounds (staff
// also open a fault so: "just to let you know that the nightly backup of
// your file server had failed for three nights.", styles 26).
//
// Refused: no content after the opening but thanks, a negation (but "no"
// before "need" or a word of trouble), a contrast, a wait, a repeat, the
// future, a condition, a question, a word of a fault not after "no" or
// "without".

// newsStops refuse the sentence (see above).
var newsStops = newWordSet(map[string]bool{"not": true, "never": true, "but": true, "still": true, "again": true,
	"will": true, "we'll": true, "i'll": true, "it'll": true, "going": true, "if": true, "unless": true,
	"until": true, "yet": true, "isn't": true, "wasn't": true, "aren't": true, "weren't": true,
	"hasn't": true, "haven't": true, "hadn't": true, "didn't": true, "doesn't": true, "don't": true,
	"won't": true, "can't": true, "couldn't": true, "nothing": true, "nobody": true, "failed": true,
	"stopped": true, "broken": true, "stuck": true, "down": true, "wrong": true, "missing": true,
	"late": true, "away": true, "off": true})

// newsThanks are the words of a content of nothing but thanks.
var newsThanks = newWordSet(map[string]bool{"thanks": true, "thank": true, "you": true, "so": true, "much": true,
	"for": true, "your": true, "help": true, "all": true, "the": true, "again": true})

// newsTold reports the customer's news opened "just to let you know" or
// "just to say" (see above); the caller checks the role and the remedy.
func newsTold(text string, ts []string) bool {
	if len(ts) < 6 || len(ts) > 50 || ts[0] != "just" || strings.HasSuffix(trimTail(text), "?") {
		return false
	}
	var rest []string
	switch {
	case len(ts) > 5 && ts[1] == "to" && ts[2] == "let" && ts[3] == "you" && ts[4] == "know":
		rest = ts[5:]
	case ts[1] == "to" && ts[2] == "say":
		rest = ts[3:]
	case len(ts) > 4 && ts[1] == "letting" && ts[2] == "you" && ts[3] == "know":
		rest = ts[4:]
	default:
		return false
	}
	if len(rest) > 0 && rest[0] == "that" {
		rest = rest[1:]
	}
	content := false
	for k, t := range rest {
		if newsStops.has(t) {
			return false
		}
		if !newsThanks.has(t) {
			content = true
		}
		switch {
		case t == "no":
			if k+1 >= len(rest) || rest[k+1] != "need" && !faultNoun.has(rest[k+1]) {
				return false
			}
		case faultNoun.has(t) && !troubleNegated(rest, k):
			return false
		}
	}
	return content && len(rest) >= 3
}
