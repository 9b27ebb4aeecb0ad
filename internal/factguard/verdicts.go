package factguard

import (
	"slices"
	"strings"
)

var (
	slaObjectRE    = mustFast(`(?i)\b(?:slas?|service[- ]level(?:\s+agreement)?|targets?|deadlines?)\b`)
	positiveRE     = mustFast(`(?i)\b(?:within|inside|met|meet|meets|meeting|achieved|achieving|satisfied|satisfy|satisfies|honou?red|respected|complied with|compliant with|in line with|in accordance with|consistent with|kept to|hit)\b`)
	negativeRE     = mustFast(`(?i)\b(?:outside|beyond|breach(?:ed|es|ing)?|missed|miss|misses|exceeded|exceeding|exceeds|exceed|violat\w*|overran|over-ran|fell short of|late against|contrary to)\b`)
	negatorRE      = mustFast(`(?i)(?:\b(?:no|not|never|without|neither|nor)\b|n't\b)`)
	verdictTopicRE = []struct {
		re *fastRE
		t  int
	}{
		{mustFast(`(?i)\bfirst[- ](?:customer-visible\s+|public\s+)?(?:response|reply)|\bresponded\b|\bresponse\b`), 1},
		{mustFast(`(?i)\bresol\w*|\bclosed\b|\bclosure\b|\bsolution\b`), 2},
		{mustFast(`(?i)\bupdates?\b|\bgaps?\b|\bcadence\b`), 3},
	}
)

// polarity returns +1 when a verdict word nearest the object says the target was
// met, -1 when it says it was breached, 0 when there is none.
func (c *checker) polarity(sent [2]int, obj []int) (pol, start, end int) {
	lo := max(sent[0], obj[0]-70)
	hi := min(sent[1], obj[1]+45)
	type hit struct{ pos, end, pol int }
	var hits []hit
	for _, re := range []*fastRE{positiveRE, negativeRE} {
		pol := 1
		if re == negativeRE {
			pol = -1
		}
		for _, m := range re.FindAllStringIndex(c.text[lo:hi], -1) {
			hits = append(hits, hit{lo + m[0], lo + m[1], pol})
		}
	}
	if len(hits) == 0 {
		return 0, 0, 0
	}
	dist := func(p int) int {
		if p < obj[0] {
			return obj[0] - p
		}
		return p - obj[1]
	}
	best := slices.MinFunc(hits, func(a, b hit) int { return dist(a.pos) - dist(b.pos) })
	// A negation in the three words before the verdict word turns it round.
	before := c.text[sent[0]:best.pos]
	words := strings.Fields(before)
	if len(words) > 3 {
		words = words[len(words)-3:]
	}
	if negatorRE.MatchString(strings.Join(words, " ")) {
		best.pol = -best.pol
	}
	return best.pol, best.pos, best.end
}

// verdictTopic returns which clock a verdict near obj speaks of: 1 first
// response, 2 resolution, 3 updates, 0 the SLA as a whole.
func (c *checker) verdictTopic(k int, obj []int) int {
	sent := c.sentences[k]
	best, bestDist := 0, 1<<30
	for _, tp := range verdictTopicRE {
		for _, m := range tp.re.FindAllStringIndex(c.text[sent[0]:sent[1]], -1) {
			p := sent[0] + m[0]
			d := obj[0] - p
			if d < 0 {
				d = p - obj[1]
			}
			if d < bestDist {
				best, bestDist = tp.t, d
			}
		}
	}
	if best != 0 || k == 0 {
		return best
	}
	prev := c.sentences[k-1]
	last := -1
	for _, tp := range verdictTopicRE {
		for _, m := range tp.re.FindAllStringIndex(c.text[prev[0]:prev[1]], -1) {
			if m[0] > last {
				last, best = m[0], tp.t
			}
		}
	}
	return best
}

func (c *checker) checkVerdicts() {
	s := c.f.sla
	for k, sent := range c.sentences {
		reported := false
		for _, obj := range slaObjectRE.FindAllStringIndex(c.text[sent[0]:sent[1]], -1) {
			if reported {
				break
			}
			obj = []int{sent[0] + obj[0], sent[0] + obj[1]}
			if c.quoted(obj[0]) {
				continue
			}
			if dirAfter := c.text[obj[1]:min(len(c.text), obj[1]+12)]; strings.Contains(strings.ToLower(c.text[max(0, obj[0]-1):obj[1]]), "directive") || strings.HasPrefix(strings.TrimSpace(dirAfter), "directive") {
				continue
			}
			pol, pos, posEnd := c.polarity(sent, obj)
			if pol == 0 {
				continue
			}
			start, end := min(pos, obj[0]), max(obj[1], posEnd)
			var clock truth
			name := ""
			switch c.verdictTopic(k, obj) {
			case 1:
				clock, name = s.firstResponse, "the first response"
			case 2:
				clock, name = s.resolution, "the resolution"
			case 3:
				clock, name = s.updates, "the updates"
			default:
				anyBreach := s.firstResponse == breached || s.resolution == breached || s.updates == breached
				anyMet := s.firstResponse == met || s.resolution == met || s.updates == met
				switch {
				case pol > 0 && anyBreach:
					c.problem(KindVerdict, start, end, "the SLA was not met: %s", c.f.breaches())
					reported = true
				case pol < 0 && !anyBreach && anyMet:
					c.problem(KindVerdict, start, end, "no SLA target was breached, according to the computed findings")
					reported = true
				}
				continue
			}
			switch {
			case pol > 0 && clock == breached:
				c.problem(KindVerdict, start, end, "%s breached its SLA target, according to the computed findings", name)
				reported = true
			case pol < 0 && clock == met:
				c.problem(KindVerdict, start, end, "%s met its SLA target, according to the computed findings", name)
				reported = true
			}
		}
	}
}

func (f *Facts) breaches() string {
	var parts []string
	if f.sla.firstResponse == breached {
		parts = append(parts, "the first response breached its target")
	}
	if f.sla.resolution == breached {
		parts = append(parts, "the resolution breached its target")
	}
	if f.sla.updates == breached {
		parts = append(parts, "an update gap breached its target")
	}
	return strings.Join(parts, "; ")
}
