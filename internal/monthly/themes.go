package monthly

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/debriefhq/debrief/internal/figures"
)

// Theme is a group of similar tickets of the month.
type Theme struct {
	// Label is the theme's top terms.
	Label string `json:"label"`
	// Terms are the terms the label is made of, most telling first.
	Terms   []string `json:"terms"`
	Tickets []string `json:"tickets,omitempty"`
	// Count is the number of the month's tickets in the theme.
	Count     int      `json:"count"`
	Customers []string `json:"customers"`
	// Recurring is true when tickets of earlier months share the theme;
	// Earlier counts them.
	Recurring bool `json:"recurring"`
	Earlier   int  `json:"earlier_tickets"`
	// Signature is the signature of the theme's first ticket.
	Signature figures.Signature `json:"-"`
}

// themer groups tickets into themes as they arrive.
type themer struct {
	firstInBand map[int64]int // band key → index of the ticket that opened it
	parent      []int
	sigs        []figures.Signature
	ids         []string
	customers   []string
	terms       [][]string
	df          map[string]int
}

func newThemer() *themer { return &themer{firstInBand: map[int64]int{}, df: map[string]int{}} }

func (t *themer) find(i int) int {
	for t.parent[i] != i {
		t.parent[i] = t.parent[t.parent[i]]
		i = t.parent[i]
	}
	return i
}

func (t *themer) add(f *figures.Figures, sig figures.Signature) {
	if sig.Empty() {
		return
	}
	i := len(t.sigs)
	t.parent = append(t.parent, i)
	t.sigs = append(t.sigs, sig)
	t.ids = append(t.ids, f.TicketID)
	t.customers = append(t.customers, f.Customer)
	terms := figures.Terms(figures.ThemeText(f))
	t.terms = append(t.terms, terms)
	for _, w := range terms {
		t.df[w]++
	}
	for _, k := range sig.BandKeys() {
		j, ok := t.firstInBand[k]
		if !ok {
			t.firstInBand[k] = i
			continue
		}
		if sig.Similar(t.sigs[j]) >= figures.Similarity {
			a, b := t.find(i), t.find(j)
			if a != b {
				t.parent[max(a, b)] = min(a, b)
			}
		}
	}
}

// themes lists the groups of at least two tickets, largest first.
func (t *themer) themes(maxThemes int) []Theme {
	members := map[int][]int{}
	for i := range t.parent {
		r := t.find(i)
		members[r] = append(members[r], i)
	}
	var out []Theme
	n := float64(len(t.sigs))
	for r, ms := range members {
		if len(ms) < 2 {
			continue
		}
		th := Theme{Signature: t.sigs[r]}
		tf := map[string]int{}
		for _, i := range ms {
			th.Tickets = append(th.Tickets, t.ids[i])
			if c := t.customers[i]; c != "" && !slices.Contains(th.Customers, c) {
				th.Customers = append(th.Customers, c)
			}
			for _, w := range t.terms[i] {
				tf[w]++
			}
		}
		th.Terms = topTerms(tf, t.df, n, 3)
		th.Label = strings.Join(th.Terms, ", ")
		th.Count = len(th.Tickets)
		slices.Sort(th.Tickets)
		slices.Sort(th.Customers)
		out = append(out, th)
	}
	out = mergeSameLabel(out)
	slices.SortFunc(out, func(a, b Theme) int {
		return cmp.Or(cmp.Compare(len(b.Tickets), len(a.Tickets)), cmp.Compare(a.Tickets[0], b.Tickets[0]))
	})
	if len(out) > maxThemes {
		out = out[:maxThemes]
	}
	return out
}

// topTerms are the k terms with the highest TF-IDF in a theme.
func topTerms(tf, df map[string]int, n float64, k int) []string {
	type scored struct {
		w string
		s float64
	}
	var all []scored
	for w, c := range tf {
		if c < 2 && len(tf) > k {
			continue // a word of one ticket does not name a theme
		}
		all = append(all, scored{w, float64(c) * math.Log(1+n/float64(df[w]))})
	}
	slices.SortFunc(all, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(a.w, b.w))
	})
	var out []string
	for _, s := range all[:min(k, len(all))] {
		out = append(out, s.w)
	}
	return out
}

// mergeSameLabel joins themes whose top terms are the same: LSH can split one
// theme when its first tickets fell into different bands.
func mergeSameLabel(ts []Theme) []Theme {
	slices.SortFunc(ts, func(a, b Theme) int { return cmp.Compare(a.Tickets[0], b.Tickets[0]) })
	byLabel := map[string]int{}
	var out []Theme
	for _, t := range ts {
		i, ok := byLabel[t.Label]
		if !ok {
			byLabel[t.Label] = len(out)
			out = append(out, t)
			continue
		}
		m := &out[i]
		m.Tickets = append(m.Tickets, t.Tickets...)
		m.Count = len(m.Tickets)
		slices.Sort(m.Tickets)
		for _, c := range t.Customers {
			if !slices.Contains(m.Customers, c) {
				m.Customers = append(m.Customers, c)
			}
		}
		slices.Sort(m.Customers)
	}
	return out
}
