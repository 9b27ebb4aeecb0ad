package analysis

import (
	"regexp"
	"strings"
)

// A customer who writes after staff's remedy often uses a fault's words
// without reporting a fault: a threat or a plan for a recurrence that has not
// happened ("Put us back in, but if it happens again we're out"), the cost
// of the fault now that it is over ("First session started 08:41, 11 minutes
// late, awarding bodies informed", written under "All 18 launching now"), a
// wish to know how it happened, a success told by denying the fault ("Three
// nights of work calls without a single drop"), or a greeting on coming back
// ("Rab, sorry, me again."). Quoted as what the customer reported after the
// first fix, each says the opposite of the ticket (tuning tickets GN-30921,
// VL-40152, PRX-552031, FY-5160, VD-66-07, KH-11863, SPH-11834).

// hypotheticalClause is a clause that supposes a fault to come: "if it
// happens again", "if something goes wrong", "in case it fails again", up to
// the clause's end. Its subject is the thing or "something", never a person
// ("if I open it, it crashes" reports a fault), and its verb a happening
// ("happens", "goes", "comes back") or a fault verb with "again": a fault
// that is only supposed. The main clause keeps its own words ("it crashes if
// it's left open" still reports a crash).
var hypotheticalClause = regexp.MustCompile(`\b(?:if|in case|should|whenever)\s+(?:it|this|that|something|anything|anyone|there|they)\s+(?:[\w']+\s+){0,2}?(?:happens?|goes|go|comes?|recurs?|(?:fails?|breaks?|stops?|drops?|crash(?:es)?|freezes?)\s+again)\b[^,;.!?]*`)

// supposed blanks from l, a lowered sentence, the clauses that suppose a
// fault to come (hypotheticalClause).
func supposed(l string) string {
	if !strings.Contains(l, "if ") && !strings.Contains(l, "in case ") && !strings.Contains(l, "should ") && !strings.Contains(l, "whenever ") {
		return l
	}
	return hypotheticalClause.ReplaceAllString(l, " ")
}

// lateStart is a customer's account, in the past tense, of how late the
// fault made their work start or finish ("First session started 08:41, 11
// minutes late", "the 9:00 class began twenty minutes behind"): what the
// fault cost while it lasted, told once it is over, like pastImpact. With
// "still", "again" or "another" (persistWords) the fault stands.
var lateStart = regexp.MustCompile(`^(?:[\w'-]+ ){0,4}(?:started|began|opened|ran|left|departed|arrived|finished|kicked off|went out|got going|got away)\b[^.;!?]{0,30}?\b(?:\d+|a few|few|several|five|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes?|mins?|hours?|hrs?) (?:late|behind)\b`)

// askToKnow opens a customer's wish to know or understand what happened
// ("Would still like to know how it happened", "I'd like to understand why
// it failed"): an ask, whose "still" or "failed" reports no fault now.
var askToKnow = regexp.MustCompile(`^(?:[\w'-]+,? )?(?:(?:i|we)(?:'d|’d| would| still)|would|still) (?:still |really |also )?(?:like|love|want|need) to (?:know|understand|hear|find out|learn)\b`)

// deniedByWithout reports whether word(i), a word naming a fault
// (problemNouns), is denied by "without" just before it, with at most "a
// single", "any" or a count between: "three nights without a single drop",
// "ran all day without any errors". A negation before "without" ("can't log
// in without an error") keeps the fault.
func deniedByWithout(word func(int) string, i int) bool {
	k := i - 1
	if word(k) == "single" && word(k-1) == "a" {
		k -= 2
	} else if withoutCounts[word(k)] {
		k--
	}
	if word(k) != "without" {
		return false
	}
	for j := 0; j < k; j++ {
		if withoutNegations[word(j)] {
			return false
		}
	}
	return true
}

// withoutCounts may stand between "without" and the fault it denies.
var withoutCounts = map[string]bool{"a": true, "an": true, "any": true, "one": true, "further": true, "more": true}

// withoutNegations before "without" keep the fault ("can't save without an error").
var withoutNegations = map[string]bool{"can't": true, "cannot": true, "cant": true, "couldn't": true, "won't": true,
	"wont": true, "not": true, "never": true, "unable": true, "can’t": true, "won’t": true}
