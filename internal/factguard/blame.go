package factguard

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// skipWords may stand between a person and the verb that blames them.
	skipWords = map[string]bool{"was": true, "were": true, "had": true, "has": true, "have": true, "also": true,
		"then": true, "clearly": true, "simply": true, "repeatedly": true, "initially": true, "still": true,
		"just": true, "further": true, "evidently": true, "apparently": true, "obviously": true, "again": true,
		"himself": true, "herself": true, "themselves": true, "personally": true, "is": true, "are": true, "been": true}
	failStartRE = mustFast(`(?i)^(?:failed|fails|fail|forgot|forgotten|neglected|ignored|overlooked|missed|mishandled|botched|messed|broke|broken|caused|delayed|dropped|misjudged|misconfigured|misread|blundered|erred|botched|did not|didn't|didnt|never|should have|could have|ought to have|slow|late|careless|negligent|incompetent|lazy|sloppy|unresponsive|responsible for the|to blame|at fault|made a mistake|made an error|made mistakes|made errors|let the customer down|let down|screwed|bungled|wrongly|incorrectly|mistakenly|carelessly|poorly|badly)\b`)
	failNounRE  = mustFast(`(?i)^'s\s+(?:\w+\s+)?(?:mistake|error|fault|failure|negligence|oversight|carelessness|delay|slowness|incompetence|lapse|blunder|misjudgement|misjudgment)s?\b`)
	failByRE    = mustFast(`(?i)\b(?:caused|delayed|mishandled|missed|neglected|ignored|overlooked|broken|botched|mistakes?|errors?|fault|failure|oversight|negligence|blamed?|lapse)\s+(?:made\s+|committed\s+)?(?:by|of|on)\s+$`)
	blameRE     = mustFast(`(?i)\bblame`)
	// A person named as the doer of what a cause sentence blames ("caused by a
	// runaway export started by Jean-Luc Martin").
	causeSentRE = mustFast(`(?i)\b(?:caused|because|due to|root cause|result of|triggered|led to)\b`)
	doerByRE    = mustFast(`(?i)\b(?:started|run|ran|triggered|launched|initiated|kicked off|executed|made|done|performed|submitted|deployed|pushed|changed|configured|installed|applied|deleted|removed|edited|modified|uploaded|scheduled)\s+by\s+$`)
)

func (f *Facts) personRE() *fastRE {
	names := slices.Clone(f.persons)
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	var alts []string
	for _, n := range names {
		alts = append(alts, regexp.QuoteMeta(n))
	}
	placeholder := `\[PERSON-\d+\]`
	if len(alts) == 0 {
		return newFast(regexp.MustCompile(placeholder))
	}
	return newFast(regexp.MustCompile(`(?:\b(?:` + strings.Join(alts, "|") + `)\b|` + placeholder + `)`))
}

func (c *checker) checkBlame() {
	re := c.f.people
	if re == nil {
		return
	}
	for _, m := range re.FindAllStringIndex(c.text, -1) {
		name := c.text[m[0]:m[1]]
		after := c.text[m[1]:min(len(c.text), m[1]+120)]
		k := c.sentenceOf(m[0])
		// A name may run past the end of the sentence it starts in ("...
		// with Dr. Ana Ruiz" split after "Dr."): its sentence then ends
		// with it.
		sentEnd := max(c.sentences[k][1], m[1])
		if m[1]+len(after) > sentEnd {
			after = c.text[m[1]:sentEnd]
		}
		blamed := Blames(after)
		before := c.text[max(c.sentences[k][0], m[0]-40):m[0]]
		if !blamed && failByRE.MatchString(before) {
			blamed = true
		}
		if !blamed && doerByRE.MatchString(before) && causeSentRE.MatchString(c.text[c.sentences[k][0]:m[0]]) {
			blamed = true
		}
		if !blamed && blameRE.MatchString(c.text[c.sentences[k][0]:sentEnd]) {
			blamed = true
		}
		if blamed {
			end := min(sentEnd, m[1]+len(after))
			if i := strings.IndexAny(c.text[m[1]:end], ".;"); i >= 0 {
				end = m[1] + i
			}
			c.problem(KindBlame, m[0], end, "this blames a named person (%s); the review is blameless: describe what the process or system did, never a person", name)
		}
	}
}
