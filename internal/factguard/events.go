package factguard

import (
	"strings"
)

// Claims that something happened, or did not, which the events and the
// directive findings settle: an escalation, a pause, how the ticket closed, a
// regular update cadence, a prompt first response.

// eventRule is one kind of event claim.
type eventRule struct {
	re *fastRE
	// words are literals one of which every match of re contains.
	words []string
	// wrong reports whether the claim, negated or not, contradicts the facts:
	// "was escalated" when no priority changed, "never escalated" when one did.
	wrong func(f *Facts, neg bool) bool
	// reason says what the facts say instead.
	reason func(f *Facts) string
}

var eventRules = []eventRule{
	{mustFast(`(?i)\b(?:was|were|got|had\s+been|been)\s+(?:never\s+|not\s+)?(?:quickly\s+|promptly\s+|later\s+)?(?:escalated|re-?prioriti[sz]ed|upgraded\s+to\s+(?:a\s+)?(?:higher\s+)?priority)|\bpriority\s+(?:was|had\s+been)\s+(?:raised|increased|upgraded|bumped|escalated|lowered|reduced|changed)`),
		[]string{"escalat", "priorit"},
		func(f *Facts, neg bool) bool {
			// An escalation the team's messages speak of may be to another team, with no priority change.
			return neg == (len(f.ground.ordered["priority change"]) > 0) && !(!neg && f.ground.escalatedInText)
		},
		func(f *Facts) string {
			if len(f.ground.ordered["priority change"]) > 0 {
				return "the priority was changed, according to the events"
			}
			return "the priority never changed: no event of the ticket raises or lowers it"
		}},
	{mustFast(`(?i)\b(?:was|were|had\s+been)\s+(?:never\s+|not\s+)?(?:put\s+|placed\s+)?(?:on\s+hold|paused)\b|\bsla\s+clocks?\s+(?:was|were)\s+(?:never\s+|not\s+)?(?:paused|stopped)`),
		[]string{"hold", "paus", "stopped"},
		func(f *Facts, neg bool) bool { return neg == (len(f.ground.ordered["pause"]) > 0) },
		func(f *Facts) string {
			if len(f.ground.ordered["pause"]) > 0 {
				return "the ticket was paused: a pending state stopped the SLA clock"
			}
			return "the ticket was never paused or on hold: no pending state stopped the clock"
		}},
	{mustFast(`(?i)\b(?:closed|closure)\s+(?:automatically|by\s+the\s+system|for\s+inactivity|due\s+to\s+inactivity|through\s+inactivity)|\bauto-?closed\b|\bautomatic(?:ally)?\s+clos`),
		[]string{"automatic", "auto", "inactivity", "by the system"},
		func(f *Facts, neg bool) bool { return !neg && !f.ground.autoClosed && !f.closed.IsZero() },
		func(*Facts) string { return "the ticket was not closed automatically" }},
	{mustFast(`(?i)\bclosed\s+(?:manually|by\s+(?:the\s+)?(?:agent|engineer|team|support|customer|client)|(?:once|after|when)\s+(?:the\s+)?(?:customer|client)\s+(?:confirmed|agreed|accepted))|\bcustomer\s+(?:closed|agreed\s+to\s+close)`),
		[]string{"clos"},
		func(f *Facts, neg bool) bool { return !neg && f.ground.autoClosed },
		func(*Facts) string { return "the ticket was closed automatically, for inactivity" }},
	{mustFast(`(?i)\b(?:regular(?:ly)?|steady|consistent(?:ly)?|frequent|hourly|timely|on\s+schedule|like\s+clockwork)\s+(?:updates?|updated|communication|cadence)|\bupdates?\s+(?:came|were\s+sent|were\s+given|arrived|followed)\s+(?:regularly|consistently|on\s+schedule|every)|\b(?:kept|were)\s+(?:the\s+customer\s+)?(?:regularly\s+)?(?:updated|informed)\s+(?:throughout|at\s+every\s+stage|at\s+regular\s+intervals|every)|\bno\s+(?:update\s+)?gap\s+(?:exceeded|was\s+over|broke)|\bcadence\s+(?:was\s+)?(?:kept|held|maintained|met)`),
		[]string{"regular", "steady", "consisten", "frequent", "hourly", "timely", "schedule", "clockwork", "every", "throughout", "intervals", "gap", "cadence"},
		func(f *Facts, neg bool) bool { return !neg && f.findings["update_gap_breached"] },
		func(*Facts) string {
			return "a gap between updates exceeded the update target, according to the computed findings"
		}},
	{mustFast(`(?i)\b(?:prompt(?:ly)?|quick(?:ly)?|swift(?:ly)?|rapid(?:ly)?|fast|immediate(?:ly)?|speedy|timely)\s+(?:first\s+)?(?:response|reply|acknowledg\w*|answer)|\b(?:responded|replied|answered|acknowledged|picked\s+up)\s+(?:the\s+ticket\s+)?(?:promptly|quickly|swiftly|rapidly|immediately|fast|at\s+once|straight\s+away)`),
		[]string{"prompt", "quick", "swift", "rapid", "fast", "immediate", "speedy", "timely", "at once", "straight away"},
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
	for k, sp := range c.sentences {
		if c.hypothetical(k) {
			continue
		}
		own := c.own(sp)
		lower := strings.ToLower(own)
		for _, r := range eventRules {
			if !r.wrong(c.f, false) && !r.wrong(c.f, true) {
				continue // the facts make the rule true whichever way the sentence goes
			}
			m := c.findIn(r.re, own, lower, r.words)
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
