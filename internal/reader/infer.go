package reader

import (
	"github.com/debriefhq/debrief/internal/ticket"
)

var (
	changeWords = newLexicon("change request", "deploy", "deployment", "deploying", "deployed", "upgrade",
		"upgrading", "migration", "migrate", "release", "go live", "go-live", "golive", "rollout", "roll out",
		"maintenance window", "maintenance", "patching", "install the new", "new version", "new build",
		"cutover", "cut over", "schedule the", "scheduled")
	requestWords = newLexicon("please create", "kindly create", "please add", "kindly add", "please grant",
		"kindly grant", "please provide", "kindly provide", "please unlock", "kindly unlock", "please reset",
		"kindly reset", "please enable", "kindly enable", "please disable", "kindly disable", "please install",
		"kindly install", "please configure", "kindly configure", "please set up", "kindly set up", "please setup",
		"please extend", "kindly extend", "please renew", "kindly renew", "please remove", "kindly remove",
		"please delete", "kindly delete", "please activate", "kindly activate", "please change", "kindly change",
		"please update", "kindly update", "please share", "kindly share", "please generate", "kindly generate",
		"please prepare", "kindly prepare", "please export", "kindly export", "please send", "kindly send",
		"request for", "requesting", "we request", "i request", "would like to request", "we need access",
		"need access", "new user", "new account", "create a user", "create user", "access to", "permission",
		"permissions", "license", "licence", "password reset", "reset password", "report for", "we need", "i need",
		"would like to", "we would like", "kindly support", "please support", "please assist", "kindly assist",
		"kindly do", "please do", "request you", "kindly request", "appreciate your assistance to",
		"appreciate your support to", "to configure", "to change the", "to move", "to install", "to create", "to add",
		"to enable", "to grant", "to reset", "to unlock", "to extend", "to renew")
	questionOpen = newLexicon("how do", "how can", "how to", "is it possible", "is there a way", "can we",
		"could you explain", "what is the", "what are the", "do you know", "would like to know", "want to know",
		"inquire", "enquire", "inquiry", "enquiry", "question", "clarification", "clarify")
	incidentWords = newLexicon("not working", "doesn't work", "does not work", "isn't working", "is not working",
		"are not working", "stopped working", "stopped", "unable", "cannot", "can't", "can not", "could not",
		"couldn't", "error", "errors", "fail*", "down", "outage", "crash*", "broken", "slow", "hang*", "stuck",
		"not able", "no systems", "nothing works", "not loading", "not showing", "disconnect*", "timeout",
		"timed out", "exception", "bug", "unavailable", "not accessible", "inaccessible", "not receiving",
		"not received", "not responding", "incorrect", "wrong", "missing", "lost", "issue", "problem", "urgent",
		"vulnerabilit*", "rejected", "denied", "locked", "urgently", "emergency", "affected", "impact*")
)

// InferType guesses a ticket's type from its subject and the customer's opening
// message, for tickets whose source does not say: a report of something broken is
// an incident, a planned deployment or upgrade a change, an ask for something to
// be done a service request, and an ask to know something a question. When
// nothing decides, it is an incident, the type whose review asks the most.
func InferType(subject, opening string) string {
	var buf [64]string
	var sc scan
	var failure, change, request, question int
	score := func(text string) {
		for _, sp := range Sentences(text) {
			ts := tokens(sp.Text, buf[:0])
			if incidentWords.has(ts) {
				failure++
			}
			if changeWords.has(ts) {
				change++
			}
			if requestWords.has(ts) {
				request++
			}
			if questionOpen.has(ts) || isQuestion(sp.Text, newScan(ts, &sc)) {
				question++
			}
		}
	}
	score(subject)
	score(opening)
	switch {
	case change > 0 && change >= failure:
		return ticket.TypeChange
	case failure > 0 && failure >= request:
		return ticket.TypeIncident
	case request > 0:
		return ticket.TypeServiceRequest
	case question > 0:
		return ticket.TypeQuestion
	}
	return ticket.TypeIncident
}
