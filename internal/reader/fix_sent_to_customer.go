package reader

import (
	"regexp"
	"strings"
)

// Round 77: a thing sent or delivered by staff as the remedy ("VPN invite and
// first-login notes went to his personal email this morning.") is a fix the
// rules left to the model, which does not read it for a writer it has not
// seen. The same words tell causes ("the notice went to the old mailbox") and
// releases ("4.18.0 went to all stores at 08:00 today"), so each form below
// needs either a person or a delivery (a time of today, a channel) beside it,
// and the refusals are written out.
//
// A staff sentence, not a question, no negation or hedge (its own list: the
// hedges lexicon takes "at first sign-in" for "at first"), with one of:
//   - the present perfect "has/have gone (out) to" a person (a pronoun, "each",
//     "all", an address, a capitalised name): "The temporary passwords have
//     gone to Alison by text, ..." (styles3 24), "The list has gone to
//     Lorraine so head office can arrange refunds ..." (styles69 01), "His
//     first-login details have gone to his personal email ..." (styles78 12);
//     read already in styles13, 19, 22, 30, 37, 72, 75;
//   - "went (out) to" a possessive or a pronoun: "VPN invite and first-login
//     notes went to his personal email this morning." (styles67 11); read
//     already: "the activation e-mail went to her from noreply@..." (styles52);
//   - a passive "was/were/has been/have been sent (posted, dispatched,
//     couriered, e-mailed, mailed, texted)" or "went out", "went in the post"
//     with a delivery beside it (today, this morning/afternoon/evening, by
//     text/SMS/post/courier/Royal Mail/Special Delivery/tracked, in the post,
//     in a separate e-mail): "The transfer of £187.40 was sent today ..."
//     (styles8 05), "His welcome letter and security token went in the post
//     today ..." (styles17 03), "A replacement kit for those three tests was
//     posted today at no charge." (styles43 16), "The tags were posted today
//     by tracked delivery; ..." (styles44 04), "Alfie's prints ... were sent
//     to your home address today by Royal Mail Tracked 24 ..." (styles61 14);
//     read already in styles8, 11, 13, 19, 22, 49, 63, 66, 68;
//   - "has/have been sent" an article or possessive: "Each technician has been
//     sent an activation e-mail." (styles10 03); read already in styles14, 68,
//     70, 78.
//
// Refused, each seen in three sets or more:
//   - a stale or wrong destination, the cause's words ("old", "former",
//     "wrong", "bounced", "nobody", "in error", "instead", "late"): "Renewal
//     reminder went to their old warranty admin mailbox and bounced."
//     (styles22), "... the notice went to an old distribution list of ours."
//     (styles35), "Notice went to our old payments@ mailbox ..." (styles63),
//     "... this morning's examiner timetable e-mails went out late ..."
//     (styles74), "... let the buyer ... know it was sent in error?" (styles69);
//   - a release going out, which the writers leave unlabelled or label a cause
//     ("release", "update", "version", "firmware", "rollout", a version
//     number): "4.18.0 went to all stores at 08:00 today." (styles41), "Android
//     5.6.0 went to 100% rollout last night 22:00." (styles31), "Update 6.2 went
//     to Croydon only (pilot) at 23:00." (styles65), "4.2.0 went out Mon
//     22:00." (styles34);
//   - a send logged at a clock time, a record of what went out, not the
//     remedy: "It went out at 14:02 to 431 contacts: ... 26 by text, ..."
//     (styles14 09, unlabelled), "... the 13 emails went out at 18:42, ..."
//     (styles78), "4.2.0 went out Mon 22:00." (styles34);
//   - what the writer sees in the records, not a step taken ("I can see"):
//     "I can see your evidence on the dispute and it went to the cardholder's
//     bank today." (styles7), "I can see the refund of £64.99 was issued ..."
//     (styles18), "I can see the messages to your number are being sent ..."
//     (styles65), "I can see the £20 top-up at 20:02, ..." (styles48);
//   - the verb under "once", "if", "when", "until", "unless": "Published
//     notices are locked in the portal once they have gone to print, ..."
//     (styles68), and the promises "will be sent", "going out ... on
//     Thursday" (styles49, 75), which no form here reads.
// Not read (too few sets or the labels split): "on its way" (fix in styles61,
// restored in styles7, unlabelled in styles58), "are going to you in a
// separate email" (styles24 only), the writer's "I've sent/resent" (a test
// sent, a question, a fix: styles, 14, 15, 30).

var (
	goneToPerson  = regexp.MustCompile(`\b(?:has|have) (?:now |also |just |all )?gone (?:out )?to (?:you\b|him\b|her\b|them\b|his |your |their |each |every |all |[a-z0-9._-]+@)`)
	goneToName    = regexp.MustCompile(`\b(?:has|have) (?:now |also |just |all )?gone (?:out )?to [A-Z][a-z]+\b`)
	wentToPerson  = regexp.MustCompile(`\bwent (?:out )?to (?:his|her|your|their|you|him|them)\b`)
	sentPassive   = regexp.MustCompile(`\b(?:was|were|has been|have been) (?:re-?)?(?:sent|posted|dispatched|couriered|e-?mailed|mailed|texted)\b|\bwent (?:out|in the post)\b`)
	sentPerson    = regexp.MustCompile(`\b(?:has|have) been sent (?:a|an|the|their|his|her|your)\b`)
	deliveryNear  = regexp.MustCompile(`\b(?:today|this (?:morning|afternoon|evening)|by (?:text|sms|post|first class|royal mail|special delivery|tracked|recorded|courier|dpd|e-?mail)|in the post|in a separate (?:e-?mail|message|text|letter))\b`)
	sentStale     = regexp.MustCompile(`\b(?:old|former|previous|wrong|bounced?|nobody|unmonitored|error|instead|late|spam|junk)\b`)
	sentRelease   = regexp.MustCompile(`\b(?:release|releases|update|updates|version|firmware|rollout|hotfix|patch)\b|\b\d+\.\d+\.\d+\b`)
	sentHedged    = regexp.MustCompile(`\b(?:might|may|possibly|perhaps|maybe|probably|likely|think|believe|whether|should have)\b`)
	sentClockLog  = regexp.MustCompile(`\bwent out (?:at )?(?:[a-z]{3} )?\d{1,2}:\d{2}\b`)
	sentUnderLead = regexp.MustCompile(`\b(?:once|if|when|until|unless)\b`)
)

// sentToCustomer reports whether a staff sentence tells a thing sent or
// delivered as the remedy (above).
func sentToCustomer(text string, sc *scan, c Context, staff bool) bool {
	if !staff || len(sc.ts) < 4 || endsQuestion(text) {
		return false
	}
	if !sendVerbToken(sc.ts) {
		return false // asked first of the tokens: the copies below cost on every staff sentence
	}
	// one space between words: a reply's lines break anywhere
	norm := strings.Join(strings.Fields(StraightApostrophes(text)), " ")
	low := strings.ToLower(norm)
	if !strings.Contains(low, "gone") && !strings.Contains(low, "went") && !strings.Contains(low, "been") &&
		!strings.Contains(low, "was ") && !strings.Contains(low, "were ") {
		return false
	}
	at := -1
	if m := goneToPerson.FindStringIndex(low); m != nil {
		at = m[0]
	} else if m := goneToName.FindStringIndex(norm); m != nil {
		at = len(strings.ToLower(norm[:m[0]]))
	} else if m := wentToPerson.FindStringIndex(low); m != nil {
		at = m[0]
	} else if m := sentPerson.FindStringIndex(low); m != nil {
		at = m[0]
	} else if m := sentPassive.FindStringIndex(low); m != nil {
		// "this morning's e-mails": a time naming the thing, not its delivery
		rest := timeOwners.Replace(low)
		if deliveryNear.MatchString(rest) {
			at = m[0]
		}
	}
	if at < 0 {
		return false
	}
	if sentNegated(sc.ts) || sentHedged.MatchString(low) || sentStale.MatchString(low) || sentRelease.MatchString(low) || sentClockLog.MatchString(low) ||
		strings.Contains(low, "can see") || sentUnderLead.MatchString(low[:at]) {
		return false
	}
	return formHit("fix:sent", text)
}

// timeOwners are the times that name a thing rather than its delivery
// ("this morning's e-mails"); built once, not on each sentence.
var timeOwners = strings.NewReplacer("morning's", "", "afternoon's", "", "evening's", "", "today's", "")

// sentNegated is negAt over the whole sentence but for "no" before a cost
// ("was posted today at no charge", styles43 16).
func sentNegated(ts []string) bool {
	for k := range ts {
		if ts[k] == "no" && k+1 < len(ts) && (ts[k+1] == "charge" || ts[k+1] == "cost" || ts[k+1] == "extra") {
			continue
		}
		if negations.at(ts, k) {
			return true
		}
	}
	return false
}

// sendVerbToken reports whether a word of ts could hold one of the verbs
// sentToCustomer looks for in the lowered text ("gone", "went", "been", "was ",
// "were "): every such text has such a word, so asking first changes nothing.
//
// Round 258: one pass over each word's bytes instead of three
// strings.Contains calls per word (the same answer: a word holds one of
// the three four-letter verbs where a 'g', 'w' or 'b' begins it).
func sendVerbToken(ts []string) bool {
	for _, t := range ts {
		if strings.HasSuffix(t, "was") || strings.HasSuffix(t, "were") {
			return true
		}
		for i := 0; i+4 <= len(t); i++ {
			switch t[i] {
			case 'g':
				if t[i+1:i+4] == "one" {
					return true
				}
			case 'w':
				if t[i+1:i+4] == "ent" {
					return true
				}
			case 'b':
				if t[i+1:i+4] == "een" {
					return true
				}
			}
		}
	}
	return false
}
