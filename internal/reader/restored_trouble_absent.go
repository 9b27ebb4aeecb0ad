package reader

// Round 109: the trouble told absent in a check after the remedy, where
// round 84's quietPeriod does not read it: the span stands before "no"
// ("Rate limit live all day, no 502s"), is worded as a count of days or a
// stretch ("for 3 nights", "in 2 weeks", "over the weekend", "48h check",
// "Two mornings of reports"), or the trouble is a word neither faultNoun
// nor quietTrouble holds (an HTTP status in the plural, "hangs", "blanks",
// "rejects", "lock-outs", "cut-offs"). Rows the writers label restored and
// the rules missed:
//
//   - "Post-change check Monday: all 38 kiosks connected, no SIP2 login
//     failures over the weekend." (styles9 19);
//   - "Redline confirm no activations from C114 for 3 nights." (styles23 14);
//   - "No hangs in 2 weeks since the policy went on (previously 3 in 18
//     days)." (styles24 10);
//   - "48h check: crew streaming capped, no complaints from ship, business
//     VLAN unaffected." (styles60 04);
//   - "Two mornings of reports on the new address, no bounces in the
//     ScaffTrak log, no calls." (styles85 08);
//   - "Session logs for Limerick/Galway since 10/04: longest 41 min, no 600
//     s cut-offs." (styles86 07);
//   - "Overnight run OK: 47 re-queued requests on this morning's pick lists,
//     0 rejects." (styles89 01);
//   - "No 429s today, 1,212 lookups by 17:30, all answered." (styles91 17);
//   - "Rate limit live all day, no 502s, normal order volume (212)."
//     (styles92 12);
//   - "No blanks reported by the pilots since Monday." (styles93 12, the
//     customer's);
//   - "187 of 214 clients enrolled by today, no lock-outs raised." (styles94
//     15).
//
// The caller checks that a remedy stands before the sentence or in the
// ticket. Refused: a wanted thing after any "no" ("no change", "no reply":
// the problem that stays), a negation but "no", quietPeriod's stops (the
// future, a condition, a hope, a request, a contrast, "still"), a search's
// "found" ("no hardware fault found on the np-2 hosts, no recurrence in 6
// days", styles36 17, labelled none), a question.
// Writers split on a later quiet note after the restoration was told
// ("No repeat in 3 days.", styles72 11, labelled none), which this reads.

// troubleExtra are words of the trouble that neither faultNoun nor
// quietTrouble holds.
var troubleExtra = newWordSet(map[string]bool{"hang": true, "hangs": true, "blank": true, "blanks": true,
	"gap": true, "gaps": true, "hole": true, "holes": true, "reject": true, "rejects": true,
	"lock-outs": true, "cut-offs": true, "drop-outs": true, "5xx": true, "5xxs": true, "4xx": true})

// troubleGeneric are faultNoun's words that name no trouble of their own:
// "no issue" with a span is left to the older rules' phrases ("no further
// issues"), as a tester's "i did test again today and no issue" (Mendeley
// heldout 1008968, labelled none) is no restoration.
var troubleGeneric = newWordSet(map[string]bool{"issue": true, "issues": true, "problem": true, "problems": true,
	"trouble": true})

// troubleWord reports a word of the trouble: faultNoun (but the generic
// words), quietTrouble, troubleExtra or an HTTP status in the plural
// ("429s", "502s").
func troubleWord(t string) bool {
	if troubleGeneric.has(t) {
		return false
	}
	if faultNoun.has(t) || quietTrouble.has(t) || troubleExtra.has(t) || troubleAbsentWords.has(t) {
		return true
	}
	return len(t) == 4 && t[3] == 's' && (t[0] == '4' || t[0] == '5') && isDigit(t[1]) && isDigit(t[2])
}

// spanPlural are the plural spans a count of them makes ("two mornings",
// "for 3 nights", "in 2 weeks").
var spanPlural = newWordSet(map[string]bool{"mornings": true, "nights": true, "evenings": true, "days": true,
	"weeks": true, "hours": true, "shifts": true, "runs": true})

// troubleAbsentNone are the words troubleAbsent looks for, a set made once.
var troubleAbsentNone = wordSetOf("no", "zero", "0")

// troubleAbsent reports the trouble absent in a check (see above).
func troubleAbsent(text string, ts []string) bool {
	if len(ts) < 3 || len(ts) > 40 || !troubleAbsentNone.anyIn(ts) {
		return false // the cheap test: most sentences have none of the words
	}
	if endsQuestion(text) {
		return false
	}
	hit, span := false, false
	for k, t := range ts {
		if skip, sp := absentLeadInAt(ts, k); skip {
			span = span || sp // round 162: "please note", "until now"
			continue
		}
		if quietStops.has(t) || notWords.has(t) || t == "found" {
			return false // "no hardware fault found": a search's finding (styles36 17)
		}
		switch t {
		case "no", "zero", "0":
			for j := k + 1; j < len(ts) && j <= k+4; j++ {
				if quietWanted.has(ts[j]) {
					return false // "with no change", "no reply since"
				}
				if troubleWord(ts[j]) && (t != "0" || j == k+1) {
					hit = true
					break
				}
			}
		case "since", "overnight", "today", "yesterday", "throughout", "48h", "24h":
			span = true
		case "weekend":
			span = span || k > 1 && ts[k-1] == "the" && ts[k-2] == "over"
		default:
			if spanPlural.has(t) && k > 0 && countWord(ts[k-1]) {
				span = true // "two mornings", "for 3 nights", "in 2 weeks"
			}
			if k+1 < len(ts) && quietSpanAt(ts, k) {
				span = true // "all day", "this morning", "last night"
			}
		}
	}
	return hit && span
}

// countWord is a number written in figures or words up to twelve.
func countWord(t string) bool {
	if t != "" && isDigit(t[0]) {
		return true
	}
	switch t {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several":
		return true
	}
	return false
}

// endsQuestion reports a sentence that ends on a question mark.
func endsQuestion(text string) bool {
	t := trimTail(text)
	return len(t) > 0 && t[len(t)-1] == '?'
}
