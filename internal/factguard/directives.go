package factguard

import (
	"fmt"
	"slices"
	"strings"
)

var directiveRE = mustFast(`(?i)\bdirectives?\s+(?:#|no\.?\s*|number\s+)?(\d+)((?:\s*(?:,|and|&|or)\s*(?:#\s*)?\d+)*)`)

var digitsRE = mustFast(`\d+`)

func (c *checker) scanDirectives() {
	for _, m := range directiveRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		for _, d := range digitsRE.FindAllStringIndex(c.text[m[2]:m[1]], -1) {
			s, e := m[2]+d[0], m[2]+d[1]
			var id int
			fmt.Sscan(c.text[s:e], &id)
			if _, ok := c.f.directives[id]; !ok {
				c.problem(KindDirective, m[0], e, "the configuration has no directive %s; the directives are %s", c.text[s:e], c.f.directiveList())
				continue
			}
			c.checkDirectiveVerdict(m[0], e, id)
		}
	}
}

func (f *Facts) directiveList() string {
	if len(f.directives) == 0 {
		return "none"
	}
	var ids []int
	for id := range f.directives {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var parts []string
	for _, id := range ids {
		parts = append(parts, fmt.Sprintf("%d (%s)", id, f.directives[id].Title))
	}
	return strings.Join(parts, ", ")
}

var (
	directiveAgainstRE = mustFast(`(?i)\b(contrary to|in breach of|breach(?:ed|es|ing)?|violat\w*|against|not in line with|not in keeping with|failed to (?:meet|follow|comply with|observe)|did not (?:meet|follow|comply with|observe)|fell short of|departed from|ignored)\s+(?:the\s+)?(?:support\s+)?$`)
	directiveForRE     = mustFast(`(?i)\b(in line with|in keeping with|in accordance with|consistent with|complied with|compliance with|complying with|met|meets|satisfied|followed|observed|honou?red|upheld|respected)\s+(?:the\s+)?(?:support\s+)?$`)
	hypotheticalRE     = mustFast(`(?i)\b(would|could|might|may|should)\b`)
)

// checkDirectiveVerdict rejects "contrary to directive 7" when the finding on
// directive 7 went well, and "in line with directive 3" when it did not.
func (c *checker) checkDirectiveVerdict(start, end, id int) {
	v, ok := c.f.verdicts[id]
	if !ok || v == 0 {
		return
	}
	before := c.text[max(0, start-60):start]
	if k := c.sentenceOf(start); c.sentences[k][0] > start-60 && c.sentences[k][0] <= start {
		before = c.text[c.sentences[k][0]:start]
	}
	if hypotheticalRE.MatchString(before) {
		return
	}
	d := c.f.directives[id]
	switch {
	case directiveAgainstRE.MatchString(before) && v > 0:
		c.problem(KindVerdict, start-len(directiveAgainstRE.FindString(before)), end,
			"the handling was in line with directive %d (%s), according to the computed findings", id, d.Title)
	case directiveForRE.MatchString(before) && v < 0:
		c.problem(KindVerdict, start-len(directiveForRE.FindString(before)), end,
			"the handling was contrary to directive %d (%s), according to the computed findings", id, d.Title)
	}
}
