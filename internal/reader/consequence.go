package reader

import "strings"

// Round 5: explanations that do not use a cause phrase. Staff often explain a
// fault by its consequence ("the base image doesn't ship CA certificates, so
// the client can't verify any server"), by contrast with what it is not ("it
// was the power supply, not the line"), or by the state of a resource ("the
// volume is 100% full").

// writerActs are words whose presence in a clause makes it the writer's own
// action or intention, not a component's fault ("we restarted it, so ...").
var writerActs = newWordSet(map[string]bool{"we": true, "i": true, "we've": true, "i've": true, "we'll": true, "i'll": true,
	"we're": true, "i'm": true, "let": true, "please": true, "kindly": true, "will": true, "would": true,
	"should": true, "could": true, "going": true, "can": true, "you": true, "you'll": true, "you're": true})

// consequenceOpen are words that, right after "so", make it something other
// than a consequence ("so that", "so far") or the writer's next step.
var consequenceOpen = newWordSet(map[string]bool{"that": true, "far": true, "much": true, "many": true, "long": true,
	"we": true, "i": true, "please": true, "let": true, "as": true, "if": true, "yes": true, "no": true,
	"kindly": true, "you'll": true, "we'll": true, "i'll": true, "we've": true, "i've": true})

// recovered are words that make a consequence a recovery ("so it works
// again"), not a symptom.
var recovered = newWordSet(map[string]bool{"now": true, "again": true, "anymore": true, "back": true, "resolved": true,
	"fixed": true, "restored": true, "working": true, "works": true, "fine": true, "ok": true, "okay": true})

// appearance words make a clause an inference, not an observed symptom ("so
// this looks like a corrupted cache").
var appearance = newWordSet(map[string]bool{"looks": true, "look": true, "seems": true, "seem": true, "appears": true,
	"appear": true, "sounds": true, "suggests": true, "suggest": true, "probably": true, "likely": true})

// failPrefixes begin the words of a symptom.
var failPrefixes = []string{"fail", "reject", "crash", "drop", "block", "stuck", "skip", "error", "broke", "timeout",
	"timed", "hang", "slow", "bounce", "deni", "refus", "kick", "hold", "held", "lost", "los", "miss", "nil", "null",
	"empty", "wrong", "incorrect", "invalid", "stale", "down", "offline", "unavailable", "unreachable", "expired",
	"clash", "conflict", "mismatch", "exceed", "overflow", "leak", "corrupt", "dereferenc", "throttl", "queued"}

// symptomIn reports whether a clause states a symptom: a negation or a word
// of failure, with nothing of a recovery and nothing of the future.
func symptomIn(ts []string) bool {
	found := false
	for k, t := range ts {
		if recovered.has(t) || appearance.has(t) || t == "will" || t == "would" || t == "should" || t == "might" || t == "may" {
			return false
		}
		if found {
			continue
		}
		if negations.at(ts, k) && t != "still" {
			found = true
			continue
		}
		if len(t) == 3 && (t[0] == '4' || t[0] == '5') && digits(t) {
			found = true // an HTTP error status: "answers with 403"
			continue
		}
		if t == "took" && k+1 < len(ts) && (ts[k+1] == "down" || ts[k+1] == "out") {
			found = true
			continue
		}
		for _, p := range failPrefixes {
			if strings.HasPrefix(t, p) {
				found = true
				break
			}
		}
	}
	return found
}

// statedClause reports whether ts[:k], the clause before a consequence or a
// contrast, is a statement about a component: at least three words, none of
// the writer's acts or intentions, no question word first.
func statedClause(ts []string, k int) bool {
	if k < 3 {
		return false
	}
	switch ts[0] {
	case "if", "when", "once", "whether", "what", "why", "how", "can", "could", "would", "should", "do", "does",
		"did", "is", "are", "hi", "hello", "thanks", "thank", "yes", "ok", "okay", "sorry":
		if ts[0] != "yes" || k < 5 {
			return false
		}
	}
	for _, t := range ts[:k] {
		if writerActs.has(t) {
			return false
		}
	}
	return true
}

// explainedByConsequence reports whether staff explain a fault by what it
// brings about: a stated clause, then ", so" or ", which" and a clause of
// symptom ("the base image doesn't ship CA certificates, so the client can't
// verify the server", "the breaker tripped, which took down the switch").
// The clause before is the cause when the clause after is the symptom.
func explainedByConsequence(text string, sc *scan) bool {
	cue := false
	for k := 3; k+2 < len(sc.ts); k++ {
		if sc.ts[k] == "so" || sc.ts[k] == "which" {
			cue = true
			break
		}
	}
	if !cue {
		return false
	}
	so := strings.Contains(text, ", so ") || strings.Contains(text, "; so ") || strings.Contains(text, " - so ") ||
		strings.Contains(text, ",\nso ")
	which := strings.Contains(text, ", which ") || strings.Contains(text, ",\nwhich ") || strings.Contains(text, " - which ")
	if !so && !which {
		return false
	}
	ts := sc.ts
	if hedges.hasIn(sc) || unknownCause.hasIn(sc) || policyNotice(sc) {
		return false
	}
	for k := 3; k+2 < len(ts); k++ {
		switch {
		case so && ts[k] == "so":
			if consequenceOpen.has(ts[k+1]) {
				return false
			}
		case which && ts[k] == "which":
			if writerActs.has(ts[k+1]) || ts[k+1] == "is" && k+2 < len(ts) && (ts[k+2] == "our" || ts[k+2] == "why") {
				return false
			}
		default:
			continue
		}
		// "the cache was cleared, so ...": a remedy before the consequence
		return statedClause(ts, k) && symptomIn(ts[k+1:]) && !ruledOut(ts[k+1:]) &&
			(sc.all&clsRemedyPast == 0 || remedyAt(ts[:k], sc.cls[:k]) < 0)
	}
	return false
}

// candidateWords after a negation make it rule a candidate out ("so it's not
// that", "so not the network", "so the import wasn't the problem"): an
// elimination, not a consequence.
var candidateWords = newWordSet(map[string]bool{"it": true, "that": true, "this": true, "the": true, "a": true, "an": true,
	"our": true, "your": true, "their": true, "my": true, "involved": true, "related": true, "to": true,
	"problem": true, "cause": true, "issue": true, "culprit": true, "responsible": true})

// ruledOut reports whether a clause denies a candidate cause rather than
// stating a symptom.
func ruledOut(ts []string) bool {
	for k, t := range ts {
		if t == "nothing" || t == "never" || t == "still" || !negations.at(ts, k) {
			continue
		}
		if k+1 == len(ts) || candidateWords.has(ts[k+1]) {
			return true
		}
	}
	return false
}

// placeWords in a clause name where a fault lies ("a fault on the line",
// "the error comes from your server", "an issue on the provider's side").
var placeWords = newWordSet(map[string]bool{"fault": true, "faulty": true, "issue": true, "problem": true, "culprit": true,
	"side": true, "end": true, "coming": true, "comes": true, "came": true, "cause": true, "caused": true})

// attributedByContrast reports whether staff locate a fault by setting it
// against what it is not: a stated clause, then ", not" or "rather than" and
// a short tail ("it's the power supply, not the line", "the error comes from
// your proxy, not our API", "the fault is on the provider's side rather than
// in your network"). The clause must itself locate a fault, or open with "it
// is/was", "this is", "that's"; it must not deny anything itself.
func attributedByContrast(text string, sc *scan) bool {
	tail := false
	for k := max(3, len(sc.ts)-9); k < len(sc.ts); k++ {
		if sc.ts[k] == "not" || sc.ts[k] == "rather" {
			tail = true
			break
		}
	}
	if !tail || !strings.Contains(text, " not ") && !strings.Contains(text, " rather than ") ||
		!strings.Contains(text, ", not ") && !strings.Contains(text, " - not ") && !strings.Contains(text, "; not ") &&
			!strings.Contains(text, " rather than ") {
		return false
	}
	ts := sc.ts
	if hedges.hasIn(sc) || unknownCause.hasIn(sc) || policyNotice(sc) || fixWords.hasIn(sc) {
		return false
	}
	for k := 3; k+1 < len(ts); k++ {
		if !(ts[k] == "not" || ts[k] == "rather" && ts[k+1] == "than") || len(ts)-k > 9 {
			continue
		}
		if !statedClause(ts, k) || denialAt(ts, 0, k) {
			return false
		}
		for j := 0; j < k; j++ {
			if placeWords.has(ts[j]) || faultState[ts[j]] || sc.cls[j]&clsFaulty != 0 {
				return true
			}
			if j <= 3 && (ts[j] == "it's" || ts[j] == "that's" || (ts[j] == "it" || ts[j] == "this") && j+1 < k &&
				(ts[j+1] == "is" || ts[j+1] == "was")) {
				return true
			}
		}
		return false
	}
	return false
}

// limitNouns are the limits a resource is measured against.
var limitNouns = map[string]bool{"quota": true, "limit": true, "capacity": true, "allowance": true, "maximum": true,
	"max": true, "cap": true, "size": true}

// goodMetrics are figures where a high percentage is health, not exhaustion.
var goodMetrics = newWordSet(map[string]bool{"availability": true, "uptime": true, "sla": true, "success": true,
	"accuracy": true, "satisfaction": true, "compliance": true, "coverage": true, "complete": true,
	"completed": true, "progress": true, "done": true, "health": true, "healthy": true})

// resourceExhausted reports whether staff state a resource at its limit, the
// finding itself: "the volume is 100% full", "CPU pegged at 100%", "memory at
// 99%", "the mailbox is at 9.9 GB of a 10 GB quota". A negation, a hedge, a
// recovery or the future leave it alone ("the disk is no longer full", "it
// will be full by Friday").
func resourceExhausted(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 3 || sc.trig&trigResource == 0 || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	hit := false
	for k, t := range ts {
		switch {
		case recovered.has(t) || t == "will" || t == "would" || t == "should" || t == "if" || t == "when" || t == "once":
			return false
		case hit:
		case t == "pegged" || t == "maxed":
			hit = true
		case t == "full" && k > 0 && digits(ts[k-1]) && !clockBefore(ts, k):
			hit = true
		case goodMetrics.has(t):
			return false
		case t == "at" && k+1 < len(ts) && (ts[k+1] == "100" || len(ts[k+1]) == 2 && ts[k+1] >= "95" && digits(ts[k+1])):
			hit = true
		case t == "at" && k+1 < len(ts) && digits(ts[k+1]):
			for j := k + 2; j < len(ts) && j <= k+5; j++ {
				if ts[j] != "of" {
					continue
				}
				for i := j + 1; i < len(ts) && i <= j+5; i++ {
					if limitNouns[ts[i]] {
						hit = true
					}
				}
				break
			}
		}
	}
	if !hit {
		return false
	}
	for k := range ts {
		if ts[k] != "still" && negations.at(ts, k) {
			return false
		}
	}
	return true
}

// alterVerbs are what a change did to a setting or a component when it broke
// something ("the upgrade reset the limit", "the release moved the callback").
var alterVerbs = newWordSet(map[string]bool{"reset": true, "moved": true, "lowered": true, "reduced": true, "removed": true,
	"deleted": true, "disabled": true, "overwrote": true, "renamed": true, "dropped": true, "truncated": true,
	"reverted": true, "wiped": true, "cleared": true, "turned": true, "switched": true, "replaced": true,
	"changed": true, "altered": true, "tripped": true, "exceeded": true, "exhausted": true, "filled": true,
	"flipped": true, "shortened": true, "halved": true, "invalidated": true, "revoked": true, "blocked": true})

// remedyObjects after an alteration make it a remedy ("the patch removed
// the bug").
var remedyObjects = newWordSet(map[string]bool{"bug": true, "issue": true, "problem": true, "error": true, "errors": true,
	"fault": true, "vulnerability": true, "workaround": true, "defect": true, "regression": true})

// changeAltered reports whether staff say a change, as the subject in the
// first words, altered something ("Sunday's release moved the login callback",
// "a recent change lowered the upload limit", "the upgraded gateway reset the
// body size limit"): the change is the cause. The writer's own change, a
// remedy's object, a negation and a hedge leave it alone.
func changeAltered(sc *scan) bool {
	ts := sc.ts
	if len(ts) < 4 || hedges.hasIn(sc) {
		return false
	}
	for c := 0; c < len(ts) && c <= 4; c++ {
		if writerActs.has(ts[c]) {
			return false
		}
		if sc.cls[c]&clsChange == 0 && !(strings.HasSuffix(ts[c], "ed") && c+1 < len(ts) && sc.cls[c+1]&clsChange == 0 &&
			(ts[c] == "upgraded" || ts[c] == "updated" || ts[c] == "patched" || ts[c] == "migrated")) {
			continue
		}
		for j := c + 1; j < len(ts) && j <= c+6; j++ {
			if writerActs.has(ts[j]) || ts[j] == "was" || ts[j] == "were" || ts[j] == "is" || ts[j] == "are" ||
				ts[j] == "has" || ts[j] == "have" || ts[j] == "been" || ts[j] == "will" {
				// "the buggy release has been reverted": the change undergoes a remedy
				return false
			}
			if !alterVerbs.has(ts[j]) {
				continue
			}
			if negAt(ts, c, j) {
				return false
			}
			for _, t := range ts {
				if remedyObjects.has(t) || t == "fix" || t == "fixed" || t == "hotfix" || t == "workaround" || t == "resolved" {
					return false // "the update removed the workaround", "the patch fixed it"
				}
			}
			return true
		}
		return false
	}
	return false
}

// faultNarrative reports whether a sentence read as a cause has no one
// applying a remedy in it: no writer, no team, no instruction, no passive
// remedy. Its remedial
// verbs tell the fault ("the upgrade reset the limit", "the rule was
// overwritten"), not a fix.
func faultNarrative(ts []string, cls []uint16) bool {
	for k, t := range ts {
		if (t == "was" || t == "were" || t == "been") && k+1 < len(ts) && cls[k+1]&clsRemedyPast != 0 {
			return false // "the limit range was deleted": a remedy told in the passive, as a timeline does
		}
		switch t {
		case "we", "i", "we've", "i've", "we'll", "i'll", "we're", "i'm", "our", "us", "please", "kindly",
			"you", "your", "team", "engineer", "engineers", "vendor", "fix", "fixed", "workaround", "resolved",
			"will", "should", "need", "needs", "rollback", "performed", "manual", "manually", "restarted",
			"rebooted", "reverted":
			return false
		}
	}
	return true
}
