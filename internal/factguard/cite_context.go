package factguard

import (
	"maps"
	"slices"
	"strings"
)

// A time a message states in its words is the time of what that sentence of
// the message says, not of anything else the message mentions: "the driver was
// replaced by an automatic update on 24 December" dates the update, not a
// rollback. The rules below check that a claim uses a stated time, or a
// universal over messages, for what the cited sources say of it.

// citeSentenceRE splits a source's text into its sentences and their
// semicolon-separated parts; citeFullStopRE into whole sentences.
var (
	citeSentenceRE = mustFast(`[.;!?\n]+(?:\s+|$)`)
	citeFullStopRE = mustFast(`[.!?\n]+(?:\s+|$)`)
)

// statedContexts records, for each time of day, date and weekday the text
// states, the content stems of each sentence that states it.
func (c *cited) statedContexts(text string) {
	for _, sent := range citeFullStopRE.Split(text, -1) {
		st := claimStems(sent)
		// A sentence that opens with a pronoun goes on about the one before:
		// "Microsoft confirmed an incident. Their fix is rolling out today."
		if f := strings.Fields(sent); len(f) > 0 && citePronouns[f[0]] && len(c.sentences) > 0 {
			maps.Copy(c.sentences[len(c.sentences)-1], st)
		}
		c.sentences = append(c.sentences, st)
	}
	for _, sent := range citeSentenceRE.Split(text, -1) {
		var keys []string
		for _, m := range citeClockRE.FindAllStringSubmatch(sent, -1) {
			keys = append(keys, citeClockKey(m))
			if m[3] != "" {
				keys = append(keys, citeClockKey(m[:3]))
			}
		}
		for _, m := range citeDayMonthRE.FindAllStringSubmatch(sent, -1) {
			if k := citeDayOf(m); k != "" {
				keys = append(keys, k)
			}
		}
		for _, d := range citeWeekdays {
			if strings.Contains(sent, d) {
				keys = append(keys, d)
			}
		}
		if len(keys) == 0 {
			continue
		}
		ctx := claimStems(sent)
		for _, k := range keys {
			if c.own[k] {
				continue
			}
			if c.stated == nil {
				c.stated = map[string][]map[string]bool{}
			}
			c.stated[k] = append(c.stated[k], ctx)
		}
	}
}

// claimStems are the stems of the words of s that say what happened: not the
// words every review shares, nor times, dates and weekdays.
func claimStems(s string) map[string]bool {
	out := map[string]bool{}
	eachWord(s, func(w string) {
		if stopWords[w] || reportWords[w] || slices.Contains(monthNames, w) || slices.Contains(citeWeekdays, w) {
			return
		}
		if st := stem(strings.TrimSuffix(w, "'s")); len(st) > 1 {
			out[st] = true
		}
	})
	return out
}

// dates reports whether the source holds the time, date or weekday key for
// what claim (the claim's stems) says: it is the source's own moment, or a
// sentence of its text states key and shares most of what the claim says
// (at least two of its words, or half of them if it has fewer than four).
func (c *cited) dates(key string, claim map[string]bool) bool {
	if c.own[key] {
		// Unless a sentence of the message dates what the claim says to
		// another day: "the bank changed its validation on 24 June", written
		// on 25 June, does not date the change to 25 June.
		return !c.datesOther(key, claim)
	}
	ctxs, ok := c.stated[key]
	if !ok {
		return c.days[key] || c.clocks[key] // a fact: its text is computed, and trusted
	}
	need := min(2, (len(claim)+1)/2)
	for _, ctx := range ctxs {
		hits := 0
		for st := range claim {
			if ctx[st] {
				hits++
			}
		}
		if hits >= need {
			return true
		}
	}
	return false
}

// datesOther reports whether a sentence of the text states a date other than
// key for what claim says (a date for a date, a weekday for a weekday).
func (c *cited) datesOther(key string, claim map[string]bool) bool {
	dayKey := strings.IndexByte(key, ' ') > 0
	if !dayKey && !slices.Contains(citeWeekdays, key) {
		return false // a time of day: a message may state several
	}
	need := min(2, (len(claim)+1)/2)
	for other, ctxs := range c.stated {
		if other == key || (strings.IndexByte(other, ' ') > 0) != dayKey || (!dayKey && !slices.Contains(citeWeekdays, other)) {
			continue
		}
		for _, ctx := range ctxs {
			hits := 0
			for st := range claim {
				if ctx[st] {
					hits++
				}
			}
			if need > 0 && hits >= max(need, 2) {
				return true
			}
		}
	}
	return false
}

// messageNouns name the messages of a ticket, which a universal may range
// over: "every update", "all replies", "both messages".
var messageNouns = wordSet("update", "message", "reply", "respons", "answer", "note", "email", "e-mail", "chase", "reminder", "comment", "post")

// citeUniversalRE finds a universal over the ticket's messages; group 1 is
// the noun, and what follows it to the end of the clause is what it says of
// each.
var citeUniversalRE = mustFast(`\b(?:every|each|all(?: of the| the)?|both(?: of the| the)?)\s+(?:(?:public|internal|customer-visible|later|earlier|subsequent|following|staff|team|agent|customer)\s+)?([a-z-]+)\b([^,;:]*)`)

// universals: "every update promised a fix" over several cited messages says
// it of each of them: each cited message must share a word of what is said.
func (k *citeCheck) universals() {
	var events []*cited
	for _, s := range k.sources {
		if s.kind == "event" {
			events = append(events, s)
		}
	}
	if len(events) < 2 {
		return // one message, or a fact: the negations rule decides
	}
	for _, m := range citeUniversalRE.FindAllStringSubmatch(k.outside, -1) {
		if !messageNouns[stem(m[1])] {
			continue
		}
		said := claimStems(m[2])
		if len(said) == 0 {
			continue
		}
		for _, e := range events {
			if !sharesAny(said, e.stems) {
				k.problemAt(strings.TrimSpace(m[0]), "the sentence says it of every message, but the cited %s does not say it", e.id)
				break
			}
		}
	}
}

func sharesAny(a, b map[string]bool) bool {
	for st := range a {
		if b[st] {
			return true
		}
	}
	return false
}

var citePronouns = wordSet("he", "she", "it", "its", "it's", "they", "their", "them", "his", "her", "this", "these")

// citeEntityRE is a name in a sentence: a capitalised word not at its start,
// or a word holding a digit (a host, an id, a version).
var citeEntityRE = mustFast(`(?:^|[^.!?]\s+)([A-Z][a-zA-Z]+(?:-[A-Za-z0-9]+)*)\b|\b([A-Za-z][A-Za-z-]*\d[A-Za-z0-9.-]*[A-Za-z0-9]|\d+[A-Za-z][A-Za-z0-9-]*)\b`)

// entities: a name a sentence uses (a person, a host, a vendor, an id) is
// used for what the cited message says of it: "Sam took the nodes offline"
// citing "Sam is checking the backups" puts Sam to another act. Each name
// the cited events hold must stand in one of their sentences that shares
// most of what the sentence says besides it.
func (k *citeCheck) entities() {
	var events []*cited
	for _, s := range k.sources {
		if s.kind == "event" {
			events = append(events, s)
		}
	}
	if len(events) == 0 {
		return
	}
	outside := k.text
	for _, q := range append(slices.Clone(k.quotes), k.flat...) {
		outside = outside[:q[0]] + strings.Repeat(" ", q[1]-q[0]) + outside[q[1]:]
	}
	claim := claimStems(strings.ToLower(outside))
	for _, m := range citeEntityRE.FindAllStringSubmatch(outside, -1) {
		name := strings.ToLower(m[1] + m[2])
		if stopWords[name] || reportWords[name] || slices.Contains(monthNames, name) || slices.Contains(citeWeekdays, name) {
			continue
		}
		st := stem(name)
		rest := maps.Clone(claim)
		delete(rest, st)
		need := min(2, (len(rest)+1)/2)
		held, bound := false, false
		for _, e := range events {
			for _, sent := range e.sentences {
				if !sent[st] {
					continue
				}
				held = true
				hits := 0
				for w := range rest {
					if sent[w] {
						hits++
					}
				}
				bound = bound || hits >= need
			}
		}
		if held && !bound {
			k.problemAt(m[1]+m[2], "the cited sources (%s) name %s, but not for what the sentence says of it", k.ids(), m[1]+m[2])
		}
	}
}
