package reader

// Staff's closing notice with no state in it (round 129, docs/quality.md
// "Round 129"): "I'll mark this resolved.", "I'll end the chat now, have a
// good day." tell the writer's own step of closing the ticket or the chat,
// which "restored words" (resolved, solved), "recovery report" (now) and the
// model read as the service back. With no state of the repaired thing in
// the sentence the labels give it closing only. Tuning rows, labelled
// closing and read as restored before (-styleserrorstp, every tuning set):
//
//   - "Great to hear Owen, I'll mark this solved." (styles56 14);
//   - "We'll mark this resolved for now." (styles60 07);
//   - "I'll end the chat now, have a good day." (styles62 16);
//   - "I'll end the chat now, have a good afternoon." (styles96 03);
//   - "I'll mark this resolved." (styles96 13).
//
// 5 rows in 4 sets, no true row of the wording. Kept as restorations:
// closings that state the fixed state ("Everything is in place, so I'll
// close this request.", "All still logging fine on my side, so I'll close
// this.", true rows), and round 94's border, closing notices with a state
// labelled closing in some sets and restored in others, is left alone: any
// word of a state (or a clause joined by "as", "so", "since") keeps the row.

// closingMarkStatus are the statuses a ticket is marked with.
var closingMarkStatus = newWordSet(map[string]bool{"resolved": true, "solved": true, "closed": true, "complete": true,
	"completed": true, "done": true})

// closingFiller may stand around the closing step: a greeting, a
// sign-off, the reader's name (checked apart: capitalised).
var closingFiller = newWordSet(map[string]bool{"great": true, "to": true, "hear": true, "thanks": true, "thank": true,
	"you": true, "ok": true, "okay": true, "perfect": true, "good": true, "that's": true, "for": true,
	"now": true, "have": true, "a": true, "nice": true, "lovely": true, "day": true, "afternoon": true,
	"evening": true, "morning": true, "weekend": true, "rest": true, "of": true, "the": true, "your": true,
	"then": true})

// closingOnlyMarks are the words closingOnly looks for, a set made once.
var closingOnlyMarks = wordSetOf("mark", "end")

// closingOnly reports staff's closing notice with no state in it (see
// above): text is the sentence, ts its tokens.
func closingOnly(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 16 || !closingOnlyMarks.anyIn(ts) {
		return false
	}
	verb := -1
	for i, t := range ts {
		if (t == "mark" || t == "end") && i > 0 && (ts[i-1] == "i'll" || ts[i-1] == "we'll" || ts[i-1] == "will") {
			verb = i
			break
		}
	}
	if verb < 0 {
		return false
	}
	j := verb + 1
	if ts[verb] == "mark" {
		switch {
		case j < len(ts) && (ts[j] == "this" || ts[j] == "it"):
			j++
		case j+1 < len(ts) && ts[j] == "the" && (ts[j+1] == "ticket" || ts[j+1] == "case" || ts[j+1] == "request"):
			j += 2
		default:
			return false
		}
		if j < len(ts) && ts[j] == "as" {
			j++
		}
		if j >= len(ts) || !closingMarkStatus.has(ts[j]) {
			return false
		}
	} else {
		if j+1 >= len(ts) || ts[j] != "the" || ts[j+1] != "chat" && ts[j+1] != "call" {
			return false
		}
		j++
	}
	// Around the step: only greetings, sign-offs and one name.
	name := false
	for i, t := range ts {
		switch {
		case i >= verb-1 && i <= j, closingFiller.has(t):
		case !name && i < verb-1 && capitalised(text, t):
			name = true
		default:
			return false
		}
	}
	return true
}
