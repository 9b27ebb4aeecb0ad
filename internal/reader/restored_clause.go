package reader

import "strings"

// Restorations read in one clause of a sentence, four forms; each was kept
// only if it read true rows in at least two sets written by different people
// and added no false row:
//
//   - a spot check and its verdict, the check a participle without a
//     subject and the verdict the last clause: "Spot-checked 5 orders
//     against the ledger, all match", "Tested with the three rejected
//     files, all pass", "Checked room 4 against the calendar - matches";
//   - "all" and a state as a clause of its own, after a remedy: "all
//     printed here", "All gone, thanks", "re-ran it, all in, no errors",
//     "all done";
//   - a thing doing its work again in the progressive, after a remedy,
//     whatever the verb: "channels 4-9 are transmitting again",
//     "orders syncing again", read clause by clause ("..., so I'll close
//     this" is a clause of its own);
//   - others' confirmation, relayed by the customer after a remedy: "two
//     colleagues confirm it", "the team tried, works for them too".
//
// Each runs only on sentences with its word (the check verb first, "all",
// "again", "confirm"/"them"), so most sentences pay one pass of a switch.
//
// Written in round 20 (docs/quality.md, "Round 20").

// restoredInClause reports a restoration of the forms above; c.AfterRemedy or
// c.RemedyBefore gates all but the spot check, which states its own check.
func restoredInClause(text string, ts []string, sc *scan, c Context, staff bool) bool {
	if len(ts) < 2 || len(ts) > 30 {
		return false
	}
	var all, again, relay bool
	for _, t := range ts {
		switch t {
		case "all":
			all = true
		case "again":
			again = true
		case "confirm", "confirms", "confirmed", "them":
			relay = true
		}
	}
	check := checkVerbs.has(ts[0])
	if !check && !all && !again && !relay || hedges.hasIn(sc) {
		return false
	}
	after := c.AfterRemedy || c.RemedyBefore
	return check && checkVerdict(text) || after && (all && allState(text) || again && ingAgain(text, staff) ||
		relay && !staff && othersConfirm(ts))
}

// clausesAtPunctuation splits a sentence at its punctuation only: commas,
// semicolons, colons, en and em dashes; what a colon heads stays a clause of
// its own, and a spaced hyphen splits only where the caller first replaces
// it with a comma. Unlike clausesAtAnd (restored_after_remedy.go) it keeps
// "and" inside a clause ("re-ran it, and all in" gives "and all in").
func clausesAtPunctuation(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		switch r {
		case ',', ';', ':', '–', '—':
			return true
		}
		return false
	})
}

func clauseOK(ts []string) bool {
	if negAt(ts, 0, len(ts)) {
		return false
	}
	for _, t := range ts {
		if customerSeesStops.has(t) && t != "was" && t != "were" {
			return false
		}
	}
	return true
}

var checkVerbs = newWordSet(map[string]bool{"spot-checked": true, "checked": true, "tested": true, "retested": true, "re-tested": true, "verified": true, "spot": true})

// verdictWords are the verdicts that close a spot check's last clause
// (checkVerdict): "all match", "all pass", "fine".
var verdictWords = newWordSet(map[string]bool{"match": true, "matches": true, "matching": true, "pass": true, "passes": true, "passed": true,
	"ok": true, "okay": true, "fine": true, "good": true, "correct": true, "editable": true, "clean": true, "green": true, "right": true})

// checkVerdict: "Spot-checked 5 lines against the stock view, all match",
// "Tested with 6 rejects, all pass", "Spot-checked C3.02 against Outlook - matches".
func checkVerdict(text string) bool {
	t := strings.ReplaceAll(text, " - ", ", ")
	cl := clausesAtPunctuation(t)
	if len(cl) < 2 {
		return false
	}
	head := tokens(cl[0], nil)
	if len(head) < 2 || !checkVerbs.has(head[0]) {
		return false
	}
	last := tokens(cl[len(cl)-1], nil)
	if len(last) == 0 || len(last) > 3 || !clauseOK(last) || !clauseOK(head) {
		return false
	}
	k := 0
	for k < len(last) && (last[k] == "all" || last[k] == "both" || last[k] == "each") {
		k++
	}
	return k < len(last) && verdictWords.has(last[k])
}

var allStates = newWordSet(map[string]bool{"printed": true, "in": true, "gone": true, "through": true, "done": true, "sorted": true,
	"sent": true, "delivered": true, "back": true, "match": true, "pass": true, "good": true, "green": true,
	"clear": true, "cleared": true, "synced": true, "loaded": true, "fixed": true, "ok": true, "okay": true, "there": true, "working": true})

var allTail = newWordSet(map[string]bool{"here": true, "now": true, "too": true, "again": true, "ok": true, "fine": true, "thanks": true, "thank": true, "you": true, "as": true, "well": true})

// allState: a clause "all" + a state: "all printed here", "all in", "All gone".
func allState(text string) bool {
	for _, cl := range clausesAtPunctuation(strings.ReplaceAll(text, " - ", ", ")) {
		ts := tokens(cl, nil)
		k := 0
		for k < len(ts) && (ts[k] == "and" || ts[k] == "brilliant" || ts[k] == "great" || ts[k] == "yes" || ts[k] == "ok" || ts[k] == "now") {
			k++
		}
		if k+1 >= len(ts) || ts[k] != "all" || !allStates.has(ts[k+1]) {
			continue
		}
		rest := ts[k+2:]
		ok := len(rest) <= 3
		for _, t := range rest {
			ok = ok && allTail.has(t)
		}
		if ok {
			return true
		}
	}
	return false
}

// ingNotWork are the words in "-ing" before "again" that do not say a thing
// is doing its work again (ingAgain): a fault or symptom recurring ("failing
// again", "dropping again"), an attempt ("trying again", "checking again"),
// or no verb at all ("morning", "string"). Unlike classify.go's
// faultIng, what a faulty component did, it lists symptoms too.
var ingNotWork = newWordSet(map[string]bool{"failing": true, "crashing": true, "dropping": true, "happening": true, "erroring": true,
	"timing": true, "freezing": true, "hanging": true, "stalling": true, "breaking": true, "disconnecting": true,
	"rejecting": true, "bouncing": true, "looping": true, "lagging": true, "complaining": true, "asking": true, "trying": true,
	"checking": true, "getting": true, "going": true, "doing": true, "having": true, "showing": true, "coming": true,
	"seeing": true, "something": true, "nothing": true, "anything": true, "everything": true, "thing": true, "morning": true,
	"evening": true, "spring": true, "ceiling": true, "ping": true, "ring": true, "string": true, "during": true, "being": true,
	"missing": true, "alarming": true, "beeping": true, "flashing": true, "blinking": true, "restarting": true, "rebooting": true})

// ingAgain: a thing doing its work again, its verb in the progressive:
// "channels 20-35 are transmitting again", "samples autoverifying again".
func ingAgain(text string, staff bool) bool {
	for _, cl := range clausesAtPunctuation(text) {
		ts := tokens(cl, nil)
		for k := 1; k+1 < len(ts); k++ {
			w := ts[k]
			if ts[k+1] != "again" || len(w) < 6 || !strings.HasSuffix(w, "ing") || ingNotWork.has(w) {
				continue
			}
			p := ts[k-1]
			switch p {
			case "start", "started", "starts", "keep", "keeps", "kept", "stop", "stopped", "try", "tried", "we're", "i'm", "you're", "not", "be", "been":
				continue
			}
			if ownSubject(ts[:k], staff) || !clauseOK(ts) {
				continue
			}
			return true
		}
	}
	return false
}

// othersConfirm reports others' confirmation, relayed by the customer: people
// other than the writer (namesOthers) who confirm it ("Also two colleagues
// confirm it"), or "works for them" ("two colleagues have tried, works for
// them too"), in a clause clauseOK accepts.
func othersConfirm(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "confirm", "confirms", "confirmed":
			if k == 0 || !namesOthers(ts[:k]) {
				continue
			}
			if k+1 == len(ts) || ts[k+1] == "it" || ts[k+1] == "this" || ts[k+1] == "that" || ts[k+1] == "too" {
				return clauseOK(ts)
			}
		case "them":
			if k >= 2 && ts[k-1] == "for" && (ts[k-2] == "works" || ts[k-2] == "working") && clauseOK(ts) {
				return true
			}
		}
	}
	return false
}

// namesOthers reports a word among before that names people other than the
// writer: colleagues, the team, users, "they".
func namesOthers(before []string) bool {
	for _, t := range before {
		switch t {
		case "colleagues", "colleague", "team", "users", "others", "everyone", "staff", "they", "people", "nurses", "drivers", "managers":
			return true
		}
	}
	return false
}
