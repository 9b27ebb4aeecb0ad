package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Confirmations in people's own words (round 21). After staff's remedy a
// customer rarely says "it works again"; they say what they did or saw:
//
//   - the thing arrived or went through: "the refund's come through",
//     "parcel arrived this morning", "payroll went through";
//   - a use went without trouble: "did the whole list this afternoon without
//     a hiccup", "made it through both lessons with no problem";
//   - trouble absent since: "none since the update", "not had a single alarm
//     since", "clean since 14:00", "no drops at all this week";
//   - they got in: "ok I'm in", "back into the mailbox", "both are in";
//   - a terse result: "connected", "it opened!!", "scanner is found", "they
//     both logged in";
//   - it looks right: "the previews look right", "looks correct on the app";
//   - the noise stopped: "calls have dropped right off", "phones have gone
//     quiet";
//   - quick again: "yep quick again", "much faster now".
//
// Each of these forms needs the customer's sentence to follow staff's remedy
// (Context.AfterRemedy); the same words in a problem description are
// diagnostics ("the parcel arrived damaged", "I'm in the office"). Two
// forms are read from anyone outside the opening, as they state a measured
// recovered state: trouble absent since a time ("positions steady since
// 15:10") and a bad figure down ("502 rate dropped to 0", "memory now stays
// under 5 GB", "p95 down to 350ms"). None applies to a question, a hedge, a
// negated or partial state ("still", "not yet", "only some") or a plan.

// confirmedStops make a sentence something other than a confirmation that
// the thing works: the future, a condition, a hope, a contrast, a part, a
// remaining fault.
var confirmedStops = newWordSet(withReportStops("should", "could", "although", "though", "except", "only", "some",
	"half", "most", "yet", "partly", "partially", "sometimes", "intermittently", "again?", "when", "wait",
	"waiting", "same", "what", "damaged", "late", "twice", "duplicate", "missing"))

// restoredConfirmed reports a restoration in one of the forms above.
func restoredConfirmed(sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if len(ts) == 0 || c.Opening || ts[0] == "and" || ts[0] == "then" || ts[0] == "if" || !confirmedGate(ts) {
		return false
	}
	// The forms first, then the stops and hedges (round 239): every one is a
	// pure function of the sentence, and few sentences hold a form, while the
	// gate above lets most through ("in", "no", "through") to a stop looked
	// up at every word.
	if !quietSince(ts) && !figureDown(ts) && (!c.AfterRemedy || staff || c.Role != ticket.RoleCustomer ||
		!arrivedThrough(ts) && !withoutTrouble(ts) && !gotIn(ts) && !terseSuccess(ts) && !looksRight(ts) && !noiseStopped(ts) && !speedAgain(ts)) {
		return false
	}
	return !confirmedStops.anyIn(ts) && !hedges.hasIn(sc)
}

// speedWords are the words of a service quick again.
var speedWords = newWordSet(map[string]bool{"quick": true, "fast": true, "faster": true, "quicker": true, "snappy": true,
	"responsive": true})

// speedAgain reports "yep quick again", "much faster now", "snappy again":
// a speed word beside "again" or "now". Not "not much faster", "faster
// than before but ..." (a contrast stops it), "fast enough now?".
func speedAgain(ts []string) bool {
	for k, t := range ts {
		if !speedWords.has(t) {
			continue
		}
		if (k+1 < len(ts) && (ts[k+1] == "again" || ts[k+1] == "now") || k > 0 && (ts[k-1] == "again" || ts[k-1] == "now")) && !negAt(ts, 0, k) {
			return true
		}
	}
	return false
}

// confirmedGateWords are confirmedGate's words (its switch until round 248),
// which restoredRule.reads also asks as a rule key (keyConfirmed) before the
// call: one list for both.
var confirmedGateWords = [...]string{"arrived", "arrive", "arrives", "through", "landed", "without", "no", "since", "none", "in",
	"into", "inside", "connected", "opened", "open", "printing", "printed", "found", "active",
	"logged", "signed", "published", "look", "looks", "looked", "looking", "quiet", "quick", "fast", "faster",
	"quicker", "snappy", "responsive", "calmed", "off", "down", "dropped",
	"stays", "stayed", "stopped", "single"}

// confirmedGate reports whether a sentence holds a word one of the forms
// turns on; most sentences have none, and the gate spares them the stops.
func confirmedGate(ts []string) bool { return confirmedGateSet.anyIn(ts) }

var confirmedGateSet = wordSetOf(confirmedGateWords[:]...)

// personSubjects arrive as people, not as the thing restored ("the engineer
// arrived", "I arrived to find it down"); a part or device that arrives is a
// step of the fix ("the replacement printer arrived"), not the service back.
var personSubjects = newWordSet(map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true,
	"engineer": true, "technician": true, "tech": true, "courier": true, "driver": true, "staff": true,
	"team": true, "who": true, "reply": true, "update": true, "ticket": true, "link": true, "instructions": true,
	"part": true, "parts": true, "replacement": true, "printer": true, "psu": true, "unit": true, "device": true,
	"laptop": true, "phone": true, "handset": true, "kit": true, "cable": true, "box": true, "router": true,
	"modem": true, "disk": true, "drive": true})

// arriveSkip are the words between a subject and its arrival ("has just
// arrived", "have all come through").
var arriveSkip = newWordSet(map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "just": true,
	"all": true, "both": true, "now": true, "finally": true, "already": true, "also": true})

// arrivedThrough reports the thing arrived or went through: "the refund's
// come through this morning", "Money arrive today", "payroll went through",
// "both cages arrived 09:45". Not a person arriving, nor a fault ("an error
// came through").
func arrivedThrough(ts []string) bool {
	for k, t := range ts {
		v := k
		switch t {
		case "arrived", "arrive", "arrives", "landed":
		case "through":
			if k == 0 {
				continue
			}
			switch ts[k-1] {
			case "come", "came", "gone", "went", "going", "coming", "gets", "got", "get":
				v = k - 1
			default:
				continue
			}
		default:
			continue
		}
		if t != "through" && k+1 < len(ts) && (ts[k+1] == "at" || ts[k+1] == "on") {
			continue // "the PSU arrived at goods-in": a delivery to a place
		}
		s := v - 1
		for s >= 0 && arriveSkip.has(ts[s]) {
			s--
		}
		if s < 0 {
			continue // a fragment without its subject: "came through this morning"
		}
		subj := ts[s]
		if l := len(subj); l > 2 && subj[l-2:] == "'s" {
			subj = subj[:l-2] // "refund's come through", "it's arrived"
		}
		if personSubjects.has(subj) || faultNoun.has(subj) {
			continue
		}
		return true
	}
	return false
}

// faultNoun are the nouns of a fault, whose arrival or absence is read
// the other way round.
var faultNoun = newWordSet(map[string]bool{"error": true, "errors": true, "alert": true, "alerts": true, "alarm": true,
	"alarms": true, "warning": true, "warnings": true, "bounce": true, "bounces": true, "crash": true,
	"crashes": true, "complaint": true, "complaints": true, "fault": true, "faults": true, "problem": true,
	"problems": true, "issue": true, "issues": true, "failure": true, "failures": true, "spike": true,
	"spikes": true, "drop": true, "drops": true, "dropout": true, "dropouts": true, "stop": true, "stops": true,
	"stall": true, "stalls": true, "freeze": true, "freezes": true, "trip": true, "trips": true,
	"disconnect": true, "disconnects": true, "outage": true, "outages": true, "timeout": true, "timeouts": true,
	"reboot": true, "reboots": true, "restart": true, "restarts": true, "declines": true, "rejections": true,
	"misreads": true, "cut": true, "cuts": true, "interruption": true, "interruptions": true, "hiccup": true,
	"hiccups": true, "glitch": true, "glitches": true, "hitch": true, "trouble": true, "shutdown": true,
	"shutdowns": true, "bug": true, "bugs": true, "popup": true, "popups": true, "jam": true, "jams": true})

// withoutTrouble reports a use that went without trouble: "did the whole
// list without a hiccup", "made it through both lessons with no problem",
// "Today no problem, thanks". The fault noun closes the clause, or "since"
// or thanks follow.
func withoutTrouble(ts []string) bool {
	for k := 0; k+1 < len(ts); k++ {
		j := k + 1
		switch {
		case ts[k] == "without":
		case ts[k] == "no" && (k == 0 || ts[k-1] == "with" || k >= 1 && !auxiliaries.has(ts[k-1]) && ts[k-1] != "there"):
		default:
			continue
		}
		if j < len(ts) && (ts[j] == "a" || ts[j] == "any" || ts[j] == "single") {
			j++
		}
		if j >= len(ts) || !faultNoun.has(ts[j]) {
			continue
		}
		if j+1 < len(ts) && !closesTrouble.has(ts[j+1]) {
			continue // "without errors in the log of ..." reads on
		}
		if negAt(ts, 0, k) {
			continue
		}
		return true
	}
	return false
}

// closesTrouble may follow the fault noun of withoutTrouble.
var closesTrouble = newWordSet(map[string]bool{"thanks": true, "thank": true, "cheers": true, "since": true, "so": true,
	"and": true, "today": true, "at": true, "all": true, "this": true, "now": true, "ta": true})

// quietStates before "since" say the thing has kept well since the remedy:
// "clean since 14:00", "steady since", "spot on since yesterday".
var quietStates = newWordSet(map[string]bool{"clean": true, "steady": true, "stable": true, "spot": true,
	"quiet": true, "solid": true, "none": true, "fine": true, "flawless": true, "perfect": true})

// quietSince reports trouble absent since a time or the remedy: "none since
// the update", "positions steady since 15:10", "clean since just before
// 14:00", "two clean nights since", "not had a single alarm since", "no
// spikes at all since", "no stops at all this week". Not "no reply since"
// (a wait), "down since" (a fault), "since you asked".
func quietSince(ts []string) bool {
	for k, t := range ts {
		if t == "since" {
			for p := k - 1; p >= 0 && p >= k-4; p-- {
				if quietStates.has(ts[p]) && !negAt(ts, 0, p) {
					return true // "two clean nights since": the state within four words
				}
			}
		}
		if (t == "no" || t == "single" || t == "zero") && k+1 < len(ts) && faultNoun.has(ts[k+1]) {
			// "not had a single alarm since", "no spikes at all since"
			for j := k + 2; j < len(ts) && j <= k+4; j++ {
				switch ts[j] {
				case "since":
					return t != "single" || k >= 2 && (ts[k-2] == "had" || ts[k-1] == "a")
				case "this", "all":
					if j+1 < len(ts) && periodWords.has(ts[j+1]) {
						return true
					}
				}
			}
		}
	}
	return false
}

// periodWords close "no trouble this week", "all weekend".
var periodWords = newWordSet(map[string]bool{"week": true, "weekend": true, "morning": true, "day": true, "night": true,
	"afternoon": true, "evening": true, "shift": true})

// gotIn reports the customer got in: "ok I'm in", "I am in now", "two of
// them got the invite and are in", "back into Outlook", "I am inside", a
// bare "in!". Not "I'm in the office", "we're in touch".
func gotIn(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "in", "inside":
			if k+1 < len(ts) && !inAfter.has(ts[k+1]) {
				continue
			}
			if k == 0 && len(ts) <= 3 {
				return true
			}
			if k > 0 {
				switch ts[k-1] {
				case "i'm", "am", "we're", "are", "they're", "she's", "he's", "back", "now", "all":
					return true
				}
			}
		case "into":
			if k > 0 && ts[k-1] == "back" && k+1 < len(ts) {
				return true
			}
		}
	}
	return false
}

// inAfter may follow a "got in" "in": the end, an adverb, thanks.
var inAfter = newWordSet(map[string]bool{"now": true, "again": true, "too": true, "thanks": true, "thank": true,
	"cheers": true, "thx": true, "ok": true, "fine": true, "ta": true})

// successWords close a terse result: "connected", "it opened!!", "scanner is
// found", "they both logged in".
var successWords = newWordSet(map[string]bool{"connected": true, "opened": true, "open": true, "printing": true,
	"printed": true, "found": true, "active": true, "published": true, "logged": true, "signed": true})

// terseSuccess reports a short sentence closing with a success word, after
// staff's remedy: "connected 👍", "bodyshop connected", "its printing!!",
// "eSIM is active!!", "They both logged in". Not "it opened an error" (the
// word closes the sentence), "to be connected", "can't get it open".
func terseSuccess(ts []string) bool {
	n := len(ts)
	for n > 0 && (inAfter.has(ts[n-1]) || confirmWords.has(ts[n-1]) && ackOnly.has(ts[n-1])) {
		n-- // "connected, thanks", "its open now"
	}
	if n == 0 || n > 5 {
		return false
	}
	w := ts[n-1]
	if (w == "in") && n >= 2 && (ts[n-2] == "logged" || ts[n-2] == "signed") {
		w = ts[n-2]
		n--
	} else if w == "logged" || w == "signed" {
		return false
	}
	if !successWords.has(w) {
		return false
	}
	if n >= 2 {
		switch ts[n-2] {
		case "be", "to", "get", "got", "keep", "stay", "not", "never", "nothing", "no", "just", "was", "were",
			"stopped", "ticket", "case":
			return false
		}
	}
	for _, t := range ts[:n-1] {
		if faultNoun.has(t) {
			return false // "the alert is active"
		}
	}
	return true
}

// rightWords say a result looks as it should.
var rightWords = newWordSet(map[string]bool{"right": true, "correct": true, "perfect": true, "sorted": true, "spot": true,
	"normal": true, "fixed": true})

// looksRight reports "the previews look right", "Looks right on the app too",
// "looks sorted, cheers". Not "doesn't look right", a plan approved ("looks
// good, go ahead": "good" is not among rightWords).
func looksRight(ts []string) bool {
	for k := 0; k+1 < len(ts); k++ {
		switch ts[k] {
		case "look", "looks", "looked", "looking":
		default:
			continue
		}
		if rightWords.has(ts[k+1]) && !negAt(ts, 0, k) {
			return true
		}
	}
	return false
}

// noiseNouns are what a customer hears less of once a fault is gone.
var noiseNouns = newWordSet(map[string]bool{"calls": true, "phones": true, "complaints": true, "tickets": true,
	"alerts": true, "alarms": true, "queries": true, "enquiries": true, "reports": true, "emails": true})

// noiseStopped reports "calls about it have dropped right off", "the phones
// have gone quiet", "complaints have calmed down"; not "the line went quiet"
// or "the connection dropped off" (a fault's own words).
func noiseStopped(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		quiet := false
		switch ts[k] {
		case "quiet", "calmed", "quietened":
			quiet = true
		case "down":
			quiet = ts[k-1] == "died"
		case "off":
			quiet = ts[k-1] == "dropped" || ts[k-1] == "right" && k >= 2 && ts[k-2] == "dropped"
		}
		if !quiet {
			continue
		}
		for s := k - 1; s >= 0 && s >= k-7; s-- {
			if noiseNouns.has(ts[s]) {
				return !negAt(ts, 0, k)
			}
		}
	}
	return false
}

// badFigures are the figures that are better lower: a fall of one reports
// the recovery ("p95 down to 350ms", "502 rate dropped to 0").
var badFigures = newWordSet(map[string]bool{"latency": true, "p95": true, "p99": true, "p50": true, "lag": true,
	"delay": true, "memory": true, "cpu": true, "load": true,
	"errors": true, "failures": true, "timeouts": true, "retries": true, "rate": true, "heap": true,
	"usage": true, "utilisation": true, "utilization": true})

// figureDown reports a figure that is better lower gone down or kept down:
// "p95 down to 350ms", "502 rate dropped to 0", "memory now stays under 5
// GB", "sync 503s stopped at 07:29". Not "traffic dropped to 0" (a figure
// better higher), "success rate down to 60%" (a fall of a good figure: rate
// is read only after an error code or word), a negation.
func figureDown(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		down := false
		switch ts[k] {
		case "down", "dropped", "fell", "fallen":
			down = ts[k+1] == "to" || ts[k+1] == "below" || ts[k+1] == "under"
		case "stays", "stayed", "staying", "remains", "remained":
			down = ts[k+1] == "under" || ts[k+1] == "below" || ts[k+1] == "within"
		case "stopped":
			s := k - 1
			if s > 0 && (ts[s] == "have" || ts[s] == "has") {
				s--
			}
			if (statusPlural(ts[s]) || faultNoun.has(ts[s]) && ts[s][len(ts[s])-1] == 's') && !negAt(ts, 0, k) {
				return true // "sync 503s stopped at 07:29", "the crashes have stopped"
			}
		}
		if !down {
			continue
		}
		for s := k - 1; s >= 0 && s >= k-3; s-- {
			f := ts[s]
			if f == "rate" {
				if s > 0 && (isFigure(ts[s-1]) || ts[s-1] == "error" || ts[s-1] == "failure" || ts[s-1] == "5xx" || ts[s-1] == "drop") {
					return !negAt(ts, 0, k)
				}
				break
			}
			if queueNouns.has(f) || f == "pending" {
				// a queue is back only when it is empty: "queue down to 0", not
				// "queue down to 1,900" (still draining)
				if ts[k+1] == "to" && k+2 < len(ts) && (ts[k+2] == "0" || ts[k+2] == "zero") {
					return !negAt(ts, 0, k)
				}
				break
			}
			if badFigures.has(f) || statusPlural(f) {
				return !negAt(ts, 0, k)
			}
		}
	}
	return false
}

// statusPlural reports an HTTP status's plural ("503s", "5xxs").
func statusPlural(t string) bool {
	return len(t) == 4 && t[3] == 's' && (t[0] == '4' || t[0] == '5') && isFigure(t[:3]) || t == "5xxs" || t == "4xxs"
}
