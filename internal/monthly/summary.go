package monthly

import (
	"cmp"
	"github.com/debriefhq/debrief/internal/figures"
	"maps"
	"math"
	"slices"
	"time"
)

// Summary holds the headline figures of a set of tickets.
type Summary struct {
	Tickets       int          `json:"tickets"`
	FirstResponse ClockSummary `json:"first_response"`
	Resolution    ClockSummary `json:"resolution"`
	Updates       struct {
		// Breaches counts every gap over the update target.
		Breaches int `json:"breaches"`
		// Tickets counts the tickets with at least one such gap.
		Tickets int `json:"tickets"`
	} `json:"updates"`
	// AutoClosed counts the tickets closed automatically for inactivity.
	AutoClosed        int      `json:"auto_closed"`
	AutoClosedPercent *float64 `json:"auto_closed_percent"`
	// Chased counts the tickets whose customer asked for news.
	Chased        int      `json:"chased"`
	ChasedPercent *float64 `json:"chased_percent"`
}

// ClockSummary is one SLA clock over a set of tickets.
type ClockSummary struct {
	// WithTarget counts the tickets whose SLA sets this clock's target.
	WithTarget int `json:"with_target"`
	Within     int `json:"within_sla"`
	Breached   int `json:"breached"`
	// WithinSLAPercent is Within / WithTarget to one decimal, null without targets.
	WithinSLAPercent *float64 `json:"within_sla_percent"`
	// Durations of the tickets whose clock stopped, in seconds; null when none did.
	MedianBusiness *int64 `json:"median_business_seconds"`
	P90Business    *int64 `json:"p90_business_seconds"`
	MedianElapsed  *int64 `json:"median_elapsed_seconds"`
	P90Elapsed     *int64 `json:"p90_elapsed_seconds"`
	// AverageOver is the mean business time past target + grace of the breaches, in seconds.
	AverageOver *int64 `json:"average_over_seconds"`
}

// summer accumulates a Summary one ticket at a time; it keeps only the
// durations it needs for the percentiles.
type summer struct {
	s       Summary
	fr, res clockSummer
}

type clockSummer struct {
	withTarget, within, breached int
	overSum                      int64
	business, elapsed            seconds
}

// seconds keeps durations for their percentiles in four bytes each while
// they fit (a report keeps four lists per group and per month: they were a
// third of its heap at eight), and in eight once one does not.
type seconds struct {
	narrow []uint32
	wide   []int64 // every value, once one does not fit in narrow
}

func (s *seconds) add(v int64) {
	if s.wide == nil && v >= 0 && v <= math.MaxUint32 {
		s.narrow = append(s.narrow, uint32(v))
		return
	}
	if s.wide == nil {
		s.wide = make([]int64, len(s.narrow), len(s.narrow)+1)
		for i, x := range s.narrow {
			s.wide[i] = int64(x)
		}
		s.narrow = nil
	}
	s.wide = append(s.wide, v)
}

// percentiles are those of percentiles below; the values are reordered.
func (s *seconds) percentiles() (median, p90 *int64) {
	if s.wide != nil {
		return percentiles(s.wide)
	}
	return percentiles(s.narrow)
}

func (c *clockSummer) add(k figures.Clock) {
	if k.HasTarget {
		c.withTarget++
		if k.Met {
			c.within++
		} else {
			c.breached++
			c.overSum += k.Over
		}
	}
	if k.Stopped {
		c.business.add(k.Business)
		c.elapsed.add(k.Elapsed)
	}
}

func (c *clockSummer) summary() ClockSummary {
	out := ClockSummary{WithTarget: c.withTarget, Within: c.within, Breached: c.breached,
		WithinSLAPercent: percent(c.within, c.withTarget)}
	out.MedianBusiness, out.P90Business = c.business.percentiles()
	out.MedianElapsed, out.P90Elapsed = c.elapsed.percentiles()
	if c.breached > 0 {
		avg := int64(math.Round(float64(c.overSum) / float64(c.breached)))
		out.AverageOver = &avg
	}
	return out
}

func (s *summer) add(f *figures.Figures) {
	s.s.Tickets++
	s.fr.add(f.FirstResponse)
	s.res.add(f.Resolution)
	s.s.Updates.Breaches += f.UpdateBreaches
	if f.UpdateBreaches > 0 {
		s.s.Updates.Tickets++
	}
	if f.AutoClosed {
		s.s.AutoClosed++
	}
	if f.Chased {
		s.s.Chased++
	}
}

func (s *summer) summary() Summary {
	out := s.s
	out.FirstResponse = s.fr.summary()
	out.Resolution = s.res.summary()
	out.AutoClosedPercent = percent(out.AutoClosed, out.Tickets)
	out.ChasedPercent = percent(out.Chased, out.Tickets)
	return out
}

// percent is n/of as a percentage rounded to one decimal; nil when of is 0.
func percent(n, of int) *float64 {
	if of == 0 {
		return nil
	}
	p := math.Round(float64(n)*1000/float64(of)) / 10
	return &p
}

// percentiles returns the median and the 90th percentile of xs by the
// nearest-rank method (the smallest value with at least p% of the values at
// or below it); nil, nil for no values. xs is reordered: selecting the two
// ranks costs a pass or two over the values where sorting them cost a
// tenth of the report's time.
func percentiles[T uint32 | int64](xs []T) (median, p90 *int64) {
	if len(xs) == 0 {
		return nil, nil
	}
	i90 := rankIndex(len(xs), 90)
	p := int64(nth(xs, i90))
	// nth left every value before i90 at most p.
	m := int64(nth(xs[:i90+1], rankIndex(len(xs), 50)))
	return &m, &p
}

// Rank is the nearest-rank p-th percentile of the sorted values xs.
func Rank(xs []int64, p int) int64 { return xs[rankIndex(len(xs), p)] }

// rankIndex is the index of the nearest-rank p-th percentile of n sorted values.
func rankIndex(n, p int) int {
	i := (p*n + 99) / 100 // ceil(p/100 * n)
	return max(i, 1) - 1
}

// nth returns the k-th smallest value of xs (from 0), reordering xs so that
// it is at xs[k] with no greater value before it (quickselect, partitioning
// three ways so that repeated values cost nothing).
func nth[T uint32 | int64](xs []T, k int) T {
	lo, hi := 0, len(xs)
	for hi-lo > 1 {
		a, b, c := xs[lo], xs[lo+(hi-lo)/2], xs[hi-1]
		pivot := max(min(a, b), min(max(a, b), c)) // the median of the three
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch {
			case xs[i] < pivot:
				xs[lt], xs[i] = xs[i], xs[lt]
				lt, i = lt+1, i+1
			case xs[i] > pivot:
				gt--
				xs[i], xs[gt] = xs[gt], xs[i]
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt
		case k >= gt:
			lo = gt
		default:
			return pivot
		}
	}
	return xs[k]
}

// tallier counts tickets per priority as Source.MonthTallies does, for the
// months whose tickets are read one by one anyway.
type tallier map[string]*figures.Tally

func (t tallier) add(f *figures.Figures) {
	x := t[f.Priority]
	if x == nil {
		x = &figures.Tally{Priority: f.Priority}
		t[f.Priority] = x
	}
	x.Tickets++
	if f.FirstResponse.HasTarget {
		x.FRTarget++
		if f.FirstResponse.Met {
			x.FRMet++
		}
	}
	if f.Resolution.HasTarget {
		x.ResTarget++
		if f.Resolution.Met {
			x.ResMet++
		}
	}
	if f.UpdateTarget {
		x.UpdTarget++
		if f.UpdateBreaches > 0 {
			x.UpdBreached++
		}
	}
}

// list is the tallies by priority.
func (t tallier) list() []figures.Tally {
	out := make([]figures.Tally, 0, len(t))
	for _, k := range slices.Sorted(maps.Keys(t)) {
		out = append(out, *t[k])
	}
	return out
}

// Count is a key with how many tickets have it.
type Count struct {
	Key     string `json:"key"`
	Tickets int    `json:"tickets"`
}

// Group is the summary of the tickets sharing a key (a priority, a team...).
type Group struct {
	Key string `json:"key"`
	Summary
}

// grouper keeps one summer per key.
type grouper map[string]*summer

func (g grouper) add(key string, f *figures.Figures) {
	s := g[key]
	if s == nil {
		s = &summer{}
		g[key] = s
	}
	s.add(f)
}

// groups lists the groups, largest first, then by key.
func (g grouper) groups() []Group {
	out := make([]Group, 0, len(g))
	for k, s := range g {
		out = append(out, Group{Key: k, Summary: s.summary()})
	}
	slices.SortFunc(out, func(a, b Group) int {
		return cmp.Or(cmp.Compare(b.Tickets, a.Tickets), cmp.Compare(a.Key, b.Key))
	})
	return out
}

// Month is a calendar month in the reporting time zone.
type Month struct {
	Year  int
	Month time.Month
	Loc   *time.Location
}

// ParseMonth reads "YYYY-MM" in loc.
func ParseMonth(s string, loc *time.Location) (Month, error) {
	t, err := time.ParseInLocation("2006-01", s, loc)
	if err != nil || len(s) != 7 {
		return Month{}, &MonthError{Value: s}
	}
	return Month{Year: t.Year(), Month: t.Month(), Loc: loc}, nil
}

// MonthError is a month that is not written YYYY-MM.
type MonthError struct{ Value string }

func (e *MonthError) Error() string {
	return "monthly: month " + quoteValue(e.Value) + " is not of the form YYYY-MM (e.g. 2026-02)"
}

func quoteValue(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}

// MonthOf is the month of t in loc.
func MonthOf(t time.Time, loc *time.Location) Month {
	t = t.In(loc)
	return Month{Year: t.Year(), Month: t.Month(), Loc: loc}
}

// Start is the first instant of the month.
func (m Month) Start() time.Time { return time.Date(m.Year, m.Month, 1, 0, 0, 0, 0, m.Loc) }

// End is the first instant of the next month.
func (m Month) End() time.Time { return m.Start().AddDate(0, 1, 0) }

// Add is the month n months later (earlier for negative n).
func (m Month) Add(n int) Month {
	t := m.Start().AddDate(0, n, 0)
	return Month{Year: t.Year(), Month: t.Month(), Loc: m.Loc}
}

// String is "YYYY-MM".
func (m Month) String() string { return m.Start().Format("2006-01") }
