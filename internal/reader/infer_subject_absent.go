package reader

// subjectNegations state that a thing is absent or does not happen.
var subjectNegations = newWordSet(map[string]bool{"no": true, "not": true, "never": true, "nothing": true})

// subjectNegates reports whether a subject that does not ask states an
// absence or a failure with a bare negation: "ISA transfer not arrived",
// "Driver tablet - no manifest for RD-2291", "Sub-master SM-F does not open
// door 2.14", "No certificate found for heat 24A1183". The subject is the
// reporter's summary, and a summary that says a thing is not there or not
// happening reports a fault, whatever the opening asks for ("please resend
// it"). The word lists (incidentWords) name the usual phrasings ("not
// working", "not received"); a negation of any other verb or noun is as
// much a fault. Round 59: of the tuning sets' 244 subjects with no, not,
// never or nothing, 238 are labelled incidents, and 11 of them were read as
// questions, service requests or a change (styles12 02, styles27 03,
// styles42 01, styles48 04, styles49 06, styles45 10, styles51 01, styles52
// 06, styles55 15, styles61 08, styles65 07), all now incidents. Of the 6
// labelled questions, 3 ask ("How to substitute when order says no
// substitutions", kept by questionOpen); one true row is lost, a product not
// offered ("Chat: VOO not available", styles45 11, now an incident).
func subjectNegates(subject string, buf []string, sc *scan) bool {
	if endsQuestion(subject) {
		return false
	}
	ts := tokens(subject, buf)
	if len(ts) == 0 || questionOpen.has(ts) || isQuestion(subject, newScan(ts, sc)) {
		return false
	}
	for _, t := range ts {
		if subjectNegations.has(t) {
			return true
		}
	}
	return false
}
