// Package factguard checks prose that a language model wrote about a ticket
// against the facts debrief computed: every date, time, duration, count,
// percentage, amount and directive number in the text must be one the facts
// contain, within the precision the text states it at. It also rejects what no
// number check sees: a claim that contradicts a finding's verdict ("the SLA was
// met" when it was breached), an echo of instructions planted in the ticket,
// blame on a named person, and, in a redacted report, any identifier of the
// ticket.
//
// Every Problem names what is wrong, the phrase, and why, in words meant to be
// sent back to the model that wrote the text. The checks are deliberately
// strict about numbers (a number the facts do not contain is a problem even if
// it might be true) and lenient about wording: the deterministic writer's own
// narrative, which states only computed facts, passes with no problem.
package factguard

import (
	"fmt"
	"slices"
	"strings"
)

// Kind classifies a problem.
type Kind string

// The kinds of problem.
const (
	KindDuration  Kind = "duration"
	KindTime      Kind = "time"
	KindDate      Kind = "date"
	KindCount     Kind = "count"
	KindPercent   Kind = "percentage"
	KindNumber    Kind = "number"
	KindDirective Kind = "directive"
	KindVerdict   Kind = "verdict"
	KindBlame     Kind = "blame"
	KindInjection Kind = "injection"
	KindLeak      Kind = "leak"
	// KindWeekday is a weekday that is not the day of the date or events it goes with.
	KindWeekday Kind = "weekday"
	// KindRelative is "the next morning", "the third update", "shortly after":
	// a position in time or order that the events do not have.
	KindRelative Kind = "relative"
	// KindTerm is a component, system, error, action or name the ticket never mentions.
	KindTerm Kind = "term"
	// KindAct is a claim that the ticket states a cause, fix, estimate,
	// confirmation or restoration, or an event, that the reader did not find.
	KindAct Kind = "act"
)

// Problem is one statement of the text that the facts do not support.
type Problem struct {
	Kind Kind
	// Phrase is the offending words as written; Offset is its byte offset in the text.
	Phrase string
	Offset int
	// Reason says why, with the computed fact where there is one.
	Reason string
	// Sentence is the sentence of the text the phrase is in.
	Sentence string
}

// String formats the problem for a log or for the model: kind, phrase and reason.
func (p Problem) String() string {
	return fmt.Sprintf("%s: \u201c%s\u201d: %s", p.Kind, p.Phrase, p.Reason)
}

// Check returns the problems of text against f, in the order they occur. It
// never fails: text it cannot read as a claim is left alone.
func Check(text string, f *Facts) []Problem {
	if f == nil || strings.TrimSpace(text) == "" {
		return nil
	}
	c := &checker{f: f, text: text, claimed: make([]bool, len(text)), sentences: sentenceSpans(text), topics: map[int]topic{},
		lower: strings.ToLower(text)}
	for _, p := range passes {
		p.run(c)
	}
	slices.SortStableFunc(c.problems, func(a, b Problem) int { return a.Offset - b.Offset })
	for i := range c.problems {
		if len(c.sentences) > 0 {
			c.problems[i].Sentence = strings.TrimSpace(c.sentence(c.sentenceOf(c.problems[i].Offset)))
		}
	}
	return c.problems
}

// pass is one step of Check. A scan pass reads one kind of claim and masks the
// bytes it read, so a later pass does not read them again; a check pass judges
// what the scans read, or the text as a whole.
type pass struct {
	name string
	run  func(*checker)
}

// passes is the order of Check, and the order matters: each scan masks what it
// read, so a span is read by the first pass that recognises it.
//
//  1. quotes: a verbatim quotation of the ticket may say anything, so it is
//     masked first (and remembered, so an echo check can ignore it).
//  2. placeholders: "[PERSON-2]" and its kin carry no claims, nor do the
//     ticket's own names ("the 24h Emergency Desk team").
//  3. directives: "directive 7" is an identifier, not a count, and its verdict
//     is checked at once; then ordinals: "the 3rd update" is not a day.
//  4. instants, before durations and numbers: "07:17:33" and "17 February
//     2026" hold numbers that are not counts.
//  5. durations, before counts: "2 hours" is a length, not two of anything
//     ("a dozen" is read first, as a length, a count or a number).
//  6. percentages and 7. money, before identifiers and bare numbers.
//  8. identifiers: "P1", "pve-node03", "10.20.0.13" hold digits that are
//     names; each must be one the ticket or the facts contain.
//  9. counts: "3 updates", "twice"; then 10. numbers: every digit or number
//     word no earlier pass read must be one the facts or the ticket contain.
//
// The checks that follow read what the scans found (instants and durations
// are judged once all are known, since a duration may be anchored on a time
// named after it) or the sentences as a whole. Grounding comes last: the
// content terms it checks are the words no scan read, outside quotations.
var passes = []pass{
	{"quotes", (*checker).maskQuotes},
	{"placeholders", func(c *checker) { c.mask(placeholderRE) }},
	{"names", (*checker).maskNames},
	{"directives", (*checker).scanDirectives},
	{"ordinals", (*checker).scanOrdinals},
	{"instants", (*checker).scanInstants},
	{"clock words", (*checker).scanClockWords},
	{"holidays", (*checker).scanHolidays},
	{"dozens", (*checker).scanDozens},
	{"durations", (*checker).scanDurations},
	{"percentages", (*checker).scanPercents},
	{"money", (*checker).scanMoney},
	{"identifiers", (*checker).scanIdentifiers},
	{"counts", (*checker).scanCounts},
	{"numbers", (*checker).scanNumbers},
	{"instant checks", (*checker).checkInstants},
	{"duration checks", (*checker).checkDurations},
	{"SLA verdicts", (*checker).checkVerdicts},
	{"finding verdicts", (*checker).checkClaims},
	{"weekdays", (*checker).checkWeekdays},
	{"relative days", (*checker).checkRelativeDays},
	{"parts of days", (*checker).checkPartsOfDay},
	{"ordinal times", (*checker).checkOrdinals},
	{"soon after", (*checker).checkSoon},
	{"events", (*checker).checkEvents},
	{"grounding", (*checker).checkGrounding},
	{"blame", (*checker).checkBlame},
	{"injection", (*checker).checkInjection},
	{"leaks", (*checker).checkLeaks},
}

// Only keeps the problems of the given kinds.
func Only(ps []Problem, kinds ...Kind) []Problem {
	var out []Problem
	for _, p := range ps {
		if slices.Contains(kinds, p.Kind) {
			out = append(out, p)
		}
	}
	return out
}

type checker struct {
	f         *Facts
	text      string
	claimed   []bool
	sentences [][2]int
	instants  []instantClaim
	durations []durationClaim
	ordinals  []ordinalClaim
	// lower is the text in lower case, for the literal tests that spare a pattern.
	lower string
	// hypo caches, per sentence, whether it is hypothetical (1), not (-1), or unknown (0).
	hypo []int8
	// owns caches own by sentence start.
	owns     map[int]string
	problems []Problem
	// quotes are the verbatim quotations of the ticket.
	quotes [][2]int
	// topics caches sentenceTopics by sentence.
	topics map[int]topic
}

func (c *checker) problem(k Kind, start, end int, format string, args ...any) {
	c.problems = append(c.problems, Problem{Kind: k, Phrase: strings.TrimSpace(c.text[start:end]), Offset: start, Reason: fmt.Sprintf(format, args...)})
}

// free reports whether no earlier claim took any byte of [start, end).
func (c *checker) free(start, end int) bool {
	return !slices.Contains(c.claimed[start:end], true)
}

func (c *checker) claim(start, end int) {
	for i := start; i < end; i++ {
		c.claimed[i] = true
	}
}

// findAll returns the submatches of re in the text, trying re only when the
// text contains one of the literals every match contains.
func (c *checker) findAll(re *fastRE, literals ...string) [][]int {
	if !containsAny(c.lower, literals) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(c.text, -1)
}

// maskNames masks the ticket's names that hold a digit, wherever the text
// names them.
func (c *checker) maskNames() {
	for _, n := range c.f.names {
		for from := 0; ; {
			i := strings.Index(c.text[from:], n)
			if i < 0 {
				break
			}
			c.claim(from+i, from+i+len(n))
			from += i + len(n)
		}
	}
}

func (c *checker) mask(re *fastRE) {
	for _, m := range re.FindAllStringIndex(c.text, -1) {
		c.claim(m[0], m[1])
	}
}

// sentenceOf returns the index of the sentence containing offset i.
func (c *checker) sentenceOf(i int) int {
	k, _ := slices.BinarySearchFunc(c.sentences, i, func(s [2]int, i int) int {
		switch {
		case i < s[0]:
			return 1
		case i >= s[1]:
			return -1
		}
		return 0
	})
	return min(k, len(c.sentences)-1)
}

func (c *checker) sentence(k int) string {
	if k < 0 || k >= len(c.sentences) {
		return ""
	}
	return c.text[c.sentences[k][0]:c.sentences[k][1]]
}
