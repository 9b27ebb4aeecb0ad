package analysis

// The subject of "rejected" is the party that refused, not what failed:
// "Bank gateway rejected PR-0612 at 14:03 with 'signature verification
// failed'" (styles6 INC0048817, whose cause was "a configuration slip on
// our side: when we renewed the key that signs payment files …") gave
// "Verify the permanent fix for the Bank gateway" and monitoring for it.
// The tuning tickets' cause statements use the verb so in many writers'
// words, each of a party doing its job: "HMRC rejected the monthly RTI
// report because …", "so Gmail rejected our notifications as
// unauthenticated", "so their bank rejected it", "your mail server rejected
// the notifications as unverified", "The bureau rejected the file because
// …", "BT have come back and rejected the port because the postcode …"
// (round 254, styles to styles134). A refusal names no component; the
// passive ("was rejected") never did (finiteVerbs).

// refusal reports whether verb, one of failVerbs, tells a refusal.
func refusal(verb string) bool {
	return verb == " rejected"
}
