package reader

// A tally of failures since a time is no cause: a shape of staff sentences
// that a cause phrase or the model read as a cause, seen in three writers'
// sets or more (styles to styles54) and not labelled a cause there. Refused
// in notCause, so the model is bound by it too (modelVeto).
//
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
//
// Written in round 52 (docs/quality.md, "Round 52").

// tallyWords are the failures a count tallies.
var tallyWords = newWordSet(map[string]bool{"failed": true, "rejected": true, "forced": true, "logouts": true,
	"bounced": true, "deferred": true, "declined": true, "refused": true, "errors": true, "failures": true,
	"timeouts": true, "dropped": true})

// tallyCauseWords tell what brought a tally about; with one the sentence is
// left to the other rules.
var tallyCauseWords = newWordSet(map[string]bool{"because": true, "due": true, "after": true, "caused": true,
	"causing": true, "cause": true, "reason": true, "update": true, "change": true,
	"changed": true, "expired": true, "when": true, "so": true})

// timeBefore are the words before a number that make it a time or a date,
// not a count ("since 08:00", "at 15:30", "from 1 Apr").
var timeBefore = newWordSet(map[string]bool{"since": true, "at": true, "from": true, "on": true, "by": true, "to": true,
	"until": true, "till": true, "before": true})

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
		case tallyCauseWords.has(t):
			return false
		case t == "since" && k+1 < len(ts) && ts[k+1] != "then":
			since = true
		case digits(t) && t[0] != '0' && !count && (k == 0 || !timeBefore.has(ts[k-1]) && !digits(ts[k-1])):
			for m := k + 1; m < len(ts) && m <= k+8; m++ {
				if tallyWords.has(ts[m]) && (m <= k+3 || ts[m-1] == "all") {
					count = true
					break
				}
			}
		}
	}
	return count && since
}
