package reader

import (
	"regexp"
	"slices"
	"strings"
)

// Round 170: staff's count of a whole fleet on the fixed version, after a
// remedy in the ticket. The writers label it restored (the devices are on
// the release that cures the fault: a state told, not a step), and no rule
// read it:
//
//   - "All three on v2026.11.2." (styles106 18, the colour bank update);
//   - "I've checked your fleet this morning: 1,390 of your 1,391 pumps are
//     now on v14.1, and ..." (styles99 02);
//   - "All 38 in-service tablets are now on 5.8.2 and working; ..." (styles7 03);
//   - "TMS reports 41/41 on 7.3." (styles36 13);
//   - "214/214 on 3.9.0 and heartbeating." (styles41 17).
//
// The subject is the whole: "all", the same number each side of "/" or
// "of", or a near whole with "now" ("1,390 of your 1,391 ... now on").
// Refused: a rollback or a place held ("back on", "still on", "stuck on",
// "left on", "rolled"), the others or a part ("other", "only", "rest"), a
// question, a negation, a plan or condition ("will", "once", "until"). The
// caller asks for staff and a remedy known or earlier in the ticket. Round
// 64's wider "count come whole" (any "N/N") was tried and taken out; this is
// its narrower frame, a version named after "on".

// fleetVersion finds "on" and a dotted version: "on 7.3", "on v2026.11.2".
var fleetVersion = regexp.MustCompile(`\bon\s+v?\d+(?:\.\d+)+\b`)

// onDigitAhead reports whether text holds "on" (in any case), white space
// and a digit, "v" or "V" between them allowed: what every match of
// fleetVersion holds, found without lowering text (the lower case of a rune
// beyond ASCII is none of these bytes). Asked of every staff sentence with
// "on", the lowering and the pattern were 2% of the analysis.
func onDigitAhead(text string) bool {
	for i := 1; i < len(text); i++ {
		if text[i]|0x20 != 'n' || text[i-1]|0x20 != 'o' {
			continue
		}
		j := i + 1
		for j < len(text) && isRegexpSpace(text[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		if j < len(text) && text[j]|0x20 == 'v' {
			j++
		}
		if j < len(text) && isDigit(text[j]) {
			return true
		}
	}
	return false
}

// isRegexpSpace reports the bytes of the regexp package's \s.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// fleetTally finds a whole count: "41/41", "38 of 38", "1,390 of your 1,391".
var fleetTally = regexp.MustCompile(`\b(\d[\d,]*)\s*(?:/|of)\s*(?:your\s+|the\s+|our\s+)?(\d[\d,]*)\b`)

// fleetStops refuse the clause: a rollback, a place held, a part, a plan.
var fleetStops = newWordSet(map[string]bool{"back": true, "still": true, "stuck": true, "left": true, "rolled": true,
	"rolling": true, "other": true, "others": true, "only": true, "rest": true, "will": true, "once": true,
	"until": true, "when": true, "if": true, "should": true, "yours": true, "ours": true})

// fleetCounts are the number words after "all": "All three on ...".
var fleetCounts = newWordSet(map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true})

// fleetOnVersion reports staff's whole fleet on a version (see above); ts is
// text's tokens.
func fleetOnVersion(text string, ts []string) bool {
	if !slices.Contains(ts, "on") || !onDigitAhead(text) || endsQuestion(text) {
		return false
	}
	low := strings.ToLower(text)
	loc := fleetVersion.FindStringIndex(low)
	if loc == nil {
		return false
	}
	// the clause before "on": from the last ";", ":" or "," that is not
	// inside a number ("1,390").
	head := low[:loc[0]]
	for i := len(head) - 1; i >= 0; i-- {
		c := head[i]
		if c == ';' || c == ':' || c == ',' && !(i > 0 && isDigit(head[i-1]) && i+1 < len(head) && isDigit(head[i+1])) {
			head = head[i+1:]
			break
		}
	}
	var buf [24]string
	hs := tokens(head, buf[:0])
	if len(hs) == 0 || len(hs) > 10 || negations.has(hs) {
		return false
	}
	for _, t := range hs {
		if fleetStops.has(t) {
			return false
		}
	}
	if hs[0] == "all" {
		// "All three on ...", "All 38 in-service tablets are now on ...";
		// not "all" alone after a report of the fault ("Two more cases
		// today ..., all on 3.2.1.", styles25 07) nor a step's object
		// ("Disabled ... on all 212 controllers on 4.2.1", styles24 10).
		return len(hs) > 1 && (isDigits(hs[1]) || fleetCounts.has(hs[1]))
	}
	m := fleetTally.FindStringSubmatch(head)
	if m == nil {
		return false
	}
	return m[1] == m[2] && m[1] != "1" || slices.Contains(hs, "now")
}
