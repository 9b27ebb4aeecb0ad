package reader

import "strings"

// The reported outage restated is no cause: when the ticket's subject or its
// opening (the first message, an alert or a logged call, and the customer's
// opening) reports a thing offline, down or unreachable, a staff sentence that
// tells the same thing offline again ("Logger offline since 02:14, no ping.")
// with no word of a reason confirms the symptom; the cause is what took it
// offline. A shape the cause rules ("timed fault", "fault statement",
// "attributed by contrast") read as causes in six writers' sets (tuning,
// styles to styles86), all labelled no cause, while no true cause read on the
// tuning sets has it (0 true, 6 false):
//
//   - "our monitoring shows all gates at the Kogel valley station offline
//     since 08:12, ..." under "Access gates offline: ..." (styles19,
//     11-gates-offline-power-cut)
//   - "Logger offline since 02:14, no ping." under "autoclave-logger-YRK-01 is
//     DOWN" (styles61, 03-autoclave-logger-offline)
//   - "Tablet had been offline since ~07:30." after an opening on entries
//     logged offline on the tablet (styles70, 15-tidewrite-offline-entries)
//   - "the line into the park is down rather than the Wi-Fi kit itself."
//     under "[PRTG] DOWN: ..." (styles72, 02-skelby-wifi-down)
//   - "14 chargers on the 4G SIM offline since 12:10 yesterday, ..." under
//     "Charger offline in app" (styles80, 07-charger-offline-network-outage)
//   - "Hub dashboard: lock 4.07 offline since 22:51, and so are ..." after
//     "lock not reachable" (styles84, 84-15)
//
// What keeps a sentence of the same words a cause: another component than the
// reported one offline ("Fibre down at site since 06:40 ..." under "LDS02-AC1
// unreachable", styles23, true; "Relay output card RO-16 in slot 4 dead"
// under "Irrigation section 3 not starting", styles19, true), or a reason told
// with it ("the gate controller went offline because the site's 4G data
// bundle ran out", styles24, true; "Barge router unreachable from HQ as well,
// so it's the radio link", styles51, true). Measured over the tuning sets'
// sentences read as causes that name a thing offline (76 true, 16 false): the
// subject or opening names one too, a word before the sentence's offline word
// is one of theirs and no reason word stands in it, 0 true and 6 false; the
// same with a reason word, 8 true and 1 false; another component, 7 true and
// none false.
//
// Read sets Context.OfflineReported (the subject's and the opening's words,
// when they report a thing offline); refused for the rules (causeBy) and the
// model (modelVeto). Written in round 92 (docs/quality.md, "Round 92").

// offlineWord returns the index of the first word of ts that tells a thing
// offline, down or unreachable, and how many words that takes; -1 for none.
func offlineWord(ts []string) (int, int) {
	for i, w := range ts {
		switch w {
		case "offline", "unreachable", "unresponsive", "disconnected", "dead":
			return i, 1
		case "down":
			if downState(ts, i) {
				return i, 1
			}
		case "not":
			if i+1 < len(ts) {
				switch ts[i+1] {
				case "reachable", "responding", "reporting":
					return i, 2
				}
			}
		case "no":
			if i+1 < len(ts) && ts[i+1] == "ping" {
				return i, 2
			}
		}
	}
	return -1, 0
}

// downNotState are the words before "down" that make it a direction or a
// manner ("sat down", "narrowed it down", "slowed down"), and downBefore the
// words after it that make it a preposition ("down to", "down the line").
var (
	downNotState = newWordSet(map[string]bool{"sat": true, "sit": true, "sitting": true, "narrowed": true, "narrow": true,
		"track": true, "tracked": true, "slow": true, "slowed": true, "slows": true, "slowing": true,
		"scaled": true, "scaling": true, "tracking": true, "turning": true, "cutting": true, "writing": true, "write": true, "wrote": true,
		"written": true, "jot": true, "turn": true, "turned": true, "scroll": true, "scrolled": true, "step": true,
		"stepped": true, "calm": true, "cut": true, "half": true, "upside": true, "put": true, "comes": true,
		"came": true, "come": true, "boils": true, "get": true, "got": true})
	downBefore = newWordSet(map[string]bool{"to": true, "the": true, "a": true, "an": true, "into": true, "onto": true,
		"by": true, "my": true, "our": true, "your": true, "their": true, "his": true, "her": true, "its": true,
		"this": true, "that": true, "these": true, "those": true, "through": true, "below": true, "half": true,
		"every": true, "each": true, "all": true})
)

// downState reports whether "down" at ts[i] tells a state ("the line is
// down", "Fibre down at site") rather than a direction.
func downState(ts []string, i int) bool {
	if i > 0 && downNotState.has(ts[i-1]) {
		return false
	}
	return i+1 >= len(ts) || !downBefore.has(ts[i+1])
}

// offlineReasons are the words that tell why a thing is offline, or what
// followed from it: with one of them the sentence explains and stays a cause.
var offlineReasons = newWordSet(map[string]bool{"because": true, "due": true, "cause": true, "caused": true, "causes": true,
	"causing": true, "reason": true, "why": true, "therefore": true, "hence": true, "after": true, "when": true,
	"as": true, "which": true})

// offlineReasonIn reports whether ts holds a reason word (offlineReasons),
// "so" that is not "so are/is/..." ("and so are 4.02, 4.05"), or "since" that
// opens a clause rather than a time ("since the router was swapped").
func offlineReasonIn(ts []string) bool {
	for i, w := range ts {
		if offlineReasons.has(w) {
			return true
		}
		next := nextToken(ts, i)
		switch w {
		case "so":
			switch next {
			case "are", "is", "do", "does", "did", "was", "were", "has", "have", "far":
			default:
				return true
			}
		case "since":
			switch next {
			case "the", "a", "an", "our", "your", "their", "it", "they", "we", "then", "that", "its", "his", "her":
				return true
			}
		}
	}
	return false
}

// offlineComponentStop are the words before the offline word that name no
// component (articles, pronouns, auxiliaries, quantities).
var offlineComponentStop = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "and": true, "or": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "it": true, "its": true, "this": true,
	"that": true, "with": true, "from": true, "by": true, "our": true, "your": true, "their": true, "we": true,
	"you": true, "they": true, "i": true, "my": true, "all": true, "any": true, "some": true, "still": true,
	"now": true, "also": true, "shows": true, "showing": true, "show": true, "says": true, "s": true, "re": true,
	"went": true, "gone": true, "go": true, "going": true, "just": true, "both": true, "every": true})

// offlineRestated reports whether a sentence, in a ticket whose subject or
// opening reported a thing offline (c.OfflineReported), tells a thing
// offline again, named by one of the reported words before its offline word,
// with no reason word: the reported outage restated, no cause.
func offlineRestated(c Context, ts []string) bool {
	if c.OfflineReported == nil {
		return false
	}
	i, _ := offlineWord(ts)
	if i <= 0 || offlineReasonIn(ts) {
		return false
	}
	for _, w := range ts[:i] {
		if offlineComponentStop.has(w) || isDigits(w) {
			continue
		}
		if reportedWord(c.OfflineReported, w) {
			return true
		}
	}
	return false
}

// reportedWord reports whether w, or w without a plural "s", is one of the
// reported words ws.
func reportedWord(ws []string, w string) bool {
	bare := strings.TrimSuffix(w, "s")
	for _, r := range ws {
		if r == w || r == bare || strings.TrimSuffix(r, "s") == bare {
			return true
		}
	}
	return false
}

// isDigits reports whether w is all digits.
func isDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// offlineReportedWords returns the words of texts (the subject and the
// opening's messages), hyphened and dotted names also split into their parts
// ("autoclave-logger-yrk-01" gives "logger"): Context.OfflineReported.
func offlineReportedWords(texts []string, buf []string) []string {
	ws := make([]string, 0, 64)
	for _, t := range texts {
		for _, w := range tokens(t, buf[:0]) {
			ws = append(ws, w)
			if strings.ContainsAny(w, "-.") {
				ws = append(ws, strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '.' })...)
			}
		}
	}
	return ws
}
