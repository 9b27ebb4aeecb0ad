package monthly

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/factguard"
)

// NarrativeProblem is a statement of a summary paragraph that the report's
// figures do not support.
type NarrativeProblem struct {
	// Kind is percentage, duration, month, number, name, term, staff,
	// ticket, blame or injection.
	Kind, Phrase, Reason string
}

// String formats the problem for a log or for the model.
func (p NarrativeProblem) String() string {
	return fmt.Sprintf("%s: \u201c%s\u201d: %s", p.Kind, p.Phrase, p.Reason)
}

const unitWords = `(?:weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b`

var (
	pctRE = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)`)
	durRE = regexp.MustCompile(`(?i)\b(` + factguard.NumberWordPattern + `)[\s-]+(?:(?:business|working|elapsed|calendar)\s+)?(` + unitWords + `)` +
		`(?:(?:\s*,\s*|\s+and\s+|\s+)(` + factguard.NumberWordPattern + `)[\s-]+(` + unitWords + `))?`)
	monthWordRE = regexp.MustCompile(`\b([A-Z][a-z]{2,8}\.?)(?:\s+(\d{4}))?\b`)
	numRE       = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)\b(\s+\w+)?`)
	capRE       = regexp.MustCompile(`\b[A-Z][\p{L}\p{N}'’-]*`)
	idRE        = regexp.MustCompile(`#\d+|\b[A-Z]{2,}-\d+\b`)
	blameWordRE = regexp.MustCompile(`(?i)\bblam(?:e|ed|es|ing)\b|\bat fault\b|\bnegligen|\bincompeten|\bcareless|\bsloppy\b|\blazy\b`)
	// countedRE are the nouns after which "one" is a count, not a pronoun.
	countedRE = regexp.MustCompile(`(?i)^\s+(?:tickets?|breach(?:es)?|actions?|themes?|customers?|objectives?|teams?|incidents?|gaps?|months?|budgets?)$`)
)

// alwaysAllowed are capitalised words prose uses that name nothing.
var alwaysAllowed = map[string]bool{"i": true, "sla": true, "slas": true, "p1": true, "p2": true, "p3": true,
	"p4": true, "p5": true, "mttr": true, "mttx": true}

// Check returns the problems of paragraph against the report's figures.
func (g *NarrativeGuard) Check(paragraph string) []NarrativeProblem {
	c := &narrativeCheck{g: g, text: paragraph, used: make([]bool, len(paragraph))}
	for _, inj := range factguard.Injections(paragraph) {
		c.add("injection", inj, "this speaks of instructions or of the model itself; write only about the month's figures")
	}
	c.percents()
	c.durations()
	c.monthNames()
	c.numbers()
	c.names()
	c.people()
	return c.out
}

type narrativeCheck struct {
	g    *NarrativeGuard
	text string
	used []bool
	out  []NarrativeProblem
}

func (c *narrativeCheck) add(kind, phrase, format string, args ...any) {
	c.out = append(c.out, NarrativeProblem{Kind: kind, Phrase: phrase, Reason: fmt.Sprintf(format, args...)})
}

func (c *narrativeCheck) free(s, e int) bool {
	for i := s; i < e; i++ {
		if c.used[i] {
			return false
		}
	}
	return true
}

func (c *narrativeCheck) claim(s, e int) {
	for i := s; i < e; i++ {
		c.used[i] = true
	}
}

// within tells whether v is one of vs as written with decimals places
// ("82%" is any of 81.5..82.5, "82.4%" any of 82.35..82.45).
func within(v float64, decimals int, vs []float64) bool {
	tol := 0.5*math.Pow(10, -float64(decimals)) + 1e-9
	for _, x := range vs {
		if math.Abs(v-x) <= tol {
			return true
		}
	}
	return false
}

func decimalsOf(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

func (c *narrativeCheck) percents() {
	for _, m := range pctRE.FindAllStringSubmatchIndex(c.text, -1) {
		c.claim(m[0], m[1])
		s := c.text[m[2]:m[3]]
		v, _ := strconv.ParseFloat(s, 64)
		if !within(v, decimalsOf(s), c.g.percents) {
			c.add("percentage", c.text[m[0]:m[1]], "no percentage of the report is %s; state only the report's percentages", c.text[m[0]:m[1]])
		}
	}
}

func (c *narrativeCheck) durations() {
	for _, m := range durRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		var total, unit time.Duration
		ok := true
		for p := 2; p+3 < len(m) && m[p] >= 0; p += 4 {
			v, _, _, vok := factguard.ParseNumber(c.text[m[p]:m[p+1]])
			u, uok := factguard.UnitOf(c.text[m[p+2]:m[p+3]])
			if !vok || !uok {
				ok = false
				break
			}
			total += time.Duration(v * float64(u))
			unit = u
			if d := decimalsOf(c.text[m[p]:m[p+1]]); d > 0 {
				unit = time.Duration(float64(u) * math.Pow(10, -float64(d)))
			}
		}
		if !ok {
			continue
		}
		found := false
		for _, d := range c.g.durations {
			// A duration is written rounded to its smallest unit.
			if diff := d - total; diff >= -unit/2 && diff <= unit/2 {
				found = true
			}
		}
		if !found {
			c.add("duration", c.text[m[0]:m[1]], "no duration of the report is %s; state only the report's durations, rounded to the unit written", c.text[m[0]:m[1]])
		}
	}
}

func (c *narrativeCheck) monthNames() {
	for _, m := range monthWordRE.FindAllStringSubmatchIndex(c.text, -1) {
		word := c.text[m[2]:m[3]]
		mo, ok := factguard.MonthOf(word)
		if !ok || !c.free(m[0], m[1]) {
			continue
		}
		if m[4] < 0 {
			// "May" alone may be the verb.
			if strings.EqualFold(strings.TrimSuffix(word, "."), "may") {
				continue
			}
			c.claim(m[0], m[1])
			if !c.g.monthOnly[mo] {
				c.add("month", word, "the report covers no %s; name only the report's month and the months before it", mo)
			}
			continue
		}
		c.claim(m[0], m[1])
		key := c.text[m[4]:m[5]] + "-" + fmt.Sprintf("%02d", int(mo))
		if !c.g.months[key] {
			c.add("month", c.text[m[0]:m[1]], "the report covers no %s %s; name only the report's month and the months before it", mo, c.text[m[4]:m[5]])
		}
	}
}

func (c *narrativeCheck) numbers() {
	for _, m := range numRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[2], m[3]) {
			continue
		}
		s := strings.ToLower(c.text[m[2]:m[3]])
		next := ""
		if m[4] >= 0 {
			next = c.text[m[4]:m[5]]
		}
		if s == "one" && !countedRE.MatchString(next) {
			continue
		}
		var v float64
		if s[0] >= '0' && s[0] <= '9' {
			v, _ = strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		} else {
			v, _, _, _ = factguard.ParseNumber(s)
		}
		c.claim(m[2], m[3])
		if v == math.Trunc(v) && c.g.ints[int64(v)] {
			continue
		}
		if within(v, decimalsOf(s), c.g.floats) && decimalsOf(s) > 0 {
			continue
		}
		c.add("number", c.text[m[2]:m[3]], "no figure of the report is %s; state only the report's counts", c.text[m[2]:m[3]])
	}
}

// names finds capitalised words and technical terms that the figures do
// not contain: invented customers, teams, objectives or themes.
func (c *narrativeCheck) names() {
	for _, m := range capRE.FindAllStringIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		w := strings.ToLower(strings.TrimRight(c.text[m[0]:m[1]], "'’-"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if c.g.vocab[w] || alwaysAllowed[w] || sentenceStart(c.text, m[0]) {
			continue
		}
		if _, ok := factguard.MonthOf(c.text[m[0]:m[1]]); ok {
			continue
		}
		c.add("name", c.text[m[0]:m[1]], "the report names no %s; name only the customers, teams, themes and objectives of the figures", c.text[m[0]:m[1]])
	}
	for _, m := range vocabRE.FindAllStringIndex(c.text, -1) {
		w := c.text[m[0]:m[1]]
		for grp := range factguard.TermGroups(w) {
			if !c.g.terms[grp] {
				c.add("term", w, "no theme or figure of the report mentions %s; describe only the report's themes", w)
				break
			}
		}
	}
}

// sentenceStart tells whether i begins a sentence (or the text).
func sentenceStart(s string, i int) bool {
	j := i - 1
	for j >= 0 && (s[j] == ' ' || s[j] == '\n' || s[j] == '"' || s[j] == '(') {
		j--
	}
	return j < 0 || strings.ContainsRune(".!?:", rune(s[j]))
}

// people finds staff named in an external paragraph, blame in any, and
// ticket ids in an external one.
func (c *narrativeCheck) people() {
	lower := strings.ToLower(c.text)
	for _, name := range c.g.staff {
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(name) + `\b`)
		for _, m := range re.FindAllStringIndex(c.text, -1) {
			switch {
			case c.g.external:
				c.add("staff", c.text[m[0]:m[1]], "the customer's report names no member of staff")
			case factguard.Blames(c.text[m[1]:min(len(c.text), m[1]+120)]):
				c.add("blame", c.text[m[0]:m[1]], "this blames a named person; the review is blameless")
			}
		}
	}
	for _, m := range blameWordRE.FindAllStringIndex(c.text, -1) {
		c.add("blame", c.text[m[0]:m[1]], "the review is blameless: describe what the process or system did, never who was at fault")
	}
	for _, id := range c.g.ids {
		if len(id) >= 2 && strings.Contains(lower, strings.ToLower(id)) && c.g.external {
			c.add("ticket", id, "the customer's report names no ticket id")
		}
	}
	if c.g.external {
		for _, m := range idRE.FindAllStringIndex(c.text, -1) {
			c.add("ticket", c.text[m[0]:m[1]], "the customer's report names no ticket id")
		}
	}
}
