package factguard

import (
	"regexp"
	"strings"
)

var (
	quoteRE       = regexp.MustCompile(`\x{201c}([^\x{201d}]{1,1000})\x{201d}|"([^"\n]{1,1000})"`)
	placeholderRE = regexp.MustCompile(`\\?\[[A-Z]+(?:-\d+|-\?)?\]`)
	// identifierRE finds tokens that mix letters and digits (P1, SLA8, G204-117,
	// pve-node03, EX123456), dotted numbers (10.20.0.13, 8.1.4), "24/7" and
	// e-mail or host names: their digits are not claims.
	identifierRE = regexp.MustCompile(`[A-Za-z][\w.-]*\d[\w.-]*|\d+[A-Za-z_][\w.-]*|\d+(?:\.\d+){2,}|\b24/7\b|#\d+|\S+@\S+`)
)

// maskQuotes takes quotations of the ticket out of the checks for numbers:
// a verbatim quote may say whatever the ticket said.
func (c *checker) maskQuotes() {
	for _, m := range quoteRE.FindAllStringSubmatchIndex(c.text, -1) {
		inner := m[2:4]
		if inner[0] < 0 {
			inner = m[4:6]
		}
		if c.f.verbatim(c.text[inner[0]:inner[1]]) {
			c.claim(m[0], m[1])
			c.quotes = append(c.quotes, [2]int{m[0], m[1]})
		}
	}
}

// scanIdentifiers masks the identifiers no earlier pass read, and holds each
// to the ticket: a host, a ticket number, an error code or a priority the
// ticket never names is invented.
func (c *checker) scanIdentifiers() {
	for _, m := range identifierRE.FindAllStringIndex(c.text, -1) {
		s, e := m[0], m[1]
		for e > s && strings.ContainsRune(".-_", rune(c.text[e-1])) {
			e--
		}
		if !c.free(s, e) {
			c.claim(m[0], m[1])
			continue
		}
		c.claim(m[0], m[1])
		id := strings.ToLower(c.text[s:e])
		if strings.Contains(c.f.corpus, id) || c.f.ground.words[id] || genericIDRE.MatchString(id) {
			continue
		}
		if _, ok := lexicon[stem(id)]; ok {
			continue // "2FA", "E-mail": a term, which the grounding pass judges
		}
		c.problem(KindTerm, s, e, "nothing in the ticket names %s; use only the identifiers its messages and the facts give", c.text[s:e])
	}
}

// genericIDRE matches identifiers that name no thing of a ticket: "24/7",
// "#1", "tier-2", "L1", "step 3", "Q4", "v2".
var genericIDRE = regexp.MustCompile(`^(?:24/7|#\d+|(?:tier|level|l|phase|step|stage|option|q|h|v|round|part)[- ]?\d{1,2})$`)
