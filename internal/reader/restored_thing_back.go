package reader

import (
	"slices"
	"strings"
)

// Round 120: staff's terse note that the thing itself is back, "<thing>
// (is / was) back" with nothing after "back" but the clause's end or the
// clock time it came back at. Round 109 measured "<thing> back on / in
// <place>" and found the labels split (about 350 staff sentences with "back"
// after a remedy labelled otherwise); this reads only the bare form, the
// thing as the clause's subject. Rows the writers label restored and the
// rules missed:
//
//   - "Control room - Hillcrest historian data is back, including the gap
//     from 01:30; ..." (styles4 13);
//   - "They power-cycled the slot from the chassis manager, card locked
//     10:58, streams back." (styles14 17);
//   - "... and the feed was back at 22:15." (styles60 15);
//   - "Fibre spliced, primary line back, traffic moved off 4G at 15:25."
//     (styles72 02);
//   - "Sound is back on the webcast from 18:34." (styles91 10);
//   - "The position feed is back from 02:40." (styles95 01);
//   - "Mains back 10:09 on Orbis and the beeping stopped ..." (styles96 09);
//   - "Signal back, R-22 left the dock at 13:50 and is mowing." (styles97 15);
//   - "Till back, checked in 18:05, card reader paired ..." (styles72 11);
//   - "... ORP has been back in range (270 mV) since 15:30 ..." (styles70 14).
//
// Of these the reader now reads all but styles96 09 (a logged call's
// opening, which restoredBy does not read).
//
// The one labelled otherwise in the tuning sets: "I've cleared them and the
// shop's back." (styles85 11, labelled fix alone). Refused: a pronoun as the
// subject (the customer's "it's back" is the fault's return, "glad they're
// all back" a pleasantry), a verb before "back" ("Rang Priya back", "rolled
// the release back", "put the old certificate back", "comes back"), a party's
// reply ("Netcomm back: ..."), more after "back" than a clock time, a plan,
// a condition, a negation, a question. The caller checks staff only: with a
// remedy asked for too, styles72 11 and 97 15 were lost and no false row
// refused.

// backStops in the clause before "back" refuse it (see above).
var backStops = newWordSet(map[string]bool{
	// pronouns and pleasantries: the fault's return or the writer's gladness
	"it": true, "it's": true, "its": true, "they": true, "they're": true, "theyre": true, "them": true,
	"he": true, "she": true, "we": true, "you": true, "i": true, "i'm": true, "that": true, "that's": true,
	"this": true, "everything": true, "everyone": true, "nothing": true, "glad": true, "sorry": true,
	// verbs whose object comes back
	"rang": true, "ring": true, "put": true, "puts": true, "took": true, "take": true, "call": true,
	"calling": true, "sent": true, "send": true, "got": true, "get": true, "gets": true, "brought": true,
	"bring": true, "brings": true, "set": true, "came": true, "come": true, "comes": true, "coming": true,
	"went": true, "go": true, "goes": true, "going": true, "switch": true, "hold": true, "held": true,
	"want": true, "wants": true, "need": true, "needs": true, "give": true, "gave": true, "fall": true, "fell": true,
	// a plan or a condition
	"when": true, "once": true, "if": true, "until": true, "before": true, "after": true, "will": true,
	"should": true, "would": true, "could": true, "might": true, "may": true, "expect": true, "hope": true,
})

// backBe are the words between the subject and "back" ("is", "has been").
var backBe = newWordSet(map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"been": true, "now": true, "all": true, "fully": true})

// backNoun before "back" make it the noun or a direction ("on the back").
var backNoun = newWordSet(map[string]bool{"the": true, "a": true, "on": true, "at": true, "in": true, "to": true,
	"from": true, "of": true, "round": true, "its": true, "their": true, "your": true})

// thingBack reports staff's terse note of the thing back (see above).
func thingBack(text string, ts []string) bool {
	if len(ts) < 2 || len(ts) > 40 || !slices.Contains(ts, "back") {
		return false // the cheap test
	}
	if endsQuestion(text) {
		return false
	}
	low := strings.ToLower(text)
	for at := nextWholeWord(low, "back", 0); at >= 0; at = nextWholeWord(low, "back", at+4) {
		if backEndsClause(low[at+4:]) && backSubject(low[:at]) {
			return true
		}
	}
	return false
}

// nextWholeWord returns the first index at or after from where word stands in
// low as a whole word (no letter, digit, hyphen or apostrophe either side:
// "backlog", "feedback", "back-filled", "delivered" and "alive" are not
// "back" or "live"), or -1.
func nextWholeWord(low, word string, from int) int {
	for i := from; i < len(low); {
		at := strings.Index(low[i:], word)
		if at < 0 {
			return -1
		}
		at += i
		i = at + len(word)
		if at > 0 && backWordByte(low[at-1]) || i < len(low) && backWordByte(low[i]) {
			continue
		}
		return at
	}
	return -1
}

// backWordByte reports a letter, digit, hyphen or apostrophe.
func backWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '\'' || b >= 0x80
}

// backEndsClause reports nothing after "back" but the clause's end, or the
// clock time it came back at ("back 10:09", "back from 02:40", "back on the
// webcast from 18:34").
func backEndsClause(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n")
	if rest == "" || strings.ContainsRune(",.;!)", rune(rest[0])) {
		return true
	}
	ws := strings.Fields(rest)
	for k, w := range ws {
		if k > 5 {
			return false
		}
		if clockWord(strings.TrimRight(w, ",.;)")) {
			switch {
			case k == 0:
				return true
			case ws[k-1] == "at" || ws[k-1] == "from" || ws[k-1] == "since" || k >= 2 && ws[k-2] == "as" && ws[k-1] == "of":
				return k == 1 || k == 2 && ws[0] == "as" || ws[0] == "on" || ws[0] == "in"
			}
			return false
		}
	}
	return false
}

// clockWord reports a clock time, "10:09" or "02.40".
func clockWord(w string) bool {
	n := len(w)
	if n != 4 && n != 5 {
		return false
	}
	sep := n - 3
	if w[sep] != ':' && w[sep] != '.' {
		return false
	}
	for k := range n {
		if k != sep && (w[k] < '0' || w[k] > '9') {
			return false
		}
	}
	return true
}

// backSubject reports the clause before "back" as the thing alone: one to five
// words, no pronoun, verb, plan, condition or negation ("Mains", "primary line",
// "The position feed is").
func backSubject(pre string) bool {
	cut := strings.LastIndexAny(pre, ",;:(")
	for _, sep := range []string{" - ", " – ", " and ", " so "} {
		if k := strings.LastIndex(pre, sep); k+len(sep)-1 > cut && k >= 0 {
			cut = k + len(sep) - 1
		}
	}
	ws := strings.Fields(pre[cut+1:])
	if len(ws) > 0 && backNoun.has(ws[len(ws)-1]) {
		return false // "the number is on the back", "round the back"
	}
	for len(ws) > 0 && backBe.has(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 1 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, "\"'.")
		if backStops.has(w) || notWords.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false // "Called Jeroen back", "Vocalis swapped 3/4 back"
		}
	}
	return true
}
