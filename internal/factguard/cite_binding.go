package factguard

import (
	"slices"
	"strings"
)

// The rules here hold a claim to the cited source it is about: the source
// that says what the clause says must be the one that holds its time, a
// message meant for the customer must be one the customer could read, and
// what a source says only in the negative cannot be claimed as done.

// citeClauseBreakRE ends a clause: punctuation, or a word that opens another.
var citeClauseBreakRE = mustFast(`[,;:()]|\b(?:that|which|who|when|while|after|before|once|and|but|because|until|since|so that|as soon as|then)\b`)

// clauseAround returns the clause of s that holds s[i:j], without it.
func clauseAround(s string, i, j int) string {
	start, end := 0, len(s)
	for _, m := range citeClauseBreakRE.FindAllStringIndex(s, -1) {
		if m[1] <= i {
			start = m[1]
		}
		if m[0] >= j && end == len(s) {
			end = m[0]
		}
	}
	return s[start:i] + " " + s[j:end]
}

// citeYouRE and citeWeRE are the customer and the team in a text written to
// the customer ("you confirmed", "we rolled back").
var (
	citeYouRE = mustFast(`\byou(?:r)?\b`)
	citeWeRE  = mustFast(`\b(?:we|our|us)\b`)
)

// persons rewrites "you" and "we" as the customer and the team in a text meant
// for the customer, so the actor rules read it as they read a report.
func (k *citeCheck) persons(s string) string {
	if !k.cs.redacted {
		return s
	}
	s = citeYouRE.ReplaceAllString(s, "the customer")
	return citeWeRE.ReplaceAllString(s, "the team")
}

// timeBinding: a time, date or weekday belongs to what its own clause says.
// Of several cited sources, the one that says what that clause says (its
// words and its actor) must hold that time: "the customer confirmed at
// 14:40:00" citing the team's 14:40:00 message and the customer's 15:05:00
// confirmation takes the team's time for the customer's act.
func (k *citeCheck) timeBinding() {
	// Of events only: a fact (a gap, a first response) is computed, and its
	// text may list the times of several events.
	var timed []*cited
	for _, s := range k.sources {
		if len(s.own) > 0 && s.kind == "event" {
			timed = append(timed, s)
		}
	}
	if len(timed) < 2 {
		return
	}
	text := k.persons(k.outside)
	type mention struct {
		i, j int
		key  string
	}
	var ms []mention
	for _, m := range citeClockRE.FindAllStringSubmatchIndex(text, -1) {
		ms = append(ms, mention{m[0], m[1], citeClockKey(submatches(text, m))})
	}
	for _, m := range citeDayMonthRE.FindAllStringSubmatchIndex(text, -1) {
		if key := citeDayOf(submatches(text, m)); key != "" {
			ms = append(ms, mention{m[0], m[1], key})
		}
	}
	if len(ms) > 2 {
		return // a list of times, as in a table: each is checked by the times rule
	}
	for _, m := range ms {
		clause := clauseAround(text, m.i, m.j)
		best := bestSource(clause, timed, nil)
		if best == nil && len(claimStems(clause)) == 0 {
			// "the team told the customer on 29 December that ...": what was
			// told is the rest of the sentence.
			clause = text[:m.i] + " " + text[m.j:]
			best = bestSource(clause, timed, nil)
		}
		claim := claimStems(clause)
		if !slices.ContainsFunc(timed, func(s *cited) bool { return s.dates(m.key, claim) }) {
			continue // no cited source holds it: the times rule says so
		}
		if best == nil || best.dates(m.key, claim) {
			continue
		}
		k.problemAt(strings.TrimSpace(text[m.i:m.j]), "%s is not the time of %s, the cited source that says what this part of the sentence says", strings.TrimSpace(text[m.i:m.j]), best.id)
	}
}

// submatches returns the strings of a submatch index.
func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// Telling the customer is done in a message the customer can read; being told
// by the customer, in one of the customer's.
var (
	citeToldCustomerRE = mustFast(`\b(?:told|informed|notified|assured|reassured|warned|advised|promised|reminded|updated)\s+(?:the\s+)?(?:customer|client|user|requester|reporter|caller)s?\b|\b(?:the\s+)?(?:customer|client|user|requester|reporter|caller)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:told|informed|notified|asked|called|phoned|rung|contacted|sent|given|assured|reassured|warned|advised|promised|reminded|updated)\b`)
	citeToldTeamRE     = mustFast(`\b(?:the\s+)?(?:team|engineers?|agents?|technicians?|staff|support(?:\s+desk)?|service\s+desk|helpdesk)\s+(?:was|were|had\s+been|has\s+been)\s+(?:told|informed|notified|asked|called|phoned|contacted|sent|given|warned|reminded|chased)\b`)
)

// addressed: "the team told the customer" and "the customer was asked" rest
// on a staff message the customer could read, not on an internal note; "the
// team was asked" on a customer's message.
func (k *citeCheck) addressed() {
	s := k.persons(k.outside)
	if !containsAny(s, customerWords) && !containsAny(s, teamWords) {
		return
	}
	if !slices.ContainsFunc(k.sources, func(c *cited) bool { return c.customer || c.agent }) {
		return // the sources name no author
	}
	if m := citeToldCustomerRE.FindString(s); m != "" && !slices.ContainsFunc(k.sources, func(c *cited) bool { return c.agent && !c.internal }) {
		k.problemAt(m, "the sentence says the customer was told, but none of the cited sources (%s) is a message of the team's the customer could read", k.ids())
	}
	if m := citeToldTeamRE.FindString(s); m != "" && !slices.ContainsFunc(k.sources, func(c *cited) bool { return c.customer }) {
		k.problemAt(m, "the sentence says the team was told or asked, but none of the cited sources (%s) is the customer's", k.ids())
	}
}

// citeDenialRE is a negation of what follows it, to the end of the clause:
// "not", "never", "cannot", "without". "No X", "none of the X" and "nobody"
// negate the thing they name, not the words after it ("none of the invoices
// print" says nothing against "invoices"), and universals are not denials.
var citeDenialRE = mustFast(`\b(?:not|never|cannot|without)\b|n't\b`)

// deniedOnly returns the stems text uses only within the clause after a
// negation: "we cannot give a reliable time yet" denies "reliable".
func deniedOnly(text string) map[string]bool {
	denied, plain := map[string]bool{}, map[string]bool{}
	inside := make([]bool, len(text))
	for _, m := range citeDenialRE.FindAllStringIndex(text, -1) {
		end := len(text)
		if i := strings.IndexAny(text[m[1]:], ".,;:!?\n"); i >= 0 {
			end = m[1] + i
		}
		for i := m[0]; i < end; i++ {
			inside[i] = true
		}
	}
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '\'' || text[j] == '-') {
			j++
		}
		if j == i {
			i++
			continue
		}
		if w := text[i:j]; !stopWords[w] && !reportWords[w] {
			st := stem(strings.TrimSuffix(w, "'s"))
			if inside[i] {
				denied[st] = true
			} else {
				plain[st] = true
			}
		}
		i = j
	}
	for st := range plain {
		delete(denied, st)
	}
	return denied
}

// polarity: a sentence that denies nothing may not claim, as done or so, what
// its cited sources say only in the negative ("the team gave a reliable time"
// citing "we cannot give a reliable time yet"; "the customer asked for it to
// be treated as urgent" citing "not urgent").
func (k *citeCheck) polarity() {
	if citeNegationRE.MatchString(k.outside) || strings.Contains(k.outside, "fail") {
		return
	}
	for st := range claimStems(k.outside) {
		in := 0
		for _, s := range k.sources {
			if s.stems[st] {
				in++
				if !s.denied[st] {
					in = -1
					break
				}
			}
		}
		if in > 0 {
			k.problemAt(st, "the cited sources (%s) say %q only in the negative, and the sentence does not", k.ids(), st)
			return
		}
	}
}

// citeReportedRE is reported speech: an actor, a verb of saying, and what was
// said (group 2), up to the end of the clause.
var citeReportedRE = mustFast(`\b(?:the|our|their)\s+(customer|client|user|requester|reporter|caller|team|engineers?|agents?|technicians?|staff|support(?:\s+desk)?|service\s+desk|helpdesk)s?\s+(?:(?:had|then|also|later)\s+)?(?:wrote|said|reported|explained|stated|noted|mentioned|replied|answered|warned|added|told\s+(?:the\s+)?[a-z]+|confirmed|promised|announced)\s+(?:that\s+)?([^;:]+)`)

// reported: "the customer wrote that they would respond the next working
// day" says the words are the customer's: the cited source that says them
// must be one of the customer's (or of the team's, for the team).
func (k *citeCheck) reported() {
	s := k.persons(k.outside)
	if !containsAny(s, customerWords) && !containsAny(s, teamWords) {
		return
	}
	for _, m := range citeReportedRE.FindAllStringSubmatch(s, -1) {
		customer := citeCustomerRE.MatchString("the " + m[1])
		said := m[2]
		if len(claimStems(said)) < 2 {
			continue
		}
		best := bestSource(said, k.sources, nil)
		if best == nil || (!best.customer && !best.agent && best.kind != "event") {
			continue // a fact, or nothing stands out
		}
		if customer && !best.customer || !customer && !best.agent {
			who := "the team's"
			if customer {
				who = "the customer's"
			}
			k.problemAt(strings.TrimSpace(m[0]), "the sentence gives these words as %s, but the cited source that says them (%s) is not %s", who, best.id, who)
		}
	}
}
