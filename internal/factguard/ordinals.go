package factguard

import (
	"fmt"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/timefmt"
)

// Ordinal and relative forms: "the third update", "for the second time",
// "shortly after", "moments later".

var (
	ordinalNounRE   = mustFast(`(?i)\b(?:the|its|their|(?:the\s+)?(customer|client|engineer|agent|team|support|helpdesk)(?:'s|\x{2019}s))\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+((?:customer-visible|public|agent|customer|client|internal|written|separate)\s+)?(updates?|repl(?:y|ies)|responses?|messages?|chases?|reminders?|follow-ups?|requests?\s+for\s+(?:news|an?\s+update)|notes?|gaps?|escalations?|priority\s+changes?|pauses?)\b`)
	ordinalLiterals = []string{"second ", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
	ordinalTimeRE   = mustFast(`(?i)\bfor\s+the\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+time\b`)
	ordinalWords    = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
	// soonRE finds a claim that one moment came soon after another.
	openedAfterRE = mustFast(`(?i)^\s*(?:the\s+)?(?:ticket\s+was\s+|it\s+was\s+|incident\s+was\s+)?(?:opened|opening|created|creation|raised|logged|reported)\b`)
	soonRE        = mustFast(`(?i)\b(?:(shortly|soon|immediately|right|moments|promptly|quickly|swiftly)\s+(?:after(?:wards)?|later|thereafter|afterwards)|within\s+(minutes|moments|seconds)|(immediately|at\s+once|straight\s+away|right\s+away|instantly))\b`)
)

func ordinalOf(s string) int {
	s = strings.ToLower(s)
	if n, ok := ordinalWords[s]; ok {
		return n
	}
	return atoi(s)
}

// ordinalClass maps the noun of an ordinal to the events it counts.
func ordinalClass(adj, noun string) string {
	adj, noun = strings.ToLower(strings.TrimSpace(adj)), strings.ToLower(noun)
	switch {
	case strings.HasPrefix(noun, "chase"), strings.HasPrefix(noun, "reminder"), strings.HasPrefix(noun, "follow"), strings.HasPrefix(noun, "request"):
		return "chase"
	case strings.HasPrefix(noun, "note"), adj == "internal":
		return "note"
	case strings.HasPrefix(noun, "gap"):
		return "gap"
	case strings.HasPrefix(noun, "escalation"):
		return "escalation"
	case strings.HasPrefix(noun, "priority"):
		return "priority change"
	case strings.HasPrefix(noun, "pause"):
		return "pause"
	case strings.HasPrefix(noun, "message"):
		switch adj {
		case "customer", "client":
			return "customer message"
		case "agent", "customer-visible", "public":
			return "update"
		}
		return ""
	case strings.HasPrefix(noun, "repl"):
		if adj == "customer" || adj == "client" {
			return "customer message"
		}
		return "update"
	}
	return "update"
}

// scanOrdinals reads "the third update" before instants read "3rd" as a day,
// and holds it to the events: there must be that many, and a time named in the
// same sentence must be the one of that event.
func (c *checker) scanOrdinals() {
	g := &c.f.ground
	var ms [][]int
	if containsAny(c.lower, ordinalLiterals) || hasDigitOrdinal(c.lower) {
		ms = ordinalNounRE.FindAllStringSubmatchIndex(c.text, -1)
	}
	for _, m := range ms {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		n := ordinalOf(c.text[m[4]:m[5]])
		adj := ""
		if m[6] >= 0 {
			adj = c.text[m[6]:m[7]]
		}
		if m[2] >= 0 && adj == "" {
			// "the customer's third message", "the engineer's second reply"
			adj = "agent"
			if p := strings.ToLower(c.text[m[2]:m[3]]); p == "customer" || p == "client" {
				adj = "customer"
			}
		}
		class := ordinalClass(adj, c.text[m[8]:m[9]])
		if class == "" || n < 2 {
			continue
		}
		events := g.ordered[class]
		if n > len(events) {
			c.problem(KindRelative, m[0], m[1], "there was no %s %s: the ticket has %d", c.text[m[4]:m[5]], class, len(events))
			continue
		}
		c.ordinals = append(c.ordinals, ordinalClaim{start: m[0], end: m[1], at: events[n-1], what: fmt.Sprintf("the %s %s", c.text[m[4]:m[5]], class)})
	}
	for _, m := range c.findAll(ordinalTimeRE, " time") {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		sent := c.sentence(c.sentenceOf(m[0]))
		if !chaseCtx.MatchString(sent) {
			continue
		}
		if n := ordinalOf(c.text[m[2]:m[3]]); n > len(g.ordered["chase"]) {
			c.problem(KindRelative, m[0], m[1], "the customer asked for news %d time(s), not %d", len(g.ordered["chase"]), n)
		}
	}
}

// ordinalClaim is "the third update", with the time that update came.
type ordinalClaim struct {
	start, end int
	at         time.Time
	what       string
}

// checkOrdinals holds a time named with an ordinal to the event it names.
func (c *checker) checkOrdinals() {
	for _, oc := range c.ordinals {
		sp := c.sentences[c.sentenceOf(oc.start)]
		// The time nearest after the ordinal in its sentence, else nearest before.
		var best *instantClaim
		for i := range c.instants {
			ic := &c.instants[i]
			if ic.start < sp[0] || ic.end > sp[1] || !ic.hasTime || len(ic.matched) == 0 {
				continue
			}
			if best == nil || absInt(ic.start-oc.end) < absInt(best.start-oc.end) {
				best = ic
			}
		}
		if best == nil || c.matches(best, oc.at) {
			continue
		}
		c.problem(KindRelative, oc.start, best.end, "%s came at %s, not %s", oc.what, c.f.zone.Long(oc.at), strings.TrimSpace(c.text[best.start:best.end]))
	}
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// checkSoon holds "shortly after" and "immediately" to the time between the two
// moments they relate: the two times the sentence names, or a time and the
// opening.
func (c *checker) checkSoon() {
	f := c.f
	for _, m := range c.findAll(soonRE, "shortly", "soon", "immediately", "right a", "moments", "promptly", "quickly", "swiftly", "within min", "within mom", "within sec", "at once", "straight away", "instantly") {
		if !c.free(m[0], m[1]) {
			continue
		}
		limit := 30 * time.Minute
		if m[4] >= 0 || m[6] >= 0 {
			limit = 15 * time.Minute
		}
		if m[2] >= 0 {
			switch strings.ToLower(c.text[m[2]:m[3]]) {
			case "immediately", "right", "moment", "moments":
				limit = 15 * time.Minute
			}
		}
		k := c.sentenceOf(m[0])
		sp := c.sentences[k]
		var times []instantClaim
		for _, ic := range c.instants {
			if ic.hasTime && len(ic.matched) > 0 && ic.end > sp[0]-1 && ic.start < sp[1] {
				times = append(times, ic)
			}
		}
		var a, b time.Time
		opened := openedAfterRE.MatchString(c.text[m[1]:sp[1]]) && strings.HasSuffix(strings.ToLower(c.text[m[0]:m[1]]), "after")
		switch {
		case opened && len(times) >= 1:
			a, b = f.created, times[len(times)-1].matched[0]
		case len(times) >= 2:
			a, b = times[len(times)-2].matched[0], times[len(times)-1].matched[0]
		case len(times) == 1 && k > 0:
			b = times[0].matched[0]
			for _, ic := range c.instants {
				if ic.hasTime && len(ic.matched) > 0 && ic.start >= c.sentences[k-1][0] && ic.end <= c.sentences[k-1][1] {
					a = ic.matched[0]
				}
			}
			if a.IsZero() && sinceOpenRE.MatchString(c.text[m[1]:sp[1]]) {
				a = f.created
			}
		case len(times) == 1 && sinceOpenRE.MatchString(c.text[m[1]:sp[1]]):
			a, b = f.created, times[0].matched[0]
		}
		if a.IsZero() || b.IsZero() {
			continue
		}
		if d := absDur(b.Sub(a)); d > limit {
			c.problem(KindRelative, m[0], m[1], "%s is not %s: %s passed between %s and %s", strings.TrimSpace(c.text[m[0]:m[1]]), "soon", timefmt.Duration(d), f.zone.Moment(a, f.created), f.zone.Moment(b, f.created))
		}
	}
}

// hasDigitOrdinal reports whether s, in lower case, holds "3rd" or "21st".
func hasDigitOrdinal(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			switch s[i+1 : i+3] {
			case "st", "nd", "rd", "th":
				return true
			}
		}
	}
	return false
}
