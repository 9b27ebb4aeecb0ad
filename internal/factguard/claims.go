package factguard

import (
	"strings"
)

var claimRules = []struct {
	re       *fastRE
	findings []string
	reason   string
}{
	{mustFast(`(?i)\b(?:every|each|all)\s+(?:of\s+the\s+)?customer(?:'s)?\s+messages?\s+(?:had|received|got|was given|were given|was answered|were answered)|\ball\s+(?:customer\s+)?messages\s+were\s+answered|\bcustomer\s+(?:was|were)\s+(?:kept\s+)?informed\s+(?:throughout|before|until|at every)`),
		[]string{"customer_not_informed"}, "a customer message had no reply before the ticket closed, according to the computed findings"},
	{mustFast(`(?i)\bcustomer\s+(?:had\s+)?(?:confirmed|acknowledged|verified|accepted)\b`),
		[]string{"auto_closed_unconfirmed"}, "the customer did not confirm the outcome before the automatic close, according to the computed findings"},
	{mustFast(`(?i)\bno\s+(?:estimate|eta)s?\b[^.;]{0,40}?\b(?:was|were)\s+(?:given|provided|offered|made)|\b(?:did\s+not|didn't|never)\s+(?:give|provide|offer)\s+(?:the\s+customer\s+)?(?:an?\s+)?(?:estimate|eta)`),
		[]string{"estimate_without_timeline", "estimate_with_timeline"}, "an estimate of resolution time was given, according to the computed findings"},
	{mustFast(`(?i)\bcustomer\s+(?:never|did\s+not|didn't)\s+(?:need\s+to\s+|have\s+to\s+|had\s+to\s+|needed\s+to\s+)?(?:chase|ask\s+for\s+(?:news|an?\s+update))|\bno\s+(?:chases?|chasing|follow-ups?|reminders?)\b|\bwithout\s+(?:the\s+customer\s+)?(?:having\s+to\s+)?(?:chase|chasing|ask\s+for\s+news)`),
		[]string{"customer_chased"}, "the customer had to ask for news, according to the computed findings"},
	{mustFast(`(?i)\b(?:root\s+)?cause\s+(?:was|has\s+been|had\s+been)\s+(?:clearly\s+|quickly\s+)?(?:identified|established|found|determined|recorded|confirmed|explained)`),
		[]string{"cause_not_recorded"}, "the ticket records no statement of the cause, according to the computed findings"},
	{mustFast(`(?i)\b(?:internal\s+ticket\s+(?:was|were)\s+(?:linked|opened|raised|used))`),
		[]string{"internal_ticket_missing"}, "no internal ticket was linked, according to the computed findings"},
}

func (c *checker) checkClaims() {
	for _, r := range claimRules {
		hit := ""
		for _, code := range r.findings {
			if c.f.findings[code] {
				hit = code
			}
		}
		if hit == "" {
			continue
		}
		for _, m := range r.re.FindAllStringIndex(c.text, -1) {
			if c.quoted(m[0]) {
				continue
			}
			k := c.sentenceOf(m[0])
			before := strings.Fields(c.text[c.sentences[k][0]:m[0]])
			if len(before) > 3 {
				before = before[len(before)-3:]
			}
			if negatorRE.MatchString(strings.Join(before, " ")) || hypotheticalRE.MatchString(strings.Join(before, " ")) {
				continue
			}
			c.problem(KindVerdict, m[0], m[1], "%s", r.reason)
		}
	}
}
