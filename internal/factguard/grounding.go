package factguard

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Claims grounded in the ticket. A sentence that states a cause, a finding, a
// fix, an estimate, a confirmation, a decision or something someone said rests
// on the ticket's messages: its content terms (components, systems, errors,
// actions and names) must occur there, in the messages of the party it
// attributes them to, and its kind must be one the reader found (no "estimate
// was given" when none was, no cause that is not the stated cause).

var (
	// hypoRE marks a sentence that recommends, plans or supposes rather than
	// reports: its terms are not claims about the ticket.
	hypoRE          = mustFast(`(?i)\b(?:would|could|might|may|should|recommend\w*|consider\w*|suggest\w*|propos\w*|plans?\s+to|in future|future|going forward|if|whether|to prevent|to avoid|to reduce|to detect|will|shall|need\s+to|needs\s+to|must|ensure|asks?\s+(?:to|for|that)|review(?:ing)?\s+(?:the|whether))\b`)
	causeRE         = mustFast(`(?i)\broot[- ]cause|\bcaus(?:e|es|ed|ing)\b|\btrigger(?:ed|s)?\b|\bstemm(?:ed|ing) from|\bstems from|\bresult(?:ed|ing)? from|\bthe result of|\battribut(?:ed|able) to|\btraced (?:back )?to|\bwas down to|\bculprit|\bunderlying (?:issue|problem|fault|failure)|\bdue to\b|\bbecause of\b|\bowing to\b`)
	estimateWords   = []string{"estimat", "eta", "expected", "timeline", "time frame", "timeframe"}
	estimateRE      = mustFast(`(?i)\bestimat(?:e|es|ed)\b|\beta\b|\bexpected (?:time|resolution|fix|recovery|restoration)|\b(?:timeline|time ?frame) for (?:the )?(?:fix|recovery|resolution|restoration)|\bexpected to be (?:back|restored|resolved|fixed|working)`)
	giveRE          = mustFast(`(?i)\b(?:gave|give|given|giving|provided?|providing|offered|offer|shared|communicated|issued|quoted|promised|told|set|an?\s+estimate\s+of|estimated\s+(?:that|at|the|a|recovery|resolution)|expected to)\b`)
	confirmClaimRE  = mustFast(`(?i)\b(?:customer|client|user|users|reporter|contact|they)\b[^.;]{0,40}?\b(?:confirmed|verified|acknowledged\s+(?:that|the\s+fix)|reported\s+back|signed\s+off|accepted\s+the\s+(?:fix|solution|resolution))\b|\bconfirmation\s+(?:from|by)\s+the\s+(?:customer|client|user)|\b(?:customer|client|user)'s\s+confirmation`)
	fixClaimRE      = mustFast(`(?i)\b(?:fixed|resolved|restored|repaired|remedied|corrected|solved|recovered)\s+by\b|\bthe\s+(?:permanent\s+)?fix\s+(?:was|involved|consisted)|\bworkaround\b|\b(?:was|were|had\s+been|has\s+been)\s+(?:successfully\s+)?(?:fixed|repaired|replaced|restarted|rebooted|rolled\s+back|reinstalled|patched|resolved)\b|\b(?:fixed|resolved|solved|repaired|restored|corrected|remedied)\b[^.;]{0,40}?\bby\s+\w+ing\b|\b(?:team|engineers?|agents?|support|they|we)\s+(?:then\s+|eventually\s+|finally\s+)?(?:fixed|resolved|solved|repaired|restored)\b|\b(?:which|that|this)\s+(?:fixed|resolved|solved|cured|cleared)\b|\b(?:fixed|resolved|solved)\s+the\s+(?:problem|issue|fault|error)`)
	restoredClaimRE = mustFast(`(?i)\b(?:service|services|systems?|access|everything|the\s+cluster|operations)\s+(?:was|were|had\s+been|has\s+been)\s+(?:fully\s+|successfully\s+)?(?:restored|back|recovered)\b|\bback\s+(?:online|up\s+and\s+running|in\s+service)\b`)
	toldRE          = mustFast(`(?i)\b(?:customer|client|user|they)\s+(?:was|were|had\s+been)\s+(?:told|informed|advised|assured|updated|promised|reassured)\b|\b(?:told|informed|advised|assured|updated|promised|reassured)\s+the\s+(?:customer|client|user)\b|\b(?:engineer|agent|team|support|someone|technician)\s+(?:then\s+|later\s+|quickly\s+)?(?:answered|replied\s+to|responded\s+to|got\s+back\s+to)\b`)
	promisedFixRE   = mustFast(`(?i)\b(?:promised|assured|guaranteed|committed\s+to)\b[^.;]{0,40}\b(?:fix|resolution|restoration|recovery|return|solution)\b[^.;]{0,30}\b(?:by|within|in|before)\b`)
	confirmVerbRE   = mustFast(`(?i)\b(?:confirmed|verified|reported\s+back|signed\s+off)\b`)
	reportedModalRE = mustFast(`(?i)\b(?:said|told|promised|assured|stated|explained|wrote|warned|advised|informed|committed|estimated|expected|predicted)\b[^.;]{0,80}\b(?:would|will|could|should|might)\b`)
	promiseRE       = mustFast(`(?i)\b(?:promised|assured|told|said|committed|estimated|predicted|expected)\b[^.;]{0,60}\b(?:would|will|should)\s+be\s+(?:back|restored|fixed|resolved|working|up|online|available|done|ready)\b`)
	// fixWordRE finds a message that speaks of a fix or a restoration at all.
	fixWordRE       = mustFast(`(?i)\b(?:fix(?:ed)?|resolved|restored|repaired|replaced|working|works|solved|rolled\s+back|restarted|rebooted|back\s+online|sorted|accepted)\b`)
	sayRE           = mustFast(`(?i)\b(?:said|says|told|stated|states|reported|reports|wrote|writes|mentioned|explained|asked|warned|noted|promised|informed|advised|requested|complained|confirmed|replied|responded|answered|described|claimed|added|insisted|admitted|acknowledged|found|discovered|identified|determined|diagnosed|decided|agreed|chose|opted)\b`)
	customerActorRE = mustFast(`(?i)\b(?:customer|customer's|client|client's|user|users|reporter|caller|contact|requester)\b|\[CUSTOMER\]`)
	agentActorRE    = mustFast(`(?i)\b(?:team|engineers?|agents?|support|staff|technicians?|helpdesk|service\s+desk|analysts?|we)\b`)
	// acronymRE and nameRE find names: an acronym anywhere, a capitalised word inside a sentence.
	acronymRE = mustFast(`\b[A-Z][A-Z0-9]{1,7}s?\b`)
	nameRE    = mustFast(`[a-z]\s+((?:[A-Z][a-z]+[A-Z]?[a-z]*)(?:\s+[A-Z][a-z]+)*)\b`)
)

// knownNames are words a review writes with a capital that no ticket needs to contain.
var knownNames = map[string]bool{
	"sla": true, "slas": true, "utc": true, "gmt": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true,
	"pst": true, "pdt": true, "eta": true, "gbp": true, "usd": true, "eur": true, "chf": true, "id": true, "it": true, "ok": true,
	"am": true, "pm": true, "i": true, "rca": true, "kpi": true, "faq": true, "tbc": true, "n/a": true, "na": true, "ceo": true, "cto": true,
	"customer": true, "person": true, "internal": true, "executive": true, "summary": true, "root": true, "cause": true,
	// The words of a review that prose writes with a capital: sections, roles, titles.
	"post": true, "incident": true, "review": true, "analysis": true, "service": true, "level": true, "agreement": true,
	"business": true, "impact": true, "technical": true, "quality": true, "risk": true, "handling": true, "outcome": true,
	"overview": true, "triage": true, "investigation": true, "investigations": true, "communication": true, "desk": true,
	"helpdesk": true, "team": true, "support": true, "priority": true, "severity": true, "tier": true, "manager": true,
	"engineer": true, "engineering": true, "operations": true, "customer's": true, "timeline": true, "findings": true,
	"actions": true, "action": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "madam": true,
	// Holidays and seasons, which a review may name for a date.
	"christmas": true, "eve": true, "easter": true, "boxing": true, "day": true, "new": true, "year": true, "year's": true,
	"ramadan": true, "eid": true, "thanksgiving": true, "hanukkah": true, "diwali": true, "bank": true, "holiday": true, "holidays": true,
}

// checkGrounding holds every reporting sentence to the ticket.
func (c *checker) checkGrounding() {
	for k, sp := range c.sentences {
		if c.hypothetical(k) {
			continue
		}
		neg := negatorRE.MatchString(c.own(sp))
		c.checkKinds(sp, neg)
		c.checkTerms(sp, neg)
		c.checkNames(sp)
	}
}

// own returns the sentence with its verified quotations blanked out: what the
// writer says in its own words.
func (c *checker) own(sp [2]int) string {
	if c.owns == nil {
		c.owns = map[int]string{}
	}
	if s, ok := c.owns[sp[0]]; ok {
		return s
	}
	s := []byte(c.text[sp[0]:sp[1]])
	for _, q := range c.quotes {
		for i := max(q[0], sp[0]); i < min(q[1], sp[1]); i++ {
			s[i-sp[0]] = ' '
		}
	}
	c.owns[sp[0]] = string(s)
	return c.owns[sp[0]]
}

// checkKinds holds a claim that the ticket states an estimate, a cause, a
// confirmation, a fix or a restoration to what the reader found.
func (c *checker) checkKinds(sp [2]int, neg bool) {
	g := &c.f.ground
	own := c.own(sp)
	lower := strings.ToLower(own)
	m := c.findIn(estimateRE, own, lower, estimateWords)
	if m != nil && !giveRE.MatchString(own) {
		m = nil
	}
	if m == nil && !neg {
		m = c.findIn(promiseRE, own, lower, []string{"would", "will", "should"})
	}
	if m == nil && !neg {
		m = c.findIn(promisedFixRE, own, lower, []string{"promised", "assured", "guaranteed", "committed"})
	}
	if m != nil {
		switch {
		case !neg && !g.has(ActEstimate):
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "no estimate was given: the ticket's messages state no expected time of resolution")
		case neg && g.has(ActEstimate) && !c.f.findings["estimate_without_timeline"] && !c.f.findings["estimate_with_timeline"]:
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "an estimate was given: %s", clipQuote(g.acts[ActEstimate][0].Text))
		}
	}
	if m := c.confirmClaim(own, lower); m != nil {
		switch {
		case !neg && !g.has(ActConfirmation):
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "no message of the customer confirms the outcome")
		case neg && g.has(ActConfirmation):
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "the customer confirmed: %s", clipQuote(g.acts[ActConfirmation][0].Text))
		}
	}
	if m := c.findIn(toldRE, own, lower, []string{"told", "informed", "advised", "assured", "updated", "promised", "reassured", "answered", "replied to", "responded to", "got back"}); m != nil && !neg && len(g.ordered["update"]) == 0 {
		c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "the team sent the customer no message: every message of the team was an internal note")
	}
	// The cheap conditions first: the patterns run only where a claim could be wrong.
	if !neg && !g.has(ActFix) && !g.has(ActRestoration) && !g.has(ActConfirmation) && !g.fixWords {
		if m := fixClaimRE.FindStringIndex(own); m != nil {
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "no message of the ticket states a fix")
		}
		if m := restoredClaimRE.FindStringIndex(own); m != nil {
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "no message of the ticket reports the service restored")
		}
	}
	if neg || !containsAny(lower, causeWords) {
		return
	}
	m = causeRE.FindStringIndex(own)
	if m == nil {
		return
	}
	// The cause side of the sentence: after "caused by", "due to", "the
	// trigger was"; before "caused", "triggered", "led to".
	cue := strings.ToLower(own[m[0]:m[1]])
	weak := weakCauseRE.MatchString(cue)
	terms := c.termsIn(sp[0]+m[1], sp[1])
	if causeVerbRE.MatchString(cue) && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(own[m[1]:])), "by") {
		terms = c.termsIn(sp[0], sp[0]+m[0])
	}
	if !g.has(ActCause) {
		if causeNounOnlyRE.MatchString(own) {
			return
		}
		// "could not log in due to the outage" restates the customer's symptom, not a cause.
		symptom := weak
		for _, t := range terms {
			if !g.customer[t.group] {
				symptom = false
			}
		}
		if (!weak || len(terms) > 0) && !symptom {
			c.problem(KindAct, sp[0]+m[0], sp[0]+m[1], "the ticket's messages state no cause; say that the cause was not established")
		}
		return
	}
	c.checkCauseTime(sp)
	for _, t := range terms {
		if !g.cause[t.group] && !(weak && g.customer[t.group]) {
			c.problem(KindAct, t.start, t.end, "%s is not part of the stated cause: %s", c.text[t.start:t.end], clipQuote(g.acts[ActCause][0].Text))
			c.claim(t.start, t.end)
		}
	}
}

// confirmClaim finds a claim that the customer confirmed: "the customer
// confirmed", "confirmation from the client", or a confirmation verb whose
// subject is one of the customer's people.
func (c *checker) confirmClaim(own, lower string) []int {
	if !containsAny(lower, confirmWords) {
		return nil
	}
	if m := confirmClaimRE.FindStringIndex(own); m != nil {
		return m
	}
	m := confirmVerbRE.FindStringIndex(own)
	if m == nil {
		return nil
	}
	subject := lower[:m[0]]
	for _, n := range c.f.ground.customerNames {
		if containsWhole(subject, n) {
			return m
		}
	}
	return nil
}

// containsWhole reports whether s holds w as whole words: "olu" (a contact
// named Olu) is not in "resolution".
func containsWhole(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isWordRune(s[:i], true)) && (end == len(s) || !isWordRune(s[end:], false)) {
			return true
		}
		from = i + 1
	}
}

// isWordRune reports whether the rune at the end (last) or start of s is a
// letter or digit.
func isWordRune(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// confirmWords are the literals one of which every match of confirmClaimRE contains.
var confirmWords = []string{"confirm", "verified", "acknowledged", "reported back", "signed off", "accepted"}

// hypothetical reports whether sentence k recommends, plans or supposes rather than reports.
func (c *checker) hypothetical(k int) bool {
	if c.hypo == nil {
		c.hypo = make([]int8, len(c.sentences))
	}
	if c.hypo[k] == 0 {
		c.hypo[k] = -1
		// "The team said it would be fixed by noon" reports what was said: a claim.
		if own := c.own(c.sentences[k]); hypoRE.MatchString(own) && !reportedModalRE.MatchString(own) {
			c.hypo[k] = 1
		}
	}
	return c.hypo[k] > 0
}

var (
	// weakCauseRE are the cues that also introduce symptoms ("due to the outage").
	weakCauseRE = mustFast(`^(?:due to|because of|owing to)$`)
	// causeVerbRE are the cues whose cause comes before them ("X caused Y").
	causeVerbRE = mustFast(`^(?:caus(?:e|es|ed|ing)|trigger(?:ed|s)?)$`)
)

// causeWords are the literals one of which every match of causeRE contains.
var causeWords = []string{"caus", "trigger", "stem", "result", "attribut", "traced", "down to", "culprit", "underlying", "due to", "because", "owing"}

// containsAny reports whether s contains any of words.
// findIn returns the first match of re in s when lower, s in lower case, holds one of words.
func (c *checker) findIn(re *fastRE, s, lower string, words []string) []int {
	if !containsAny(lower, words) {
		return nil
	}
	return re.FindStringIndex(s)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// causeNounOnlyRE is a sentence that names the cause as a subject of review, not as a claim ("the cause is unknown").
var causeNounOnlyRE = mustFast(`(?i)\bcause\s+(?:is|was|remains)\s+(?:unknown|unclear|not\s+known|undetermined|still\s+unknown|to\s+be\s+(?:established|determined|confirmed))|\bunknown\s+cause|\bcause\s+(?:could|can)\s+not\b|\bno\s+(?:root\s+)?cause\b`)

// checkTerms requires each content term of a reporting sentence to occur in the
// ticket, in the messages of the party the sentence says spoke.
func (c *checker) checkTerms(sp [2]int, neg bool) {
	g := &c.f.ground
	for _, t := range c.termsIn(sp[0], sp[1]) {
		if !g.all[t.group] {
			c.problem(KindTerm, t.start, t.end, "nothing in the ticket mentions %s; state only what its messages and the facts say", strings.ToLower(c.text[t.start:t.end]))
			continue
		}
		// Who the sentence says said it: the party named before the last verb of saying before the term.
		before := c.text[sp[0]:t.start]
		vs := sayRE.FindAllStringIndex(before, -1)
		if len(vs) == 0 || neg {
			continue
		}
		v := vs[len(vs)-1]
		subject := before[:v[0]]
		cu := lastIndex(customerActorRE, subject)
		ag := lastIndex(agentActorRE, subject)
		switch {
		case toldRE.MatchString(c.text[sp[0]:sp[1]]) && !g.agentPublic[t.group]:
			c.problem(KindTerm, t.start, t.end, "the team's messages to the customer do not mention %s", strings.ToLower(c.text[t.start:t.end]))
		case cu > ag && !g.customer[t.group] && g.all[t.group]:
			c.problem(KindTerm, t.start, t.end, "the customer's messages do not mention %s", strings.ToLower(c.text[t.start:t.end]))
		case ag > cu && !g.agent[t.group] && g.all[t.group] && !strings.Contains(strings.ToLower(subject[ag:]), "customer"):
			c.problem(KindTerm, t.start, t.end, "the team's messages do not mention %s", strings.ToLower(c.text[t.start:t.end]))
		}
	}
}

func lastIndex(re *fastRE, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}

// checkNames requires the names a sentence uses (a product, a vendor, a
// person, an acronym) to occur in the ticket or the facts.
func (c *checker) checkNames(sp [2]int) {
	g := &c.f.ground
	seen := map[int]bool{}
	report := func(s, e int) {
		w := c.text[s:e]
		lw := strings.ToLower(w)
		if seen[s] || !c.free(s, e) || g.words[lw] || g.words[strings.TrimSuffix(lw, "s")] || knownNames[lw] || knownNames[strings.TrimSuffix(lw, "s")] {
			return
		}
		if _, ok := monthOf(w); ok {
			return
		}
		if _, ok := weekdayOf(lw); ok {
			return
		}
		if _, ok := lexicon[stem(lw)]; ok {
			return // a term: checkTerms judges it
		}
		seen[s] = true
		c.problem(KindTerm, s, e, "nothing in the ticket names %s; state only what its messages and the facts say", w)
	}
	for _, m := range acronymRE.FindAllStringIndex(c.text[sp[0]:sp[1]], -1) {
		report(sp[0]+m[0], sp[0]+m[1])
	}
	for _, m := range nameRE.FindAllStringSubmatchIndex(c.text[sp[0]:sp[1]], -1) {
		for _, w := range termWordRE.FindAllStringIndex(c.text[sp[0]+m[2]:sp[0]+m[3]], -1) {
			report(sp[0]+m[2]+w[0], sp[0]+m[2]+w[1])
		}
	}
}

func clipQuote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 160 {
		cut := strings.LastIndex(s[:160], " ")
		if cut < 80 {
			cut = 160
		}
		s = s[:cut] + "\u2026"
	}
	return "\u201c" + s + "\u201d"
}

// checkCauseTime holds a cause claim that names one time to the times the
// cause was stated: "the first reply, at 10:35, gave the cause" is false when
// the cause came at 14:40.
func (c *checker) checkCauseTime(sp [2]int) {
	var times []*instantClaim
	for i := range c.instants {
		ic := &c.instants[i]
		if ic.start >= sp[0] && ic.end <= sp[1] && ic.hasTime && len(ic.matched) > 0 {
			times = append(times, ic)
		}
	}
	if len(times) != 1 {
		return
	}
	acts := c.f.ground.acts[ActCause]
	for _, a := range acts {
		if c.matches(times[0], a.At) {
			return
		}
	}
	c.problem(KindAct, times[0].start, times[0].end, "the cause was stated at %s, not at %s", c.f.zone.Moment(acts[0].At, c.f.created), strings.TrimSpace(c.text[times[0].start:times[0].end]))
}
