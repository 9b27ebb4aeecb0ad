package reader

// Round 107: a notice that the ticket is closed, with no step in it. Staff's
// ticket-system boilerplate opens on the closing itself: "we can close this
// ticket and continue working on the previous one", "ticket will be closed
// for now, since no issue reported after implementation of the fix.", "thank
// you, we will consider this ticket closed and postpone it to the new
// version.", "we will consider your request as done and proceed to close
// it." The rules or the model read a fix in the words around the closing
// ("the fix", "postpone it to the new version"); the writers label it closing.
// Counted on the Mendeley tuning splits (dev, heldout, fresh; `-r107dump`,
// not committed): 7 false fix rows in 7 tickets have the shape, no true one.
// On main after round 104 (whose refusal of the writer's plan takes fresh
// 1007271 12.2 and 1004526 20.2, "we will consider ...") 3 lose the fix here:
//   - dev 1005549 39.0
//   - heldout 1005731 25.1 ("we are closing this ticket as client have
//     created another ticket for the same issue ...")
//   - fresh 1007880 99.1
// (dev 1007438 4.4 and heldout 1006849 83.2, "we will consider this ticket
// resolved under monitoring until tomorrow.", keep a fix from the sentence
// the reader's split joins to the labelled row), and 48 more staff sentences
// of the shape read as no fix, none labelled one.
// On the styles tuning sets (styles to styles90) the shape holds some 360 staff
// sentences ("I'll close this ticket now.", "Closing the request."), none
// labelled a fix; the two read as one ("I'll close the case; sales from
// search usually pick up again ...", styles8 11; "I'll close this once
// you're happy ...", styles35 05) round 104 refuses too. The true fixes
// beside a closing tell
// the step ("we deleted the mentioned accounts ... so we will consider this
// ticket as resolved", dev 1005467 3.1; "all provided customers statuses
// updated, please consider this ticket as closed", dev 1004899 7.1): any
// word of a step done keeps the sentence, as does a closing that is not the
// sentence's opening ("..., please check and advise in order to close the
// ticket."). round 47's closingAs takes "Closing ... as ..."; this is the
// rest of the notice.
//
// The shape: after openers ("thank you", "kindly/please note that", "so"),
// a subject and auxiliaries ("we will", "I am", "ticket will be"), then
// "close"/"closing" and the ticket ("this", "it", "the ticket/case/request/
// issue"), "closed" after the ticket named, or "consider" with "closed",
// "resolved", "done" or "close" within six words. Not "close the app" (an
// instruction). Refused among classify's refusals and in modelVeto's fix
// guard. The cheap test is a token of closing or "consider" first.

// closingNotice reports whether a sentence opens on the ticket's closing and
// tells no step done.
func closingNotice(ts []string) bool {
	cheap := false
	for _, t := range ts {
		cheap = cheap || t == "close" || t == "closing" || t == "closed" || t == "consider"
	}
	if !cheap {
		return false
	}
	i := 0
	for i < len(ts) {
		switch ts[i] {
		case "thank", "thanks", "you", "kindly", "please", "note", "that", "dears", "greetings", "ok", "so", "noted", "sure":
			i++
			continue
		}
		break
	}
	j := i
	for j < len(ts) && j < i+6 && (closingSubject.has(ts[j]) || closingAux.has(ts[j])) {
		j++
	}
	if j >= len(ts) {
		return false
	}
	done := -1 // the word "consider" takes, not a step
	switch ts[j] {
	case "close", "closing":
		k := j + 1
		if k >= len(ts) {
			return false
		}
		switch ts[k] {
		case "this", "it":
			if k+1 < len(ts) && !closingTicket.has(ts[k+1]) && closingThing.has(ts[k+1]) {
				return false
			}
		case "the", "your", "that", "our":
			if k+1 >= len(ts) || !closingTicket.has(ts[k+1]) {
				return false
			}
		default:
			if !closingTicket.has(ts[k]) {
				return false
			}
		}
	case "closed":
		named := false
		for _, w := range ts[i:j] {
			named = named || closingTicket.has(w)
		}
		if !named {
			return false
		}
	case "consider":
		for k := j + 1; k < len(ts) && k < j+7; k++ {
			switch ts[k] {
			case "closed", "resolved", "done", "close", "solved":
				done = k
			}
			if done >= 0 {
				break
			}
		}
		if done < 0 {
			return false
		}
	default:
		return false
	}
	for k, t := range ts {
		if k == done || !closingStep.has(t) {
			continue
		}
		if t == "created" && closingNear(ts, k, "ticket") {
			continue // "another ticket will be created": the ticket, not a step
		}
		return false
	}
	return true
}

// closingNear reports whether w is within three words before or two after k.
func closingNear(ts []string, k int, w string) bool {
	for i := max(0, k-3); i < len(ts) && i <= k+2; i++ {
		if i != k && ts[i] == w {
			return true
		}
	}
	return false
}

var (
	closingSubject = newWordSet(map[string]bool{"we": true, "i": true, "we'll": true, "i'll": true, "we're": true, "i'm": true,
		"ticket": true, "this": true, "the": true, "it": true, "your": true, "request": true, "case": true, "issue": true})
	closingAux = newWordSet(map[string]bool{"will": true, "can": true, "are": true, "am": true, "shall": true, "would": true, "be": true,
		"is": true, "going": true, "to": true, "now": true, "proceed": true, "then": true, "also": true})
	// closingTicket are the things a closing notice closes.
	closingTicket = newWordSet(map[string]bool{"ticket": true, "tickets": true, "case": true, "request": true, "issue": true,
		"incident": true, "call": true, "enquiry": true, "query": true})
	// closingThing are things an instruction closes ("close it and reopen").
	closingThing = newWordSet(map[string]bool{"app": true, "application": true, "window": true, "browser": true, "tab": true,
		"door": true, "lid": true, "and": true, "again": true, "down": true, "completely": true, "fully": true})
	// closingStep are words of a step done beside the closing.
	closingStep = newWordSet(map[string]bool{"deployed": true, "deleted": true, "updated": true, "added": true, "resolved": true,
		"fixed": true, "unlocked": true, "delivered": true, "provided": true, "applied": true, "reset": true,
		"restarted": true, "installed": true, "upgraded": true, "changed": true, "removed": true, "solved": true,
		"processed": true, "moved": true, "released": true, "created": true, "done": true, "implemented": true,
		"sorted": true, "replaced": true, "enabled": true, "disabled": true, "cleared": true, "corrected": true,
		"resent": true, "re-sent": true, "sent": true, "granted": true, "activated": true, "reactivated": true,
		"rolled": true, "reverted": true, "patched": true, "configured": true, "mapped": true, "migrated": true,
		"restored": true, "reflected": true, "uploaded": true, "refunded": true, "credited": true})
)
