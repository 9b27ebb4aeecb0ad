package reader

import "strings"

// A machine record's reading under a head naming it tells no cause
// (docs/labelling.md, "Four cause borders decided in round 251", border 2):
// "Licence service log: SSL cert expired 11/01 23:59." (styles4 01), "Lock
// audit K-214: 07:52 card rejected, reason EXPIRED." (styles32 02), "Task
// history: 'logon failure: ...' for svc-barriersync every run since Fri
// 00:00." (styles72 01), "Provider dashboard: Ewan Muir payout returned 2nd
// time, code NAME_MISMATCH." (styles116 03), "Panel: ..." and "Carrier
// portal: ..." (styles97 03). The record's codes, error text, times and
// "since" or "after" belong to the reading. Rounds 235 and 242 measured the
// shape (43 / 20 and 20 / 15 true / false) and could not keep it while the
// older writers labelled such lines causes; round 252 relabelled them.
//
// It stays a cause when the sentence goes beyond the record in staff's
// words: a clause after "so", "because", "which", "why", "but", a dash, a
// semicolon or in a bracket of four words or more, or what the record should
// have shown ("instead of", "expects"): "Sync API log: token rejected, not
// yet valid - because of the clock." (styles64 11), "Print log for B-0307-14:
// ... instead of ..." (styles82 01). A head that announces staff's finding
// ("We've found the cause in the LinkBox logs:"), places a person ("Fraser
// at the portal:"), says what the record shows ("The PHP error log shows a
// fatal error in the wc-gift-wrapper plugin: it calls a function ...",
// styles6 22) or holds a comma ("It's every panel on the campus, not just
// yours: ...", styles16 13) is no record's head. Round 54's quotedLogLine and round
// 135's historyLine refuse narrower forms of the same border.
//
// Written in round 257 (docs/quality.md, "Round 257").

// recordHeads are the words that name a machine record in a head.
var recordHeads = newWordSet(map[string]bool{"log": true, "logs": true, "audit": true, "trail": true,
	"history": true, "dashboard": true, "panel": true, "portal": true, "trace": true})

// recordHeadStops in a head make it staff's own finding or a person's word.
var recordHeadStops = newWordSet(map[string]bool{"at": true, "cause": true, "reason": true, "problem": true,
	"culprit": true, "found": true, "traced": true, "issue": true, "shows": true, "show": true, "showed": true})

// recordBeyond after the head are staff's words beyond the record.
var recordBeyond = newWordSet(map[string]bool{"so": true, "because": true, "which": true, "why": true, "but": true,
	"instead": true, "expects": true, "expect": true, "expected": true, "due": true, "hence": true})

// recordReading reports whether a sentence is a record's reading under a
// head of at most twelve words naming the record, then a colon, with no
// word of staff's beyond the reading after it.
func recordReading(text string) bool {
	colon := strings.Index(text, ": ")
	if colon < 0 {
		if colon = strings.Index(text, ":\n"); colon < 0 {
			return false
		}
	}
	if strings.IndexByte(text[:colon], ',') >= 0 || !recordHeadHint(text[:colon]) {
		return false // "It's every panel on the campus, not just yours: ..."
	}
	var buf [16]string
	head := tokens(text[:colon], buf[:0])
	if len(head) == 0 || len(head) > 12 {
		return false
	}
	named := false
	for _, t := range head {
		if recordHeadStops.has(t) {
			return false
		}
		named = named || recordHeads.has(t)
	}
	if !named {
		return false
	}
	rest := text[colon+1:]
	if strings.IndexByte(rest, ';') >= 0 || strings.Contains(rest, " - ") || strings.Contains(rest, " \u2013 ") ||
		strings.Contains(rest, " \u2014 ") || strings.Contains(rest, " -- ") || longBracket(rest) {
		return false
	}
	var rbuf [48]string
	for _, t := range tokens(rest, rbuf[:0]) {
		if recordBeyond.has(t) {
			return false
		}
	}
	return true
}

// longBracket reports whether s holds a bracket of four words or more
// (staff's aside: "(the reset put it back to factory firmware)"), not a
// record's code or name ("(hash mismatch)", "(iat +7 min)").
func longBracket(s string) bool {
	for {
		o := strings.IndexByte(s, '(')
		if o < 0 {
			return false
		}
		c := strings.IndexByte(s[o:], ')')
		if c < 0 {
			c = len(s) - o
		}
		if len(strings.Fields(s[o+1:o+c])) >= 4 {
			return true
		}
		s = s[o+c:]
	}
}

// recordHeadHint is recordReading's cheap test of the head: one of
// recordHeads' words, ASCII case folded, so that no head is lower-cased and
// tokenised unless it may name a record (allocations stay level, round 257).
func recordHeadHint(head string) bool { return recordHeadWords.in(head) }

var recordHeadWords = newFoldWords("log", "audit", "trail", "trace", "history", "dashboard", "panel", "portal")
