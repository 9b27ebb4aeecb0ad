package reader

import (
	"slices"
	"strings"
)

// The writer's verdict on a result (round 58, docs/quality.md "Round 58";
// this file was restored_round58.go until round 64 named it for its
// concern): ways the newest writers confirm a service back that no earlier
// rule read, and three shapes refused for every restored rule.
//
// The customer's approval of what was delivered (customerApproves): "exactly
// what" or "that's what" with a want or a need, the customer's own verdict
// that the result is the one asked for:
//
//   - "Thanks Owen, that's exactly what was needed." (styles52 08);
//   - "Exactly what I wanted, thanks." (styles56 16, styles25 18);
//   - "perfect, that's what they were after." (styles57 04);
//   - "He can see the payments screen but not the approve button, which is
//     exactly what we wanted." (styles17 03), "... was refused, which is
//     exactly what we want." (styles39 13), "the change itself is doing what
//     we wanted" (styles15 17).
//
// Refused: a question, a condition or a wish ("if that's what you want",
// "is that what you needed?"), a negation ("not exactly what we wanted"),
// the customer's own need ("Perfect, that's exactly what I needed.",
// styles33 13; "Thanks, that's what we needed.", styles8 17: an answer
// taken, labelled none; "needed" is read only in "what was needed"), and
// "wanted to know" (an answer taken; added after the validation sums showed
// the rule adding one false row there and no true one, a refusal that
// changes no tuning row).
//
// The customer's "done" after staff's instruction (customerDoneResult): the reply
// opens (after a reaction such as "great," or "ok") with "done", "done
// that" or "done it" and goes on with what the step gave:
//
//   - "done, green light and it records." (styles54 17);
//   - "done, got all 4 links, 1,612 certs altogether." (styles55 17);
//   - "Done, they've got the code." (styles63 13), "Done, he's got it in his
//     app." (styles35 10);
//   - "done that, all 6 gone, no orange arrows" (styles64 11), "done that,
//     pending went to 0." (styles29 08);
//   - "great, done, exported and emailed to the officer thanks!!" (styles65
//     04), "Perfect, done and sent over to them." (styles25 04);
//   - "Done it on my phone, went straight through." (styles45 18).
//
// Only the customer's, after the opening: staff's "Done - ..." reports its
// own step, which fix reads. Refused: a bare "Done." (nothing said of the
// result), a fault after it ("done, but it still shows the error"), a
// question.
//
// No recurrence (noRecurrence): "no repeat", "no recurrence" or "no further"
// and a plural trouble, said after a remedy (the caller checks
// Context.AfterRemedy, Context.RemedyBefore or a fix in the sentence; without
// them the rule also read styles42 09 and styles63 02, staff's later notes,
// and one false row in the validation sums):
//
//   - "5 days, no recurrence." (styles55 07), "No recurrence in 3 days, ..."
//     (styles12 09);
//   - "No repeat overnight or on today's card." (styles63 02), "no repeat of
//     the sold-out problem last night or today ..." (styles42 09), "...
//     every day since, no repeat of the dead buttons." (styles58 16);
//   - "No further stalls this past week - ..." (styles57 13), "Confirmed,
//     J0412/15/19 running SCOOT, no further alarms." (styles58 15), "...
//     running on the B feed, with no further trips." (styles5 22).
//
// Refused: the future, a condition or a purpose ("to ensure no
// recurrence", "we will watch for any repeat", "if there's no further
// trouble"), no further questions, updates or action (a closing courtesy).

// approveStops refuse the customer's approval: a question or condition, a
// wish, a negation, a contrast after it.
var approveStops = newWordSet(withReportStops("not", "isn't", "wasn't", "aren't", "no", "never", "unsure", "sure", "wonder",
	"think"))

// customerApproves reports the approval form above; the caller checks the
// role and that the sentence is not the opening or a question.
func customerApproves(ts []string) bool {
	if len(ts) < 3 || len(ts) > 30 {
		return false
	}
	w := -1
	for k, t := range ts {
		if approveStops.has(t) && t != "but" && t != "need" && t != "needs" {
			return false // "but not the approve button, which is exactly what we wanted" keeps its contrast
		}
		if t != "what" || w >= 0 {
			continue
		}
		// "exactly what", "that's what", "is doing what"
		if k == 0 || ts[k-1] != "exactly" && ts[k-1] != "that's" && ts[k-1] != "doing" {
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			switch ts[j] {
			case "wanted", "want", "after", "requested", "asked":
				w = j
			case "needed":
				if ts[j-1] == "was" {
					w = j // "exactly what was needed"; not the customer's "that's what I needed", an answer taken
				}
			}
			if w >= 0 {
				break
			}
		}
	}
	if w > 0 && w+1 < len(ts) && (ts[w+1] == "to" || ts[w+1] == "for") {
		return false // "exactly what I wanted to know": an answer taken, not a service back
	}
	return w > 0 && !negAt(ts, 0, w)
}

// reactionOpeners may stand before the customer's "done": a reaction, a
// yes, a thanks.
var reactionOpeners = newWordSet(map[string]bool{"great": true, "perfect": true, "brilliant": true, "ok": true, "okay": true,
	"yes": true, "yep": true, "right": true, "thanks": true, "thank": true, "you": true, "cheers": true, "lovely": true,
	"excellent": true, "fab": true, "super": true, "cool": true, "ta": true, "all": true})

// doneStops refuse the customer's "done": the shared report stops, a fault
// or a wait after it, a question.
var doneStops = newWordSet(withReportStops("not", "longer", "nothing", "error", "errors", "same", "what", "didn't", "doesn't",
	"don't", "can't", "cannot", "won't", "isn't", "wasn't", "never"))

// customerDoneResult reports the customer's "done" form above in text (tokens
// ts); the caller checks the role and the context.
func customerDoneResult(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 24 {
		return false
	}
	k := 0
	for k < len(ts) && k < 3 && reactionOpeners.has(ts[k]) {
		k++
	}
	if k >= len(ts) || ts[k] != "done" {
		return false
	}
	// the step done, then what it gave: "done, ...", "done that, ...", "done and sent"
	end := tokenEnd(text, ts, k)
	if end < 0 {
		return false
	}
	rest := strings.TrimSpace(text[end:])
	switch {
	case strings.HasPrefix(rest, ","), strings.HasPrefix(rest, " and "), strings.HasPrefix(rest, "and "):
	case strings.HasPrefix(strings.ToLower(rest), "that"), strings.HasPrefix(strings.ToLower(rest), "it "):
	default:
		return false
	}
	got := false
	for _, t := range ts[k+1:] {
		if doneStops.has(t) {
			return false
		}
		got = got || doneResults.has(t)
	}
	return got
}

// doneResults are what the step gave, after the customer's "done": a thing
// got or gone, a result gone through, a device at work. Without one, the
// reply names the step itself ("done, removed all 4", "Done, unplugged it",
// "done, it says paired": styles, styles9, styles20, labelled fix alone),
// and the writers label it fix.
var doneResults = newWordSet(map[string]bool{"got": true, "gone": true, "went": true, "records": true, "works": true,
	"worked": true, "working": true})

// furtherNotTrouble are what "no further" may name that is no trouble: a
// courtesy, a wait, an action.
var furtherNotTrouble = newWordSet(map[string]bool{"questions": true, "updates": true, "actions": true, "action": true,
	"details": true, "information": true, "requests": true, "steps": true, "comments": true, "replies": true,
	"emails": true, "messages": true, "changes": true, "instructions": true, "contact": true, "news": true,
	"work": true, "need": true, "charges": true, "costs": true, "payments": true, "help": true, "input": true,
	"feedback": true, "response": true, "responses": true, "delays": true})

// recurrenceStops refuse "no recurrence": the future, a condition, a
// purpose or a hope.
var recurrenceStops = newWordSet(withReportStops("ensure", "prevent", "avoid", "should", "keep", "make", "watch", "found",
	"inconclusive"))

// noRecurrence reports the "no recurrence" form above; the caller checks
// the context.
func noRecurrence(ts []string) bool {
	if len(ts) < 4 || len(ts) > 30 { // a bare "No further reports." is a closing's courtesy (styles3 18)
		return false
	}
	at := -1
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] != "no" || at >= 0 {
			continue
		}
		switch n := ts[k+1]; {
		case n == "repeat" || n == "repeats" || n == "recurrence" || n == "recurrences":
			at = k
		case n == "further" && k+2 < len(ts):
			if m := ts[k+2]; len(m) > 3 && strings.HasSuffix(m, "s") && !furtherNotTrouble.has(m) {
				at = k
			}
		}
	}
	if at < 0 {
		return false
	}
	for _, t := range ts {
		if recurrenceStops.has(t) {
			return false // "to ensure no recurrence", "if there's no further trouble"
		}
	}
	return true
}

// A third party's status page all green (statusPageFine) is what staff or
// the customer looked at, a finding that the fault is not the provider's
// outage, not the service back: "Tixora status page all green." (styles39
// 15), "Startline status page all green." (styles53 13), "Surveyline status
// page says \"all systems operational\"." (styles62 08), "Tapfield status all
// green, other 9 bars online." (styles66 02), "status page says all green"
// (styles7 17, a customer's question). None of the tuning sets labels one
// restored. With a word of a state come back it is the restoration:
// "Status page cleared 08:15, no PBA failures since." (styles54 05).
func statusPageFine(ts []string) bool {
	status, fine := false, false
	for _, t := range ts {
		switch t {
		case "status":
			status = true
		case "green", "operational":
			fine = fine || status
		case "again", "back", "now", "since", "restored", "recovered", "cleared", "resolved":
			return false
		}
	}
	return fine
}

// purposeOpening reports a sentence that opens with a purpose, "To" and a
// verb: the state after it is the goal of the steps that follow, not a
// report that it holds: "To get them printing again each CEO needs to pair
// the printer again:" (styles58 10), "To stop a rename catching you out
// again we can switch the mapping ..." (styles55 09), "To test: on the
// computer go to Alarms > Test alarm ..." (styles19 16). None of the tuning
// sets labels one restored. Not a discourse opener ("To confirm, ...", "To
// date, ...", "To be clear").
func purposeOpening(text string, ts []string) bool {
	if len(ts) < 3 || ts[0] != "to" || !strings.HasPrefix(strings.TrimSpace(text), "To ") {
		return false
	}
	switch ts[1] {
	case "date", "confirm", "clarify", "summarise", "summarize", "recap", "update", "be", "all", "everyone", "me", "us",
		"you", "the", "our", "your", "my":
		return false
	}
	return true
}

// nothingSeen reports staff's negated look, "we don't see", "I can't see":
// a finding that the trouble is not where staff looked, whatever works beside
// it: "Our activation server is working and we don't see a request from
// your laptop reaching it." (styles59 18), "It works for me and I don't see
// errors on our side right now." (styles46 12), "I can't see anything in
// the controller's log that explains it - no errors, no comms drops - so
// ..." (styles16 12). None of the tuning sets labels one restored. With a
// word of time after a remedy ("we haven't seen one since", "I don't see
// any more failures after the restart") it is the restoration.
func nothingSeen(ts []string) bool {
	neg := -1
	for k := 0; k+1 < len(ts); k++ {
		switch ts[k] {
		case "don't", "dont", "can't", "cant", "cannot":
			if ts[k+1] == "see" {
				neg = k
			}
		case "not":
			if ts[k+1] == "see" && k > 0 && (ts[k-1] == "do" || ts[k-1] == "can") {
				neg = k
			}
		}
	}
	if neg < 0 {
		return false
	}
	for _, t := range ts {
		switch t {
		case "since", "anymore", "more", "again", "after", "longer":
			return false
		}
	}
	return true
}

// A workaround or a trouble no longer (noLongerNeeded): "any more" or
// "anymore" after a need denied or "no" and a trouble, said after the
// opening:
//
//   - "... long clips now export in one go, so you won't need to split them
//     any more." (styles54 18);
//   - "... went out in Tuesday's release (2.41.3), so you don't need to
//     switch it off manually any more." (styles63 05);
//   - "Clients can pass the gates now with their pass, no need of paper
//     tickets any more." (styles20 16);
//   - "the show was perfect, no problem anymore." (styles66 11).
//
// Not a service that no longer works ("I can't log in anymore", "we get no
// emails anymore"): the need or the trouble is what is gone. Refused: a
// condition, a request, a remaining fault. Over the tuning sets it reads 4
// labelled rows more and one false ("No need to split it any more.",
// styles64 08, staff's bare reminder).
var noLongerStops = newWordSet(withReportStops("when", "unless", "whether", "should", "could", "would"))

// noLongerNeeded reports the form above.
func noLongerNeeded(ts []string) bool {
	if len(ts) < 4 || len(ts) > 40 {
		return false
	}
	more := -1
	for k, t := range ts {
		if t == "anymore" || t == "more" && k > 0 && ts[k-1] == "any" {
			more = k
			break
		}
	}
	if more < 0 {
		return false
	}
	gone := false
	for k := max(0, more-10); k < more; k++ {
		switch t := ts[k]; {
		case t == "need" || t == "needs":
			if k > 0 {
				switch ts[k-1] {
				case "no", "won't", "don't", "doesn't", "not", "wont", "dont":
					gone = true
				}
			}
		case t == "no" && k+1 < more:
			n := ts[k+1]
			gone = gone || endedTrouble.has(n) || n == "problem" || n == "issue" || n == "error"
		}
	}
	if !gone {
		return false
	}
	for _, t := range ts {
		if noLongerStops.has(t) && t != "will" && t != "need" && t != "needs" {
			return false
		}
	}
	return true
}

// The customer's "X worked" (customerWorked): the thing staff suggested or
// did, with "worked" in the past and nothing after it but a manner or a
// result, in the customer's reply:
//
//   - "I did like you said, ... and the upload worked perfect." (styles24
//     13);
//   - "Perfect, the export worked and I've switched on the Xero link too."
//     (styles30 13);
//   - "ok split worked, 4 files, sent." (styles60 05);
//   - "Jan-Jun worked, Jul-Dec worked too." (styles64 08).
//
// Not the writer's own work ("I worked on it", "we worked around it"), a
// part of it ("that worked for 27 of them", styles53 12), or before the
// fault ("they worked fine last month", styles48 09).

// workedSubjects refuse the word before "worked": the writer at work, a
// habit, an auxiliary.
var workedSubjects = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "have": true, "has": true, "had": true,
	"always": true, "never": true, "previously": true, "once": true, "which": true, "what": true, "who": true,
	"usually": true, "normally": true, "all": true})

// workedAfter refuse the word after "worked": a phrasal verb, a part, a
// time before.
var workedAfter = newWordSet(map[string]bool{"on": true, "with": true, "in": true, "at": true, "as": true, "from": true,
	"out": true, "around": true, "round": true, "hard": true, "until": true, "till": true, "before": true,
	"for": true, "through": true, "off": true, "late": true, "once": true, "yesterday": true})

// workedStops refuse the sentence: the shared report stops, a time before
// the fault, a part.
var workedStops = newWordSet(withReportStops("last", "before", "previously", "used", "only", "partly", "some", "not", "didn't",
	"nothing", "none", "neither", "no", "never", "then", "when", "had"))

// customerWorked reports the form above; the caller checks the role and
// that the sentence is not the opening or a question.
func customerWorked(ts []string) bool {
	if len(ts) < 2 || len(ts) > 24 || !slices.Contains(ts, "worked") {
		return false // only a "worked" reads below: most sentences have none, and the stops are looked up at every word
	}
	w := -1
	for k, t := range ts {
		if workedStops.has(t) {
			return false
		}
		if t == "worked" && w < 0 && k > 0 && !workedSubjects.has(ts[k-1]) && (k+1 >= len(ts) || !workedAfter.has(ts[k+1])) {
			w = k
		}
	}
	return w > 0
}
