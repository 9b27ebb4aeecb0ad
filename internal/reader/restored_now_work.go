package reader

import "strings"

// A thing at its work now, after a remedy (round 35): thingAgain's form with
// "now" for "again", the predicate before "now" ("it shows on the website
// now", "the signature pages are in it now", "it connects now", "their
// DOIs resolve now", "its there now!!") or a service's present right after
// it ("CC-0102291 now calculates in a couple of seconds", "the Sprinter now
// shows 8/12", "Bryn Estate addresses now come up"). Not "for now", "from
// now on", "as of now"; not work pending ("it's with the vendor now", "in
// the queue now"); and thingAgain's refusals (the writer's step, a condition,
// a future, a fault, a negation).

// nowStops refuse a clause for thingNow beyond againStops: work pending or
// a state that is not the service's.
var nowStops = map[string]bool{"queue": true, "queued": true, "waiting": true, "pending": true, "with": true,
	"progress": true, "looking": true, "investigating": true, "old": true, "instead": true, "able": true,
	"need": true, "needed": true, "want": true, "wants": true, "know": true, "think": true, "sure": true,
	"he": true, "she": true, "he's": true, "she's": true, "has": true, "have": true, "falling": true, "rising": true,
	"way": true, "email": true, "training": true, "been": true, "inbox": true, "when": true, "whenever": true, "appends": true}

// thingNow reports a restoration of the form above; the caller checks the
// context, as for thingAgain.
func thingNow(text string, staff, ownFix bool) bool {
	if !strings.Contains(text, "now") && !strings.Contains(text, "Now") {
		return false
	}
	first, cond := true, false
	for rest := text; rest != ""; {
		cl, next := nextAgainClause(rest)
		rest = next
		if strings.Contains(cl, "now") && (!ownFix || !first) && !cond && nowClause(cl, staff) {
			return true
		}
		if t := strings.TrimSpace(cl); t != "" {
			first = false
			cond = conditionLead(t)
		}
	}
	return false
}

// nowClause reads one clause for thingNow.
func nowClause(cl string, staff bool) bool {
	var buf [40]string
	ts := tokens(cl, buf[:0])
	a := -1
	for k, t := range ts {
		if againStops[t] || nowStops[t] {
			return false
		}
		if t == "now" && a < 0 {
			a = k
		}
	}
	if a < 0 || len(ts) > 14 || negAt(ts, 0, len(ts)) {
		return false
	}
	if a > 0 {
		switch ts[a-1] {
		case "for", "from", "of", "until", "till", "by", "right", "just":
			return false
		}
	}
	if a+1 < len(ts) && (ts[a+1] == "on" || ts[a+1] == "that") {
		return false
	}
	if ownSubject(ts, staff) || strings.HasSuffix(ts[0], "ed") || pastStep[ts[0]] || conditionLead(ts[0]) {
		return false
	}
	switch ts[0] {
	case "i", "we", "i've", "we've", "i'd", "we'd", "you", "you've", "you're", "please", "then", "if", "can", "could":
		return false
	}
	from := 1
	switch ts[0] {
	case "it's", "its", "they're", "that's":
		from = 0
	}
	for j := from; j < a; j++ {
		if nowPredicate(ts, j, a) {
			return true
		}
	}
	// a service's present after "now": "X now shows", "now they play"
	j := a + 1
	if j < len(ts) && (ts[j] == "it" || ts[j] == "they") {
		j++
	} else if a == 0 {
		return false // a subject before "now"
	}
	return j < len(ts) && (servicePresent[ts[j]] || nowPresent[ts[j]])
}

// nowPredicate is againPredicate for "now": with "now" the progressive
// says work under way ("are replacing the switch now", "New nodes are
// joining now"), so only a service's own work in "-ing" counts; a verb of
// being must take a state or place, not a step's participle ("It is
// switched back on now", "The rule is loaded now") nor a bare "on" ("PC is
// on now").
func nowPredicate(ts []string, j, a int) bool {
	w := ts[j]
	switch {
	case strings.HasSuffix(w, "ing"):
		if j+1 >= len(ts) || j == 0 {
			return false
		}
		switch ts[j+1] {
		case "on", "to", "with", "at":
			return false // "working on it now"
		}
		switch ts[j-1] {
		case "they're", "we're", "i'm", "you're", "he's", "she's":
			return false // people at work
		}
		return serviceIng[w] && w != "running" && w != "sending" && w != "going" && w != "processing" && !isPronoun(ts[j-1])
	case isBeing(w) || w == "it's" || w == "they're":
		if j+1 >= a || w == "was" || w == "were" || w == "be" || w == "been" || w == "we're" || w == "i'm" {
			return false
		}
		n := ts[j+1]
		if n == "all" || n == "both" {
			n = ts[min(j+2, a)]
		}
		return !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") && n != "set" && n != "done" && n != "back" && n != "being" && !(n == "on" && j+2 == a) && n != "now"
	case w == "can" || w == "see":
		return false
	}
	return againPredicate(ts, j, a)
}

// nowPresent are presents of a thing at work that servicePresent lacks.
var nowPresent = map[string]bool{"stays": true, "plays": true,
	"shows": true, "covers": true, "resolve": true, "passes": true, "goes": true}
