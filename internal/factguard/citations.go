package factguard

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/ticket"
)

// KindSource is a sentence its cited sources do not support: no source for a
// claim, an unknown source, words, an actor, a time, an order, an absence, a
// quotation or a cause that the cited events and facts do not state, or an
// internal note cited in a redacted report.
const KindSource Kind = "source"

// Citations checks each sentence of a narrative against the sources it cites
// (analysis.Sources: the ticket's events e1, e2 ... and the named facts), not
// against the whole ticket: what Check finds true somewhere in the ticket may
// still be false of the events the sentence rests on. It is immutable and
// safe for concurrent use.
type Citations struct {
	byID     map[string]*cited
	redacted bool
	// corpus holds the stems of every word of every source: a word of a
	// sentence that the ticket or facts use must come from a cited source.
	corpus map[string]bool
	// causeEvents are the events that hold a statement of the cause, as the
	// message reader found them.
	causeEvents map[string]bool
	loc         *time.Location
	// names are the customer organisation's and the contact's names,
	// normalised: their words ("Corvane Engineering", "Support Partners
	// Ltd") name someone, they do not say who acted.
	names []string
}

// cited is one source prepared for checking.
type cited struct {
	id   string
	kind string
	// norm is the text (and, for a fact, the texts of its events) normalised for quotations;
	// redacted is the same redacted, for a text written from the redacted ticket.
	norm, redacted string
	stems          map[string]bool
	// roles of the source and the events it rests on.
	customer, agent bool
	// internal is set when the source is, or rests only on, internal notes.
	internal bool
	times    []time.Time
	clocks   map[string]bool
	days     map[string]bool
	// own are the keys of clocks and days that are the source's own moment;
	// stated are the others an event's text states, with the stems of each
	// sentence stating them (cite_context.go).
	own    map[string]bool
	stated map[string][]map[string]bool
	// sentences are the claim stems of each sentence of an event's text.
	sentences []map[string]bool
	// scopes are the stems that follow each negation or universal of the text.
	scopes [][]string
	// denied are the stems the text uses only after a negation (cite_binding.go).
	denied map[string]bool
	cause  bool
}

// NewCitations prepares the sources of in.Analysis (computed with
// analysis.Sources when the analysis does not hold them) for checking. With
// forCustomer set the text is meant for the customer (a shareable, redacted
// report), so it may not rest on an internal note.
func NewCitations(in Input, forCustomer bool) (*Citations, error) {
	a := in.Analysis
	if a == nil || in.Ticket == nil {
		return nil, errors.New("factguard: citations need the analysis and the ticket")
	}
	srcs := a.Sources
	if len(srcs) == 0 {
		srcs = analysis.Sources(in.Ticket, a)
	}
	cs := &Citations{byID: map[string]*cited{}, redacted: forCustomer, corpus: map[string]bool{}, causeEvents: map[string]bool{}, loc: time.UTC}
	for _, n := range []string{a.Facts.Customer, a.Facts.Contact} {
		if n = normalise(n); n != "" {
			cs.names = append(cs.names, n)
		}
	}
	if a.Stats != nil && a.Stats.Policy != nil && a.Stats.Policy.Calendar != nil {
		cs.loc = a.Stats.Policy.Calendar.Location()
	}
	for i := range srcs {
		s := &srcs[i]
		text := s.Text
		if k := analysis.EventIndex(s.ID); k >= 0 && k < len(in.Ticket.Events) && s.Kind == "event" {
			text = in.Ticket.Events[k].Body // the whole message, not the stored excerpt
			if text == "" {
				text = s.Text
			}
		}
		cs.byID[s.ID] = cs.prepare(s, text, in.Redactor)
	}
	// A fact rests on its events: their words, roles and times are the fact's too.
	for i := range srcs {
		s := &srcs[i]
		c := cs.byID[s.ID]
		if s.Kind == "event" {
			continue
		}
		if strings.HasPrefix(s.ID, "cause:") {
			for _, e := range s.Events {
				cs.causeEvents[e] = true
			}
			c.cause = true
		}
		allInternal := len(s.Events) > 0
		for _, e := range s.Events {
			ev, ok := cs.byID[e]
			if !ok {
				continue
			}
			for st := range ev.stems {
				c.stems[st] = true
			}
			c.customer, c.agent = c.customer || ev.customer, c.agent || ev.agent
			c.times = append(c.times, ev.times...)
			for k := range ev.clocks {
				c.clocks[k] = true
			}
			for k := range ev.days {
				c.days[k] = true
			}
			allInternal = allInternal && ev.internal
		}
		c.internal = c.internal || allInternal
	}
	for _, s := range srcs {
		if strings.HasPrefix(s.ID, "factor:") {
			for _, e := range s.Events {
				if cs.causeEvents[e] {
					cs.byID[s.ID].cause = true
				}
			}
		}
	}
	for e := range cs.causeEvents {
		if c, ok := cs.byID[e]; ok {
			c.cause = true
		}
	}
	for _, c := range cs.byID {
		for st := range c.stems {
			cs.corpus[st] = true
		}
	}
	return cs, nil
}

func (cs *Citations) prepare(s *analysis.Source, text string, r *redact.Redactor) *cited {
	c := &cited{id: s.ID, kind: s.Kind, norm: normalise(text), stems: map[string]bool{}, clocks: map[string]bool{}, days: map[string]bool{}}
	if r != nil {
		c.redacted = normalise(r.String(text))
	}
	switch s.Role {
	case ticket.RoleCustomer:
		c.customer = true
	case ticket.RoleAgent:
		c.agent = true
	}
	c.internal = !s.Public
	eachWord(c.norm, func(w string) {
		if st := stem(strings.TrimSuffix(w, "'s")); len(st) > 1 {
			c.stems[st] = true
		}
	})
	if !s.At.IsZero() {
		c.times = append(c.times, s.At)
		lt := s.At.In(cs.loc)
		c.clocks[lt.Format("15:04")], c.clocks[lt.Format("15:04:05")] = true, true
		c.days[citeDayKey(lt.Day(), lt.Month())], c.days[strings.ToLower(lt.Weekday().String())] = true, true
		c.own = map[string]bool{lt.Format("15:04"): true, lt.Format("15:04:05"): true,
			citeDayKey(lt.Day(), lt.Month()): true, strings.ToLower(lt.Weekday().String()): true}
	}
	if s.Kind == "event" {
		c.statedContexts(c.norm)
	}
	for _, m := range citeClockRE.FindAllStringSubmatch(c.norm, -1) {
		c.clocks[citeClockKey(m)] = true
		if m[3] != "" {
			c.clocks[citeClockKey(m[:3])] = true
		}
	}
	for _, m := range citeDayMonthRE.FindAllStringSubmatch(c.norm, -1) {
		if k := citeDayOf(m); k != "" {
			c.days[k] = true
		}
	}
	for _, d := range citeWeekdays {
		if strings.Contains(c.norm, d) {
			c.days[d] = true
		}
	}
	c.scopes = negationScopes(c.norm, 2, 6, false)
	c.denied = deniedOnly(c.norm)
	return c
}

var (
	citeClockRE    = mustFast(`\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b`)
	citeDayMonthRE = mustFast(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	citeWeekdays   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

func citeClockKey(m []string) string {
	k := fmt.Sprintf("%02s:%s", m[1], m[2])
	if len(m) > 3 && m[3] != "" {
		k += ":" + m[3]
	}
	return k
}

func citeDayKey(d int, m time.Month) string {
	return fmt.Sprintf("%d %s", d, strings.ToLower(m.String()))
}

func citeDayOf(m []string) string {
	day, month := m[1], m[2]
	if day == "" {
		day, month = m[4], m[3]
	}
	i := slices.Index(monthNames, strings.ToLower(month))
	if i < 0 {
		return ""
	}
	mo := time.Month(i + 1)
	var d int
	if _, err := fmt.Sscan(day, &d); err != nil {
		return ""
	}
	return citeDayKey(d, mo)
}

// Check returns the problems of one sentence against the sources it cites.
func (cs *Citations) Check(s analysis.Sentence) []Problem {
	text := strings.TrimSpace(s.Text)
	if text == "" {
		return nil
	}
	k := &citeCheck{cs: cs, text: text, lower: normalise(text)}
	k.quotes = quotationSpans(text)
	for _, m := range curlyQuotes(text) {
		k.flat = append(k.flat, [2]int{m[0], m[1]})
	}
	for _, m := range quoteRE.FindAllStringIndex(text, -1) {
		k.flat = append(k.flat, [2]int{m[0], m[1]})
	}
	b := []byte(text)
	for _, q := range append(slices.Clone(k.quotes), k.flat...) {
		for i := q[0]; i < q[1]; i++ {
			b[i] = ' '
		}
	}
	k.outside = normalise(string(b))
	for _, n := range cs.names {
		k.outside = strings.ReplaceAll(k.outside, n, strings.Repeat(" ", len(n)))
	}
	for _, id := range s.Sources {
		id = strings.TrimSpace(id)
		if c, ok := cs.byID[id]; ok {
			k.sources = append(k.sources, c)
		} else {
			k.problem("cites %q, which is not a source of this ticket", id)
		}
	}
	for _, p := range citePasses {
		if len(k.problems) > 0 && p.name != "sourced" && len(k.sources) == 0 {
			break // nothing cited to check against
		}
		p.run(k)
	}
	return k.problems
}

// CheckAll checks every sentence and returns the problems of each, by index.
func (cs *Citations) CheckAll(sents []analysis.Sentence) map[int][]Problem {
	out := map[int][]Problem{}
	for i, s := range sents {
		if ps := cs.Check(s); len(ps) > 0 {
			out[i] = ps
		}
	}
	return out
}

// citePass is one rule of Citations.Check, in the order of citePasses.
type citePass struct {
	name string
	run  func(*citeCheck)
}

// citePasses are the rules a cited sentence must meet, in order:
//
//  1. sourced: a sentence that makes a claim cites at least one source.
//  2. redaction: a redacted report cites no internal note.
//  3. quotations: a quotation is the words of a cited source.
//  4. terms: every word the ticket or facts use comes from a cited source.
//  5. actor: "the customer" did what a customer's event says, "the team" what staff wrote.
//     addressed: "told the customer" rests on a message the customer could read.
//     reported: words given as the customer's are a customer's message's.
//  6. times: a time, date or weekday is one of the cited sources', and one a
//     message states in its words dates what that sentence of it says.
//     time binding: a time belongs to the cited source that says what its clause says.
//     entities: a name is used for what a cited message says of it.
//  7. order: "A before B", "A after B", "A, then B" agree with the cited sources' times.
//  8. negations: "no", "never", "every", "all" rest on a source that says so.
//  9. universals: "every update ..." over several cited messages holds of each.
//     polarity: what the sources say only in the negative is not claimed as so.
//  10. causes: a cause rests on a statement of the cause.
var citePasses = []citePass{
	{"sourced", (*citeCheck).sourced},
	{"redaction", (*citeCheck).noInternal},
	{"quotations", (*citeCheck).quotations},
	{"terms", (*citeCheck).terms},
	{"actor", (*citeCheck).actor},
	{"addressed", (*citeCheck).addressed},
	{"reported", (*citeCheck).reported},
	{"times", (*citeCheck).times},
	{"time binding", (*citeCheck).timeBinding},
	{"entities", (*citeCheck).entities},
	{"order", (*citeCheck).order},
	{"negations", (*citeCheck).negations},
	{"universals", (*citeCheck).universals},
	{"polarity", (*citeCheck).polarity},
	{"causes", (*citeCheck).causes},
}

type citeCheck struct {
	cs    *Citations
	text  string
	lower string
	// outside is lower with quotations blanked; quotes are the quotations' spans in text.
	outside string
	quotes  [][2]int
	// flat are the quotations read without nesting: a message may open a
	// quotation mark it never closes, which throws nesting out.
	flat     [][2]int
	sources  []*cited
	problems []Problem
}

func (k *citeCheck) problem(format string, args ...any) {
	k.problems = append(k.problems, Problem{Kind: KindSource, Phrase: k.text, Sentence: k.text, Reason: fmt.Sprintf(format, args...)})
}

func (k *citeCheck) problemAt(phrase, format string, args ...any) {
	k.problems = append(k.problems, Problem{Kind: KindSource, Phrase: phrase, Sentence: k.text, Reason: fmt.Sprintf(format, args...)})
}

func (k *citeCheck) ids() string {
	var out []string
	for _, s := range k.sources {
		out = append(out, s.id)
	}
	return strings.Join(out, ", ")
}

// quotationSpans returns the byte spans of the outermost quotations of s: a
// quotation in curly marks may quote another, as a message quoting an error does.
func quotationSpans(s string) [][2]int {
	var out [][2]int
	depth, open, straight := 0, -1, -1
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "\u201c"):
			if depth == 0 && straight < 0 {
				open = i
			}
			depth++
		case strings.HasPrefix(s[i:], "\u201d") && depth > 0:
			depth--
			if depth == 0 && open >= 0 {
				out = append(out, [2]int{open, i + len("\u201d")})
				open = -1
			}
		case s[i] == '"' && depth == 0:
			if straight < 0 {
				straight = i
			} else {
				out = append(out, [2]int{straight, i + 1})
				straight = -1
			}
		}
	}
	if depth > 0 && open >= 0 {
		out = append(out, [2]int{open, len(s)})
	}
	return out
}
