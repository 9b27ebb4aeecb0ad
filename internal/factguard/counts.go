package factguard

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// nounClasses map the nouns of counts to the computed counts they must match.
var nounClasses = []struct {
	re    *fastRE
	class string
}{
	{mustFast(`(?i)^(?:internal\s+)?notes?$`), "note"},
	{mustFast(`(?i)^(?:customer|client)\s+messages?$`), "customer message"},
	{mustFast(`(?i)^(?:agent|engineer|support)\s+messages?$`), "agent message"},
	{mustFast(`(?i)^internal\s+(?:messages?|comments?)$`), "note"},
	{mustFast(`(?i)^messages?$|^emails?$|^comments?$`), "message"},
	{mustFast(`(?i)^updates?$`), "update"},
	{mustFast(`(?i)^(?:responses?|repl(?:y|ies)|answers?)$`), "reply"},
	{mustFast(`(?i)^(?:chases?|reminders?|follow-ups?|nudges?|requests?)$`), "chase"},
	{mustFast(`(?i)^gaps?$|^intervals?$`), "gap"},
	{mustFast(`(?i)^breach(?:es)?$|^violations?$`), "breach"},
	{mustFast(`(?i)^actions?$|^recommendations?$`), "action"},
	{mustFast(`(?i)^findings?$`), "finding"},
	{mustFast(`(?i)^causes?$`), "cause"},
	{mustFast(`(?i)^(?:steps?|fix(?:es)?)$`), "fix"},
	{mustFast(`(?i)^(?:stretch(?:es)?|pauses?)$`), "pause"},
	{mustFast(`(?i)^(?:priority\s+)?changes?$`), "priority change"},
	{mustFast(`(?i)^escalations?$`), "escalation"},
	{mustFast(`(?i)^estimates?$`), "estimate"},
	{mustFast(`(?i)^directives?$`), "directive"},
	{mustFast(`(?i)^factors?$`), "factor"},
	{mustFast(`(?i)^internal\s+tickets?$`), "internal ticket"},
}

var (
	countRE    = mustFast(`(?i)\b(` + numberWordPattern + `)\s+((?:(?:customer-visible|customer-facing|public|separate|distinct|written|unanswered|answered|remedial|corrective|preventive|proposed|recorded|total|agent|customer|client|engineer|internal|support|priority|contributing|follow-up)\s+){0,2})([a-z][a-z-]*)\b`)
	timesRE    = mustFast(`(?i)\b(?:(once|twice|thrice)|(` + numberWordPattern + `)\s+(?:separate\s+|different\s+)?(?:times|occasions))\b`)
	relWordRE  = mustFast(`(?i)\b(?:further|more|additional|other|new|extra|another|subsequent|following|first|last|next|previous|earlier|later)\b`)
	bareRE     = mustFast(`(?i)\b(\d[\d,]*(?:\.\d+)?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b`)
	contactCtx = mustFast(`(?i)\b(?:phoned|called|rang|wrote|emailed|e-mailed|contacted|messaged|got\s+in\s+touch)\b`)
	chaseCtx   = mustFast(`(?i)\bask|\bchase|\bnews\b|\bfollow|\bremind|\bnudg|\bprompt`)
)

func (c *checker) scanCounts() {
	f := c.f
	for _, m := range c.findAll(timesRE, "once", "twice", "thrice", "times", "occasions") {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		var n int
		if m[2] >= 0 {
			n = map[string]int{"once": 1, "twice": 2, "thrice": 3}[strings.ToLower(c.text[m[2]:m[3]])]
		} else {
			v, _, _, _, ok := parseNumber(c.text[m[4]:m[5]])
			if !ok {
				continue
			}
			n = int(v)
		}
		sent := c.sentence(c.sentenceOf(m[0]))
		if c.statedCount(m[0], m[1]) {
			continue // "asked for the password twice": a count the ticket states of the same thing
		}
		var allowed []int
		what := "computed count"
		switch {
		case contactCtx.MatchString(sent) && customerActorRE.MatchString(sent):
			allowed, what = f.counts["customer message"], "number of customer messages"
		case chaseCtx.MatchString(sent):
			allowed, what = f.counts["chase"], "number of times the customer asked for news"
		case strings.Contains(strings.ToLower(sent), "priority"):
			allowed, what = f.counts["priority change"], "number of priority changes"
		case strings.Contains(strings.ToLower(sent), "paus"):
			allowed, what = f.counts["pause"], "number of pauses"
		default:
			for _, v := range f.counts {
				allowed = append(allowed, v...)
			}
		}
		if !slices.Contains(allowed, n) {
			c.problem(KindCount, m[0], m[1], "the %s is %s", what, intList(allowed))
		}
	}
	for _, m := range countRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[2], m[3]) {
			continue
		}
		numText := c.text[m[2]:m[3]]
		if lw := strings.ToLower(numText); lw == "a" || lw == "an" || strings.HasPrefix(lw, "half") {
			continue
		}
		adj := strings.ToLower(strings.TrimSpace(c.text[m[4]:m[5]]))
		noun := strings.ToLower(c.text[m[6]:m[7]])
		phrase := strings.TrimSpace(adj + " " + noun)
		class := ""
		for _, nc := range nounClasses {
			if nc.re.MatchString(phrase) || nc.re.MatchString(noun) {
				class = nc.class
				if nc.re.MatchString(phrase) {
					break
				}
			}
		}
		if class == "" {
			// A count of something the facts do not count ("four laptops") must be
			// one the ticket states; otherwise the bare-number rule decides.
			v, lo, hi, _, ok := parseNumber(numText)
			if ok && lo == hi && v >= 2 && v < 1000 && v == float64(int(v)) && adj == "" && !c.f.ground.statedCounts[fmt.Sprint(int(v), " ", stem(noun))] &&
				!unitLike(noun) && !c.partOfName(m[2]) {
				c.claim(m[0], m[1])
				c.problem(KindNumber, m[0], m[1], "the ticket does not say there were %s %s; state only counts the facts or the ticket give", numText, noun)
			}
			continue
		}
		c.claim(m[0], m[1])
		if relWordRE.MatchString(c.text[max(0, m[0]-12):m[0]]) || relWordRE.MatchString(adj) {
			continue // "two further updates" counts part of something; not checkable
		}
		v, lo, hi, _, ok := parseNumber(numText)
		if !ok {
			continue
		}
		allowed := f.counts[class]
		hit := false
		for _, n := range allowed {
			if float64(n) >= lo && float64(n) <= hi && (lo != hi || float64(n) == v) {
				hit = true
			}
		}
		if !hit {
			c.problem(KindCount, m[0], m[1], "the computed %s count is %s", class, intList(allowed))
		}
	}
}

func intList(ns []int) string {
	s := slices.Clone(ns)
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) == 0 {
		return "not computed"
	}
	var parts []string
	for _, n := range s {
		parts = append(parts, fmt.Sprint(n))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "one of " + strings.Join(parts, ", ")
}

// statedCount reports whether the ticket's own text says the count at
// [start, end) of the same thing: the word before it and the count both occur,
// side by side, in the ticket.
func (c *checker) statedCount(start, end int) bool {
	words := strings.Fields(c.text[max(0, start-40):start])
	if len(words) == 0 {
		return false
	}
	phrase := normalise(strings.Trim(words[len(words)-1], ",;:") + " " + c.text[start:end])
	return strings.Contains(c.f.corpus, phrase)
}

var dozenRE = mustFast(`(?i)\b(?:(half\s+)?an?\s+dozen|(dozens))(?:\s+of)?\s+((?:[a-z-]+\s+){0,2}?)([a-z][a-z-]*)\b`)

// scanDozens reads "a dozen updates", "half a dozen minutes", "dozens of
// chases": a duration, a count or a number, checked as such.
func (c *checker) scanDozens() {
	for _, m := range c.findAll(dozenRE, "dozen") {
		if !c.free(m[0], m[1]) {
			continue
		}
		lo, hi := 12.0, 12.0
		switch {
		case m[2] >= 0:
			lo, hi = 6, 6
		case m[4] >= 0:
			lo, hi = 24, 99
		}
		c.claim(m[0], m[1])
		adj := strings.ToLower(strings.TrimSpace(c.text[m[6]:m[7]]))
		noun := strings.ToLower(c.text[m[8]:m[9]])
		if u, ok := unitOf(noun); ok && adj == "" && len(noun) > 1 {
			exact := time.Duration(lo * float64(u))
			dc := durationClaim{start: m[0], end: m[1], exact: exact, lo: exact - u/2, hi: exact + u}
			if hi != lo {
				dc.lo, dc.hi = exact, time.Duration(hi*float64(u))+u
			}
			c.durations = append(c.durations, dc)
			continue
		}
		phrase := strings.TrimSpace(adj + " " + noun)
		class := ""
		for _, nc := range nounClasses {
			if nc.re.MatchString(phrase) || nc.re.MatchString(noun) {
				class = nc.class
				break
			}
		}
		if class != "" {
			if !slices.ContainsFunc(c.f.counts[class], func(n int) bool { return float64(n) >= lo && float64(n) <= hi }) {
				c.problem(KindCount, m[0], m[1], "the computed %s count is %s", class, intList(c.f.counts[class]))
			}
			continue
		}
		if lo == hi && !c.f.numbers[int64(lo)] {
			c.problem(KindNumber, m[0], m[1], "this number is not in the facts or the ticket; state only computed numbers")
		}
	}
}

// notCountedRE matches the words after a number that are no counted noun:
// verbs, prepositions, determiners, measures.
var notCountedRE = mustFast(`^(?:percent|per|pm|am|of|to|and|or|but|more|less|fewer|in|at|on|by|out|a|an|the|was|were|is|are|be|been|has|had|have|did|do|does|will|would|can|could|may|might|should|must|that|which|who|this|these|those|it|its|their|his|her|our|your|after|before|later|earlier|ago|since|until|from|with|without|for|between|times|x|plus|minus|times|out|other|others|each|all|both|more|most|also|then|than|as|if|so)$`)

// unitLike reports whether a noun measures rather than counts ("2 percent", "3 pm").
func unitLike(noun string) bool {
	if notCountedRE.MatchString(noun) {
		return true
	}
	_, ok := unitOf(noun)
	return ok
}

// partOfName reports whether the number at i follows a capitalised word or a
// word it follows in the ticket ("Microsoft 365", "Windows 11").
func (c *checker) partOfName(i int) bool {
	words := strings.Fields(c.text[max(0, i-30):i])
	if len(words) == 0 {
		return false
	}
	prev := words[len(words)-1]
	if strings.ContainsAny(prev[len(prev)-1:], ".!?:;") {
		return false // the number opens a sentence
	}
	if startsUpper(prev) && len(words) > 1 && !strings.HasSuffix(words[len(words)-2], ".") {
		return true
	}
	return strings.Contains(c.f.corpus, strings.ToLower(prev)+" "+strings.ToLower(c.text[i:min(len(c.text), i+4)]))
}
