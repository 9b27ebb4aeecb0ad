package reader

import (
	"slices"
	"strings"
)

// Round 71's reading: a value told against the one it should be.
//
// Staff tell the fault as the value a setting or a record holds set against
// the value expected, after "rather than", "instead of" or ", not", with no
// cause word: "... and that schedule is set to UTC rather than
// Europe/London." (styles17, 14-sales-line-voicemail), "The evening band was
// entered as running from 18:00 to 06:00 on the same day rather than 06:00
// the following day." (styles21, 13-evening-tariff-change), "Wrong repair
// ticket scanned at collection, ST-20931 marked collected instead of
// ST-20913." (styles69, 13-ring-marked-collected), "ACL-POT-101-T capacity is
// 0 in EnrolNet, not 12." (styles74, 10-pottery-class-shows-full); read right already by other rules,
// "... the darkness setting was saved as 8 instead of 22, ..." (styles3,
// 07-blank-labels), "Token serial on card is 7731-0024, not 0042 - keying
// error on assignment." (styles4, 17-new-portal-user-token), "... the new
// version was published with its reporting set to "Passed/Incomplete" instead
// of "Complete/Incomplete" ..." (styles16, 15-scorm-stuck-in-progress). The rule
// reads a verb of holding a value ("set", "entered", "marked", "configured"
// ...; not "set up") or "is"/"was" before a number, then within twelve words the contrast and
// a value after it (a capital, a digit or a quote); not the writer's or the
// reader's own setting, nothing "now" (the remedy's new value: "it's now set
// to UK time rather than UTC"), no modal, hedge, instruction or question.
//
// Written in round 71 (docs/quality.md, "Round 71").

// holdsValue are the verbs of a setting or record holding a value.
var holdsValue = newWordSet(map[string]bool{"set": true, "entered": true, "configured": true, "marked": true, "recorded": true,
	"saved": true, "stored": true, "registered": true, "mapped": true, "listed": true, "keyed": true})

// valueContrasts are the words that set the value held against the expected.
var valueContrasts = [...]string{" rather than ", " instead of ", ", not "}

// valueNotExpected reports whether a staff sentence tells a value held
// against the one expected.
func valueNotExpected(text string, sc *scan) bool {
	ts := sc.ts
	if len(ts) < 5 || hedges.hasIn(sc) || unknownCause.hasIn(sc) || endsQuestion(text) {
		return false
	}
	switch ts[0] {
	case "don't", "do", "please", "never", "make", "set", "change", "if", "when", "once":
		return false
	}
	if !slices.Contains(ts, "not") && !slices.Contains(ts, "rather") && !slices.Contains(ts, "instead") {
		return false // no valueContrasts without one of their words
	}
	flat := strings.Join(strings.Fields(text), " ")
	low := strings.ToLower(flat)
	cut := -1
	for _, c := range valueContrasts {
		if j := strings.Index(low, c); j >= 0 && valueStart(flat[j+len(c):]) && (cut < 0 || j < cut) {
			cut = j
		}
	}
	if cut < 0 {
		return false
	}
	var buf [48]string
	head := tokens(low[:cut], buf[:0])
	for k := len(head) - 1; k >= 1 && k >= len(head)-12; k-- {
		w := head[k]
		held := holdsValue.has(w) && (k+1 >= len(head) || head[k+1] != "up") || // not "set up and active from today rather than Monday" (styles24 03)
			(w == "is" || w == "was") && k+1 < len(head) && digitLed(head[k+1])
		if !held {
			continue
		}
		for _, x := range head[:k] {
			switch x {
			case "now", "should", "will", "would", "could", "can", "must", "need", "needs", "meant", "i", "we",
				"you", "i've", "we've", "you've", "i'll", "we'll":
				return false
			}
		}
		return !negAt(head, max(0, k-2), k)
	}
	return false
}
