package reader

import "strings"

// Round 234: an instruction after a fronted clause, with a verb round 75's
// frontedInstruction does not know, or asked as a polite request. Round 75
// reads "For days already recorded this month, open the day in the register"
// with the verbs of a screen (uiVerbs) and a short list of its own; the
// newer writers put the step after the same kind of clause with the verbs of
// any step asked of the reader (askedVerbs: "scan", "upload", "connect",
// "split", "do", ...), and with a few more: "take", "show", "edit",
// "subscribe", "wait", "cancel", and "ask ... for". Rows of the tuning sets,
// labelled fix and read as nothing before: "If that works on one, please do
// the same on the others." (styles13), "When they come back, scan them in
// with Movements > Return." (styles98), "When you first switch each one on,
// connect it to the Fenmoor-MED network ..." (styles99), "For a backfill like
// yours, split the range into chunks of 5,000 blocks ..." and "For the future,
// subscribe to newHeads over WebSocket instead of polling, ..." (styles112),
// "For the rota, please upload it each week in the client portal under Call
// Flows > On-call contacts; ..." (styles117), "When it comes, take the old one
// out, put the new one in the same USB port ..." (styles51), "If you want it
// on every church quote, edit your 'Church - general' template ..."
// (styles98), "For trips ending in that parking house, please wait until the
// app shows 'Trip ended' ..." (styles9). The clause may also be "to" and a
// purpose ("To avoid this next time, switch on \"Accept USDC on any supported
// network\" under Settings > Checkout, ...", styles112), and the step a polite
// request after it ("For R2-091877, can you remove two of the pre-roll packs
// at the counter, ...?", styles126; "When you're next at the panel, could you
// power it off at the isolator for a full minute and back on?", styles51).
//
// A staff sentence after the opening whose part before its first comma opens
// with a word of frontedLeads or "to", holds 2 to 14 words and no first
// person (the writer's own plan: "Once it's in we'll re-import the reads,
// cancel the estimated bills ..."), and whose part after the comma opens
// (after "please", "just", "then", "simply", "also", "kindly", "first") with
// a verb of askedVerbs or frontedStepVerbs ("ask" only with "for" within three
// words: "ask them for a deposit address", not "just ask and we'll do it" or
// "ask them to check their spam folder"), or with "could / can / would" and
// "you" (then "please", "just" or "also") or "someone" and such a verb within
// three words and two words after it (not "could you restart it?"); and a
// word after the
// verb. Not with "let us / me know" or a ticket or case after the verb (round
// 75's refusals), nor a negation right after the verb, nor evidence or a
// report as the step's object (askedBack, frontedEvidence: "If it freezes
// again, could you take a photo of the screen ...?", styles125, labelled a
// question).
var frontedStepVerbs = wordSetOf("take", "show", "edit", "subscribe", "wait", "cancel", "ask")

// frontedEvidence, as the step's object, make it evidence asked for.
var frontedEvidence = wordSetOf("photo", "photos", "picture", "pictures", "screenshot", "screenshots", "video", "note")

// frontedFirstPerson are the words that make a fronted clause the writer's
// own plan or account rather than a condition of the reader's step.
var frontedFirstPerson = wordSetOf("i", "we", "i'll", "we'll", "i've", "we've", "i'd", "we'd", "i'm", "we're", "us", "me")

// frontedStepLead may come between the comma and the step's verb.
var frontedStepLead = wordSetOf("please", "just", "then", "simply", "also", "kindly", "first")

// frontedStep reports whether a staff sentence gives a step after a fronted
// clause (above).
func frontedStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 4 || !frontedLeads.has(ts[0]) && ts[0] != "to" {
		return false
	}
	comma := strings.IndexByte(text, ',')
	if comma < 0 || comma > 160 {
		return false
	}
	var buf [16]string
	n := len(lowerTokens(text[:comma], buf[:0])) // the clause's words; ts's first n (a comma splits no word)
	if n < 2 || n > 14 || n+1 >= len(ts) || frontedFirstPerson.anyIn(ts[:n]) {
		return false
	}
	rest := ts[n:]
	k := 0
	for k < len(rest) && frontedStepLead.has(rest[k]) {
		k++
	}
	if k+1 < len(rest) && requestModals.at(rest, k) {
		// "can you remove ...", "could someone at each shop scan ...": the
		// verb within three words of the one asked
		if !requestSubjects.has(rest[k+1]) {
			return false
		}
		j := k + 2
		if rest[k+1] != "you" {
			// "could someone at each shop scan ...", "can your team move
			// ...": up to three words of who or where
			for j < len(rest) && j <= k+4 && !frontedStepVerb(rest, j) {
				j++
			}
		}
		for j < len(rest) && (rest[j] == "please" || rest[j] == "just" || rest[j] == "also") {
			j++
		}
		if j+2 >= len(rest) {
			return false // "When you get a chance, could you restart it?": a pronoun alone after the verb (round 75's near miss)
		}
		k = j
	} else if endsQuestion(text) {
		return false
	}
	if k+1 >= len(rest) || !frontedStepVerb(rest, k) || negAt(rest, k+1, k+3) {
		return false
	}
	for _, w := range rest[k+1:] {
		if w == "ticket" || w == "case" {
			return false
		}
	}
	if w := rest[k+1 : min(len(rest), k+4)]; askedBack.anyIn(w) || frontedEvidence.anyIn(w) {
		return false // "If it freezes again, could you take a photo of the screen ...": evidence asked, not a step
	}
	if strings.Contains(text, "let us know") || strings.Contains(text, "let me know") {
		return false
	}
	return formHit("fix:frontedstep", text)
}

// frontedStepVerb reports whether ts[k] is the verb of a step asked of the
// reader: askedVerbs or frontedStepVerbs, "ask" only for something ("ask
// them for ...").
func frontedStepVerb(ts []string, k int) bool {
	if k >= len(ts) {
		return false
	}
	v := ts[k]
	if v == "ask" {
		for j := k + 1; j < len(ts) && j <= k+3; j++ {
			if ts[j] == "for" {
				return true
			}
		}
		return false
	}
	return askedVerbs.has(v) || frontedStepVerbs.has(v)
}
