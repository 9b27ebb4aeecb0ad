package factguard

import (
	"regexp"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
)

// The recognisers below are exported for guards of other texts than a
// ticket's narrative (the monthly report's summary paragraph): they read
// numbers, durations, months, technical terms, blame and injected
// instructions exactly as Check does.

// NumberWordPattern matches a number in digits or words ("25", "1.5",
// "twenty-five", "a few"); ParseNumber reads what it matched.
const NumberWordPattern = numberWordPattern

// ParseNumber reads a number in digits or words; for the vague "a few",
// "several" and "a couple of" the value is the range lo..hi.
func ParseNumber(s string) (v, lo, hi float64, ok bool) {
	v, lo, hi, _, ok = parseNumber(s)
	return v, lo, hi, ok
}

// UnitOf is the length of a duration unit as written ("hours", "min", "d").
func UnitOf(s string) (time.Duration, bool) { return unitOf(s) }

// MonthOf recognises a capitalised month name or its abbreviation.
func MonthOf(w string) (time.Month, bool) { return monthOf(w) }

// TermGroups returns the groups of technical terms (components, systems,
// failures) text mentions, by number; two texts naming the same thing in
// different words ("disks", "drive") share a group.
func TermGroups(text string) map[int]bool {
	s := termSet{}
	s.add(text)
	return s
}

// Injections returns the phrases of text that speak of instructions or of
// the model itself rather than of the subject.
func Injections(text string) []string { return metaRE.FindAllString(text, -1) }

// Blames tells whether the words that follow a person's name blame them
// ("failed to", "'s mistake", "was slow").
func Blames(after string) bool {
	if failNounRE.MatchString(reader.StraightApostrophes(after)) {
		return true
	}
	rest := strings.TrimLeft(after, " ,")
	for {
		w, tail, _ := strings.Cut(rest, " ")
		if !skipWords[strings.ToLower(w)] || tail == "" {
			break
		}
		rest = tail
	}
	if m := negStartRE.FindStringSubmatch(rest); m != nil && experiencerVerbs[strings.ToLower(m[1])] {
		return false // "Steve never got his email": it happened to him
	}
	if ownThingNotFound.MatchString(rest) {
		return false // "Mrs Atkinson never found hers": her own e-mail, which did not reach her (styles76 KF-7752)
	}
	if entitled.MatchString(rest) {
		return false // "Ellie should have the same refund limit as Tom": what she is to be given (styles79 03)
	}
	return failStartRE.MatchString(rest)
}

// negStartRE is a negation that opens the words after a name, and the verb
// after it.
var negStartRE = regexp.MustCompile(`(?i)^(?:never|did not|didn't|didnt|has not|hasn't|had not|hadn't)\s+([a-z]+)`)

// ownThingNotFound is a person who did not find a thing of their own
// ("never found hers", "couldn't find his"): what they were waiting for did
// not reach them. Not finding anything else ("never found the cause") may
// still blame.
var ownThingNotFound = regexp.MustCompile(`(?i)^(?:never|did not|didn't|didnt|could not|couldn't|can't|cannot)\s+(?:find|found)\s+(?:hers|his|theirs|mine|ours|yours|her own|his own|their own|my own)\b`)

// entitled is "should/could have" before a determiner or a possessive: what
// a person is to be given ("should have the same refund limit as Tom",
// "could have access to both mailboxes"), not what they should have done,
// which takes a participle ("should have checked", "should have been").
var entitled = regexp.MustCompile(`(?i)^(?:should|could|ought to)\s+have\s+(?:the|a|an|same|access|her|his|their|its|our|my|your|this|that|these|those|both|all|no|full|write|admin|edit|rights?|permissions?)\b`)

// experiencerVerbs are what happens to a person rather than what they do:
// not getting, hearing or seeing something blames no one.
var experiencerVerbs = map[string]bool{"got": true, "get": true, "gotten": true, "receive": true, "received": true,
	"hear": true, "heard": true, "see": true, "saw": true, "seen": true, "have": true, "had": true,
	"need": true, "needed": true, "arrive": true, "arrived": true}
