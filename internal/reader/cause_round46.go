package reader

import "strings"

// Round 46's refusals: shapes of staff sentences that a cause phrase or the
// model read as a cause, each seen in three writers' sets or more and never
// labelled a cause there. They are refused in notCause, so the model is bound
// by them too (modelVeto), except "due to" before a verb, refused with the
// phrase (causeRefused).
//
//   - No need left to the reader, after "so": "The trigger runs alongside
//     your timed programs, so you don't need to change anything else"
//     (styles51), "The authorisation for Xero is still valid until August, so
//     there's nothing you need to re-authorise" (styles17), "I've put
//     VRS_RTCM32 back to MSM4 for now, so you don't need to change any
//     settings" (styles24), "... under My visitors so you don't need to enter
//     it every time" (styles34), "I've resubmitted the order with their
//     postcode, so no need for a new LOA" (styles11), "so no need to do it
//     again" (styles32). The harm a cause did is told as harm ("so nothing
//     syncs"); a need taken away is an assurance, like assuranceAfterSo's
//     negated future.
//   - A cause not known, told with a verb of knowing or explaining negated:
//     "they can't say what caused the failures" (styles53), "They haven't
//     told us what the fault was, I'm afraid" (styles28), "No idea what was
//     stuck, ..." (styles25), "No obvious reason for the slow accepts"
//     (styles13), "nothing in the MDS logs that explains it" (styles12),
//     "Nothing in the controller log explains the drop" (styles34). Not a
//     thing that had no idea ("so the planner had no idea how big
//     rating_factor is", styles50, a cause).
//   - A reason announced and not given: "Thanks for the details - I found
//     the reason." (styles26), "We found what went wrong." (styles32), "Quick
//     update with the reason." (styles21). A reason pointed at stays ("That's
//     the reason.", styles43, a labelled cause).
//   - An instruction to the reader: "Open the run, go to Actions > Reprint
//     labels, tick ..." (styles52), "Just make sure you use Tools > Merge
//     supporters and not Delete ..., because Delete takes the declaration
//     with it" (styles53), "When it comes, take the old one out, put the new
//     one in ..." (styles51), "On the Hub go to Programs > New > Sensor
//     trigger, ..." (styles51), "For the Medit, export each case from Medit
//     Link as STL ..." (styles35): the fault it names is the thing to avoid.
//   - A note of staff's own step, its verb in the past and no subject, or
//     "they've": "Added a rule 'Arrival - late booking' that sends ..., and
//     re-sent ..." (styles49), "They've set it in the config file this time,
//     cleared the logs and added a nightly job ..." (styles49), "Moved all 4
//     barge PCs back into the 'Site-critical' ring ..." (styles51), "Set the
//     printer to take its address from the router, reserved ..." (styles53),
//     "Set the broker to accept the expired intermediate ..." (styles26),
//     "Replaced both, ran full calibration ..." (styles29), "Turned on the
//     "Missing media" warning in the schedule view, which flags ..."
//     (styles13). Not with the past perfect or a strong cause phrase ("Cleared
//     1.2 TB of expired media ... (the purge had been paused since the March
//     upgrade) ...", styles13, a cause), nor a change told with its time and
//     author ("Changed Mon 16:52 by facilities user jharris", styles30).
//   - A percentage near a hundred that is no store's fill: "AHU-B3 CHW valve
//     at 100%, SAT still climbing" (styles16, a valve open), "5.6.1 approved
//     15:10, pushed at 100%, ..." (styles31, a rollout), "Reproduced on the
//     training tenant with another 2h+ clip: same RX-507 at 99%" (styles54,
//     where a job fails). A store at its limit names the store ("Backup
//     storage at 99%", styles13; "The transaction log drive ... is at 100%",
//     styles3; "st0412-gw01: C: at 100%", styles22), and stays
//     (resourceExhausted).
//   - "due to" before a verb is a schedule: "A fix is due to be released
//     tomorrow morning" (styles47), "A permanent fix is due to go live on
//     Wednesday night" (styles54), "Results for Semester 1 were due to release
//     to students at 10:00 today" (styles7), "the old one was due to expire on
//     the 10th" (styles16), "we have 300 people due to do their forklift
//     refresher today" (styles6).
//
// Written in round 46 (docs/quality.md, "Round 46").

// round46Refused reports whether a staff sentence has one of round 46's
// shapes that are no cause (notCause).
func round46Refused(text string, sc *scan) bool {
	ts := sc.ts
	return noNeedAfterSo(ts) || causeNotKnown(ts) || reasonAnnounced(ts) || instructionToReader(text, ts) ||
		ownStepNote(ts) || percentNotFill(sc)
}

// noNeedAfterSo reports whether the last "so" of a sentence (not its first
// word, not "so far", "so much") opens a need taken away within its first
// six words: "don't need", "do not need", "doesn't need", "no need",
// "nothing you need", "needn't".
func noNeedAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+6; j++ {
		switch ts[j] {
		case "needn't":
			return true
		case "need", "needs":
			switch ts[j-1] {
			case "don't", "doesn't", "dont", "doesnt", "no", "not":
				return true
			case "you", "we":
				return j >= 2 && ts[j-2] == "nothing"
			}
		}
	}
	return false
}

// knowVerbs are the verbs of knowing, telling or explaining that, negated and
// followed by "what" or "why", say the cause is not known.
var knowVerbs = map[string]bool{"say": true, "know": true, "tell": true, "told": true, "explain": true,
	"explained": true, "determine": true, "said": true, "idea": true}

// causeNotKnown reports whether a sentence says the cause is not known: a
// negated verb of knowing or "no idea", then "what" or "why" within two words
// ("can't say what caused", "haven't told us what the fault was", "No idea
// what was stuck"), not "had no idea"; "no" and at most one word before
// "reason" or "explanation" opening the sentence ("No obvious reason for
// ..."); or "nothing" and "explains" or "explain" within eight words.
func causeNotKnown(ts []string) bool {
	for k, t := range ts {
		switch {
		case knowVerbs[t] && k > 0:
			neg := negations.at(ts, k-1) || ts[k-1] == "no" && t == "idea" && (k < 2 || ts[k-2] != "had")
			if !neg && k > 1 && (ts[k-1] == "to" || ts[k-1] == "us") {
				neg = negations.at(ts, k-2) // "haven't been able to say", "hasn't told us"
			}
			if !neg {
				continue
			}
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if ts[j] == "what" || ts[j] == "why" {
					return true
				}
			}
		case t == "nothing":
			for j := k + 1; j < len(ts) && j <= k+8; j++ {
				if ts[j] == "explains" || ts[j] == "explain" {
					return true
				}
			}
		}
	}
	if len(ts) > 2 && ts[0] == "no" {
		for j := 1; j <= 2 && j < len(ts); j++ {
			if ts[j] == "reason" || ts[j] == "explanation" {
				return true
			}
		}
	}
	return false
}

// reasonAnnounced reports whether a sentence of at most nine words ends in
// "the reason", "the cause", "what went wrong" or "what happened" after a
// verb of finding or "with" ("I found the reason", "Quick update with the
// reason"), and says nothing more.
func reasonAnnounced(ts []string) bool {
	n := len(ts)
	if n < 3 || n > 9 {
		return false
	}
	end := n - 2
	switch {
	case ts[n-2] == "the" && (ts[n-1] == "reason" || ts[n-1] == "cause"):
	case n >= 4 && ts[n-3] == "what" && (ts[n-2] == "went" && ts[n-1] == "wrong"):
		end = n - 3
	case ts[n-2] == "what" && ts[n-1] == "happened":
	default:
		return false
	}
	for _, t := range ts[:end] {
		switch t {
		case "found", "find", "identified", "traced", "tracked", "pinned", "with", "know", "got", "have":
			return true
		}
	}
	return false
}

// instructionVerbs are the verbs of an instruction to the reader at the
// opening of a sentence.
var instructionVerbs = map[string]bool{"open": true, "go": true, "click": true, "tap": true, "select": true,
	"pick": true, "export": true, "run": true, "use": true, "take": true, "choose": true, "enter": true,
	"type": true, "press": true, "tick": true, "untick": true, "put": true, "unplug": true, "plug": true,
	"hold": true, "upload": true, "install": true, "reinstall": true, "delete": true, "remove": true,
	"restart": true, "reboot": true, "log": true, "sign": true, "make": true, "switch": true, "turn": true}

// instructionObjects are the words that follow an instruction's verb: its
// object or particle ("open the run", "take the old one out", "make sure").
var instructionObjects = map[string]bool{"the": true, "a": true, "an": true, "your": true, "each": true,
	"every": true, "all": true, "it": true, "them": true, "this": true, "that": true, "these": true,
	"those": true, "sure": true, "out": true, "off": true, "on": true, "in": true, "to": true, "up": true,
	"back": true, "both": true, "any": true}

// instructionToReader reports whether a sentence opens with an instruction
// to the reader: an instruction verb and its object, after any "just",
// "please", "simply" or "then", or after a short opening phrase that ends in
// a comma ("When it comes, take the old one out", "For the Medit, export
// each case") or a place and "go to" ("On the Hub go to Programs > ...").
func instructionToReader(text string, ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "just" || ts[k] == "please" || ts[k] == "simply" || ts[k] == "then") {
		k++
	}
	if k == 0 && len(ts) > 3 {
		switch ts[0] {
		case "when", "for", "once", "on", "in", "after", "before":
			if c := strings.IndexByte(text, ','); c > 0 {
				var buf [16]string
				if head := tokens(text[:c], buf[:0]); len(head) <= 8 {
					k = len(head)
					for k < len(ts) && (ts[k] == "just" || ts[k] == "please" || ts[k] == "then") {
						k++
					}
				}
			}
			if k == 0 && (ts[0] == "on" || ts[0] == "in") && strings.Contains(text, " > ") {
				for j := 2; j+1 < len(ts) && j <= 5; j++ {
					if ts[j] == "go" && ts[j+1] == "to" {
						return true
					}
				}
			}
		}
	}
	if k+1 >= len(ts) || !instructionVerbs[ts[k]] || !instructionObjects[ts[k+1]] {
		return false
	}
	if ts[k] == "make" && ts[k+1] != "sure" {
		return false
	}
	return true
}

// stepPast are the past forms of staff's own steps that open a note.
var stepPast = map[string]bool{"added": true, "moved": true, "set": true, "ran": true, "replaced": true,
	"reserved": true, "pointed": true, "cleared": true, "restarted": true, "rebooted": true, "reset": true,
	"removed": true, "deleted": true, "disabled": true, "enabled": true, "created": true, "installed": true,
	"reinstalled": true, "reverted": true, "switched": true, "turned": true, "renewed": true, "re-sent": true,
	"resent": true, "resubmitted": true, "swapped": true, "increased": true, "extended": true, "applied": true,
	"excluded": true, "pushed": true, "re-enabled": true, "rolled": true, "raised": true}

// ownStepNote reports whether a sentence opens with staff's own step in the
// simple past, with no subject or after "they've" ("Added a rule ...", "Moved
// all 4 barge PCs back ...", "They've set it in the config file"), its object
// or particle after it, and has no past perfect and no strong cause phrase.
func ownStepNote(ts []string) bool {
	k := 0
	if len(ts) > 0 && ts[0] == "they've" {
		k = 1
	}
	if k+1 >= len(ts) || !stepPast[ts[k]] || !instructionObjects[ts[k+1]] && ts[k] != "ran" {
		return false
	}
	switch ts[k+1] {
	case "to", "in", "by", "at", "for", "since", "from":
		return false // "set to 'Idle check' by ...": a change told passively
	}
	for _, t := range ts {
		switch t {
		case "had", "because", "caused", "cause", "why":
			return false
		}
	}
	return true
}

// dueToVerbs are the verbs that, after "due to", tell a schedule.
var dueToVerbs = map[string]bool{"be": true, "go": true, "release": true, "expire": true, "do": true,
	"arrive": true, "land": true, "ship": true, "roll": true, "start": true, "finish": true, "complete": true,
	"end": true, "open": true, "close": true, "launch": true, "come": true, "reach": true, "run": true,
	"take": true, "renew": true, "deploy": true, "return": true, "begin": true, "leave": true}

// dueToSchedule reports whether the cause phrase ts[i:i+n] is "due to"
// followed by a verb: a schedule ("is due to be released tomorrow"), no cause.
func dueToSchedule(ts []string, i, n int) bool {
	return n == 2 && ts[i] == "due" && ts[i+1] == "to" && i+n < len(ts) && dueToVerbs[ts[i+n]]
}

// fillNouns are the stores and resources whose fill a percentage near a
// hundred tells: without one, "at 100%" is no resource at its limit.
var fillNouns = map[string]bool{"disk": true, "disks": true, "drive": true, "volume": true, "storage": true,
	"quota": true, "mailbox": true, "inbox": true, "cpu": true, "memory": true, "ram": true, "log": true,
	"logs": true, "space": true, "share": true, "partition": true, "database": true, "db": true,
	"tablespace": true, "heap": true, "swap": true, "inodes": true, "usage": true, "utilisation": true,
	"utilization": true, "load": true, "capacity": true, "c": true, "d": true, "e": true, "pool": true,
	"queue": true, "buffer": true, "cache": true, "filesystem": true, "fs": true, "limit": true,
	"bandwidth": true, "link": true, "licences": true, "licenses": true, "seats": true, "var": true}

// percentNotFill reports whether a sentence has "at" and a percentage from
// 95 to 100, no store or resource named (fillNouns), no "full", "pegged" or
// "maxed", and no cause phrase.
func percentNotFill(sc *scan) bool {
	if sc.trig&trigResource == 0 {
		return false
	}
	ts := sc.ts
	at := false
	for k, t := range ts {
		switch {
		case fillNouns[t] || t == "full" || t == "pegged" || t == "maxed":
			return false
		case t == "at" && k+1 < len(ts) && (ts[k+1] == "100" || len(ts[k+1]) == 2 && ts[k+1] >= "95" && digits(ts[k+1])):
			at = true
		}
	}
	if !at {
		return false
	}
	i, _ := causePhrase(sc)
	return i < 0
}

// Round 46's readings of causes missed, each in three writers' sets:
//
//   - A requirement and what is in place lacking it, in two clauses:
//     "5.0 needs Android 10+; the TC51s in 207 are on Android 8.1"
//     (styles46), "Reprint needs the Box Label Reprint permission and your
//     account only has the basic Processing role" (styles52), "one of the
//     posts on her Staff costs page has no salary scale point selected, which
//     6.4 now requires" (styles47); read already with "or later" ("3.2.4 needs
//     inverter fw 1.18 or later to send the flag, and Tom's inverter is on
//     1.16", styles7, requirementUnmet).
//   - A thing done automatically after a span of time or of no use: "Helen's
//     case was archived automatically at 30 days with no activity"
//     (styles54), "account auto-deactivated 2 Nov after 90 days with no login"
//     (styles53), "When a payment is returned the membership is frozen
//     automatically after 3 days" (styles8).

// needWords are the verbs of a requirement.
var needWords = map[string]bool{"needs": true, "need": true, "requires": true, "require": true, "required": true}

// requirementLacked reports whether a sentence has a requirement ("needs",
// "requires", not of the writer or the reader) and, on either side of it, a
// clause saying what is in place lacks it: "only has", "has no", "doesn't
// have", "lacks", or "is on"/"are on" before a version or a number.
func requirementLacked(sc *scan) bool {
	ts := sc.ts
	need, lack := -1, -1
	for k, t := range ts {
		switch {
		case needWords[t] && k > 0 && notSelf(ts, k) && ts[k-1] != "to" && !negations.at(ts, k-1):
			if need < 0 {
				need = k
			}
		case (t == "has" || t == "have") && k+1 < len(ts) && ts[k+1] == "no",
			t == "only" && k+1 < len(ts) && (ts[k+1] == "has" || ts[k+1] == "have"),
			(t == "doesn't" || t == "don't") && k+1 < len(ts) && ts[k+1] == "have",
			t == "lacks":
			lack = k
		case (t == "is" || t == "are") && k+2 < len(ts) && ts[k+1] == "on" && (digits(ts[k+2]) ||
			k+3 < len(ts) && digits(ts[k+3])):
			lack = k
		}
	}
	if need < 0 || lack < 0 || need == lack || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	// the two in clauses of their own: a clause mark between them
	lo, hi := min(need, lack), max(need, lack)
	for _, w := range ts[lo+1 : hi] {
		switch w {
		case "and", "but", "while", "whereas", "the", "which", "your", "its", "their", "our":
			return true
		}
	}
	return false
}

// spanWords are the spans of time after which a thing is done automatically.
var spanWords = map[string]bool{"days": true, "day": true, "weeks": true, "months": true, "hours": true,
	"minutes": true, "years": true}

// automaticAfterSpan reports whether a sentence tells a thing done
// automatically ("automatically", or a verb in "auto-") after or at a span
// ("after 3 days", "at 30 days with no activity"), in the past or the present
// passive, not a plan ("will", "would").
func automaticAfterSpan(sc *scan) bool {
	ts := sc.ts
	auto := -1
	for k, t := range ts {
		switch {
		case t == "will" || t == "would" || t == "won't":
			return false
		case t == "automatically" || strings.HasPrefix(t, "auto-") && strings.HasSuffix(t, "ed"):
			if auto < 0 {
				auto = k
			}
		}
	}
	if auto < 0 || hedges.hasIn(sc) {
		return false
	}
	for k := auto + 1; k+2 < len(ts) && k <= auto+6; k++ {
		if (ts[k] == "after" || ts[k] == "at") && digits(ts[k+1]) && spanWords[ts[k+2]] {
			return true
		}
	}
	return false
}
