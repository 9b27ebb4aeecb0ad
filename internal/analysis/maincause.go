package analysis

import (
	"math"
	"regexp"
	"strings"

	"github.com/debriefhq/debrief/internal/reader"
)

// MainCause returns the index in f.Causes of the cause a report states, or -1
// when staff state none. Causes are in the ticket's order, and the first is
// often a terse note ("Driver was replaced by the update on 24 Dec") that a
// later sentence states in full ("The failure was caused by an automatic
// driver update"): the first that names a causation in so many words comes
// first, then the first of all. With customerFacing, a public cause comes
// before any internal one (the executive summary quotes what the customer
// was told). A cause that explains only what kept working ("Web browsers
// use a different setting, which is why browsing still worked") comes last:
// it tells why the fault spared something, not what caused it, and so does
// an admission alone ("Sorry, that was my change."), which owns the fault
// without stating it, and a sentence that only sets a candidate aside ("The
// dirty sensor turned out not to be the real problem."), which names none.
// A cause staff call the one that held ("The real problem was ...", "it
// turned out to be ...") comes before a first explanation. Staff's first look ("I can see three declines on that
// card ...") ranks below an explanation that follows it, and staff's
// announcement of the cause found ("Found it: ...", "What happened: ...")
// above a sentence of context or symptom before it. A consequence told
// after the explanation in the same message ("..., which is why the page
// spun") is quoted as that explanation, at its own rank, where the
// explanation ranks at most one lower (followsExplanation). A sentence that
// says the cause was not found ("we haven't found a definite cause") ranks
// with the admissions, and a cause the reader read weakly, a private working
// note's terse state or the model near its threshold, lower (readWeakly).
func (f *Facts) MainCause(customerFacing bool) int {
	if len(f.Causes) == 0 {
		return -1
	}
	if k, ok := f.mainCause.answer(f.Causes, customerFacing); ok {
		return k
	}
	k := mainCauses(f.Causes)
	if customerFacing {
		return k[1]
	}
	return k[0]
}

// mainCauses returns MainCause's answers for causes, not empty, without and
// with customerFacing: each cause's text is ranked once for both, as
// customerFacing only adds 2 to a public cause's rank (causeRank).
func mainCauses(causes []Quote) [2]int {
	var buf [maxQuotesPerList]int
	ranks := buf[:0]
	for i := range causes {
		ranks = append(ranks, causeRank(&causes[i], false))
	}
	rank := func(i int, customerFacing bool) int {
		if customerFacing && causes[i].Public {
			return ranks[i] + 2
		}
		return ranks[i]
	}
	best, bestRank := [2]int{0, 0}, [2]int{math.MinInt, math.MinInt}
	for i := range causes {
		j, follows := followsExplanation(causes, i)
		for c, customerFacing := range [2]bool{false, true} {
			r, at := rank(i, customerFacing), i
			// A consequence told after the explanation ("..., which is why
			// the page spun") is quoted as the explanation before it.
			if follows && j >= 0 && rank(j, customerFacing) >= r-1 {
				at = j
			}
			if r > bestRank[c] {
				best[c], bestRank[c] = at, r
			}
		}
	}
	return best
}

// causeRank is the rank MainCause gives q on its own.
func causeRank(q *Quote, customerFacing bool) int {
	rank := 0
	names := reader.NamesCause(q.Text)
	if names {
		rank++
	}
	if customerFacing && q.Public {
		rank += 2
	}
	if realCause(q.Text) {
		rank += 2
	}
	if foundCause(q.Text) {
		rank++
	}
	if explainsSpared(q.Text) || admitsOnly(q.Text) || rulesOutOnly(q.Text) || findsNoCause(q.Text) {
		rank -= 4
	}
	rank -= readWeakly(q)
	if !q.Public && !names && terseState(q.Text) {
		rank-- // a private terse state (maincause_terse.go)
	}
	if stepWithCause(q) {
		rank -= 2 // a public reply of staff's step that tells the fault in passing (maincause_step.go)
	}
	if observesOnly(q.Text) {
		rank -= 2
	}
	return rank
}

// sparedClause is a consequence that names something working: "which is why
// browsing still worked", "so they still work", "which is why they could
// start". It does not run past a semicolon or colon, where another clause
// begins.
var sparedClause = regexp.MustCompile(`\b(?:why|so)\b[^;:]*?\b(?:still work\w*|works?|worked|working|could start|carried on)\b`)

// explainsSpared reports whether text, a cause sentence, states no fault and
// explains only what kept working. Seen as the exec summary's cause where the
// ticket stated the failure's cause in another sentence: styles74 PRX-552031
// ("Web browsers use a different setting, which is why browsing still
// worked"), styles12 RCS-30712 ("Your colleagues' jobs are shorter, which is
// why they could start") and IW-88940 ("Browsers and curl often fill that
// gap themselves, which is why your tests work, but ..."). A sentence that
// also names the fault (styles71 CDR-IT-2347: "... so it fails on the space;
// put-away trims it, which is why that still works") is the cause and keeps
// its rank, as is one whose consequence is denied ("which is why logins did
// not work").
func explainsSpared(text string) bool {
	l := strings.ToLower(text)
	if !strings.Contains(l, "work") && !strings.Contains(l, "could start") && !strings.Contains(l, "carried on") {
		return false // every match of sparedClause holds one, and without one nothing is spared
	}
	spared := false
	rest := sparedClause.ReplaceAllStringFunc(l, func(clause string) string {
		// "still" is a fault word ("still failing"); before a working
		// verb it is none.
		if faultRank(strings.ReplaceAll(clause, "still ", "")) == 0 {
			spared = true
			return " "
		}
		return clause
	})
	return spared && faultRank(rest) == 0
}
