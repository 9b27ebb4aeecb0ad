package analysis

import (
	"strings"
	"time"
)

// datedBefore reports whether lower-cased text l dates what it tells on a
// day before the ticket was opened, counted back from at, the time of its
// message: a weekday named ("On Monday we moved CollectionsPro behind a new
// gateway server", styles21; "Last Monday's update added a route start and
// end point", styles17) or the weekend ("We released an update over the
// weekend that changed how forms are generated", styles21) whose latest day
// before the message falls before the day the ticket opened. A change made
// then is what broke it, not what fixed it, as a change made "yesterday" is
// (stepRank). A day named after the opening is a step of the ticket ("The
// gateway was rolled back to the previous firmware on Thursday night").
func datedBefore(l string, at, opened time.Time) bool {
	if at.IsZero() || opened.IsZero() || !strings.Contains(l, "day") && !strings.Contains(l, "weekend") {
		return false
	}
	y, m, d := opened.Date()
	open := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	y, m, d = at.Date()
	msg := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	before := func(w time.Weekday) bool {
		back := (int(msg.Weekday()) - int(w) + 7) % 7
		if back == 0 {
			return false // today, or a week ago: not told so
		}
		return msg.AddDate(0, 0, -back).Before(open)
	}
	ws := strings.FieldsFunc(l, func(r rune) bool { return (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '\'' })
	for i, w := range ws {
		prev, next := "", ""
		if i > 0 {
			prev = ws[i-1]
		}
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		day, possessive := strings.CutSuffix(w, "'s")
		if day == "weekend" {
			told := prev == "last" || prev == "the" && i > 1 && (ws[i-2] == "over" || ws[i-2] == "at")
			if told && before(time.Sunday) && before(time.Saturday) {
				return true // "over the weekend", "at the weekend", "last weekend"; not "the failed SMS from the weekend"
			}
			continue
		}
		k, ok := weekdays[day]
		if !ok || next != "" && next[0] >= '0' && next[0] <= '9' {
			continue // "on Tuesday 10 March": a date told, maybe to come
		}
		if (possessive || prev == "last" || prev == "since" || prev == "on" && i == 1) && before(k) {
			return true
		}
	}
	return false
}

// weekdays are the days' names, lower-cased.
var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
