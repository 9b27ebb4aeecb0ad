package reader

import "strings"

// requestNames are the nouns a subject names its ticket by when it asks for
// a thing: "Refund request - remaining balance", "Warranty claim - battery
// (T5 Max)", "Request: 6 additional DECT handsets".
var requestNames = []string{"request", "requests", "claim"}

// whWords open a subject that asks, question mark or not.
var whWords = newWordSet(map[string]bool{"how": true, "what": true, "why": true, "when": true, "where": true,
	"which": true, "who": true})

// requestHead reports whether subject names the ticket a request: a
// requestNames word that ends the subject or a part of it (followed by
// "-", ":", ",", "(", "/" or nothing), in a subject that neither states a
// fault (fault, the subject's own vote) nor asks ("How long do you keep
// family records / erasure request"). "Change request" is a change
// (changeForms); a request word before a noun names something else
// ("Maintenance request emails not reaching contractors", "Request Entity
// Too Large"). The reporter's own name for the ticket holds when staff tell
// why the thing is owed ("your balance was held because ...") or the
// opening tells of what went before: round 59, the tuning sets' subjects
// so named that state no fault and do not ask are service requests in 17 sets
// (styles2, 4, 9, 11, 17, 20, 23, 29, 35, 42, 49, 52, 53, 55, 56, 62, 66)
// but one change ("Request: stop automatic firmware updates", styles56 16,
// read as a service request before too); 4 were misread (styles52 07,
// styles56 08, styles62 11, styles66 03).
func requestHead(subject string, fault bool, buf []string, sc *scan) bool {
	if fault {
		return false
	}
	s := strings.ToLower(strings.TrimSpace(subject))
	if strings.HasSuffix(s, "?") {
		return false
	}
	ts := tokens(subject, buf)
	if len(ts) == 0 || whWords.has(ts[0]) || questionOpen.has(ts) || isQuestion(subject, newScan(ts, sc)) {
		return false
	}
	for _, w := range requestNames {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(w)
			i = end
			if start > 0 && isWordByte(s[start-1]) || end < len(s) && isWordByte(s[end]) {
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(s[:start]), "change") {
				continue
			}
			rest := strings.TrimLeft(s[end:], " ")
			if rest == "" || strings.ContainsRune("-:,(/–", rune(rest[0])) || strings.HasPrefix(rest, "–") {
				return true
			}
		}
	}
	return false
}
