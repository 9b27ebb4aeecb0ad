package factguard

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
)

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
	isoRE = mustFast(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	dmyRE = mustFast(`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + monthWord + `(?:,?\s+(\d{4}))?\b`)
	mdyRE = mustFast(`\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	myRE  = mustFast(`\b` + monthWord + `\s+(\d{4})\b`)
	slRE  = mustFast(`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`)
	// clockRE reads 07:17:33, 7:17, 7:17 pm; ampmRE reads 7am, 7.30 pm.
	clockRE = mustFast(`\b([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([aApP])\.?[mM]\b\.?)?`)
	ampmRE  = mustFast(`\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?([aApP])\.?[mM]\b\.?`)
	// ordinalRE reads "the 29th" once dates have been read.
	ordinalRE = mustFast(`\b(\d{1,2})(st|nd|rd|th)\b`)
	joinDTRE  = mustFast(`^,?\s*(?:at\s+)?$`)
	joinTDRE  = mustFast(`^\s*,?\s*(?:on\s+)?(?:the\s+)?$`)
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
		if !c.free(m[0], m[1]) {
			continue // in a verbatim quotation: "new expiry 2026-08-11"
		}
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
	for _, re := range []*fastRE{dmyRE, mdyRE} {
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
	closeCtxRE = mustFast(`(?i)\b(?:closed|closure|closing|close date)(?:\s+(?:automatically|out|off))?(?:\s*\([^)]*\))?(?:\s+(?:automatically|due to inactivity|for inactivity))?\s*(?:on|at|:)?\s*(?:the\s+)?$`)
	openCtxRE  = mustFast(`(?i)\b(?:opened|created|logged|submitted|raised)(?:\s+by\s+[^,.;:]{1,60}?)?\s*(?:on|at|:)\s*(?:the\s+)?$`)
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
		switch {
		case len(ic.matched) == 0:
			c.problem(kind, ic.start, ic.end, "%s", c.missingInstant(ic, lastDate))
		case ic.hasTime && c.onlyDue(ic) && !dueCtxRE.MatchString(c.sentence(c.sentenceOf(ic.start))):
			c.problem(kind, ic.start, ic.end, "%s is when something was due (%s), not when anything happened; use the times of the events", phrase, c.dueWhat(ic))
		default:
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

// dueCtxRE finds the words that make a deadline a fitting reading of a time.
var dueCtxRE = mustFast(`(?i)\btargets?\b|\bsla|\bgrace\b|\blimits?\b|\bdue\b|\bdeadline|\bexpected\b|\bby\b|\buntil\b|\bbefore\b|\bcommit|\bowner\b|\bactions?\b|\bbreach|\bwithin\b`)

// onlyDue reports whether every moment the claim matched is only a deadline.
func (c *checker) onlyDue(ic *instantClaim) bool {
	for _, t := range ic.matched {
		if !c.f.dueOnly[t] {
			return false
		}
	}
	return len(ic.matched) > 0
}

func (c *checker) dueWhat(ic *instantClaim) string {
	for _, in := range c.f.instants {
		if in.t.Equal(ic.matched[0]) {
			return in.what
		}
	}
	return "a deadline"
}

// clockWordRE reads times of day written in words: "half past eight",
// "a quarter to nine", "ten o'clock", "noon".
var clockWordRE = mustFast(`(?i)\b(?:(?:a\s+)?(half|quarter)\s+(past|to)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['\x{2019}]?clock|(noon|midday|midnight))\b`)

// scanClockWords reads the times of day in words; a word hour may be morning
// or evening, so the claim holds if either is an instant of the facts.
func (c *checker) scanClockWords() {
	added := false
	for _, m := range c.findAll(clockWordRE, "half past", "quarter past", "half to", "quarter to", "clock", "noon", "midday", "midnight") {
		if !c.free(m[0], m[1]) {
			continue
		}
		var hour, minute int
		prec := time.Hour
		switch {
		case m[2] >= 0:
			hour = numberWords[strings.ToLower(c.text[m[6]:m[7]])]
			minute, prec = 30, 15*time.Minute
			if strings.EqualFold(c.text[m[2]:m[3]], "quarter") {
				minute = 15
			}
			if strings.EqualFold(c.text[m[4]:m[5]], "to") {
				hour, minute = hour-1, 60-minute
			}
		case m[8] >= 0:
			hour = numberWords[strings.ToLower(c.text[m[8]:m[9]])]
		default:
			hour = 12
			if strings.EqualFold(c.text[m[10]:m[11]], "midnight") {
				hour = 0
			}
		}
		c.claim(m[0], m[1])
		ic := instantClaim{start: m[0], end: m[1], hasTime: true, hour: hour % 24, min: minute, prec: prec}
		for _, h := range []int{hour % 12, hour%12 + 12} {
			v := ic
			v.hour = h
			if c.f.clocks[h*60+minute] {
				ic.hour = h
			}
			for _, in := range c.f.instants {
				if c.matches(&v, in.t) {
					ic.hour = h
				}
			}
		}
		c.instants = append(c.instants, ic)
		added = true
	}
	if added {
		slices.SortFunc(c.instants, func(a, b instantClaim) int { return a.start - b.start })
	}
}

// holidayRE reads the holidays that fall on a fixed date ("Christmas" alone
// is a season, not a day).
var holidayRE = mustFast(`\b(Christmas\s+Eve|Christmas\s+Day|Boxing\s+Day|New\s+Year['\x{2019}]?s\s+Eve|New\s+Year['\x{2019}]?s\s+Day)\b`)

// scanHolidays reads "Christmas Eve" or "Boxing Day" as the date it is.
func (c *checker) scanHolidays() {
	added := false
	for _, m := range c.findAll(holidayRE, "christmas", "boxing day", "new year") {
		if !c.free(m[0], m[1]) {
			continue
		}
		name := strings.ToLower(strings.Join(strings.Fields(c.text[m[2]:m[3]]), " "))
		name = reader.StraightApostrophes(name)
		month, day := time.December, 25
		switch name {
		case "christmas eve":
			day = 24
		case "boxing day":
			day = 26
		case "new year's eve":
			day = 31
		case "new year's day":
			month, day = time.January, 1
		}
		c.claim(m[0], m[1])
		c.instants = append(c.instants, instantClaim{start: m[0], end: m[1], hasDate: true, month: month, day: day})
		added = true
	}
	if added {
		slices.SortFunc(c.instants, func(a, b instantClaim) int { return a.start - b.start })
	}
}
