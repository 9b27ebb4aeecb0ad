package reader

import "strings"

// absentWords open a subject that asks whether a thing is missing ("No race
// pack email?"): a fault put as a question, not an ask to know.
var absentWords = newWordSet(map[string]bool{"no": true, "not": true, "never": true, "nothing": true, "missing": true})

// subjectAsks reports whether subject is itself a question that names no
// fault nor absence ("Why did our credit usage triple last week?",
// "8BitDo controller in browser?", "Moving our wedding to 2028 - do we lose
// the deposit?"). The reporter frames the ticket as an ask to know, and staff
// explaining why ("because the recalculation ran twice") answer it: a cause
// told in reply does not make it an incident, as it does for a subject that
// asks without a question mark. Round 59: styles18 (16), styles53 (12),
// styles56 (13), styles59 (08), styles65 (13), styles66 (17) are questions
// read as incidents; the one subject question labelled an incident among the
// tuning sets' 17 whose staff state a cause opens with its absence ("No race
// pack email?", styles53 14), kept by absentWords.
func subjectAsks(subject string, buf []string) bool {
	s := strings.TrimSpace(subject)
	if !strings.HasSuffix(s, "?") {
		return false
	}
	ts := tokens(s, buf)
	return len(ts) > 0 && !absentWords.has(ts[0])
}
