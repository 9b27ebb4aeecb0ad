package reader

// Round 55: a request fulfilled, reported by staff as the step done, is the
// restoration too. Round 7's requestDone reads the state ("the account is
// created") as restored and the step ("her token has been posted",
// "Token SN 7731 assigned") as the fix alone, and round 15 left "I've
// created the three accounts" to fix (the early sets labelled it fix three
// times in four; restored_staff.go). The newer writers label the granting step itself
// fix+restored, and several say so in their conventions: styles51
// 03-add-contract-shepherd ("I've added Owain to Hafod Uchaf as a
// Recorder"), 16-new-starter-barge ("AD account a.ozols created and added
// to Barge-Operators"); styles52 03-archive-access-collaborator ("I've
// added Tomasz ... to the 26A-031 programme team"); styles53
// 02-giftaid-claims-role, 08-new-distribution-centre ("Login created for
// ..."); styles58 09-new-starter-access ("FaultTrack web + Sentinel RO
// added to rholt2"); styles59 03-new-certifying-engineer ("I've created
// Lukas's Windows login and mailbox"); styles60 03-crew-change-mail-accounts,
// 09-new-buyer-login-statements ("I've created Jake's ClockBid login").
//
// Only in a ticket that opened with a request (Context.Request), only a
// staff sentence the rules read as a fix, and only a granting step: the
// first person's perfect ("I've added", "we have created"), with none of
// staff's result stops, a denial, a hedge or a test environment. The terse
// headline ("Login created for ...", "X added to Y") is left out: in the
// working notes of every set it is the fix alone about two times in three
// (a first build with it read 38 labelled rows for 69 false ones over all
// sets). "Also" is left out too ("I've also added £10 credit", "I've also
// added a check to our steps": an extra step), a refund, which the sets
// label fix (styles4, styles8, styles12, styles14, styles21, styles32), and
// the remedial participles (grantParts).

// grantParts are the participles of a request granted: what request.go's
// fulfilParts grant, and the granting steps they lack; its remedial steps
// ("deployed", "upgraded", "replaced", "reset", "installed") are left out,
// as is "unlocked" (styles 29 twice against styles58 once) and a refund.
// "We have deployed the jar to trace the more logs" (mendeley heldout
// 1005731) is a step of the investigation.
var grantParts = newWordSet(map[string]bool{"created": true, "added": true, "given": true, "granted": true, "set": true,
	"enabled": true, "assigned": true, "invited": true, "issued": true, "enrolled": true, "activated": true,
	"provisioned": true, "allocated": true, "transferred": true, "registered": true, "linked": true,
	"extended": true, "increased": true, "raised": true, "reinstated": true, "renewed": true, "published": true})

// grantStops make a granting step something else: a step left pending, a
// condition on it, another step still needed.
var grantStops = newWordSet(withReportStops("pending", "need", "needs", "once", "until", "when", "if", "unless",
	"could", "should", "would", "might", "may", "soon", "yet", "partially", "partly", "test", "trial", "refund"))

// requestGranted reports a staff sentence that reports a request's granting
// step done (the caller checks staff, a request and the rules' fix).
func requestGranted(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 3 || hedges.hasIn(sc) || testEnv.hasIn(sc) {
		return false
	}
	for _, t := range ts {
		if grantStops.has(t) || notWords.has(t) || fulfilBlockers.has(t) && t != "to" && t != "default" {
			return false
		}
	}
	for k := 1; k < len(ts) && k < 8; k++ {
		t := ts[k]
		if !grantParts.has(t) {
			continue
		}
		if t == "set" && (k+1 >= len(ts) || ts[k+1] != "up") {
			continue // "I've set the limit to 30": a setting, not a grant
		}
		p := k - 1
		for p > 0 && (ts[p] == "now" || ts[p] == "just" || ts[p] == "already") {
			p--
		}
		if ts[p] == "i've" || ts[p] == "we've" || ts[p] == "have" && p > 0 && (ts[p-1] == "i" || ts[p-1] == "we") {
			return true
		}
	}
	return false
}
