package analysis

import "strings"

// A cause told with a generic subject names its component after the verb:
// "The failure was caused by | an automatic driver update on 24 December
// that installed a generic driver" (G205-344), "the real problem turned out
// to be | the infrared light on the east-facing camera of lane 3" (styles19),
// "The real culprit was | the controller's backup battery, which had run
// flat" (styles84), "The issue has been traced to | an outage at our card
// processing partner" (styles2), "it was | a tripped breaker on the cabinet"
// (styles2). The subject ("the failure", "the real problem", "this") says
// nothing of what; the words after the verb do. A specific subject keeps
// its place: "the out of memory exception was due to a bulk export" is about
// the exception (failingSubject).

// causeLinks join a generic subject to what caused it, longer forms first.
var causeLinks = []string{" has been traced to ", " was traced to ", " is traced to ", " turned out to be ",
	" was caused by ", " were caused by ", " is caused by ", " are caused by ", " was due to ", " were due to ",
	" is due to ", " are due to ", " was down to ", " is down to ", " came from ", " comes from ", " come from ",
	" caused by ", " due to ", " because of ", " was ", " is ", " were "}

// causeSubjectWords are the words a generic subject is made of: a
// determiner, a word that ranks it ("real", "root") and a noun that names
// only the fault or its effect ("failure", "delay"). "happened" and
// "occurred" after "this" or "it" ("This happened because of …").
var causeSubjectWords = setOf("the", "this", "that", "it", "its", "these", "those", "our", "real", "root",
	"actual", "underlying", "main", "true", "whole", "cause", "causes", "culprit", "problem", "problems", "issue",
	"issues", "reason", "fault", "faults", "failure", "failures", "error", "errors", "delay", "delays", "outage",
	"crash", "crashes", "trouble", "rejection", "rejections", "interruption", "disruption", "incident",
	"happened", "occurred")

// causeNouns are the nouns one of which a generic subject must hold when it
// is joined by a copula ("the culprit was", "the problem is"): "it was"
// alone opens a passive as often ("It was locked after 10 failed sign-ins",
// styles).
var causeNouns = setOf("cause", "causes", "culprit", "problem", "problems", "issue", "issues", "reason", "fault")

// causeObjectEnds end the name after a cause link, as stopsPhrase does, and
// at a pronoun that opens a contact clause ("a software update | it received
// this week", styles3).
var causeObjectEnds = setOf("then", "now", "again", "also", "not", "rather", "instead", "and")

// configHeads name a setting or a slip, not a component: "The cause was a
// configuration slip on our side" (styles6), "The issue was caused by a
// configuration change".
var configHeads = setOf("configuration", "config", "setting", "settings", "slip", "mistake", "typo",
	"oversight", "misconfiguration", "human", "typing", "keying", "side", "end", "part", "fault", "mix-up")

// causeObject names the component after a generic subject's cause link (the
// fault's location where the words after it open with "a bug in" and the
// like); "" where the subject is specific, the link is
// absent or what follows names no component.
func causeObject(clause string) string {
	lower := strings.ToLower(clause)
	for _, link := range causeLinks {
		i := strings.Index(lower, link)
		if i <= 0 {
			continue
		}
		if !genericCauseSubject(lower[:i], link) {
			continue
		}
		rest := clause[i+len(link):]
		lrest := strings.ToLower(rest)
		if at, _ := earliest(lrest, faultIn, func(j int) bool { return j == 0 || !isWordByte(lrest[j-1]) }); at >= 0 && at <= len("a serious ") {
			return faultLocation(rest) // "a bug in | the invoice renderer"
		}
		return causeLinkObject(rest)
	}
	return ""
}

// genericCauseSubject reports whether before, the words up to a cause link
// (after the last clause boundary), are a generic subject.
func genericCauseSubject(before, link string) bool {
	if j := strings.LastIndexAny(before, ":;,"); j >= 0 {
		before = before[j+1:]
	}
	for _, d := range []string{" - ", " \u2013 ", " \u2014 "} {
		if j := strings.LastIndex(before, d); j >= 0 {
			before = before[j+len(d):]
		}
	}
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	noun := false
	for _, w := range words {
		w = strings.Trim(w, ".,;:()")
		if w == "has" || w == "been" || w == "was" || w == "is" {
			continue // "The issue has been | traced to"
		}
		if !causeSubjectWords[w] {
			return false
		}
		if causeNouns[w] {
			noun = true
		}
	}
	switch link {
	case " was ", " is ", " were ":
		// a copula needs a cause noun ("the culprit was"), or "it" alone
		// before a name ("it was a tripped breaker")
		return noun || (len(words) == 1 && words[0] == "it")
	}
	return true
}

// causeLinkObject is the name at the start of rest, the words after a cause
// link: up to a clause's word, a pronoun or punctuation, at most ten words,
// an indefinite article read "the" (the report names the one that failed).
// A copula's object must open with a determiner or a possessive ("it was
// locked …" is a passive); a setting or a slip names no component.
func causeLinkObject(rest string) string {
	var words []string
	for _, w := range strings.Fields(rest) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()"))
		if lw == "" || stopsPhrase[lw] || causeObjectEnds[lw] || contactPronouns[lw] || w == "-" || w == "\u2013" || w == "\u2014" {
			break
		}
		if strings.Contains(lw, ".") && strings.Trim(lw, "0123456789.") == "" {
			break // a version ("the Telemetrix firmware | 4.2"), a figure the report would state as its own
		}
		words = append(words, w)
		if strings.TrimRight(w, ",.;:()") != w || len(words) == 11 {
			break
		}
	}
	if len(words) == 0 || len(words) > 10 {
		return ""
	}
	words[len(words)-1] = strings.TrimRight(words[len(words)-1], ".,;:()")
	first := strings.ToLower(words[0])
	switch {
	case first == "a" || first == "an":
		words[0] = "the"
	case isDeterminer(first) || possessive(words[0]):
	case len(words) > 1 && (first == "last" || first == "yesterday") && possessive(words[1]):
		// "last night's Windows update": nounPhrase drops the time
	default:
		return "" // "was locked after …", "is on an older firmware": no name
	}
	words = trimDate(words)
	if n := len(words); n > 2 && participle(words[n-1]) {
		words = words[:n-1] // "the Telemetrix firmware 4.2 pushed | to the Coachways units" (styles47 03)
	}
	for _, w := range words {
		if configHeads[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			return ""
		}
	}
	return nounPhrase(words)
}

// setOf is a set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// participle reports whether w, ending a name, is a past participle that
// opens a phrase the name's end cut off ("pushed", "installed"), not a noun
// in "-ed" ("feed", "speed").
func participle(w string) bool {
	l := strings.ToLower(strings.Trim(w, ".,;:()"))
	return len(l) > 4 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed")
}
