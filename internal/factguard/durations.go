package factguard

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/timefmt"
)

type durationClaim struct {
	start, end int
	// lo <= d < hi is what the claim states.
	lo, hi time.Duration
	// exact is the stated length; unit the precision it was stated at.
	exact time.Duration
	qual  string
	// business is set for "working days" and "business hours": only business
	// time measures them.
	business bool
}

const unitPattern = `(?:weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b`

var (
	durPartRE = mustFast(`(?i)(` + numberWordPattern + `)[\s-]+(` + unitPattern + `)`)
	durRE     = mustFast(`(?i)\b(?:` + numberWordPattern + `)[\s-]+` + unitPattern +
		`(?:(?:\s*,\s*|\s+and\s+|\s+)(?:` + numberWordPattern + `)[\s-]+` + unitPattern + `)*` +
		`(?:\s+and\s+a\s+half)?(?:\s*\(\s*\d+\s?s\s*\))?`)
	quarterRE   = mustFast(`(?i)\b(?:(a|one|three)\s+quarters?\s+of\s+an?\s+(hour|day)|(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(hours?|days?)\s+and\s+a\s+quarter|an?\s+quarter[- ]hour|an?\s+(?:good\s+)?(half)[- ]hour)\b`)
	workingRE   = mustFast(`(?i)\b(` + numberWordPattern + `)\s+(?:full\s+)?(?:working|business)\s+(days?|hours?)\b`)
	withinTheRE = mustFast(`(?i)\bwithin\s+the\s+(hour|day|minute|week)\b`)
	hourHalfRE  = mustFast(`(?i)\b(?:an?\s+)?(hour|day|minute)\s+and\s+a\s+half\b`)
	shortDurRE  = mustFast(`\b(?:\d+d\s?)?(?:\d+h\s?)?(?:\d+m(?:in)?\s?)?(?:\d+s)?\b`)
	shortPartRE = mustFast(`(\d+)([dhms])`)
	secsRE      = mustFast(`\(\s*(\d+)\s?s\s*\)`)
	qualRE      = mustFast(`(?i)\b(just over|well over|slightly over|a little over|slightly more than|a little more than|just more than|just under|well under|slightly under|a little under|slightly less than|a little less than|just less than|more than|less than|longer than|shorter than|in excess of|upwards of|over|under|above|below|beyond|exceeding|within|inside|at least|no less than|not less than|at most|no more than|not more than|up to|about|around|approximately|approx\.?|roughly|some|nearly|almost|close to|circa|shy of)\s+$`)
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
	for _, m := range c.findAll(quarterRE, "quarter", "half hour", "half-hour") {
		if !c.free(m[0], m[1]) {
			continue
		}
		var d, unit time.Duration
		switch {
		case m[2] >= 0: // "a quarter of an hour", "three quarters of a day"
			u, _ := unitOf(c.text[m[4]:m[5]])
			n := time.Duration(1)
			if strings.EqualFold(c.text[m[2]:m[3]], "three") {
				n = 3
			}
			d, unit = u*n/4, u/4
		case m[6] >= 0: // "two hours and a quarter"
			v, _, _, _, ok := parseNumber(c.text[m[6]:m[7]])
			u, _ := unitOf(c.text[m[8]:m[9]])
			if !ok {
				continue
			}
			d, unit = time.Duration(v*float64(u))+u/4, u/4
		case m[10] >= 0: // "a good half hour"
			d, unit = 30*time.Minute, 15*time.Minute
		default: // "a quarter-hour"
			d, unit = 15*time.Minute, 15*time.Minute
		}
		c.claim(m[0], m[1])
		add(m[0], m[1], d, unit, 0, 0)
	}
	for _, m := range c.findAll(withinTheRE, "within the") {
		if !c.free(m[0], m[1]) {
			continue
		}
		u, _ := unitOf(c.text[m[2]:m[3]])
		c.claim(m[0], m[1])
		dc := durationClaim{start: m[0], end: m[1], exact: u, qual: "within"}
		dc.lo, dc.hi = interval("within", u, u, 0, 0)
		c.durations = append(c.durations, dc)
	}
	for _, m := range c.findAll(workingRE, "working day", "working hour", "business day", "business hour") {
		if !c.free(m[0], m[1]) {
			continue
		}
		v, _, _, _, ok := parseNumber(c.text[m[2]:m[3]])
		if !ok || v <= 0 {
			continue
		}
		c.claim(m[0], m[1])
		// A working day is as long as the calendar says; 4 to 12 hours covers them all.
		lo, hi := time.Duration(v*4)*time.Hour, time.Duration(v*12)*time.Hour
		if u, _ := unitOf(c.text[m[4]:m[5]]); u == time.Hour {
			lo, hi = time.Duration((v-0.5)*float64(time.Hour)), time.Duration((v+1)*float64(time.Hour))
		}
		add(m[0], m[1], (lo+hi)/2, time.Hour, lo, hi)
		c.durations[len(c.durations)-1].business = true
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
	for _, m := range shortDurRE.findNonEmpty(c.text) {
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
	// A length stated in one unit ("an hour", "a week") is not vaguer than half
	// that unit either way; "3 hours" may be off by an hour.
	slack := max(unit, n/4)
	if n <= unit {
		slack = max(unit/2, n/4)
	}
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
		return n - max(min(unit, n)/2, n*3/10), n + 1
	default: // about, around, approximately, roughly, some, circa
		return n - slack, n + slack + 1
	}
}

var (
	laterEndRE   = mustFast(`(?i)^[\s,;]*(?:\([^)]*\)[\s,]*)?(?:which\s+(?:is|was)\s+|that\s+is\s+|i\.e\.\s+|some\s+)?$`)
	laterRE      = mustFast(`(?i)^\s*(?:later|afterwards|after that|on)\b`)
	sinceOpenRE  = mustFast(`(?i)^\s*(?:\([^)]*\)\s*)?(?:after|since|from|into|of)\s+(?:the\s+)?(?:ticket\s+was\s+|it\s+was\s+|incident\s+was\s+|problem\s+was\s+|customer's\s+|first\s+)?(?:opened|opening|created|creation|raised|raising|logged|logging|reported|reporting|report|first\s+message|initial\s+message|initial\s+report|the\s+start|the\s+ticket's\s+creation|the\s+incident)\b`)
	afterFirstRE = mustFast(`(?i)^\s*after\s+the\s+first\s+(?:customer-visible\s+)?(?:response|reply)\b`)
	afterEventRE = mustFast(`(?i)^\s*(?:after|before)\s+(?:the\s+)?(customer's|client's|team's|agent's|first|last|final)?\s*(confirmation|chase|request\s+for\s+news|reply|response|update|fix|restoration|escalation|message|note|estimate)\b`)
	automaticRE  = mustFast(`(?i)\bautomatic|\bauto-|\backnowledg`)
	businessRE   = mustFast(`(?i)\bbusiness\b`)
	// limitRE finds the words that make a target or grace period a fitting reading of a duration.
	limitRE       = mustFast(`(?i)\btargets?\b|\bsla|\bgrace\b|\blimits?\b|\bdue\b|\bwithin\b|\bdirective|\ballow|\bagreed\b|\brequire|\bpolicy\b|\bdeadline|\bexpected\b|\bcommit|\bcadence\b|\bevery\b|\bat least\b|\bbeyond\b|\bexceed|\bbreach|\boutside\b|\bagainst\b|\bplus\b|\bhourly\b`)
	topicPatterns = []struct {
		re *fastRE
		t  topic
		// words are literals one of which every match contains: a sentence
		// without any is not tried against re.
		words []string
	}{
		{mustFast(`(?i)\bfirst[- ](?:customer-visible\s+|public\s+)?(?:response|reply)|\brespon(?:d|ded|se)\b|\backnowledg`), topicFirstResponse,
			[]string{"first", "respon", "acknowledg"}},
		{mustFast(`(?i)\bresol|\bclos(?:e|ed|ure|ing)\b|\bsolution\b|\bsolved\b|\baccepted\b|\bhandled\b|\bwhole\s+(?:ticket|incident)|\bturnaround`), topicResolution,
			[]string{"resol", "clos", "solution", "solved", "accepted", "handled", "whole", "turnaround"}},
		{mustFast(`(?i)\bupdates?\b|\bgaps?\b|\bsilen|\bcadence\b|\bheard\b`), topicUpdates, []string{"update", "gap", "silen", "cadence", "heard"}},
		{mustFast(`(?i)\bwait|\brepl(?:y|ies|ied)\b|\banswer|\bchase|\basked for news\b`), topicWaits, []string{"wait", "repl", "answer", "chase", "asked for news"}},
		{mustFast(`(?i)\bpaus|\bon hold\b|\bpending\b|\bwaiting on\b|\bclocks? (?:were |was )?stopped\b`), topicPauses, []string{"paus", "hold", "pending", "waiting on", "stopped"}},
		{mustFast(`(?i)\bpriorit|\bescalat|\braised\b`), topicPriority, []string{"priorit", "escalat", "raised"}},
		{mustFast(`(?i)\bcause|\bdiagnos|\bexplain|\bidentified\b|\bfix`), topicCause, []string{"cause", "diagnos", "explain", "identified", "fix"}},
		{estimateRE, topicEstimate, estimateWords},
		{mustFast(`(?i)\bwhole\s+(?:ticket|incident|case)|\b(?:in|during|over|across)\s+(?:its|the\s+ticket's)\s+(?:\w+\s+)?(?:days?|hours?|weeks?)\b|\bfrom\s+start\s+to\s+finish|\bend\s+to\s+end|\bin\s+total\b|\baltogether\b|\bfrom\s+(?:opening|creation)\s+to\s+clos`), topicWhole,
			[]string{"whole", "start to finish", "end to end", "in total", "altogether", "to clos", " its ", "ticket's"}},
		{mustFast(`(?i)\bimpact|\bdisrupt|\boutage|\bdowntime|\baffected\b|\brestor|\bback online\b|\blasted\b|\bunavailab`), topicImpact,
			[]string{"impact", "disrupt", "outage", "downtime", "affected", "restor", "back online", "lasted", "unavailab"}},
	}
)

// sentenceTopics returns the topics the sentence speaks of.
func sentenceTopics(s string) topic {
	var t topic
	lower := strings.ToLower(s)
	for _, p := range topicPatterns {
		if containsAny(lower, p.words) && p.re.MatchString(s) {
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
			if topics&topicWhole != 0 {
				topics = topicWhole // the whole life, whatever else the sentence names
			}
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
				t := topics
				if t&topicWaits != 0 {
					t |= topicFirstResponse // a reply after the opening is the first response
					for _, ch := range f.ground.ordered["chase"] {
						if !chaseCtx.MatchString(c.text[sent[0]:sent[1]]) {
							break
						}
						cands = append(cands, candidate{ch.Sub(f.created), "from the opening to a request for news"})
					}
				}
				limits := limitRE.MatchString(c.text[sent[0]:sent[1]])
				if automaticRE.MatchString(c.text[sent[0]:sent[1]]) {
					for _, t := range f.ground.ordered["automatic"] {
						cands = append(cands, candidate{t.Sub(f.created), "from the opening to an automatic message"})
					}
				}
				for _, s := range f.named {
					if s.topic&t != 0 && (limits || !s.limit) {
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
		case afterEventRE.MatchString(after):
			// "four minutes after the customer's confirmation": from that event to the moments next to it.
			m := afterEventRE.FindStringSubmatch(after)
			for _, t := range c.f.eventsNamed(m[1], m[2]) {
				for _, u := range f.neighbours(t) {
					cands = append(cands, candidate{absDur(u.Sub(t)), fmt.Sprintf("from %s to %s", f.zone.Moment(t, f.created), f.zone.Moment(u, f.created))})
				}
			}
			anchored = len(cands) > 0
		case laterRE.MatchString(after) && len(here) == 0:
			// "two minutes later, at 11:07": the time named after is the end.
			for _, ic := range c.instants {
				if ic.start >= dc.end && ic.end <= sent[1] && len(ic.matched) > 0 {
					anchored = true
					for _, t := range ic.matched {
						for _, u := range f.neighbours(t) {
							if u.Before(t) {
								cands = append(cands, candidate{t.Sub(u), fmt.Sprintf("from %s to %s", f.zone.Moment(u, f.created), f.zone.Moment(t, f.created))})
							}
						}
					}
					break
				}
			}
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
			if cd.d >= dc.lo && cd.d < dc.hi && (!dc.business || strings.Contains(cd.what, "business")) {
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

// eventsNamed returns the moments of the events a phrase such as "the
// customer's confirmation" or "the first reply" names.
func (f *Facts) eventsNamed(who, what string) []time.Time {
	g := &f.ground
	who, what = strings.ToLower(who), strings.ToLower(strings.Join(strings.Fields(what), " "))
	var ts []time.Time
	acts := func(k ActKind) {
		for _, a := range g.acts[k] {
			ts = append(ts, a.At)
		}
	}
	switch what {
	case "confirmation":
		acts(ActConfirmation)
	case "fix":
		acts(ActFix)
	case "restoration":
		acts(ActRestoration)
	case "estimate":
		acts(ActEstimate)
	case "chase", "request for news":
		ts = g.ordered["chase"]
	case "escalation":
		ts = g.ordered["priority change"]
	case "note":
		ts = g.ordered["note"]
	case "message":
		if who == "customer's" || who == "client's" {
			ts = g.ordered["customer message"]
		} else {
			ts = append(append(ts, g.ordered["customer message"]...), g.ordered["update"]...)
		}
	default: // reply, response, update
		ts = g.ordered["update"]
	}
	switch who {
	case "first":
		if len(ts) > 0 {
			ts = ts[:1]
		}
	case "last", "final":
		if len(ts) > 0 {
			ts = ts[len(ts)-1:]
		}
	}
	return ts
}

// neighbours returns the moments of the facts next to t: the nearest before
// and the nearest after (a duration "after" an event ends at the next one).
func (f *Facts) neighbours(t time.Time) []time.Time {
	var before, after time.Time
	for _, in := range f.instants {
		switch {
		case in.t.Before(t) && (before.IsZero() || in.t.After(before)):
			before = in.t
		case in.t.After(t) && (after.IsZero() || in.t.Before(after)):
			after = in.t
		}
	}
	var out []time.Time
	for _, u := range []time.Time{before, after} {
		if !u.IsZero() {
			out = append(out, u)
		}
	}
	return out
}
