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
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/timefmt"
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
)

// Problem is one statement of the text that the facts do not support.
type Problem struct {
	Kind Kind
	// Phrase is the offending words as written; Offset is its byte offset in the text.
	Phrase string
	Offset int
	// Reason says why, with the computed fact where there is one.
	Reason string
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
	c := &checker{f: f, text: text, claimed: make([]bool, len(text)), sentences: sentenceSpans(text), topics: map[int]topic{}}
	c.maskQuotes()
	c.mask(placeholderRE)
	c.scanDirectives()
	c.scanInstants()
	c.scanDurations()
	c.scanPercents()
	c.scanMoney()
	c.mask(identifierRE)
	c.scanCounts()
	c.scanNumbers()
	c.checkInstants()
	c.checkDurations()
	c.checkVerdicts()
	c.checkClaims()
	c.checkBlame()
	c.checkInjection()
	c.checkLeaks()
	slices.SortStableFunc(c.problems, func(a, b Problem) int { return a.Offset - b.Offset })
	return c.problems
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
	problems  []Problem
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

func (c *checker) mask(re *regexp.Regexp) {
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

// ---- directives ----

var directiveRE = regexp.MustCompile(`(?i)\bdirectives?\s+(?:#|no\.?\s*|number\s+)?(\d+)((?:\s*(?:,|and|&|or)\s*(?:#\s*)?\d+)*)`)

var digitsRE = regexp.MustCompile(`\d+`)

func (c *checker) scanDirectives() {
	for _, m := range directiveRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		for _, d := range digitsRE.FindAllStringIndex(c.text[m[2]:m[1]], -1) {
			s, e := m[2]+d[0], m[2]+d[1]
			var id int
			fmt.Sscan(c.text[s:e], &id)
			if _, ok := c.f.directives[id]; !ok {
				c.problem(KindDirective, m[0], e, "the configuration has no directive %s; the directives are %s", c.text[s:e], c.f.directiveList())
				continue
			}
			c.checkDirectiveVerdict(m[0], e, id)
		}
	}
}

func (f *Facts) directiveList() string {
	if len(f.directives) == 0 {
		return "none"
	}
	var ids []int
	for id := range f.directives {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var parts []string
	for _, id := range ids {
		parts = append(parts, fmt.Sprintf("%d (%s)", id, f.directives[id].Title))
	}
	return strings.Join(parts, ", ")
}

var (
	directiveAgainstRE = regexp.MustCompile(`(?i)\b(contrary to|in breach of|breach(?:ed|es|ing)?|violat\w*|against|not in line with|not in keeping with|failed to (?:meet|follow|comply with|observe)|did not (?:meet|follow|comply with|observe)|fell short of|departed from|ignored)\s+(?:the\s+)?(?:support\s+)?$`)
	directiveForRE     = regexp.MustCompile(`(?i)\b(in line with|in keeping with|in accordance with|consistent with|complied with|compliance with|complying with|met|meets|satisfied|followed|observed|honou?red|upheld|respected)\s+(?:the\s+)?(?:support\s+)?$`)
	hypotheticalRE     = regexp.MustCompile(`(?i)\b(would|could|might|may|should)\b`)
)

// checkDirectiveVerdict rejects "contrary to directive 7" when the finding on
// directive 7 went well, and "in line with directive 3" when it did not.
func (c *checker) checkDirectiveVerdict(start, end, id int) {
	v, ok := c.f.verdicts[id]
	if !ok || v == 0 {
		return
	}
	before := c.text[max(0, start-60):start]
	if k := c.sentenceOf(start); c.sentences[k][0] > start-60 && c.sentences[k][0] <= start {
		before = c.text[c.sentences[k][0]:start]
	}
	if hypotheticalRE.MatchString(before) {
		return
	}
	d := c.f.directives[id]
	switch {
	case directiveAgainstRE.MatchString(before) && v > 0:
		c.problem(KindVerdict, start-len(directiveAgainstRE.FindString(before)), end,
			"the handling was in line with directive %d (%s), according to the computed findings", id, d.Title)
	case directiveForRE.MatchString(before) && v < 0:
		c.problem(KindVerdict, start-len(directiveForRE.FindString(before)), end,
			"the handling was contrary to directive %d (%s), according to the computed findings", id, d.Title)
	}
}

// ---- instants ----

type instantClaim struct {
	start, end int
	hasDate    bool
	year       int
	month      time.Month
	day        int
	hasTime    bool
	hour, min  int
	sec        int
	prec       time.Duration
	// matched are the instants of the facts the claim names.
	matched []time.Time
}

const monthWord = `([A-Za-z]{3,10})\.?`

var (
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + monthWord + `(?:,?\s+(\d{4}))?\b`)
	mdyRE = regexp.MustCompile(`\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	myRE  = regexp.MustCompile(`\b` + monthWord + `\s+(\d{4})\b`)
	slRE  = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`)
	// clockRE reads 07:17:33, 7:17, 7:17 pm; ampmRE reads 7am, 7.30 pm.
	clockRE = regexp.MustCompile(`\b([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([aApP])\.?[mM]\b\.?)?`)
	ampmRE  = regexp.MustCompile(`\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?([aApP])\.?[mM]\b\.?`)
	// ordinalRE reads "the 29th" once dates have been read.
	ordinalRE = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)
	joinDTRE  = regexp.MustCompile(`^,?\s*(?:at\s+)?$`)
	joinTDRE  = regexp.MustCompile(`^\s*,?\s*(?:on\s+)?(?:the\s+)?$`)
)

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func (c *checker) scanInstants() {
	var dates, clocks []instantClaim
	for _, m := range isoRE.FindAllStringSubmatchIndex(c.text, -1) {
		ic := instantClaim{start: m[0], end: m[1], hasDate: true, year: atoi(c.text[m[2]:m[3]]),
			month: time.Month(atoi(c.text[m[4]:m[5]])), day: atoi(c.text[m[6]:m[7]])}
		if ic.month < 1 || ic.month > 12 || ic.day < 1 || ic.day > 31 {
			continue
		}
		if m[8] >= 0 {
			ic.hasTime, ic.hour, ic.min, ic.prec = true, atoi(c.text[m[8]:m[9]]), atoi(c.text[m[10]:m[11]]), time.Minute
			if m[12] >= 0 {
				ic.sec, ic.prec = atoi(c.text[m[12]:m[13]]), time.Second
			}
		}
		c.claim(m[0], m[1])
		c.instants = append(c.instants, ic)
	}
	for _, re := range []*regexp.Regexp{dmyRE, mdyRE} {
		for _, m := range re.FindAllStringSubmatchIndex(c.text, -1) {
			if !c.free(m[0], m[1]) {
				continue
			}
			dayIdx, monIdx := 2, 4
			if re == mdyRE {
				dayIdx, monIdx = 4, 2
			}
			mon, ok := monthOf(c.text[m[monIdx]:m[monIdx+1]])
			day := atoi(c.text[m[dayIdx]:m[dayIdx+1]])
			if !ok || day < 1 || day > 31 {
				continue
			}
			ic := instantClaim{start: m[0], end: m[1], hasDate: true, month: mon, day: day}
			if m[6] >= 0 {
				ic.year = atoi(c.text[m[6]:m[7]])
			}
			c.claim(m[0], m[1])
			dates = append(dates, ic)
		}
	}
	for _, m := range myRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		if mon, ok := monthOf(c.text[m[2]:m[3]]); ok {
			c.claim(m[0], m[1])
			dates = append(dates, instantClaim{start: m[0], end: m[1], hasDate: true, month: mon, year: atoi(c.text[m[4]:m[5]])})
		}
	}
	for _, m := range slRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		d, mo, y := atoi(c.text[m[2]:m[3]]), atoi(c.text[m[4]:m[5]]), atoi(c.text[m[6]:m[7]])
		if y < 100 {
			y += 2000
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		c.claim(m[0], m[1])
		dates = append(dates, instantClaim{start: m[0], end: m[1], hasDate: true, day: d, month: time.Month(mo), year: y})
	}
	for _, m := range clockRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) || (m[1] < len(c.text) && c.text[m[1]] == ':') {
			continue
		}
		ic := instantClaim{start: m[0], end: m[1], hasTime: true, hour: atoi(c.text[m[2]:m[3]]), min: atoi(c.text[m[4]:m[5]]), prec: time.Minute}
		if m[6] >= 0 {
			ic.sec, ic.prec = atoi(c.text[m[6]:m[7]]), time.Second
		}
		if m[8] >= 0 {
			ic.hour = to24(ic.hour, c.text[m[8]:m[9]])
		}
		c.claim(m[0], m[1])
		clocks = append(clocks, ic)
	}
	for _, m := range ampmRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		ic := instantClaim{start: m[0], end: m[1], hasTime: true, hour: to24(atoi(c.text[m[2]:m[3]]), c.text[m[6]:m[7]]), prec: time.Hour}
		if m[4] >= 0 {
			ic.min, ic.prec = atoi(c.text[m[4]:m[5]]), time.Minute
		}
		c.claim(m[0], m[1])
		clocks = append(clocks, ic)
	}
	// A date and a time side by side name one instant.
	used := make([]bool, len(dates))
	for _, t := range clocks {
		for i, d := range dates {
			if used[i] {
				continue
			}
			if (d.end <= t.start && joinDTRE.MatchString(c.text[d.end:t.start])) ||
				(t.end <= d.start && joinTDRE.MatchString(c.text[t.end:d.start])) {
				used[i] = true
				t.hasDate, t.year, t.month, t.day = true, d.year, d.month, d.day
				t.start, t.end = min(t.start, d.start), max(t.end, d.end)
				break
			}
		}
		c.instants = append(c.instants, t)
	}
	for i, d := range dates {
		if !used[i] {
			c.instants = append(c.instants, d)
		}
	}
	for _, m := range ordinalRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		c.instants = append(c.instants, instantClaim{start: m[0], end: m[1], hasDate: true, day: atoi(c.text[m[2]:m[3]])})
	}
	slices.SortFunc(c.instants, func(a, b instantClaim) int { return a.start - b.start })
}

func to24(h int, ampm string) int {
	pm := ampm == "p" || ampm == "P"
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}

// matches reports whether the instant t, in the report's zone, is what ic states.
func (c *checker) matches(ic *instantClaim, t time.Time) bool {
	lt := t.In(c.f.loc)
	if ic.hasDate {
		if (ic.year != 0 && lt.Year() != ic.year) || (ic.month != 0 && lt.Month() != ic.month) || lt.Day() != ic.day && ic.day != 0 {
			return false
		}
	}
	if !ic.hasTime {
		return true
	}
	want := ic.hour*3600 + ic.min*60 + ic.sec
	secs := lt.Hour()*3600 + lt.Minute()*60 + lt.Second()
	p := int(ic.prec / time.Second)
	floor := secs / p * p
	round := (secs + p/2) / p * p
	return want == floor || want == round%86400
}

var (
	closeCtxRE = regexp.MustCompile(`(?i)\b(?:closed|closure|closing|close date)(?:\s+(?:automatically|out|off))?(?:\s*\([^)]*\))?(?:\s+(?:automatically|due to inactivity|for inactivity))?\s*(?:on|at|:)?\s*(?:the\s+)?$`)
	openCtxRE  = regexp.MustCompile(`(?i)\b(?:opened|created|logged|submitted|raised)(?:\s+by\s+[^,.;:]{1,60}?)?\s*(?:on|at|:)\s*(?:the\s+)?$`)
)

func (c *checker) checkInstants() {
	f := c.f
	lastDate := -1
	for i := range c.instants {
		ic := &c.instants[i]
		for _, in := range f.instants {
			if c.matches(ic, in.t) {
				ic.matched = append(ic.matched, in.t)
			}
		}
		phrase := c.text[ic.start:ic.end]
		kind := KindTime
		if !ic.hasTime {
			kind = KindDate
		}
		if len(ic.matched) == 0 && ic.hasTime && !ic.hasDate && f.clocks[ic.hour*60+ic.min] && ic.sec == 0 {
			continue // a time the ticket's own text states ("by 15:00")
		}
		if len(ic.matched) == 0 {
			c.problem(kind, ic.start, ic.end, "%s", c.missingInstant(ic, lastDate))
		} else {
			c.checkContext(ic, kind, phrase)
		}
		if ic.hasDate && ic.month != 0 && ic.day != 0 {
			lastDate = i
		}
	}
}

// checkContext holds "closed on D" to the close and "opened on D" to the creation.
func (c *checker) checkContext(ic *instantClaim, kind Kind, phrase string) {
	f := c.f
	before := c.text[c.sentences[c.sentenceOf(ic.start)][0]:ic.start]
	if len(before) > 90 {
		before = before[len(before)-90:]
	}
	check := func(t time.Time, event string) {
		if t.IsZero() || c.matches(ic, t) {
			return
		}
		c.problem(kind, ic.start, ic.end, "%s at %s (%s), not %s", event, f.zone.Long(t), f.zone.Name(), phrase)
	}
	switch {
	case closeCtxRE.MatchString(before):
		check(f.closed, "the ticket closed")
	case openCtxRE.MatchString(before):
		check(f.created, "the ticket was opened")
	}
}

// missingInstant explains why no instant of the facts is ic: the text names a
// moment before the ticket existed, after it closed, or simply none recorded.
func (c *checker) missingInstant(ic *instantClaim, lastDate int) string {
	f := c.f
	z := f.zone
	phrase := strings.TrimSpace(c.text[ic.start:ic.end])
	opened := fmt.Sprintf("the ticket was opened on %s", z.Long(f.created))
	closed := ""
	if !f.closed.IsZero() {
		closed = fmt.Sprintf(" and closed on %s", z.Long(f.closed))
	}
	// The day the claim refers to: its own date, the last date mentioned, else the opening day.
	day := f.created.In(f.loc)
	year, month, dom := day.Year(), day.Month(), day.Day()
	if ic.hasDate {
		if ic.year != 0 {
			year = ic.year
		}
		if ic.month != 0 {
			month = ic.month
		}
		if ic.day != 0 {
			dom = ic.day
		}
	} else if lastDate >= 0 {
		ld := c.instants[lastDate]
		if ld.year != 0 {
			year = ld.year
		}
		month, dom = ld.month, ld.day
	}
	at := time.Date(year, month, dom, ic.hour, ic.min, ic.sec, 0, f.loc)
	if !ic.hasTime {
		at = time.Date(year, month, dom, 23, 59, 59, 0, f.loc)
	}
	switch {
	case at.Before(f.created):
		return fmt.Sprintf("%s is before the ticket existed: %s (times in %s)", phrase, opened, z.Name())
	case !f.closed.IsZero() && !ic.hasTime && time.Date(year, month, dom, 0, 0, 0, 0, f.loc).After(f.closed) && !c.isDueDate(year, month, dom):
		return fmt.Sprintf("%s is after the ticket closed: %s%s", phrase, opened, closed)
	case !f.closed.IsZero() && ic.hasTime && at.After(f.closed):
		return fmt.Sprintf("%s is after the ticket closed: %s%s (times in %s)", phrase, opened, closed, z.Name())
	}
	if ic.hasTime {
		return fmt.Sprintf("no event of the ticket happened at %s (times in %s); use only the times given in the facts and timeline", phrase, z.Name())
	}
	return fmt.Sprintf("no event of the ticket happened on %s; %s%s", phrase, opened, closed)
}

func (c *checker) isDueDate(y int, m time.Month, d int) bool {
	for _, in := range c.f.instants {
		lt := in.t.In(c.f.loc)
		if lt.Year() == y && lt.Month() == m && lt.Day() == d {
			return true
		}
	}
	return false
}

// ---- durations ----

type durationClaim struct {
	start, end int
	// lo <= d < hi is what the claim states.
	lo, hi time.Duration
	// exact is the stated length; unit the precision it was stated at.
	exact time.Duration
	qual  string
}

const unitPattern = `(?:weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b`

var (
	durPartRE = regexp.MustCompile(`(?i)(` + numberWordPattern + `)[\s-]+(` + unitPattern + `)`)
	durRE     = regexp.MustCompile(`(?i)\b(?:` + numberWordPattern + `)[\s-]+` + unitPattern +
		`(?:(?:\s*,\s*|\s+and\s+|\s+)(?:` + numberWordPattern + `)[\s-]+` + unitPattern + `)*` +
		`(?:\s+and\s+a\s+half)?(?:\s*\(\s*\d+\s?s\s*\))?`)
	hourHalfRE  = regexp.MustCompile(`(?i)\b(?:an?\s+)?(hour|day|minute)\s+and\s+a\s+half\b`)
	shortDurRE  = regexp.MustCompile(`\b(?:\d+d\s?)?(?:\d+h\s?)?(?:\d+m(?:in)?\s?)?(?:\d+s)?\b`)
	shortPartRE = regexp.MustCompile(`(\d+)([dhms])`)
	secsRE      = regexp.MustCompile(`\(\s*(\d+)\s?s\s*\)`)
	qualRE      = regexp.MustCompile(`(?i)\b(just over|well over|slightly over|a little over|slightly more than|a little more than|just more than|just under|well under|slightly under|a little under|slightly less than|a little less than|just less than|more than|less than|longer than|shorter than|in excess of|upwards of|over|under|above|below|beyond|exceeding|within|inside|at least|no less than|not less than|at most|no more than|not more than|up to|about|around|approximately|approx\.?|roughly|some|nearly|almost|close to|circa|shy of)\s+$`)
)

func (c *checker) scanDurations() {
	add := func(start, end int, exact, unit time.Duration, lo, hi time.Duration) {
		q := ""
		if m := qualRE.FindString(c.text[max(0, start-30):start]); m != "" {
			q = strings.ToLower(strings.TrimSpace(m))
			start -= len(m)
		}
		dc := durationClaim{start: start, end: end, exact: exact, qual: q}
		dc.lo, dc.hi = interval(q, exact, unit, lo, hi)
		c.durations = append(c.durations, dc)
	}
	for _, m := range hourHalfRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		u, _ := unitOf(c.text[m[2]:m[3]])
		c.claim(m[0], m[1])
		add(m[0], m[1], u*3/2, u/2, 0, 0)
	}
	for _, m := range durRE.FindAllStringIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		s := c.text[m[0]:m[1]]
		var total, unit time.Duration
		var vlo, vhi time.Duration
		vague := false
		for _, p := range durPartRE.FindAllStringSubmatch(s, -1) {
			v, lo, hi, decimals, ok := parseNumber(p[1])
			u, uok := unitOf(p[2])
			if !ok || !uok {
				continue
			}
			total += time.Duration(v * float64(u))
			vlo += time.Duration(lo * float64(u))
			vhi += time.Duration(hi * float64(u))
			vague = vague || lo != hi
			unit = u
			if decimals > 0 || v != float64(int64(v)) {
				frac := v - float64(int64(v))
				if frac*2 == float64(int64(frac*2)) {
					unit = u / 2
				} else {
					for range decimals {
						unit /= 10
					}
				}
			}
		}
		if unit == 0 {
			continue
		}
		if strings.Contains(strings.ToLower(s), "and a half") {
			total += unit / 2
			unit /= 2
		}
		c.claim(m[0], m[1])
		lo, hi := time.Duration(0), time.Duration(0)
		if vague {
			lo, hi = vlo, vhi+unit
		}
		if sm := secsRE.FindStringSubmatch(s); sm != nil {
			exact := time.Duration(atoi(sm[1])) * time.Second
			add(m[0], m[1], exact, unit, 0, 0)
			// The words must agree with the seconds they annotate.
			dl, dh := interval("", total, unit, 0, 0)
			if exact < dl || exact >= dh {
				c.problem(KindDuration, m[0], m[1], "the words and the seconds disagree: %s is %s", sm[0], timefmt.Duration(exact))
			}
			c.durations[len(c.durations)-1].lo, c.durations[len(c.durations)-1].hi = exact, exact+time.Second
			continue
		}
		add(m[0], m[1], total, unit, lo, hi)
	}
	for _, m := range shortDurRE.FindAllStringIndex(c.text, -1) {
		if m[1] == m[0] || !c.free(m[0], m[1]) {
			continue
		}
		s := strings.TrimSpace(c.text[m[0]:m[1]])
		var total, unit time.Duration
		for _, p := range shortPartRE.FindAllStringSubmatch(s, -1) {
			u, _ := unitOf(p[2])
			total += time.Duration(atoi(p[1])) * u
			unit = u
		}
		if unit == 0 {
			continue
		}
		c.claim(m[0], m[1])
		add(m[0], m[0]+len(s), total, unit, 0, 0)
	}
}

// interval turns a stated duration and its qualifier into the range of true
// lengths it describes. Unqualified, a length may be truncated or rounded to
// its unit ("25 minutes" or "26 minutes" for 25 minutes 30 seconds).
func interval(q string, n, unit, vlo, vhi time.Duration) (lo, hi time.Duration) {
	const inf = time.Duration(1<<63 - 1)
	slack := max(unit, n/4)
	switch q {
	case "":
		if vhi > 0 {
			return vlo, vhi
		}
		return n - unit/2, n + unit
	case "over", "more than", "longer than", "in excess of", "upwards of", "above", "beyond", "exceeding":
		return n + 1, inf
	case "just over", "slightly over", "a little over", "slightly more than", "a little more than", "just more than":
		return n + 1, n + slack + 1
	case "well over":
		return n + n/4, inf
	case "at least", "no less than", "not less than":
		return n, inf
	case "under", "less than", "shorter than", "below":
		return 0, n
	case "within", "inside", "at most", "no more than", "not more than", "up to":
		return 0, n + 1
	case "just under", "slightly under", "a little under", "slightly less than", "a little less than", "just less than", "shy of":
		return n - slack, n
	case "well under":
		return 0, n - n/4
	case "nearly", "almost", "close to":
		return n - max(unit, n*3/10), n + 1
	default: // about, around, approximately, roughly, some, circa
		return n - slack, n + slack + 1
	}
}

var (
	laterEndRE   = regexp.MustCompile(`(?i)^[\s,;]*(?:\([^)]*\)[\s,]*)?(?:which\s+(?:is|was)\s+|that\s+is\s+|i\.e\.\s+|some\s+)?$`)
	laterRE      = regexp.MustCompile(`(?i)^\s*(?:later|afterwards|after that|on)\b`)
	sinceOpenRE  = regexp.MustCompile(`(?i)^\s*(?:\([^)]*\)\s*)?(?:after|since|from|into)\s+(?:the\s+)?(?:ticket\s+was\s+|it\s+was\s+|incident\s+was\s+)?(?:opened|opening|created|creation|raised|logged|reported|the\s+start|the\s+ticket's\s+creation|the\s+incident)\b`)
	afterFirstRE = regexp.MustCompile(`(?i)^\s*after\s+the\s+first\s+(?:customer-visible\s+)?(?:response|reply)\b`)
	businessRE   = regexp.MustCompile(`(?i)\bbusiness\b`)
	// limitRE finds the words that make a target or grace period a fitting reading of a duration.
	limitRE       = regexp.MustCompile(`(?i)\btargets?\b|\bsla|\bgrace\b|\blimits?\b|\bdue\b|\bwithin\b|\bdirective|\ballow|\bagreed\b|\brequire|\bpolicy\b|\bdeadline|\bexpected\b|\bcommit|\bcadence\b|\bevery\b|\bat least\b|\bbeyond\b|\bexceed|\bbreach|\boutside\b|\bagainst\b|\bplus\b|\bhourly\b`)
	topicPatterns = []struct {
		re *regexp.Regexp
		t  topic
	}{
		{regexp.MustCompile(`(?i)\bfirst[- ](?:customer-visible\s+|public\s+)?(?:response|reply)|\brespon(?:d|ded|se)\b|\backnowledg`), topicFirstResponse},
		{regexp.MustCompile(`(?i)\bresol|\bclos(?:e|ed|ure|ing)\b|\bsolution\b|\bsolved\b`), topicResolution},
		{regexp.MustCompile(`(?i)\bupdates?\b|\bgaps?\b|\bsilen|\bcadence\b|\bheard\b`), topicUpdates},
		{regexp.MustCompile(`(?i)\bwait|\brepl(?:y|ies|ied)\b|\banswer|\bchase|\basked for news\b`), topicWaits},
		{regexp.MustCompile(`(?i)\bpaus|\bon hold\b|\bpending\b|\bwaiting on\b|\bclocks? (?:were |was )?stopped\b`), topicPauses},
		{regexp.MustCompile(`(?i)\bpriorit|\bescalat|\braised\b`), topicPriority},
		{regexp.MustCompile(`(?i)\bcause|\bdiagnos|\bexplain|\bidentified\b|\bfix`), topicCause},
		{regexp.MustCompile(`(?i)\bimpact|\bdisrupt|\boutage|\bdowntime|\baffected\b|\brestor|\bback online\b|\blasted\b|\bunavailab`), topicImpact},
	}
)

// sentenceTopics returns the topics the sentence speaks of.
func sentenceTopics(s string) topic {
	var t topic
	for _, p := range topicPatterns {
		if p.re.MatchString(s) {
			t |= p.t
		}
	}
	return t
}

type candidate struct {
	d    time.Duration
	what string
}

func (c *checker) checkDurations() {
	f := c.f
	for _, dc := range c.durations {
		k := c.sentenceOf(dc.start)
		sent := c.sentences[k]
		after := c.text[dc.end:min(len(c.text), dc.end+80)]
		var cands []candidate
		anchored := false
		// Instants the sentence names before the duration, and the previous sentence's.
		var here, prev []instantClaim
		for _, ic := range c.instants {
			if len(ic.matched) == 0 {
				continue
			}
			switch {
			case ic.start >= sent[0] && ic.end <= dc.start:
				here = append(here, ic)
			case k > 0 && ic.start >= c.sentences[k-1][0] && ic.end <= c.sentences[k-1][1]:
				prev = append(prev, ic)
			}
		}
		topics, known := c.topics[k]
		if !known {
			topics = sentenceTopics(c.text[sent[0]:sent[1]])
			c.topics[k] = topics
		}
		switch {
		case sinceOpenRE.MatchString(after):
			anchored = true
			switch {
			case len(here) > 0:
				for _, t := range here[len(here)-1].matched {
					cands = append(cands, candidate{t.Sub(f.created), "from the opening to " + f.zone.Moment(t, f.created)})
				}
			case topics != 0:
				for _, s := range f.named {
					if s.topic&topics != 0 {
						cands = append(cands, candidate{s.d, s.what})
					}
				}
			default:
				for _, in := range f.instants {
					cands = append(cands, candidate{in.t.Sub(f.created), "from the opening to " + in.what})
				}
			}
			if businessRE.MatchString(c.text[sent[0]:sent[1]]) {
				for _, s := range f.named {
					if s.topic&(topicFirstResponse|topicResolution) != 0 {
						cands = append(cands, candidate{s.d, s.what})
					}
				}
			}
		case afterFirstRE.MatchString(after):
			anchored = true
			for _, in := range f.instants {
				if in.what == "the first response" {
					for _, h := range here {
						for _, t := range h.matched {
							cands = append(cands, candidate{t.Sub(in.t), "from the first response to " + f.zone.Moment(t, f.created)})
						}
					}
				}
			}
			anchored = len(cands) > 0
		case laterRE.MatchString(after) && len(here) > 0:
			anchored = true
			last := here[len(here)-1]
			// "came at 07:43:03, 5 minutes later": the time named is the end; "asked at
			// 11:05 and had a reply 7 minutes later": it is the start.
			isEnd := laterEndRE.MatchString(c.text[last.end:dc.start])
			for _, t := range last.matched {
				if isEnd {
					for _, p := range append(append([]instantClaim{}, prev...), here[:len(here)-1]...) {
						for _, pt := range p.matched {
							if t.After(pt) {
								cands = append(cands, candidate{t.Sub(pt), fmt.Sprintf("from %s to %s", f.zone.Moment(pt, f.created), f.zone.Moment(t, f.created))})
							}
						}
					}
					if len(prev)+len(here) == 1 {
						cands = append(cands, candidate{t.Sub(f.created), "from the opening to " + f.zone.Moment(t, f.created)})
					}
					continue
				}
				for _, u := range f.instants {
					if u.t.After(t) {
						cands = append(cands, candidate{u.t.Sub(t), fmt.Sprintf("from %s to %s", f.zone.Moment(t, f.created), f.zone.Moment(u.t, f.created))})
					}
				}
			}
		}
		if !anchored {
			limits := limitRE.MatchString(c.text[sent[0]:sent[1]])
			for _, s := range f.named {
				if (topics == 0 || s.topic&topics != 0) && (limits || !s.limit) {
					cands = append(cands, candidate{s.d, s.what})
				}
			}
			// The two instants just before a duration may bound it ("from 12:15 to 14:40, 2 hours 25 minutes").
			if n := len(here); n >= 2 {
				for _, a := range here[n-2].matched {
					for _, b := range here[n-1].matched {
						cands = append(cands, candidate{absDur(b.Sub(a)), "between the two times before it"})
					}
				}
			}
		}
		ok := false
		for _, cd := range cands {
			if cd.d >= dc.lo && cd.d < dc.hi {
				ok = true
				break
			}
		}
		if !ok {
			c.problem(KindDuration, dc.start, dc.end, "%s", c.durationReason(dc, cands, anchored))
		}
	}
}

func (c *checker) durationReason(dc durationClaim, cands []candidate, anchored bool) string {
	phrase := strings.TrimSpace(c.text[dc.start:dc.end])
	if len(cands) == 0 {
		return "no computed duration supports this; state only durations given in the facts"
	}
	// The nearest computed durations, so the model can correct itself.
	slices.SortFunc(cands, func(a, b candidate) int {
		da, db := absDur(a.d-dc.exact), absDur(b.d-dc.exact)
		return int((da - db) / time.Second)
	})
	var near []string
	seen := map[time.Duration]bool{}
	for _, cd := range cands {
		if seen[cd.d] || len(near) == 3 {
			continue
		}
		seen[cd.d] = true
		near = append(near, fmt.Sprintf("%s (%s)", timefmt.DurationExact(cd.d), cd.what))
	}
	verb := "matches no computed duration"
	if dc.qual != "" {
		verb = "is not true of any computed duration"
	}
	if anchored {
		verb = "is not the time between the moments it relates"
		if dc.qual != "" {
			verb = fmt.Sprintf("is not true: %q does not hold of the time between the moments it relates", dc.qual)
		}
	}
	return fmt.Sprintf("%s %s; the facts give %s", phrase, verb, strings.Join(near, ", "))
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// ---- percentages, money, counts, bare numbers ----

var (
	percentRE = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)`)
	moneyRE   = regexp.MustCompile(`(?i)(?:\b(GBP|USD|EUR|CHF)|([£$€]))\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(k|thousand)\b)?|\b(\d[\d,]*(?:\.\d+)?)\s?(?:(k|thousand)\s+)?(GBP|USD|EUR|CHF|pounds|dollars|euros)\b`)
)

func (c *checker) scanPercents() {
	for _, m := range percentRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		var v float64
		fmt.Sscan(c.text[m[2]:m[3]], &v)
		tol := 1.0
		if strings.Contains(c.text[m[2]:m[3]], ".") {
			tol = 0.15
		}
		ok := false
		for _, p := range c.f.percents {
			if v > p-tol && v < p+tol {
				ok = true
			}
		}
		if !ok {
			c.problem(KindPercent, m[0], m[1], "no computed percentage is %s; state only percentages that follow from the facts (or none)", c.text[m[0]:m[1]])
		}
	}
}

func (c *checker) scanMoney() {
	f := c.f
	for _, m := range moneyRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		num, mult := m[6:8], m[8:10]
		if m[6] < 0 {
			num, mult = m[10:12], m[12:14]
		}
		var v float64
		fmt.Sscan(strings.ReplaceAll(c.text[num[0]:num[1]], ",", ""), &v)
		if mult[0] >= 0 {
			v *= 1000
		}
		ok := false
		for _, amt := range f.money {
			tol := 0.5
			if mult[0] >= 0 {
				tol = 50 // "GBP 1.2k"
			}
			if v > float64(amt)-tol-1 && v < float64(amt)+tol+1 {
				ok = true
			}
		}
		if !ok {
			if len(f.money) == 0 {
				c.problem(KindNumber, m[0], m[1], "no cost of downtime is configured for this ticket; state no amount")
				continue
			}
			c.problem(KindNumber, m[0], m[1], "the computed cost of downtime is %s %d (%s %d per hour)", f.currency, f.money[0], f.currency, f.money[1])
		}
	}
}

// nounClasses map the nouns of counts to the computed counts they must match.
var nounClasses = []struct {
	re    *regexp.Regexp
	class string
}{
	{regexp.MustCompile(`(?i)^(?:internal\s+)?notes?$`), "note"},
	{regexp.MustCompile(`(?i)^(?:customer|client)\s+messages?$`), "customer message"},
	{regexp.MustCompile(`(?i)^(?:agent|engineer|support)\s+messages?$`), "agent message"},
	{regexp.MustCompile(`(?i)^internal\s+(?:messages?|comments?)$`), "note"},
	{regexp.MustCompile(`(?i)^messages?$|^emails?$|^comments?$`), "message"},
	{regexp.MustCompile(`(?i)^updates?$`), "update"},
	{regexp.MustCompile(`(?i)^(?:responses?|repl(?:y|ies)|answers?)$`), "reply"},
	{regexp.MustCompile(`(?i)^(?:chases?|reminders?|follow-ups?|nudges?|requests?)$`), "chase"},
	{regexp.MustCompile(`(?i)^gaps?$|^intervals?$`), "gap"},
	{regexp.MustCompile(`(?i)^breach(?:es)?$|^violations?$`), "breach"},
	{regexp.MustCompile(`(?i)^actions?$|^recommendations?$`), "action"},
	{regexp.MustCompile(`(?i)^findings?$`), "finding"},
	{regexp.MustCompile(`(?i)^causes?$`), "cause"},
	{regexp.MustCompile(`(?i)^(?:steps?|fix(?:es)?)$`), "fix"},
	{regexp.MustCompile(`(?i)^(?:stretch(?:es)?|pauses?)$`), "pause"},
	{regexp.MustCompile(`(?i)^(?:priority\s+)?changes?$`), "priority change"},
	{regexp.MustCompile(`(?i)^escalations?$`), "escalation"},
	{regexp.MustCompile(`(?i)^estimates?$`), "estimate"},
	{regexp.MustCompile(`(?i)^directives?$`), "directive"},
	{regexp.MustCompile(`(?i)^factors?$`), "factor"},
	{regexp.MustCompile(`(?i)^internal\s+tickets?$`), "internal ticket"},
}

var (
	countRE   = regexp.MustCompile(`(?i)\b(` + numberWordPattern + `)\s+((?:(?:customer-visible|customer-facing|public|separate|distinct|written|unanswered|answered|remedial|corrective|preventive|proposed|recorded|total|agent|customer|client|engineer|internal|support|priority|contributing|follow-up)\s+){0,2})([a-z][a-z-]*)\b`)
	timesRE   = regexp.MustCompile(`(?i)\b(?:(once|twice|thrice)|(` + numberWordPattern + `)\s+times)\b`)
	relWordRE = regexp.MustCompile(`(?i)\b(?:further|more|additional|other|new|extra|another|subsequent|following|first|last|next|previous|earlier|later)\b`)
	bareRE    = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b`)
	chaseCtx  = regexp.MustCompile(`(?i)\bask|\bchase|\bnews\b|\bfollow|\bremind|\bnudg|\bprompt`)
)

func (c *checker) scanCounts() {
	f := c.f
	for _, m := range timesRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		c.claim(m[0], m[1])
		var n int
		if m[2] >= 0 {
			n = map[string]int{"once": 1, "twice": 2, "thrice": 3}[strings.ToLower(c.text[m[2]:m[3]])]
		} else {
			v, _, _, _, ok := parseNumber(c.text[m[4]:m[5]])
			if !ok {
				continue
			}
			n = int(v)
		}
		sent := c.sentence(c.sentenceOf(m[0]))
		var allowed []int
		what := "computed count"
		switch {
		case chaseCtx.MatchString(sent):
			allowed, what = f.counts["chase"], "number of times the customer asked for news"
		case strings.Contains(strings.ToLower(sent), "priority"):
			allowed, what = f.counts["priority change"], "number of priority changes"
		case strings.Contains(strings.ToLower(sent), "paus"):
			allowed, what = f.counts["pause"], "number of pauses"
		default:
			for _, v := range f.counts {
				allowed = append(allowed, v...)
			}
		}
		if !slices.Contains(allowed, n) {
			c.problem(KindCount, m[0], m[1], "the %s is %s", what, intList(allowed))
		}
	}
	for _, m := range countRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[2], m[3]) {
			continue
		}
		numText := c.text[m[2]:m[3]]
		if lw := strings.ToLower(numText); lw == "a" || lw == "an" || strings.HasPrefix(lw, "half") {
			continue
		}
		adj := strings.ToLower(strings.TrimSpace(c.text[m[4]:m[5]]))
		noun := strings.ToLower(c.text[m[6]:m[7]])
		phrase := strings.TrimSpace(adj + " " + noun)
		class := ""
		for _, nc := range nounClasses {
			if nc.re.MatchString(phrase) || nc.re.MatchString(noun) {
				class = nc.class
				if nc.re.MatchString(phrase) {
					break
				}
			}
		}
		if class == "" {
			continue // not a count the facts hold: the bare-number rule decides
		}
		c.claim(m[0], m[1])
		if relWordRE.MatchString(c.text[max(0, m[0]-12):m[0]]) || relWordRE.MatchString(adj) {
			continue // "two further updates" counts part of something; not checkable
		}
		v, lo, hi, _, ok := parseNumber(numText)
		if !ok {
			continue
		}
		allowed := f.counts[class]
		hit := false
		for _, n := range allowed {
			if float64(n) >= lo && float64(n) <= hi && (lo != hi || float64(n) == v) {
				hit = true
			}
		}
		if !hit {
			c.problem(KindCount, m[0], m[1], "the computed %s count is %s", class, intList(allowed))
		}
	}
}

func intList(ns []int) string {
	s := slices.Clone(ns)
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) == 0 {
		return "not computed"
	}
	var parts []string
	for _, n := range s {
		parts = append(parts, fmt.Sprint(n))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "one of " + strings.Join(parts, ", ")
}

// scanNumbers checks the numbers no other rule read: each must be one the
// facts or the ticket contain.
func (c *checker) scanNumbers() {
	for _, m := range bareRE.FindAllStringSubmatchIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		s := strings.ToLower(c.text[m[2]:m[3]])
		var n int64
		if v, ok := numberWords[s]; ok {
			n = int64(v)
		} else {
			var fv float64
			fmt.Sscan(strings.ReplaceAll(s, ",", ""), &fv)
			n = int64(fv)
			if float64(n) != fv {
				c.problem(KindNumber, m[0], m[1], "this number is not in the facts or the ticket")
				continue
			}
		}
		if !c.f.numbers[n] {
			c.problem(KindNumber, m[0], m[1], "this number is not in the facts or the ticket; state only computed numbers")
		}
	}
}
