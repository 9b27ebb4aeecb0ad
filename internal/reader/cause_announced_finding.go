package reader

import (
	"regexp"
	"slices"
	"strings"
)

// Round 71's reading: a cause announced by the finding's heading.
//
// Staff often open the cause with a short heading of the finding, "Found
// it:", "We've found the cause:", "We've found why:", then tell it. Most of
// these are read by another rule, through a cause phrase or a change and its
// consequence; the clauses the other rules miss are the ones with a
// condition in the mechanism, which reads as a hedge ("if" in hedges), or
// with no cause word at all:
//   - "We've found the cause: since the 4.12 update, if the tablet is holding
//     an unsent change for a horse that has since been archived ..., it stops
//     downloading anything new until that change is cleared." (styles70,
//     01-feed-board-stale)
//   - "Found it: the tablet logs you out after 8 hours, and the current
//     version of Tidewrite throws away anything recorded offline if it
//     reconnects after that logout." (styles70, 15-tidewrite-offline-entries)
//   - "Found it: webshop form defaults 'first ski day' to the official season
//     start, 20.12." (styles20, 16-webshop-passes-invalid)
//
// The shape is labelled cause across the tuning sets with the conditions the
// rule allows: "Found it: when `cache.max_entries` is unset it defaults to 0,
// ..." (styles, 18-oss-memory-leak-regression), "We've found why: the
// text-message fallback only kicks in for ..." (styles70,
// 05-turnout-push-change), "Gary has found it: the new firewall only lets
// the agents' network send ..." (styles17, 17-softphone-one-way-audio),
// "We've found the cause: when head office updated the rates on Friday, ..."
// (styles69, 01-redemption-interest-rate); 41 of the 42 labelled rows of the
// heading in styles to styles74 are causes. The one that is not tells a
// remedy ("Brilliant, found it - 3 markets still off from last night, all
// back on now.", styles63 05, fix and restored), so a restoration after the
// heading refuses it, and so does a cause ruled out right after the heading
// ("Found it - it's not your connection after all.", styles4 09, the one
// false row of the first draft). The rule reads the heading ("found" then "it", "the
// cause", "the problem", "the culprit", "the issue" or "why", at most five
// words before "found", then a colon or a dash) and at least five words
// after it, with no hedge there but a condition ("if") or a belief that was
// wrong ("we thought"), no question and no restoration after the heading.
//
// Written in round 71 (docs/quality.md, "Round 71").

// findingHeading matches the heading of an announced finding and what
// follows it.
var findingHeading = regexp.MustCompile(`^((?:[\w'’()!,.-]+\s+){0,5}?)found (?:it|the cause|the problem|the culprit|the issue|why)\s*(?::|\s[-–—])\s*`)

// announcedFindingAllowed are the hedge words the rule lets stand after the
// heading: a condition in the mechanism, a belief the finding corrected.
var announcedFindingAllowed = newWordSet(map[string]bool{"if": true, "we thought": true, "i thought": true})

// announcedFinding reports whether a sentence tells a cause after the
// heading of its finding ("Found it: ...", "We've found the cause: ...").
func announcedFinding(text string, sc *scan) bool {
	if !slices.Contains(sc.ts, "found") {
		return false // findingHeading needs the word: most sentences are spared the regexp
	}
	low := strings.ToLower(strings.TrimSpace(text))
	m := findingHeading.FindStringSubmatchIndex(low)
	if m == nil || strings.HasSuffix(low, "?") {
		return false
	}
	pre := tokens(low[m[2]:m[3]], nil)
	if len(pre) > 0 && !findingSubject(pre) {
		return false
	}
	rest := low[m[1]:]
	var buf [64]string
	tail := tokens(rest, buf[:0])
	if len(tail) < 5 {
		return false
	}
	for k := 0; k < len(tail); {
		j, n := hedges.find(tail[k:])
		if j < 0 {
			break
		}
		if !announcedFindingAllowed.has(strings.Join(tail[k+j:k+j+n], " ")) {
			return false
		}
		k += j + n
	}
	for _, w := range tail[:3] {
		if w == "not" || w == "isn't" || w == "wasn't" || w == "nothing" {
			return false // a cause ruled out ("Found it - it's not your connection after all.", styles4 09)
		}
	}
	if i, _ := restoredWords.find(tail); i >= 0 {
		return false
	}
	for k := 0; k+1 < len(tail); k++ {
		if tail[k] == "back" && (tail[k+1] == "on" || tail[k+1] == "in" || tail[k+1] == "working") {
			return false // "all back on now" (styles63 05)
		}
	}
	return true
}

// findingSubject reports whether the words before "found" are who found it
// ("we've", "Gary has", "Eng (Lukas)", "Brilliant,"): at most five, the last
// a subject or an auxiliary, not a negation ("haven't found why").
func findingSubject(pre []string) bool {
	for _, w := range pre {
		switch w {
		case "not", "haven't", "hasn't", "never", "no", "if", "when", "once", "until", "to", "can't", "couldn't":
			return false
		}
	}
	return true
}
