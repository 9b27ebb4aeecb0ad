package reader

// Round 19: fixes in forms that writers of several sets use, each kept only
// when it read true rows in at least two sets written by different people
// (docs/quality.md, "Round 19").

// noteSteps19 are steps done that staff write in a note with no subject,
// beyond round 14's doneSteps: "Triggered a full sync from admin",
// "Generated 50 more vouchers", "Key entered 11:52", "Build 8 promoted to
// prod 31/07".
var noteSteps19 = map[string]bool{"triggered": true, "retriggered": true, "re-triggered": true,
	"generated": true, "regenerated": true, "transferred": true, "entered": true, "promoted": true,
	"staged": true, "forced": true}

// producedOnly19 are noteSteps19 that after a name tell what a job
// produced, not a step ("report.csv generated 05:41"); they are a step only
// opening the note ("Generated 100 more vouchers").
// "Triggered" after a name is what an alert or a change did ("Alert
// triggered on Slack", "This triggered an investigation").
var producedOnly19 = map[string]bool{"generated": true, "regenerated": true, "triggered": true,
	"retriggered": true, "re-triggered": true}

// afterNote19 may follow a participle after a name in a note: a passive
// step ("Key entered 11:52", "Build promoted to prod", "Unit staged and
// shipped"), not an active verb with its object ("Node entered NotReady
// state").
var afterNote19 = map[string]bool{"to": true, "on": true, "at": true, "in": true, "into": true, "for": true,
	"via": true, "and": true, "manually": true, "by": true, "from": true, "over": true}

// fix19 reports whether a staff note with no subject states a step done
// with one of noteSteps19: opening the note, or after a name of at most four
// words. It keeps round 14's refusals of a terse note: the opening message,
// a question-free hedge, a plan or a cause word, a negation, a count done
// ("63 records entered"), a bare verb with no object, a clause about the
// thing ("key entered was wrong"), a message or a ticket as the object, a
// test.
func fix19(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 2 || hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) ||
		negations.hasIn(sc) {
		return false
	}
	if digitWord(ts[0]) && !timeOrAddress(text) {
		return false
	}
	k := -1
	for j := 0; j < min(len(ts), 5); j++ {
		switch ts[j] {
		case "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "to", "the", "i", "we", "you",
			"if", "when", "not", "no", "never", "kindly", "please", "find", "should", "would", "could", "can":
			return false // a clause, not a note
		}
		if noteSteps19[ts[j]] && (j == 0 || !producedOnly19[ts[j]]) {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	if k > 0 && k+1 < len(ts) && !digitWord(ts[k+1]) && !afterNote19[ts[k+1]] {
		return false
	}
	for _, w := range ts[k+1:] {
		switch w {
		case "is", "are", "was", "were", "without":
			return false
		}
	}
	if k == 0 {
		bare := true
		for _, w := range ts[1:] {
			bare = bare && digitWord(w)
		}
		if bare {
			return false // "Triggered 03:03": no object to say what was done
		}
	}
	for _, w := range ts[:k] {
		if notStepObjects[w] || messageWords[w] {
			return false // "ticket transferred to L2", "email generated"
		}
	}
	for _, w := range ts {
		if w == "test" || w == "tests" || w == "testing" || w == "automatically" || w == "auto" {
			return false
		}
	}
	for _, w := range ts[k+1 : min(len(ts), k+5)] {
		if notStepObjects[w] {
			return false
		}
	}
	if trace19 != nil {
		trace19("fix:note", text)
	}
	return true
}
