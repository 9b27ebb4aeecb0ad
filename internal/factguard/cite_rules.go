package factguard

import (
	"slices"
	"strings"
	"time"
)

// sourced: a sentence that makes a claim cites at least one source. A
// connective or a heading ("In short:", "Overall") makes none: no digit and
// fewer than three content words.
func (k *citeCheck) sourced() {
	if len(k.sources) > 0 {
		return
	}
	content := 0
	eachWord(k.outside, func(w string) {
		if !stopWords[w] {
			content++
		}
	})
	if content >= 3 || strings.ContainsAny(k.outside, "0123456789") {
		k.problem("the sentence makes a claim but cites no source; cite the events or facts it rests on")
	}
}

// noInternal: a redacted report is for the customer; an internal note is not
// theirs to see, so a sentence of it may not rest on one.
func (k *citeCheck) noInternal() {
	if !k.cs.redacted {
		return
	}
	for _, s := range k.sources {
		if s.internal {
			k.problemAt(s.id, "cites %s, an internal note, in a report meant for the customer", s.id)
		}
	}
}

// quotations: the words inside quotation marks are a cited source's own.
func (k *citeCheck) quotations() {
	bad := k.unquoted(k.flat)
	if bad == "" {
		return
	}
	if k.unquoted(k.quotes) == "" {
		return
	}
	k.problemAt(bad, "the quotation is not the words of the cited sources (%s)", k.ids())
}

// unquoted returns the first of the quotations that is not a cited source's words, or "".
func (k *citeCheck) unquoted(spans [][2]int) string {
	for _, sp := range spans {
		q := strings.TrimSuffix(strings.TrimPrefix(strings.Trim(k.text[sp[0]:sp[1]], "\""), "\u201c"), "\u201d")
		if len(strings.Fields(q)) < 2 {
			continue // a single quoted word is a name or a term, not a quotation
		}
		if !k.quotedFrom(q) {
			return k.text[sp[0]:sp[1]]
		}
	}
	return ""
}

func (k *citeCheck) quotedFrom(q string) bool {
	found := false
	for _, part := range strings.Split(q, "\u2026") {
		part = strings.Trim(normalise(strings.TrimSpace(part)), "\".,;:!? ")
		if part == "" {
			continue
		}
		if !slices.ContainsFunc(k.sources, func(s *cited) bool {
			return strings.Contains(s.norm, part) || (s.redacted != "" && strings.Contains(s.redacted, part))
		}) {
			return false
		}
		found = true
	}
	return found
}

// terms: a word the ticket's events or the facts use, and that is not the
// vocabulary every report shares, is one the cited sources use: "the storage
// volume failed", citing the customer's first message that only says the
// cluster is down, takes "storage" and "volume" from somewhere else.
func (k *citeCheck) terms() {
	var missing []string
	seen := map[string]bool{}
	eachWord(k.outside, func(w string) {
		w = strings.TrimSuffix(w, "'s")
		if stopWords[w] || reportWords[w] || len(w) < 3 || slices.Contains(citeWeekdays, w) {
			return
		}
		if slices.Contains(monthNames, w) {
			return // a date: the times rule reads it
		}
		st := stem(w)
		if seen[st] || reportWords[st] || !k.cs.corpus[st] {
			return
		}
		seen[st] = true
		if !slices.ContainsFunc(k.sources, func(s *cited) bool { return s.stems[st] }) {
			missing = append(missing, w)
		}
	})
	if len(missing) > 0 {
		k.problemAt(strings.Join(missing, ", "), "the cited sources (%s) do not mention %s", k.ids(), strings.Join(missing, ", "))
	}
}

var (
	citeCustomerRE = mustFast(`\b(?:the|our|their)\s+(?:customer|client|user|requester|reporter|caller)s?\b`)
	citeTeamRE     = mustFast(`\b(?:the|our)\s+(?:[a-z]+\s+)?(?:team|engineers?|agents?|technicians?|analysts?|staff|support(?:\s+desk)?|service\s+desk|helpdesk|operators?|administrators?|admins?)\b|\b(?:support|staff|engineering)\b`)
	// passiveByRE is "was restarted by the team": the actor follows "by".
	passiveByRE = mustFast(`\b(?:was|were|had\s+been|has\s+been|is|are|got)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|t))(?:\s+[a-z]+){0,3}?\s+by\s+(the\s+(?:[a-z]+\s+)?[a-z]+)`)
)

// actor: "the customer confirmed" rests on a customer's event, "the team
// restarted" on a staff one. Verbs that make the subject a recipient ("the
// customer received", "waited", "was told") say nothing of who acted.
func (k *citeCheck) actor() {
	s := k.outside
	want := func(customer bool, phrase string) {
		if slices.ContainsFunc(k.sources, func(c *cited) bool { return (customer && c.customer) || (!customer && c.agent) }) {
			return
		}
		if !slices.ContainsFunc(k.sources, func(c *cited) bool { return c.customer || c.agent }) {
			return // the sources name no author: nothing to hold the actor to
		}
		who := "the team"
		if customer {
			who = "the customer"
		}
		k.problemAt(phrase, "the sentence says %s acted, but none of the cited sources (%s) is %s's", who, k.ids(), who)
	}
	customer, team := containsAny(s, customerWords), containsAny(s, teamWords)
	if !customer && !team {
		return
	}
	for _, m := range k.find(passiveByRE, s, " by ") {
		by := s[m[4]:m[5]]
		switch {
		case citeCustomerRE.MatchString(by):
			want(true, s[m[0]:m[1]])
		case citeTeamRE.MatchString(by):
			want(false, s[m[0]:m[1]])
		}
	}
	for _, re := range []*fastRE{citeCustomerRE, citeTeamRE} {
		if (re == citeCustomerRE && !customer) || (re == citeTeamRE && !team) {
			continue
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			if m[1] < len(s) && (s[m[1]] == '\'' || s[m[1]] == '-') {
				continue // "the customer's", "customer-visible"
			}
			if v, ok := actedVerb(s[m[1]:]); ok {
				want(re == citeCustomerRE, strings.TrimSpace(s[m[0]:m[1]])+" "+v)
			}
		}
	}
}

// actedVerb returns the verb that follows a subject when it makes the subject
// the actor: a past tense ("restarted", "wrote"), after adverbs and auxiliaries.
func actedVerb(rest string) (string, bool) {
	fields := strings.Fields(rest)
	for i := 0; i < len(fields) && i < 4; i++ {
		w := strings.Trim(fields[i], ",;:.()")
		switch {
		case w == "":
			return "", false
		case auxiliaries[w] || strings.HasSuffix(w, "ly") || w == "also" || w == "then" || w == "later" || w == "first" || w == "again" || w == "itself" || w == "themselves":
			continue
		case recipientVerbs[w]:
			return "", false
		case strings.HasSuffix(w, "ed") || pastTense[w]:
			if i > 0 && strings.Trim(fields[i-1], ",") == "was" || i > 0 && strings.Trim(fields[i-1], ",") == "were" {
				return "", false // "the customer was informed": a passive
			}
			return w, true
		default:
			return "", false
		}
	}
	return "", false
}

var (
	auxiliaries    = wordSet("had", "has", "have", "did", "was", "were", "could", "would", "then", "swiftly", "promptly", "quickly")
	recipientVerbs = wordSet("received", "waited", "needed", "got", "heard", "affected", "impacted", "informed", "notified", "updated", "kept", "left", "experienced", "suffered", "saw", "lost", "faced", "remained", "stayed", "wanted", "expected", "hoped")
	pastTense      = wordSet("wrote", "said", "sent", "gave", "told", "made", "took", "found", "ran", "did", "put", "set", "brought", "began", "spoke", "rang", "chose", "knew", "rebuilt", "shut", "swapped", "undid", "withdrew", "rewrote", "replied", "reopened", "closed", "opened", "asked", "chased", "confirmed", "reported", "raised", "escalated", "restarted", "rebooted", "fixed", "resolved", "applied", "identified", "explained", "diagnosed")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// times: a time of day, a date or a weekday the sentence states is one of the
// cited sources' (their own moment, their events' or one their text states).
func (k *citeCheck) times() {
	claim := claimStems(k.outside)
	if strings.IndexByte(k.outside, ':') >= 0 {
		k.clockTimes(claim)
	}
	if containsAny(k.outside, monthNames) {
		k.dates(claim)
	}
	for _, d := range citeWeekdays {
		if strings.Contains(k.outside, d) && !slices.ContainsFunc(k.sources, func(s *cited) bool { return s.dates(d, claim) }) {
			k.problemAt(d, "%s is not the day of any cited source (%s)", d, k.ids())
		}
	}
}

func (k *citeCheck) clockTimes(claim map[string]bool) {
	for _, m := range citeClockRE.FindAllStringSubmatch(k.outside, -1) {
		key := citeClockKey(m)
		if !slices.ContainsFunc(k.sources, func(s *cited) bool { return s.dates(key, claim) }) {
			k.problemAt(m[0], "%s is not the time of any cited source (%s)", m[0], k.ids())
		}
	}
}

func (k *citeCheck) dates(claim map[string]bool) {
	for _, m := range citeDayMonthRE.FindAllStringSubmatch(k.outside, -1) {
		key := citeDayOf(m)
		if key != "" && !slices.ContainsFunc(k.sources, func(s *cited) bool { return s.dates(key, claim) }) {
			k.problemAt(m[0], "%s is not the date of any cited source (%s)", m[0], k.ids())
		}
	}
}

// citeOrderRE finds the words that order two events; group 1 is the word.
var citeOrderRE = mustFast(`\b(before|prior to|ahead of|until|after|only after|once|following|then|followed by|afterwards|subsequently|earlier than|later than)\b`)

// order: in "A before B" (or "after", "then", "once"), each side is matched to
// the cited source that shares most of its words, and the two sources' times
// must be in the order the sentence says.
func (k *citeCheck) order() {
	timed := slices.DeleteFunc(slices.Clone(k.sources), func(s *cited) bool { return len(s.times) == 0 })
	if len(timed) < 2 {
		return
	}
	for _, m := range k.find(citeOrderRE, k.outside, orderWords...) {
		word := k.outside[m[2]:m[3]]
		left, right := k.outside[:m[0]], k.outside[m[1]:]
		if i := strings.LastIndexAny(left, ";:"); i >= 0 {
			left = left[i+1:]
		}
		if i := strings.IndexAny(right, ";:"); i >= 0 {
			right = right[:i]
		}
		if !hasContent(left) && fronted[word] {
			// "After the customer chased, the team explained ..." and "Only after
			// A did B": the clause the word leads comes first, the main one after.
			sub, main, ok := splitFronted(right)
			if !ok {
				continue
			}
			left, right = main, sub
		}
		a, b := bestSource(left, timed, nil), bestSource(right, timed, nil)
		// A sentence that orders two events cites both: a side that matches
		// two sources equally is the one the other side did not take.
		switch {
		case a == nil && b != nil:
			a = bestSource(left, timed, b)
		case b == nil && a != nil:
			b = bestSource(right, timed, a)
		}
		if a == nil || b == nil || a == b {
			continue
		}
		ta, tb := a.times[0], b.times[0]
		if ta.Equal(tb) {
			continue
		}
		before := ta.Before(tb)
		switch word {
		case "after", "only after", "once", "following", "later than", "afterwards", "subsequently":
			before = !before
		}
		if !before {
			k.problemAt(k.text[m[2]:m[3]], "the order is wrong: %s (%s) came %s %s (%s)", a.id, ta.In(k.cs.loc).Format(time.DateTime), relation(ta, tb), b.id, tb.In(k.cs.loc).Format(time.DateTime))
		}
	}
}

// fronted are the order words that can lead a clause put first: "After A, B".
var fronted = wordSet("before", "after", "only after", "once", "following", "prior to", "ahead of", "until")

// citeInversionRE is the auxiliary of an inverted main clause: "only after A
// did B".
var citeInversionRE = mustFast(`\s(?:did|does|do|was|were|had|has|have|could|would|is|are)\s`)

// hasContent reports whether s holds a word that is not a stop word.
func hasContent(s string) bool {
	found := false
	eachWord(s, func(w string) { found = found || !stopWords[w] })
	return found
}

// splitFronted splits "A, B" (or "A did B") after a fronted order word into the
// clause it leads and the main clause.
func splitFronted(s string) (sub, main string, ok bool) {
	if i := strings.IndexByte(s, ','); i > 0 {
		return s[:i], s[i+1:], true
	}
	if loc := citeInversionRE.FindStringIndex(s); loc != nil {
		return s[:loc[0]], s[loc[1]:], true
	}
	return "", "", false
}

func relation(a, b time.Time) string {
	if a.Before(b) {
		return "before"
	}
	return "after"
}

// bestSource returns the source, other than except, that shares most content
// words with text, with the actor's role and any time the text states as
// tie-breakers; nil when none stands out.
func bestSource(text string, srcs []*cited, except *cited) *cited {
	var best *cited
	bestScore, tie := 0, false
	customer, team := citeCustomerRE.MatchString(text), citeTeamRE.MatchString(text)
	clocks := citeClockRE.FindAllStringSubmatch(text, -1)
	for _, s := range srcs {
		if s == except {
			continue
		}
		score := 0
		seen := map[string]bool{}
		eachWord(text, func(w string) {
			if stopWords[w] {
				return
			}
			if st := stem(w); !seen[st] && s.stems[st] {
				seen[st] = true
				score += 2
			}
		})
		if (customer && s.customer) || (team && s.agent) {
			score += 2
		}
		for _, c := range clocks {
			if s.clocks[citeClockKey(c)] {
				score += 4
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = s, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie || bestScore < 2 {
		return nil
	}
	return best
}

var citeNegationRE = mustFast(`\b(?:no|not|never|none|nothing|nobody|neither|nor|without|cannot|every|all|each|always|entire|whole)\b|n't\b`)

// negationScopes returns, for each negation or universal of text, the stems
// of the next n content words and of the before words preceding it: what the
// text says is absent, or holds for all. With clause, the words after end
// at a semicolon: "Severity: not set; the customer described ..." negates
// only "set".
func negationScopes(text string, before, n int, clause bool) [][]string {
	var out [][]string
	for _, m := range citeNegationRE.FindAllStringIndex(text, -1) {
		var sc []string
		after := 0
		rest := text[m[1]:]
		if i := strings.IndexByte(rest, ';'); clause && i >= 0 {
			rest = rest[:i]
		}
		eachWord(rest, func(w string) {
			if after >= n || stopWords[w] {
				return
			}
			after++
			sc = append(sc, stem(strings.TrimSuffix(w, "'s")))
		})
		if before > 0 {
			var prev []string
			eachWord(text[max(0, m[0]-80):m[0]], func(w string) {
				if !stopWords[w] {
					prev = append(prev, stem(strings.TrimSuffix(w, "'s")))
				}
			})
			sc = append(sc, prev[max(0, len(prev)-before):]...)
		}
		out = append(out, sc)
	}
	return out
}

// negations: "no internal ticket", "never taken offline", "every update",
// "all systems" state an absence or a rule for all. Only a source that states
// the same (a fact such as "No internal ticket is linked", or an event that
// says it in its own words) establishes one, so a cited source must hold a
// negation or universal over the same words.
func (k *citeCheck) negations() {
	for i, sc := range negationScopes(k.outside, 0, 3, true) {
		ok := slices.ContainsFunc(k.sources, func(s *cited) bool {
			for _, ss := range s.scopes {
				// What is negated (the first word after "no", "never") must be
				// what the source negates, and most of what follows it too.
				if len(sc) > 0 && !slices.Contains(ss, sc[0]) {
					continue
				}
				need := min(2, len(sc), len(ss))
				hits := 0
				for _, w := range sc {
					if slices.Contains(ss, w) {
						hits++
					}
				}
				if hits >= need {
					return true
				}
			}
			return false
		})
		if !ok {
			word := citeNegationRE.FindAllString(k.outside, -1)[i]
			k.problemAt(strings.TrimSpace(word+" "+strings.Join(sc, " ")), "the sentence states an absence or a rule for all (%q) that no cited source (%s) establishes", word, k.ids())
		}
	}
}

// causeClaimRE finds a statement that something caused the incident.
var causeClaimRE = mustFast(`\b(?:caus(?:ed|es|ing)|(?:root\s+)?cause\s+(?:was|is|were|lay|lies|turned\s+out)|cause:|because|due to|owing to|trigger(?:ed|s)?|stemm(?:ed|ing) from|result(?:ed|s)? from|led to|attributed to|traced (?:back )?to|culprit|underlying (?:issue|problem|fault|reason)|root of)\b`)

// causes: a sentence that states a cause cites a statement of the cause (a
// cause the message reader found, the event that holds it, or a contributing
// factor shown by one), unless it says there is none (see negations).
func (k *citeCheck) causes() {
	if !containsAny(k.outside, causeLiterals) {
		return
	}
	m := causeClaimRE.FindString(k.outside)
	if m == "" || citeNegationRE.MatchString(k.outside) {
		return
	}
	if !slices.ContainsFunc(k.sources, func(s *cited) bool { return s.cause }) {
		k.problemAt(m, "the sentence states a cause, but none of the cited sources (%s) is a statement of the cause", k.ids())
	}
}

// The literals every match of a pattern contains, so the pattern is tried
// only on sentences that hold one.
var (
	customerWords = []string{"customer", "client", "user", "requester", "reporter", "caller"}
	teamWords     = []string{"team", "engineer", "agent", "technician", "analyst", "staff", "support", "desk", "operator", "admin"}
	orderWords    = []string{"before", "prior", "ahead", "until", "after", "once", "following", "then", "followed", "subsequently", "earlier", "later"}
	causeLiterals = []string{"caus", "because", "due to", "owing", "trigger", "stemm", "result", "led to", "attributed", "traced", "culprit", "underlying", "root of"}
)

// find returns the submatch indexes of re in s when s holds one of the literals.
func (k *citeCheck) find(re *fastRE, s string, literals ...string) [][]int {
	if !containsAny(s, literals) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}
