package reader

// "due to" before a verb is no cause phrase: a shape of staff sentences that
// a cause phrase read as a cause, seen in three writers' sets or more and
// never labelled a cause there. Refused with the phrase (causeRefused), not
// in notCause.
//
//   - "due to" before a verb is a schedule: "A fix is due to be released
//     tomorrow morning" (styles47), "A permanent fix is due to go live on
//     Wednesday night" (styles54), "Results for Semester 1 were due to release
//     to students at 10:00 today" (styles7), "the old one was due to expire on
//     the 10th" (styles16), "we have 300 people due to do their forklift
//     refresher today" (styles6).
//
// Written in round 46 (docs/quality.md, "Round 46").

// dueToVerbs are the verbs that, after "due to", tell a schedule.
var dueToVerbs = newWordSet(map[string]bool{"be": true, "go": true, "release": true, "expire": true, "do": true,
	"arrive": true, "land": true, "ship": true, "roll": true, "start": true, "finish": true, "complete": true,
	"end": true, "open": true, "close": true, "launch": true, "come": true, "reach": true, "run": true,
	"take": true, "renew": true, "deploy": true, "return": true, "begin": true, "leave": true})

// dueToSchedule reports whether the cause phrase ts[i:i+n] is "due to"
// followed by a verb: a schedule ("is due to be released tomorrow"), no cause.
func dueToSchedule(ts []string, i, n int) bool {
	return n == 2 && ts[i] == "due" && ts[i+1] == "to" && i+n < len(ts) && dueToVerbs.has(ts[i+n])
}
