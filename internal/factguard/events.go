package factguard

import (
	"regexp"
	"strings"
)

// Claims that something happened, or did not, which the events and the
// directive findings settle: an escalation, a pause, how the ticket closed, a
// regular update cadence, a prompt first response.

type eventRule struct {
	re *regexp.Regexp
	// negated is the sentence's polarity the rule holds: a rule on "was
	// escalated" fires when the facts say it was not.
	wrong  func(f *Facts, neg bool) bool
	reason func(f *Facts) string
}

var eventRules = []eventRule{
	{regexp.MustCompile(`(?i)\b(?:was|were|got|had\s+been|been)\s+(?:never\s+|not\s+)?(?:quickly\s+|promptly\s+|later\s+)?(?:escalated|re-?prioriti[sz]ed|upgraded\s+to\s+(?:a\s+)?(?:higher\s+)?priority)|\bpriority\s+(?:was|had\s+been)\s+(?:raised|increased|upgraded|bumped|escalated|lowered|reduced|changed)`),
		func(f *Facts, neg bool) bool { return neg == (len(f.ground.ordered["priority change"]) > 0) },
		func(f *Facts) string {
			if len(f.ground.ordered["priority change"]) > 0 {
				return "the priority was changed, according to the events"
			}
			return "the priority never changed: no event of the ticket raises or lowers it"
		}},
	{regexp.MustCompile(`(?i)\b(?:was|were|had\s+been)\s+(?:never\s+|not\s+)?(?:put\s+|placed\s+)?(?:on\s+hold|paused)\b|\bsla\s+clocks?\s+(?:was|were)\s+(?:never\s+|not\s+)?(?:paused|stopped)`),
		func(f *Facts, neg bool) bool { return neg == (len(f.ground.ordered["pause"]) > 0) },
		func(f *Facts) string {
			if len(f.ground.ordered["pause"]) > 0 {
				return "the ticket was paused: a pending state stopped the SLA clock"
			}
			return "the ticket was never paused or on hold: no pending state stopped the clock"
		}},
	{regexp.MustCompile(`(?i)\b(?:closed|closure)\s+(?:automatically|by\s+the\s+system|for\s+inactivity|due\s+to\s+inactivity|through\s+inactivity)|\bauto-?closed\b|\bautomatic(?:ally)?\s+clos`),
		func(f *Facts, neg bool) bool { return !neg && !f.ground.autoClosed && !f.closed.IsZero() },
		func(*Facts) string { return "the ticket was not closed automatically" }},
	{regexp.MustCompile(`(?i)\bclosed\s+(?:manually|by\s+(?:the\s+)?(?:agent|engineer|team|support|customer|client)|(?:once|after|when)\s+(?:the\s+)?(?:customer|client)\s+(?:confirmed|agreed|accepted))|\bcustomer\s+(?:closed|agreed\s+to\s+close)`),
		func(f *Facts, neg bool) bool { return !neg && f.ground.autoClosed },
		func(*Facts) string { return "the ticket was closed automatically, for inactivity" }},
	{regexp.MustCompile(`(?i)\b(?:regular(?:ly)?|steady|consistent(?:ly)?|frequent|hourly|timely|on\s+schedule|like\s+clockwork)\s+(?:updates?|updated|communication|cadence)|\bupdates?\s+(?:came|were\s+sent|were\s+given|arrived|followed)\s+(?:regularly|consistently|on\s+schedule|every)|\b(?:kept|were)\s+(?:the\s+customer\s+)?(?:regularly\s+)?(?:updated|informed)\s+(?:throughout|at\s+every\s+stage|at\s+regular\s+intervals|every)|\bno\s+(?:update\s+)?gap\s+(?:exceeded|was\s+over|broke)|\bcadence\s+(?:was\s+)?(?:kept|held|maintained|met)`),
		func(f *Facts, neg bool) bool { return !neg && f.findings["update_gap_breached"] },
		func(*Facts) string {
			return "a gap between updates exceeded the update target, according to the computed findings"
		}},
	{regexp.MustCompile(`(?i)\b(?:prompt(?:ly)?|quick(?:ly)?|swift(?:ly)?|rapid(?:ly)?|fast|immediate(?:ly)?|speedy|timely)\s+(?:first\s+)?(?:response|reply|acknowledg\w*|answer)|\b(?:responded|replied|answered|acknowledged|picked\s+up)\s+(?:the\s+ticket\s+)?(?:promptly|quickly|swiftly|rapidly|immediately|fast|at\s+once|straight\s+away)`),
		func(f *Facts, neg bool) bool {
			return !neg && (f.findings["first_response_breached"] || f.findings["first_response_missing"])
		},
		func(f *Facts) string {
			if f.findings["first_response_missing"] {
				return "no customer-visible response was sent, according to the computed findings"
			}
			return "the first response breached its SLA target, according to the computed findings"
		}},
}

// checkEvents applies the event rules to each reporting sentence.
func (c *checker) checkEvents() {
	for _, sp := range c.sentences {
		own := c.own(sp)
		if hypoRE.MatchString(own) {
			continue
		}
		for _, r := range eventRules {
			m := r.re.FindStringIndex(own)
			if m == nil {
				continue
			}
			words := strings.Fields(own[:m[0]])
			if len(words) > 4 {
				words = words[len(words)-4:]
			}
			neg := negatorRE.MatchString(strings.Join(words, " ")) || negatorRE.MatchString(own[m[0]:m[1]])
			if r.wrong(c.f, neg) {
				c.problem(KindVerdict, sp[0]+m[0], sp[0]+m[1], "%s", r.reason(c.f))
			}
		}
	}
}
