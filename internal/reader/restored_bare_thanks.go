package reader

import "strings"

// The customer's bare thanks (round 114, docs/quality.md "Round 114"): a
// sentence of nothing but thanks, its addressees and a word of approval
// ("Thanks both.", "Great, thanks all.", "Perfect, thank you Martin!", "ok
// thank you, bye") thanks staff for the reply; nothing in it says the fault
// is gone. "after a remedy" and the model read it as the customer's word that
// the fix held; the labels give it nothing. Tuning rows, labelled none and
// read as restored before (-styleserrorstp, every tuning set): styles17 17
// "Thanks both!", styles25 03 "Great, thanks all.", styles32 18, styles67 03
// and styles93 02 "Thanks both.", styles90 12 "Thank you both.", styles93 08
// "Thanks all.", styles78 12 "Perfect, thank you Martin!", styles94 17
// "Perfect, thank you very much.", styles72 06 "ok brilliant thank you",
// styles48 02 and styles60 11 "ok thank you, bye", styles43 18 "That's great,
// thank you.": 13 rows in 12 sets, no true row. Round 94's bare "Thanks
// again" is the same shape with "again". Not refused: any word of the result
// ("Thanks, all in now.", "Cheers Tom, all live.", "thanks, both in",
// "Thanks all fine today"), "good" ("All good thanks" is a state in some
// sets), "found it" and "got it" (labels split).

// bareThanksWords are the words a bare thanks may hold: thanks, fillers,
// addressees and approvals of the reply.
var bareThanksWords = newWordSet(map[string]bool{"thanks": true, "thank": true, "you": true, "thx": true, "cheers": true,
	"ta": true, "many": true, "so": true, "much": true, "very": true, "both": true, "all": true, "everyone": true,
	"guys": true, "again": true, "ok": true, "okay": true, "great": true, "brilliant": true, "perfect": true,
	"lovely": true, "bye": true, "that's": true})

// bareThanks reports a sentence of nothing but thanks (see above); one name
// may follow the thanks, written with a capital in text.
func bareThanks(text string, ts []string) bool {
	if len(ts) < 1 || len(ts) > 6 {
		return false
	}
	thanks, name := false, false
	for k, t := range ts {
		switch {
		case t == "thanks" || t == "thank" || t == "thx" || t == "cheers" || t == "ta":
			thanks = true
		case bareThanksWords.has(t):
		case !name && k > 0 && (ts[k-1] == "thanks" || ts[k-1] == "you" || ts[k-1] == "cheers") && capitalised(text, t):
			name = true
		default:
			return false
		}
	}
	return thanks
}

// capitalised reports whether the word w (lowered) stands in text with a
// capital first letter, without allocating.
func capitalised(text, w string) bool {
	for i := 0; w != "" && i+len(w) <= len(text); i++ {
		if text[i] >= 'A' && text[i] <= 'Z' && strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
