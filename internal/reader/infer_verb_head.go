package reader

// A subject that opens with a verb of an action on the customer's own
// account or record ("Freeze membership - broken wrist", "Cancel
// subscription", "pause membership", "Re-share BWV to CPS", "Merge portal
// accounts", "Reverse late fee charged in error") asks for that action: it
// casts a request vote, beside an opening that tells the reason in fault
// words ("broke my wrist", "the link has expired") or asks whether it is
// possible ("Is it possible to freeze ..."). Round 131: the 7 tuning
// subjects (styles to styles98) so opened are service requests, in 6 sets
// (styles4 23, styles25 02 and 11, styles47 12, styles54 16, styles61 09,
// styles72 12); 5 were read as incidents or questions, of which the vote
// turns 1 (styles25 11, "Cancel subscription", read as a question); the
// other 4 stay outvoted by their openings' fault words or questions. Verbs that also
// open changes of a service ("Add ...", "Extend ...", "Move ...",
// "Change ...") are not taken, nor a verb later in the subject ("Membership
// freeze not applied"), nor a subject that asks ("Cancel subscription?",
// which keeps Read's Context.AskedToKnow as it was).

// accountVerbs are the verbs of an action on an account or record.
var accountVerbs = newWordSet(map[string]bool{
	"cancel": true, "freeze": true, "pause": true, "reverse": true,
	"re-share": true, "reshare": true, "merge": true,
})

// verbHeadAsks reports whether ts, a subject's words, opens with an
// account verb and its object.
func verbHeadAsks(ts []string) bool {
	return len(ts) >= 2 && accountVerbs.has(ts[0])
}
