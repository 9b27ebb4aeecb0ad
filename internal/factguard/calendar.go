package factguard

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Weekdays and days named relative to one another: "Tuesday 17 February",
// "on the Wednesday", "the next morning", "later that day".

var (
	weekdayRE  = mustFast(`\b(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\b\.?`)
	relDayRE   = mustFast(`(?i)\b(?:(?:the\s+)?(?:next|following|subsequent)\s+(day|morning|afternoon|evening|night)|the\s+day\s+after|(?:later\s+(?:that|the\s+same)|that\s+same|the\s+same|that)\s+(day|morning|afternoon|evening|night))\b`)
	weekdayFul = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

// weekdayOf reads a weekday name or its abbreviation.
func weekdayOf(w string) (time.Weekday, bool) {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "."), "s"))
	for i, d := range weekdayFul {
		if w == d || (len(w) >= 3 && strings.HasPrefix(d, w)) {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// checkWeekdays holds a weekday to the date it goes with, or, standing alone,
// to the days on which the ticket's events happened.
func (c *checker) checkWeekdays() {
	f := c.f
	for _, m := range weekdayRE.FindAllStringIndex(c.text, -1) {
		if !c.free(m[0], m[1]) {
			continue
		}
		w := c.text[m[0]:m[1]]
		if !strings.HasSuffix(strings.ToLower(strings.TrimSuffix(w, ".")), "day") && !strings.HasSuffix(w, ".") && m[1] < len(c.text) && c.text[m[1]] != ',' {
			// An abbreviation ("Sat", "Sun") is a weekday only before a date.
			if c.dateAfter(m[1]) == nil {
				continue
			}
		}
		wd, ok := weekdayOf(strings.TrimSuffix(w, "."))
		if !ok {
			continue
		}
		if ic := c.dateNear(m[0], m[1]); ic != nil {
			y := ic.year
			if y == 0 {
				y = f.created.In(f.loc).Year()
				if len(ic.matched) > 0 {
					y = ic.matched[0].In(f.loc).Year()
				}
			}
			d := time.Date(y, ic.month, ic.day, 12, 0, 0, 0, f.loc)
			if d.Weekday() != wd {
				c.problem(KindWeekday, m[0], m[1], "%s was a %s, not a %s", f.zone.Date(d), d.Weekday(), wd)
			}
			continue
		}
		// A bare weekday names a day of the ticket's life: one on which something happened.
		var days []string
		ok = false
		for _, day := range c.eventDays() {
			if day.Weekday() == wd {
				ok = true
				break
			}
			days = append(days, fmt.Sprintf("%s %s", day.Weekday(), f.zone.Date(day)))
		}
		if !ok && !f.ground.words[weekdayFul[wd]] {
			c.problem(KindWeekday, m[0], m[1], "nothing happened on a %s; the events fell on %s", wd, strings.Join(days, ", "))
		}
	}
}

// dateNear returns the date claim a weekday at [s, e) goes with: right after
// it ("Tuesday 17 February") or right before it ("17 February, a Tuesday").
func (c *checker) dateNear(s, e int) *instantClaim {
	if ic := c.dateAfter(e); ic != nil {
		return ic
	}
	for i := range c.instants {
		ic := &c.instants[i]
		if ic.hasDate && ic.month != 0 && ic.day != 0 && ic.end <= s && s-ic.end <= 12 && weekdayJoinBeforeRE.MatchString(c.text[ic.end:s]) {
			return ic
		}
	}
	return nil
}

var (
	weekdayJoinAfterRE  = mustFast(`^,?\s*(?:the\s+)?$`)
	weekdayJoinBeforeRE = mustFast(`^\s*(?:,|\()?\s*(?:a|on\s+a|which\s+was\s+a)?\s*$`)
)

func (c *checker) dateAfter(e int) *instantClaim {
	for i := range c.instants {
		ic := &c.instants[i]
		if !ic.hasDate || ic.month == 0 || ic.day == 0 || ic.start < e || ic.start-e > 8 {
			continue
		}
		if weekdayJoinAfterRE.MatchString(c.text[e:ic.start]) {
			return ic
		}
	}
	return nil
}

// eventDays returns the days on which the ticket's events happened, in order.
func (c *checker) eventDays() []time.Time {
	f := c.f
	first, last := dayOf(f.created.In(f.loc)), dayOf(f.closed.In(f.loc))
	var out []time.Time
	for d := range f.ground.days {
		if first.after(d) || (!f.closed.IsZero() && d.after(last)) {
			continue // a due date of an action, not a day of the ticket's life
		}
		out = append(out, d.time(f.loc))
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

func (d civilDay) after(o civilDay) bool {
	if d.y != o.y {
		return d.y > o.y
	}
	if d.m != o.m {
		return d.m > o.m
	}
	return d.d > o.d
}

// partOfDay returns the hours [from, to) a word names.
func partOfDay(w string) (int, int) {
	switch strings.ToLower(w) {
	case "morning":
		return 0, 12
	case "afternoon":
		return 12, 18
	case "evening":
		return 17, 24
	case "night":
		return 18, 30
	}
	return 0, 24
}

// checkRelativeDays holds "the next morning" and "later that day" to the
// events: something must have happened then, and a time the sentence names
// must fall then.
func (c *checker) checkRelativeDays() {
	f := c.f
	for _, m := range c.findAll(relDayRE, "next ", "following ", "subsequent ", "day after", "same ", "that ") {
		if !c.free(m[0], m[1]) {
			continue
		}
		next := m[2] >= 0 || strings.Contains(strings.ToLower(c.text[m[0]:m[1]]), "day after")
		part := "day"
		switch {
		case m[2] >= 0:
			part = c.text[m[2]:m[3]]
		case m[4] >= 0:
			part = c.text[m[4]:m[5]]
		}
		// The day it is relative to: the last date or time named before it;
		// with none, any day on which something happened.
		var anchors []time.Time
		for _, ic := range c.instants {
			if ic.end <= m[0] && len(ic.matched) > 0 {
				anchors = []time.Time{ic.matched[len(ic.matched)-1].In(f.loc)}
			}
		}
		same := m[4] >= 0
		if len(anchors) == 0 && same {
			// "the same day", "later that day": of the opening, when no day was named.
			anchors = []time.Time{f.created.In(f.loc)}
		}
		if len(anchors) == 0 {
			anchors = c.eventDays()
			if len(anchors) == 0 {
				anchors = []time.Time{f.created.In(f.loc)}
			}
		}
		from, to := partOfDay(part)
		var day civilDay
		var anchor time.Time
		found := false
		for _, anchor = range anchors {
			day = dayOf(anchor)
			if next {
				day = dayOf(anchor.AddDate(0, 0, 1))
			}
			if c.relative(m, day, from, to, time.Time{}, false) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		if len(anchors) > 1 {
			c.problem(KindRelative, m[0], m[1], "nothing happened %s of any day of the ticket", strings.ToLower(c.text[m[0]:m[1]]))
			continue
		}
		c.relative(m, day, from, to, anchor, true)
	}
}

// relative reports whether the period [from, to) hours of day fits the claim
// at m: a time its sentence names falls in it or, with none, something
// happened in it (the close, for a sentence about the close). With report it
// records the problem when it does not.
func (c *checker) relative(m []int, day civilDay, from, to int, anchor time.Time, report bool) bool {
	f := c.f
	in := func(t time.Time) bool {
		lt := t.In(f.loc)
		h := lt.Hour()
		if dayOf(lt) != day {
			if to > 24 && dayOf(lt) == dayOf(day.time(f.loc).AddDate(0, 0, 1)) {
				h += 24
			} else {
				return false
			}
		}
		return h >= from && h < to
	}
	// A time the same sentence names must fall in the period.
	sp := c.sentences[c.sentenceOf(m[0])]
	checked := false
	for _, ic := range c.instants {
		if ic.start < sp[0] || ic.end > sp[1] || len(ic.matched) == 0 || !ic.hasTime {
			continue
		}
		checked = true
		okAny := false
		for _, t := range ic.matched {
			if in(t) {
				okAny = true
			}
		}
		if !okAny {
			if report {
				c.problem(KindRelative, m[0], m[1], "%s is not %s: %s", strings.TrimSpace(c.text[ic.start:ic.end]), strings.ToLower(c.text[m[0]:m[1]]), f.zone.Long(ic.matched[0]))
			}
			return false
		}
	}
	if checked {
		return true
	}
	// A sentence about the close speaks of the close's moment.
	if sp := c.sentences[c.sentenceOf(m[0])]; closedRE.MatchString(c.text[sp[0]:sp[1]]) && !f.closed.IsZero() {
		if in(f.closed) {
			return true
		}
	} else {
		for _, in2 := range f.instants {
			if in(in2.t) {
				return true
			}
		}
	}
	if report {
		c.problem(KindRelative, m[0], m[1], "nothing happened %s (%s); the last moment named before it is %s", strings.ToLower(c.text[m[0]:m[1]]), f.zone.Date(day.time(f.loc)), f.zone.Long(anchor))
	}
	return false
}

var (
	closedRE      = mustFast(`(?i)\b(?:was|were|got)\s+(?:\w+\s+)?closed\b|\bclosed\s+(?:automatically|for|by|on|at|the)\b`)
	weekdayPartRE = mustFast(`\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(morning|afternoon|evening|night)\b`)
	partOfDateRE  = mustFast(`(?i)\b(morning|afternoon|evening|night)\s+of\s+(?:the\s+)?`)
)

// checkPartsOfDay holds "Thursday afternoon" and "the evening of 17 February"
// to the events: something must have happened then.
func (c *checker) checkPartsOfDay() {
	f := c.f
	check := func(s, e int, days []time.Time, part string) {
		from, to := partOfDay(part)
		for _, d := range days {
			for _, in := range f.instants {
				lt := in.t.In(f.loc)
				if dayOf(lt) == dayOf(d) && lt.Hour() >= from && lt.Hour() < to && !f.dueOnly[in.t] {
					return
				}
			}
		}
		c.problem(KindRelative, s, e, "nothing happened in the %s of %s", strings.ToLower(part), c.dayList(days))
	}
	for _, m := range c.findAll(weekdayPartRE, "morning", "afternoon", "evening", "night") {
		if !c.free(m[0], m[1]) {
			continue
		}
		wd, _ := weekdayOf(c.text[m[2]:m[3]])
		var days []time.Time
		for _, d := range c.eventDays() {
			if d.Weekday() == wd {
				days = append(days, d)
			}
		}
		if len(days) > 0 {
			check(m[0], m[1], days, c.text[m[4]:m[5]])
		}
	}
	for _, m := range c.findAll(partOfDateRE, "morning of", "afternoon of", "evening of", "night of") {
		ic := c.dateAfter(m[1])
		if ic == nil || len(ic.matched) == 0 || !c.free(m[0], m[1]) {
			continue
		}
		var days []time.Time
		for _, t := range ic.matched {
			days = append(days, t.In(f.loc))
		}
		check(m[0], ic.end, days, c.text[m[2]:m[3]])
	}
}

func (c *checker) dayList(days []time.Time) string {
	var parts []string
	for _, d := range days {
		parts = append(parts, fmt.Sprintf("%s %s", d.Weekday(), c.f.zone.Date(d)))
	}
	return strings.Join(parts, ", ")
}
