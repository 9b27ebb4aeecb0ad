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

// themer groups tickets into themes as they arrive. It keeps, per ticket,
// what naming and listing the themes needs in compact form: its terms as
// numbers of a vocabulary and its customer as a number of a list of names,
// so that a month of 100,000 tickets costs a few megabytes, not the texts.
type themer struct {
	firstInBand map[int64]int32 // band key → index of the ticket that opened it
	parent      []int32
	sigs        []figures.Signature
	ids         []string
	customers   []int32 // index in names, -1 for none
	names       []string
	nameIndex   map[string]int32
	terms       []int32 // the term numbers of every ticket, one after another
	termsEnd    []int32 // ticket i's are terms[termsEnd[i-1]:termsEnd[i]]
	vocabulary  map[string]int32
	words       []string // by term number
	df          []int    // tickets with the term, by term number
}

func newThemer() *themer {
	return &themer{firstInBand: map[int64]int32{}, nameIndex: map[string]int32{}, vocabulary: map[string]int32{}}
}

func (t *themer) find(i int32) int32 {
	for t.parent[i] != i {
		t.parent[i] = t.parent[t.parent[i]]
		i = t.parent[i]
	}
	return i
}

// intern is the number of s in the list and index, adding a copy of s (not
// the text it may be cut from) when it is new.
func intern(s string, list *[]string, index map[string]int32) int32 {
	if n, ok := index[s]; ok {
		return n
	}
	n := int32(len(*list))
	s = strings.Clone(s)
	*list = append(*list, s)
	index[s] = n
	return n
}

func (t *themer) add(f *figures.Figures, sig figures.Signature) {
	if sig.Empty() {
		return
	}
	i := int32(len(t.sigs))
	t.parent = append(t.parent, i)
	t.sigs = append(t.sigs, sig)
	t.ids = append(t.ids, f.TicketID)
	c := int32(-1)
	if f.Customer != "" {
		c = intern(f.Customer, &t.names, t.nameIndex)
	}
	t.customers = append(t.customers, c)
	for _, w := range figures.Terms(figures.ThemeText(f)) {
		n := intern(w, &t.words, t.vocabulary)
		if int(n) == len(t.df) {
			t.df = append(t.df, 0)
		}
		t.df[n]++
		t.terms = append(t.terms, n)
	}
	t.termsEnd = append(t.termsEnd, int32(len(t.terms)))
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

// termsOf are ticket i's term numbers.
func (t *themer) termsOf(i int32) []int32 {
	from := int32(0)
	if i > 0 {
		from = t.termsEnd[i-1]
	}
	return t.terms[from:t.termsEnd[i]]
}

// themes lists the groups of at least two tickets, largest first.
func (t *themer) themes(maxThemes int) []Theme {
	members := map[int32][]int32{}
	for i := range t.parent {
		r := t.find(int32(i))
		members[r] = append(members[r], int32(i))
	}
	var out []Theme
	n := float64(len(t.sigs))
	for r, ms := range members {
		if len(ms) < 2 {
			continue
		}
		th := Theme{Signature: t.sigs[r]}
		tf := map[int32]int{}
		for _, i := range ms {
			th.Tickets = append(th.Tickets, t.ids[i])
			if c := t.customers[i]; c >= 0 && !slices.Contains(th.Customers, t.names[c]) {
				th.Customers = append(th.Customers, t.names[c])
			}
			for _, w := range t.termsOf(i) {
				tf[w]++
			}
		}
		th.Terms = t.topTerms(tf, n, 3)
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

// topTerms are the k terms with the highest TF-IDF in a theme whose term
// counts are tf, of n tickets in all.
func (t *themer) topTerms(tf map[int32]int, n float64, k int) []string {
	type scored struct {
		w string
		s float64
	}
	var all []scored
	for w, c := range tf {
		if c < 2 && len(tf) > k {
			continue // a word of one ticket does not name a theme
		}
		all = append(all, scored{t.words[w], float64(c) * math.Log(1+n/float64(t.df[w]))})
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
