package reader

import (
	"github.com/debriefhq/debrief/internal/ticket"
)

// The type's word lists are local lexicons (newLocalLexicon): InferType reads
// a ticket once, while every registered lexicon is scanned in every sentence
// of every message, and its id is a feature of the cause model (model.go).
var (
	changeWords = newLocalLexicon("change request", "deploy", "deployment", "deploying", "deployed", "upgrade",
		"upgrading", "migration", "migrate", "release", "go live", "go-live", "golive", "rollout", "roll out",
		"maintenance window", "maintenance", "patching", "install the new", "new version", "new build",
		"cutover", "cut over", "schedule the", "scheduled", "change type", "rollback", "roll back")
	// afterChange makes a change word the time of a fault, not the ticket's
	// subject: "since the upgrade", "after last night's deployment".
	afterChange  = newLocalLexicon("since", "after", "following")
	requestWords = newLocalLexicon("request for", "requesting", "we request", "i request", "would like to request",
		"we need access", "need access", "new user", "new account", "create a user", "create user", "access to",
		"permission", "permissions", "password reset", "reset password", "report for", "we need", "i need",
		"would like to", "we would like", "we'd like", "i'd like", "request you", "kindly request",
		"appreciate your assistance to", "appreciate your support to", "request type", "request form",
		"hardware request", "access request")
	questionOpen = newLocalLexicon("how do", "how can", "how to", "how i", "is it possible", "is there a way",
		"is there any way", "could you explain", "what is the", "what are the", "what's the", "do you know",
		"would like to know", "want to know", "inquire", "enquire", "inquiry", "enquiry", "question",
		"clarification", "clarify", "does the", "do you have", "can plugins", "is that right", "is this right")
	incidentWords = newLocalLexicon("not working", "doesn't work", "does not work", "isn't working", "is not working",
		"are not working", "stopped working", "stopped", "unable", "cannot", "can't", "can not", "could not",
		"couldn't", "error", "errors", "fail*", "down", "outage", "crash*", "broken", "slow", "hang*", "stuck",
		"not able", "no systems", "nothing works", "not loading", "not showing", "disconnect*", "timeout",
		"timed out", "time out", "exception", "bug", "unavailable", "not accessible", "inaccessible", "not receiving",
		"not received", "not responding", "incorrect", "wrong", "missing", "lost", "issue", "problem",
		"vulnerabilit*", "rejected", "denied", "affected", "impact*", "declined", "bounc*", "offline",
		"unreachable", "duplicat*", "degraded", "blank", "nothing is", "nothing has", "no data", "never got",
		"never received", "no longer", "doesn't", "don't get", "didn't", "hasn't", "haven't", "isn't", "aren't",
		"won't", "wasn't", "weren't", "not getting", "not going", "not reaching", "not reading", "not processed",
		"not sent", "not matching", "still shows", "still get", "alarming", "expired", "flaw", "disappeared",
		"gone from", "has gone", "have gone", "pending since", "queued for", "no email", "no emails", "nobody can",
		"no one can", "not visible", "dropped to",
		// A yes-no question of what happened suspects a fault: "did you block
		// it?", "have we been hacked?", "has something changed?".
		"did you", "did someone", "did something", "has something", "has anything", "have we been",
		"is there an incident", "is there an outage", "anything going on", "something going on")
	// helpAsks ask staff for help with a fault, not for a thing to be done:
	// "we need your urgent assistance", "requesting your support to check".
	helpAsks = newLocalLexicon("your help", "your support", "your assistance", "your urgent", "your investigation",
		"your advice", "your feedback", "your kind support", "your kind help", "technical support", "troubleshooting",
		"to check", "to investigate", "to look into")
	// changeForms open a subject or form that names itself a change.
	changeForms = []string{"change:", "chg:", "chg ", "rfc:", "rfc ", "change request", "change type:", "request type: change"}
	// sinceWhen are the times a fault runs from: "since this morning",
	// "since Saturday", "since 14:20", "since upgrading".
	sinceWhen = map[string]bool{"this": true, "yesterday": true, "last": true, "then": true, "about": true,
		"around": true, "early": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true, "today": true, "upgrading": true, "updating": true,
		"lunchtime": true, "midnight": true, "noon": true, "our": true, "your": true}
	// noChange denies a change before its word: "nothing deployed on our side".
	noChange = map[string]bool{"nothing": true, "no": true, "not": true, "without": true, "never": true}
	// faultAsks are what a customer asks staff to do about a fault rather
	// than a thing to be done for them: "please check", "could you look".
	faultAsks = map[string]bool{"check": true, "look": true, "investigate": true, "advise": true, "advice": true,
		"help": true, "assist": true, "support": true, "fix": true, "resolve": true, "solve": true, "see": true,
		"confirm": true, "verify": true, "sort": true, "note": true, "find": true, "prioritise": true,
		"prioritize": true, "refer": true, "let": true, "tell": true, "explain": true, "be": true}
	// askFillers are skipped between an ask's frame and its verb.
	askFillers = map[string]bool{"you": true, "u": true, "someone": true, "somebody": true, "anyone": true,
		"please": true, "kindly": true, "pls": true, "plz": true, "we": true, "i": true, "help": true,
		"to": true, "just": true, "also": true, "have": true, "take": true, "a": true, "quick": true, "could": true, "can": true, "would": true}
)

// typeVotes counts a ticket's sentences by what they say of its type.
type typeVotes struct {
	fault, change, request, question int
	changeHead                       bool
}

// askVerb returns the verb of a polite ask in ts ("please reactivate",
// "could you restore", "can someone look") and whether there is one.
func askVerb(ts []string) (string, bool) {
	for i, t := range ts {
		frame := t == "please" || t == "kindly" || t == "pls" || t == "plz"
		if (t == "can" || t == "could" || t == "would") && i+1 < len(ts) {
			switch ts[i+1] {
			case "you", "u", "someone", "somebody", "anyone", "we", "i":
				frame = true
			}
		}
		if !frame {
			continue
		}
		for j := i + 1; j < len(ts) && j < i+5; j++ {
			if !askFillers[ts[j]] {
				return ts[j], true
			}
		}
	}
	return "", false
}

// faultSince reports whether ts dates a state from a time: "since this
// morning", "since Saturday", "since 14:20".
func faultSince(ts []string) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] == "since" && (sinceWhen[ts[i+1]] || ts[i+1][0] >= '0' && ts[i+1][0] <= '9') {
			return true
		}
	}
	return false
}

// helpAsked reports whether ts asks for staff's help with a fault ("we need
// your urgent assistance", "requesting your support to check") rather than
// for a thing to be done ("your kind support to delete old logs").
func helpAsked(ts []string) bool {
	i, n := helpAsks.find(ts)
	if i < 0 {
		return false
	}
	for j := i + n; j+1 < len(ts) && j < i+n+4; j++ {
		if ts[j] == "to" {
			return faultAsks[ts[j+1]]
		}
	}
	return true
}

// vote reads one sentence of the subject or the opening; problem is the
// reader's own reading that the customer states what is wrong.
func (v *typeVotes) vote(text string, problem bool, buf []string, sc *scan) {
	ts := tokens(text, buf)
	if len(ts) == 0 {
		return
	}
	fault := problem || incidentWords.has(ts) || faultSince(ts)
	if i, _ := changeWords.find(ts); i >= 0 {
		switch k, _ := afterChange.find(ts); {
		case k >= 0 && k < i:
			fault = true
		case i > 0 && noChange[ts[i-1]], fault:
			// a change denied, or the setting of a fault ("stuck in Scheduled")
		default:
			v.change++
		}
	}
	for _, f := range changeForms {
		if hasPrefixFold(text, f) {
			v.changeHead = true
		}
	}
	verb, ask := askVerb(ts)
	request := !helpAsked(ts) && (requestWords.has(ts) || requestAsked(ts) || ask && !faultAsks[verb])
	switch {
	case fault:
		v.fault++
	case questionOpen.has(ts):
		v.question++
	case request:
		v.request++
	case !ask && isQuestion(text, newScan(ts, sc)):
		v.question++
	}
	if fault && request {
		v.request++
	}
}

// InferType guesses a ticket's type from its subject and the customer's opening
// message, for tickets whose source does not say: a report of something broken is
// an incident, a planned deployment or upgrade a change, an ask for something to
// be done a service request, and an ask to know something a question. When
// nothing decides, it is an incident, the type whose review asks the most.
func InferType(subject, opening string) string {
	var buf [64]string
	var sc scan
	var v typeVotes
	v.vote(subject, false, buf[:0], &sc)
	for _, sp := range Sentences(opening) {
		v.vote(sp.Text, false, buf[:0], &sc)
	}
	return v.decide(false)
}

// InferTicketType is InferType on t's subject and its customer's opening as r
// reads it, with the reader's own evidence: the sentences of the opening it
// reads as the customer stating a problem, and whether staff state a cause.
func InferTicketType(t *ticket.Ticket, r *Reading) string {
	var buf [64]string
	var sc scan
	var v typeVotes
	v.vote(t.Subject, false, buf[:0], &sc)
	caused := false
	for i := range r.Messages {
		m := &r.Messages[i]
		e := &t.Events[m.Event]
		for _, s := range m.Sentences {
			switch {
			case i == r.Opening:
				v.vote(e.Body[s.Start:s.End], s.Acts&Problem != 0, buf[:0], &sc)
			case s.Acts&Cause != 0 && e.Role != ticket.RoleCustomer && !m.Automatic:
				caused = true
			}
		}
	}
	return v.decide(caused)
}

// decide weighs the votes; caused is staff stating a cause.
func (v *typeVotes) decide(caused bool) string {
	switch {
	case v.changeHead || v.change > v.fault && v.change >= v.request:
		return ticket.TypeChange
	case v.fault > 0 && (v.fault >= v.request || caused):
		return ticket.TypeIncident
	case v.request > 0:
		return ticket.TypeServiceRequest
	case v.question > 0:
		return ticket.TypeQuestion
	}
	return ticket.TypeIncident
}
