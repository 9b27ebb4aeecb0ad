package reader

// The phrase lexicons of the cause forms in cause_component.go,
// cause_change.go and cause_relayed.go and of the refusals in
// cause_refused.go, matched in the one scan of a sentence. They stay
// together, in this order, because a lexicon's id is the order it is
// registered in and the model's features (model.go, fLex) number the
// lexicons by id: moving one would renumber it and every lexicon after it,
// changing the features the trained weights were fitted to.

// Round 14's: the refusals' (benignOutcome to contrastWords,
// cause_refused.go), then the component causes' (cause_component.go).
var (
	// benignOutcome: the sentence says what it explains is not a problem
	// ("which is why they're fine", "so nothing is lost", "not relevant",
	// "no action needed"): an explanation of why something is fine is not the
	// cause of the fault.
	benignOutcome = newLexicon("they're fine", "it's fine", "is fine", "are fine", "were fine", "was fine",
		"not affected", "aren't affected", "isn't affected", "weren't affected", "wasn't affected", "unaffected",
		"nothing is lost", "nothing was lost", "nothing lost", "not lost", "nothing's lost", "which is expected",
		"is expected", "as expected", "no action needed", "no action is needed", "no action required",
		"nothing needed", "nothing is needed", "nothing to do", "nothing changes", "nothing will change",
		"not relevant", "isn't relevant", "not blocked", "aren't blocked", "isn't blocked", "no impact",
		"not a problem", "not an issue", "harmless", "working as intended", "not a penalty")
	// unconfirmedCause: a cause the writer says is not established yet.
	unconfirmedCause = newLexicon("not confirmed", "not yet confirmed", "unconfirmed", "yet to be confirmed",
		"to be confirmed", "not been confirmed")
	// thatExplains: a reply acknowledging someone else's explanation ("thank
	// you, that explains it"): it points at a cause and states none.
	thatExplains = newLexicon("that explains", "this explains", "that would explain", "that'd explain",
		"which explains it")
	// normally: how things work when nothing is wrong ("normally they handle
	// the refund", "geoblocking is the default").
	normally = newLexicon("normally", "usually", "by default", "is the default", "as standard",
		"standard practice")
	// contrastWords turn a description of the normal way into the setting for
	// what went wrong this time ("normally ..., but this time ...").
	contrastWords = newLexicon("but", "however", "this time", "except", "although", "though", "until")

	// requirement: a component that needs a version or level the one in
	// place does not have ("5.1.0 needs rev C or later, and drawer 3 is rev B").
	requirement = newLexicon("or later", "or newer", "or above", "or higher", "or greater")
	// lacking: a component without what it needs ("3.2.1 lacks the new root
	// CA", "firmware that doesn't trust its certificate").
	lacking = newLexicon("lacks", "lacked", "doesn't trust", "does not trust", "didn't trust", "did not trust",
		"don't trust", "do not trust")
	// lapsed: a credential or consent that ran out ("the client cert expired
	// 01:52", "consent expired 28/03").
	lapsed = newLexicon("expired", "has expired", "have expired", "had lapsed", "lapsed")
	// noRecovery: a component that failed and did not come back ("the service
	// died at 01:12 and never came back").
	noRecovery = newLexicon("never came back", "never recovered", "never restarted", "didn't restart",
		"did not restart", "didn't come back", "did not come back", "didn't recover", "did not recover",
		"never reconnected", "didn't reconnect", "did not reconnect", "never came up", "didn't come up",
		"did not come up")
	// missedRun: a component or site that missed a scheduled change ("the two
	// stores missed the March firmware push", "so it missed the 06:00 update").
	missedRun = newLexicon("missed the", "missed that", "missed this", "missed its", "missed their")
	// ratherThan: a value or mode against the one it should be, with a
	// verb of state or production before it ("writes its timestamps in local
	// time instead of UTC", "came through as 2026 rather than 2025").
	ratherThan = newLexicon("instead of", "rather than")
	// symptomLink: a finding joined to the symptom it produced by "which is
	// what/why/exactly when" ("moved to cold archive, which is what returns
	// 410", "reached its quota at 02:17, which is exactly when the run aborted").
	symptomLink = newLexicon("which is what", "which is why", "which is exactly when", "which is when",
		"which was what", "which was why", "which was exactly when", "which was when")
	// enteredWrong: a value typed or keyed wrong ("the year typed wrong in the
	// import file", "the last two digits were swapped", "a typo in the range").
	// stillOld: a component still on, serving or trying an old target ("till
	// 2 still on v6", "the inverter is still trying to join your old Wi-Fi",
	// "it was still serving the old copy").
	stillOld = newLexicon("still on", "still serving", "still trying", "still running", "still using",
		"still logged", "still sending", "still connecting", "still set")
	enteredWrong = newLexicon("typo", "typos", "mistyped", "mis-typed", "typed wrong", "typed wrongly",
		"typed incorrectly", "keyed wrong", "keyed incorrectly", "entered wrong", "entered wrongly",
		"entered incorrectly", "transposed", "digits swapped", "digits were swapped", "misspelt", "misspelled",
		"misspelling", "mis-keyed", "miskeyed")
)

// Round 16's: a refusal that quotes its reason, a third party's change, a
// component installed at a time, a rule that admits only some things
// (cause_change.go).
var (
	// quotedRefusal: a system that refused or failed a thing and quotes the
	// reason it gave ("the bank rejected the file at 14:03 with 'signature
	// verification failed'", "ingest log: sidecar rejected 23:58, 'cue start
	// before programme start'"). The quoted reason is the cause.
	quotedRefusal = newLexicon("rejected", "refused", "declined", "failed", "bounced", "denied")
	// thirdPartyChange: a change someone other than the writer made, in the
	// simple past, that a consequence clause follows ("the tutor deleted and
	// recreated the column, so those scores point at a line item that no
	// longer exists", "the bank re-sent every transaction with new
	// references, so our system treated them as new").
	thirdPartyChange = newLexicon("rewrote", "reissued", "re-issued", "re-sent", "resent", "deleted", "recreated",
		"renamed", "renumbered", "split", "mapped", "overwrote", "replaced", "removed", "changed", "moved",
		"rotated", "migrated", "reset", "switched", "turned", "added", "made", "put", "auto-updated",
		"updated", "upgraded", "disabled", "enabled", "started", "connected", "swapped", "reverted")
	// onlyAllows: a component whose rule admits only some things, stated with
	// what it leaves out ("the CAA record only allows the other issuer", "the
	// firewall only allowlists the old hostnames").
	// installedWhen: a component installed or deployed at a time, named as the
	// subject of what it then does ("the new router installed on Friday tells
	// the tablets ..., and the viewer stops syncing").
	installedWhen = newLexicon("installed on", "installed last", "installed yesterday", "installed this",
		"installed overnight", "fitted on", "fitted last", "fitted yesterday", "deployed on", "deployed last",
		"deployed yesterday", "deployed this", "deployed overnight")
	onlyAllows = newLexicon("only allows", "only allowed", "only allowlists", "only whitelists", "only permits",
		"only accepts", "only accepted", "only trusts", "only trusted", "only lets")
)

// Round 17's: a component still in an old state (cause_component.go) and
// a third party's finding relayed before a colon (cause_relayed.go).
var (
	// stillState: a component left in an old state, "still" and within five
	// words an old or wrong target ("the card reader was still configured
	// for the previous terminal", "the agent is still holding the old
	// token").
	stillState = newLexicon("still")
	// relayHeads: a third party's finding relayed, its source and a verb of
	// relaying or finding before a colon ("The carrier have found the
	// problem: a filter on their side was dropping our calls", "Vendor NOC
	// replied: they moved the feed to a new cluster overnight").
	relayHeads = newLexicon("replied", "confirmed", "found", "reported", "say", "says", "said")
)
