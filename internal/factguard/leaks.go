package factguard

import "strings"

func (c *checker) checkLeaks() {
	if !c.f.redacted {
		return
	}
	var leaks []string
	if c.f.redactor != nil {
		leaks = c.f.redactor.Leaks(c.text)
	} else {
		lower := strings.ToLower(c.text)
		for _, t := range c.f.terms {
			if strings.Contains(lower, strings.ToLower(t)) {
				leaks = append(leaks, t)
			}
		}
	}
	for _, l := range leaks {
		at := strings.Index(c.text, l)
		if at < 0 {
			at = max(0, strings.Index(strings.ToLower(c.text), strings.ToLower(l)))
		}
		c.problems = append(c.problems, Problem{Kind: KindLeak, Phrase: l, Offset: at,
			Reason: "the report is redacted, so it must not name the customer, people, addresses or hosts; write the placeholder instead (such as [CUSTOMER] or [PERSON-1])"})
	}
}
