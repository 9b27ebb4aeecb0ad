package factguard

import (
	"strings"
)

var (
	quoteRE       = mustFast(`"([^"\n]{1,1000})"`)
	placeholderRE = mustFast(`\\?\[[A-Z]+(?:-\d+|-\?)?\]`)
	// identifierRE finds tokens that mix letters and digits (P1, SLA8, G204-117,
	// pve-node03, EX123456), dotted numbers (10.20.0.13, 8.1.4), "24/7" and
	// e-mail or host names: their digits are not claims.
	identifierRE = mustFast(`[A-Za-z][\w.-]*\d[\w.-]*|\d+[A-Za-z_][\w.-]*|\d+(?:\.\d+){2,}|\b24/7\b|#\d+|\S+@\S+`)
)

// maskQuotes takes quotations of the ticket out of the checks for numbers:
// a verbatim quote may say whatever the ticket said.
func (c *checker) maskQuotes() {
	spans := curlyQuotes(c.text)
	for _, m := range quoteRE.FindAllStringSubmatchIndex(c.text, -1) {
		spans = append(spans, [4]int{m[0], m[1], m[2], m[3]})
	}
	for _, m := range spans {
		if c.f.verbatim(c.text[m[2]:m[3]]) {
			c.claim(m[0], m[1])
			c.quotes = append(c.quotes, [2]int{m[0], m[1]})
		}
	}
}

// quoted reports whether offset i is inside a verbatim quotation of the
// ticket (maskQuotes): what the ticket said there is no claim of the writer's
// ("they got no reminder at all" is no claim that nobody chased).
func (c *checker) quoted(i int) bool {
	for _, q := range c.quotes {
		if i >= q[0] && i < q[1] {
			return true
		}
	}
	return false
}

// maxQuote bounds a quotation's length in bytes.
const maxQuote = 4000

// curlyQuotes finds the quotations in typographic marks, “…”, as spans
// {start, end, inner start, inner end}. Quotes nest: a quoted message that
// itself quotes (“restart via “task manager” and rescan”) is one quotation,
// closed by the mark that brings the depth back to zero.
func curlyQuotes(s string) [][4]int {
	const open, close = "\u201c", "\u201d"
	var out [][4]int
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], open)
		if j < 0 {
			break
		}
		start := i + j
		depth, k := 1, start+len(open)
		for k < len(s) && depth > 0 && k-start < maxQuote {
			switch {
			case strings.HasPrefix(s[k:], open):
				depth++
				k += len(open)
			case strings.HasPrefix(s[k:], close):
				depth--
				k += len(close)
			default:
				k++
			}
		}
		if depth != 0 { // unbalanced: the first closing mark ends it
			e := strings.Index(s[start:], close)
			if e < 0 || e > maxQuote {
				i = start + len(open)
				continue
			}
			k = start + e + len(close)
		}
		out = append(out, [4]int{start, k, start + len(open), k - len(close)})
		i = k
	}
	return out
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
var genericIDRE = mustFast(`^(?:24/7|#\d+|(?:tier|level|l|phase|step|stage|option|q|h|v|round|part)[- ]?\d{1,2})$`)
