package reader

// Readings of a restoration phrase that the ticket does not assert. The
// restoration phrases (restored.go) read a state or a phrase wherever it
// stands; these guards refuse the readings that are something else: a
// component found fine during the search ("our side is fine"), a choice
// accepted ("9 September is fine"), a release not yet applied ("fixed in
// 5.8.2"), a relative clause or a cause ("a column that no longer exists"),
// the intended effect of the writer's own step ("I've paused the sync so no
// more duplicates are made"), a prevention ("so it can't happen again"), a
// step done again ("I've unlocked the account again"), and a device that did
// not come back.
//
// Written in round 10 (docs/quality.md, "Round 10").

// heldAdverbs say a state holds after a change: with one of them, "is fine"
// reports the service; without, it rules a component out or accepts a choice.
var heldAdverbs = newWordSet(map[string]bool{"now": true, "again": true, "back": true, "anymore": true, "since": true,
	"thanks": true, "thank": true, "today": true, "too": true, "also": true, "everything": true, "all": true,
	"perfectly": true, "ta": true, "cheers": true})

// relativeHeads are what a relative clause opens with.
var relativeHeads = newWordSet(map[string]bool{"that": true, "which": true, "who": true})

// beforeThatClause are the words after which "that" opens a reported
// statement, not a relative clause ("confirmed that it no longer fails").
var beforeThatClause = newWordSet(map[string]bool{"so": true, "and": true, "but": true, "says": true, "said": true, "confirm": true,
	"confirms": true, "confirmed": true, "think": true, "hope": true, "glad": true, "see": true, "saw": true,
	"noticed": true, "note": true, "know": true, "sure": true, "now": true, "reports": true, "reported": true,
	"verified": true, "seems": true, "is": true, "was": true, "shows": true, "showing": true, "tells": true, "told": true})

// possessionNouns, after "no longer has", are what was taken away (a request to
// remove access fulfilled), not a fault that ended.
var possessionNouns = newWordSet(map[string]bool{"access": true, "rights": true, "permission": true, "permissions": true,
	"admin": true, "a": true, "an": true, "any": true, "the": true})

// ownPerfect are the writer's own perfect ("I've paused the sync"), whose "so"
// gives the step's purpose.
var ownPerfect = newWordSet(map[string]bool{"i've": true, "we've": true, "i": true, "we": true})

// restoredMisread reports whether the restoration phrase ts[i:i+n] is one
// of the readings above; restoredRefused has checked the older guards.
func restoredMisread(ts []string, i, n int) bool {
	last := ts[i+n-1]
	switch {
	case (last == "fine" || last == "healthy" || last == "correct") && n == 2 && (ts[i] == "is" || ts[i] == "are"):
		// "The network is fine", "Overnight is fine": a finding or a choice;
		// "you are correct", "so the deduction is correct": an answer.
		for _, t := range ts {
			if heldAdverbs.has(t) {
				return false
			}
		}
		if last == "correct" {
			return i > 0 && ts[i-1] == "you" || soBefore(ts, i)
		}
		return true
	case last == "resumed":
		if i+n < len(ts) && (ts[i+n] == "it" || ts[i+n] == "them" || ts[i+n] == "the") {
			return true // "Resumed it after checking": the writer's step
		}
	case last == "working" || last == "works" || last == "worked" || last == "fine":
		if i+n+1 < len(ts) && (ts[i+n] == "in" || ts[i+n] == "on" || ts[i+n] == "with" || ts[i+n] == "from") &&
			(ts[i+n+1] == "other" || ts[i+n+1] == "another" || ts[i+n+1] == "a" && i+n+2 < len(ts) && ts[i+n+2] == "different") {
			return true // "the optic is working in another port": a test elsewhere
		}
		if i > 0 && ts[i-1] == "itself" || i > 1 && ts[i-2] == "itself" {
			return true // "the sync itself worked fine": the fault is elsewhere
		}
	case n == 2 && ts[i] == "no" && last == "longer":
		if relativeBefore(ts, i) || ownPurpose(ts, i) {
			return true // "a column that no longer exists", "I've reinstalled it so it no longer depends on ..."
		}
		if i+2 < len(ts) && (ts[i+2] == "has" || ts[i+2] == "have") && i+3 < len(ts) && possessionNouns.has(ts[i+3]) {
			return true // "Mr Jones no longer has access": a removal done
		}
		for _, t := range ts {
			if t == "because" {
				return true // an explanation of the fault
			}
		}
		for _, t := range ts[i+n:] {
			if t == "fails" || t == "failing" || t == "fail" || t == "failed" || t == "rejected" || t == "rejects" {
				return true // "so the adapter no longer trusts it and every call fails"
			}
		}
	case last == "restored" || last == "recovered":
		// "restored its config from the SD card": a step on something;
		// "the DC that was restored with it": a restore of something else.
		if i+n < len(ts) {
			switch ts[i+n] {
			case "its", "their", "his", "her", "my", "our", "your", "from":
				return true
			}
		}
		if relativeBefore(ts, i) {
			return true
		}
	case last == "fixed" || last == "resolved":
		// "the slowness is fixed in version 3.4.2": a release, not applied here.
		if i+n+1 < len(ts) && ts[i+n] == "in" && (ts[i+n+1] == "version" || ts[i+n+1] == "release" || versionLike(ts[i+n+1])) {
			for _, t := range ts {
				if t == "now" || t == "again" {
					return false
				}
			}
			return true
		}
	}
	return ownPurpose(ts, i)
}

// relativeBefore reports whether a relative pronoun stands one or two words
// before ts[i] after a noun ("the DC that was restored", "a line item that no
// longer exists").
func relativeBefore(ts []string, i int) bool {
	for k := max(1, i-2); k < i; k++ {
		if relativeHeads.has(ts[k]) && !beforeThatClause.has(ts[k-1]) && (k == i-1 || auxiliaries.has(ts[k+1]) || ts[k+1] == "it" || ts[k+1] == "they") {
			return true
		}
	}
	return false
}

// ownPurpose reports whether the restoration at ts[i] follows "so" after the
// writer's own perfect step ("I've paused the sync so no more duplicates are
// made"): the step's intended effect, not one observed.
func ownPurpose(ts []string, i int) bool {
	for _, t := range ts {
		if t == "now" || t == "again" {
			return false // "I've raised the quota so uploads work now": observed
		}
	}
	so := -1
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if ts[k] == "so" {
			so = k
			break
		}
	}
	if so < 1 {
		return false
	}
	for k := 0; k+1 < so; k++ {
		if ts[k] == "i've" || ts[k] == "we've" || ownPerfect.has(ts[k]) && (ts[k+1] == "have" || ts[k+1] == "had") {
			return true
		}
	}
	return false
}

// versionLike reports whether a word is a release number ("5.8.2", "v2.4").
func versionLike(v string) bool {
	if v == "" {
		return false
	}
	if v[0] == 'v' && len(v) > 1 {
		v = v[1:]
	}
	return v[0] >= '0' && v[0] <= '9'
}

// preventionNeg reports whether a negation at ts[from:to] is a modal one ("so
// it can't happen again", "this shouldn't recur"): a prevention, not a problem
// that was watched for and did not come back.
func preventionNeg(ts []string, from, to int) bool {
	for k := max(0, from); k < min(to, len(ts)); k++ {
		switch ts[k] {
		case "can't", "cannot", "won't", "shouldn't", "wouldn't", "couldn't", "mustn't":
			return true
		case "not":
			if k > 0 {
				switch ts[k-1] {
				case "can", "will", "should", "would", "could", "must":
					return true
				}
			}
		}
	}
	return false
}

// comeBackSubjects are what "has not come back" is said of when a problem
// stayed away ("the error hasn't come back"), as against a device or service
// that did not return ("two tills didn't come back", "svc died and never came
// back").
var comeBackSubjects = newWordSet(map[string]bool{"it": true, "issue": true, "issues": true, "problem": true, "problems": true,
	"error": true, "errors": true, "fault": true, "faults": true, "bug": true, "crash": true, "crashes": true,
	"alarm": true, "alarms": true, "warning": true, "warnings": true, "symptom": true, "symptoms": true, "message": true,
	"messages": true, "popup": true, "pop-up": true, "prompt": true, "this": true, "that": true, "banner": true})

// faultCameBack reports whether the negated "come back" at ts[k] is said of a
// problem: the word before the negation names one.
func faultCameBack(ts []string, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if negations.at(ts, j) {
			return comeBackSubjects.has(ts[j-1]) || j > 1 && auxiliaries.has(ts[j-1]) && comeBackSubjects.has(ts[j-2])
		}
	}
	return false
}

// doneStep reports whether the state word at ts[k] is a participle after the
// writer's or a third party's "have" ("I've unlocked the account again",
// "they have now sent new keys"): a step done, not a state reached.
func doneStep(ts []string, k int) bool {
	switch ts[k] {
	case "unlocked", "enabled", "sent", "reduced", "received":
	default:
		return false
	}
	p := k - 1
	for p >= 0 && (ts[p] == "now" || ts[p] == "also" || ts[p] == "just" || ts[p] == "already") {
		p--
	}
	if p < 0 {
		return false
	}
	switch ts[p] {
	case "i've", "we've", "they've", "you've", "have", "has", "had":
		return true
	}
	return false
}

// againOfRecur reports whether the "again" at ts[j] belongs to a recurrence
// ("so this shouldn't happen again"), not to the state before it.
func againOfRecur(ts []string, j int) bool {
	return j > 0 && recurVerbs[ts[j-1]]
}

// partialSubject, opening a sentence, makes a short report one of a part
// ("One card went through", "Some users now have the report").
var partialSubject = newWordSet(map[string]bool{"one": true, "some": true, "only": true, "few": true})

// thereState reports whether the "there" at ts[k] is a state after a form of
// "be" or "all" ("all there", "they're there now"), not a place after a step
// ("pinning it there").
func thereState(ts []string, k int) bool {
	if k == 0 {
		return false
	}
	switch ts[k-1] {
	case "is", "are", "was", "were", "all", "it's", "they're", "that's", "now", "back", "still", "everything's":
		return true
	}
	return false
}

// stepObject reports whether the state word at ts[k] is a verb or particle
// with an object after it ("picking this up", "went through it together"):
// a step, not a state.
func stepObject(ts []string, k int) bool {
	if k+1 >= len(ts) || ts[k] != "picking" && ts[k] != "through" {
		return false
	}
	switch ts[k+1] {
	case "it", "them", "up", "everything":
		return true
	case "this":
		return ts[k] == "picking" // "went through this morning" is a time
	}
	return false
}

// soBefore reports whether "so" stands before ts[i] in the sentence: the state
// after it is the conclusion of an explanation.
func soBefore(ts []string, i int) bool {
	for _, t := range ts[:i] {
		if t == "so" {
			return true
		}
	}
	return false
}

// heldIn reports whether a word of heldAdverbs stands in the sentence: without
// one, "the broker is healthy" is a finding of the search.
func heldIn(ts []string) bool {
	for _, t := range ts {
		if heldAdverbs.has(t) {
			return true
		}
	}
	return false
}

// ownPurposeIn reports whether a "so" after the writer's own perfect step
// gives the step's purpose anywhere in the sentence ("I've paused the sync so
// no more duplicates are made").
func ownPurposeIn(ts []string) bool {
	for k, t := range ts {
		if t == "so" && k+1 < len(ts) && ownPurpose(ts, k+1) {
			return true
		}
	}
	return false
}
