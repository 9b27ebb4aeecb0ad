package reader

// Round 52's refusals: shapes of staff sentences that a cause phrase or the
// model read as a cause, each seen in three writers' sets or more (styles to
// styles54) and not labelled a cause there. Refused in notCause, so the model
// is bound by them too (modelVeto).
//
//   - A cause not found, told with a verb of finding negated before "what"
//     or "why": "We haven't found yet why the previous cluster slowed down"
//     (styles18, 17-dashboards-slow), "Couldn't find why it stuck" (styles21,
//     14-entry-barrier-stuck), "We haven't found why the amend page showed
//     'Price unavailable' ..." (styles28, 07-amend-price-unavailable), "We
//     couldn't pin down why the lookups from your site stopped for that hour"
//     (styles29, 14-members-gate-kingsway), "I couldn't find out why they
//     lost the materials" (styles36, 09-grey-materials-nodes), "We haven't
//     been able to pin down why the indexer got stuck" (styles39,
//     14-dms-search-slow), "We haven't found why it stalled yet" (styles41,
//     05-alarm-sms-callout). Round 46's causeNotKnown reads the verbs of
//     knowing and telling ("can't say what caused"); these are its verbs of
//     finding. A finding stated ("We've found why: ...", styles6; "found why
//     it came back: ...", styles20, both causes) has no negation.
//   - A tally of failures since a time, with no cause told: "Rider ops
//     confirm 9 failed pickups at this store since Wed." (styles15,
//     14-riders-not-arriving), "SMS provider dashboard: 2,140 messages
//     'rejected by carrier' since 15:30 yesterday, ..." (styles54,
//     11-sms-confirmations), "AS2 gateway log: 14 inbound from KRLOG01 since
//     08:00, all rejected 'signature verification failed', ..." (styles37,
//     15-as2-orders-krampe), "Session logs for lexis users: 37 forced logouts
//     since 1 Apr, ..." (styles24, 14-tms-session-expired-logouts). The count
//     is the symptom measured; a sentence that also tells what brought it
//     about ("because", "due to", "after", "caused", a colon's finding
//     "Yesterday's console update put ...") is left to the other rules.
//   - A product's rule and the reader held back by it, after "which is why"
//     or "that's why": "anything over 4 hours needs us to override the cap,
//     which is why the app wouldn't let you" (styles26,
//     18-workshop-room-guest-wifi), "The Submit reading button only switches
//     on in the 7 days before your next bill is due, which is why you can't
//     click it at the moment" (styles41, 03-meter-reading-question), "so it
//     needs a meter we can read remotely every half hour, which is why the
//     website says it isn't eligible" (styles48,
//     17-ev-tariff-meter-eligibility). The sentence tells how the product
//     works, not a fault: a limit word ("only", "needs", "cap", ...) before
//     "why", and after it the reader kept from acting ("you can't", "won't
//     let you") or told no ("says it isn't eligible"). A fault explained
//     after "which is why" tells what went wrong for the reader ("which is
//     why your uploads failed", styles31; "which is why the search came back
//     empty for you", styles52, both causes) and has no limit word or no
//     reader held back.
//
// Written in round 52 (docs/quality.md, "Round 52").

// round52Refused reports whether a staff sentence has one of round 52's
// shapes that are no cause (notCause).
func round52Refused(sc *scan) bool {
	return causeNotFound(sc.ts) || failureTally(sc.ts) || ruleHoldsReader(sc.ts)
}

// findVerbs are the verbs of finding that, negated and followed by "what" or
// "why", say the cause was not found.
var findVerbs = map[string]bool{"find": true, "found": true, "pin": true, "pinned": true, "figure": true,
	"figured": true, "work": true, "worked": true, "establish": true, "established": true, "trace": true,
	"traced": true, "identify": true, "identified": true, "determined": true}

// findParticles may stand between a verb of finding and "what" or "why"
// ("find out why", "pin down what", "found yet why").
var findParticles = map[string]bool{"out": true, "down": true, "yet": true, "exactly": true}

// causeNotFound reports whether a verb of finding is negated ("haven't
// found", "couldn't find", "haven't been able to pin down", "not yet found")
// and followed by "what" or "why" after at most two particles.
func causeNotFound(ts []string) bool {
	for k, t := range ts {
		if !findVerbs[t] || k == 0 {
			continue
		}
		if (t == "work" || t == "worked" || t == "figure" || t == "figured" || t == "pin" || t == "pinned") &&
			(k+1 >= len(ts) || ts[k+1] != "out" && ts[k+1] != "down") {
			continue // "worked" alone is no finding
		}
		j := k - 1
		if ts[j] == "yet" && j > 0 {
			j-- // "haven't yet found"
		}
		if ts[j] == "to" && j >= 3 && ts[j-1] == "able" && ts[j-2] == "been" {
			j -= 3 // "haven't been able to find"
		} else if ts[j] == "to" && j >= 2 && ts[j-1] == "able" {
			j -= 2 // "weren't able to find"
		}
		if !negations.at(ts, j) || ts[j] == "still" || ts[j] == "without" || ts[j] == "nothing" {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+3; m++ {
			if ts[m] == "what" || ts[m] == "why" {
				return true
			}
			if !findParticles[ts[m]] {
				break
			}
		}
	}
	return false
}

// tallyWords are the failures a count tallies.
var tallyWords = map[string]bool{"failed": true, "rejected": true, "forced": true, "logouts": true,
	"bounced": true, "deferred": true, "declined": true, "refused": true, "errors": true, "failures": true,
	"timeouts": true, "dropped": true}

// tallyCauseWords tell what brought a tally about; with one the sentence is
// left to the other rules.
var tallyCauseWords = map[string]bool{"because": true, "due": true, "after": true, "caused": true,
	"causing": true, "cause": true, "reason": true, "update": true, "change": true,
	"changed": true, "expired": true, "when": true, "so": true}

// timeBefore are the words before a number that make it a time or a date,
// not a count ("since 08:00", "at 15:30", "from 1 Apr").
var timeBefore = map[string]bool{"since": true, "at": true, "from": true, "on": true, "by": true, "to": true,
	"until": true, "till": true, "before": true}

// failureTally reports whether a sentence counts failures (a number, not a
// time nor a node's number such as "02", then within three words a word of
// failure, or within eight after "all": "9 failed pickups", "37 forced
// logouts", "14 inbound from KRLOG01 since 08:00, all rejected")
// since a time ("since 08:00", "since Wed"), and has no word that tells what
// brought them about.
func failureTally(ts []string) bool {
	count, since := false, false
	for k, t := range ts {
		switch {
		case tallyCauseWords[t]:
			return false
		case t == "since" && k+1 < len(ts) && ts[k+1] != "then":
			since = true
		case digits(t) && t[0] != '0' && !count && (k == 0 || !timeBefore[ts[k-1]] && !digits(ts[k-1])):
			for m := k + 1; m < len(ts) && m <= k+8; m++ {
				if tallyWords[ts[m]] && (m <= k+3 || ts[m-1] == "all") {
					count = true
					break
				}
			}
		}
	}
	return count && since
}

// limitWords name a product's rule or limit before "which is why".
var limitWords = map[string]bool{"only": true, "needs": true, "need": true, "requires": true, "require": true,
	"cap": true, "limit": true, "limits": true, "policy": true, "rules": true, "allowed": true, "maximum": true,
	"minimum": true, "eligible": true}

// heldBack are the modal words that, after "you", keep the reader from
// acting.
var heldBack = map[string]bool{"can't": true, "cannot": true, "couldn't": true, "cant": true, "couldnt": true}

// letNot are the negated verbs before "let you".
var letNot = map[string]bool{"won't": true, "wouldn't": true, "doesn't": true, "didn't": true, "wont": true,
	"wouldnt": true, "doesnt": true, "didnt": true}

// ruleHoldsReader reports whether a sentence has a limit word, then "which
// is why", "that's why" or "that is why", and within six words after "why"
// the reader kept from acting ("you can't", "wouldn't let you") or told no
// ("says it isn't eligible", "says you're not eligible").
func ruleHoldsReader(ts []string) bool {
	limit := false
	for k, t := range ts {
		if limitWords[t] {
			limit = true
			continue
		}
		if t != "why" || !limit || k < 2 || !(ts[k-1] == "is" && (ts[k-2] == "which" || ts[k-2] == "that") || ts[k-1] == "that's") {
			continue
		}
		for m := k + 1; m < len(ts) && m <= k+6; m++ {
			switch {
			case ts[m] == "you" && m+1 < len(ts) && heldBack[ts[m+1]]:
				return true
			case ts[m] == "let" && letNot[ts[m-1]] && m+1 < len(ts) && ts[m+1] == "you":
				return true
			case ts[m] == "says" || ts[m] == "said" || ts[m] == "shows":
				for j := m + 1; j < len(ts) && j <= m+4; j++ {
					if ts[j] == "eligible" && negations.at(ts, j-1) || ts[j] == "ineligible" {
						return true
					}
				}
			}
		}
	}
	return false
}
