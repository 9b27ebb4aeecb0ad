package monthly

import (
	"cmp"
	"encoding/binary"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Recurring themes are found with MinHash and locality-sensitive hashing: each
// ticket's root-cause statement and subject become a set of terms, summarised
// by a signature of SignatureSize minimum hashes; tickets whose signatures
// share a band (BandRows consecutive minimums) are candidates, and a candidate
// joins a theme when its estimated Jaccard similarity to the ticket that
// opened the band is at least Similarity. No pair of tickets is compared
// unless they share a band, so a month of 100,000 tickets costs a pass over
// them, never all pairs. Everything is deterministic: the same tickets in the
// same order give the same themes.
const (
	SignatureSize = 24
	BandRows      = 2
	Bands         = SignatureSize / BandRows
	// Similarity is the estimated Jaccard similarity a ticket needs with a
	// theme's first ticket to join it.
	Similarity = 0.5
)

// Signature is a MinHash signature; the zero value means "no terms".
type Signature [SignatureSize]uint32

// Empty reports whether the signature was made from no terms.
func (s Signature) Empty() bool { return s == Signature{} }

// Bytes encodes the signature for storage.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*SignatureSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFromBytes decodes a stored signature; a wrong length gives the empty one.
func SignatureFromBytes(b []byte) Signature {
	var s Signature
	if len(b) != 4*SignatureSize {
		return s
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}

// Similar estimates the Jaccard similarity of the two term sets.
func (s Signature) Similar(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / SignatureSize
}

// BandKeys are the keys of the signature's bands, for finding candidates in
// an index; nil for the empty signature.
func (s Signature) BandKeys() []int64 {
	if s.Empty() {
		return nil
	}
	keys := make([]int64, Bands)
	for b := range Bands {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for r := range BandRows {
			h = mix(h ^ uint64(s[b*BandRows+r]))
		}
		keys[b] = int64(h >> 1) // non-negative, for every database's integers
	}
	return keys
}

// ThemeText is the text a ticket's theme is judged on.
func ThemeText(f *Figures) string { return f.Cause + "\n" + f.Subject }

// SignatureOf is the MinHash signature of the terms of text.
func SignatureOf(text string) Signature {
	var s Signature
	terms := Terms(text)
	if len(terms) < 2 {
		return s
	}
	for i := range s {
		s[i] = math.MaxUint32
	}
	for _, t := range terms {
		h := termHash(t)
		for i := range s {
			v := uint32(mix(h^seeds[i]) >> 32)
			if v < s[i] {
				s[i] = v
			}
		}
	}
	return s
}

var seeds = func() (s [SignatureSize]uint64) {
	x := uint64(0x243f6a8885a308d3)
	for i := range s {
		x = mix(x + 0x9e3779b97f4a7c15)
		s[i] = x
	}
	return s
}()

// mix is SplitMix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func termHash(t string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(t))
	return h.Sum64()
}

// Terms are the distinct content words of text, lower-cased and with a plural
// "s" removed, in order of first appearance.
func Terms(text string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 3 || stopwords[w] || isNumber(w) {
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// stopwords are words that say nothing about what broke.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`the and for are was were been being has have had not but with from this that these those
		its into onto our your their they them there then than when what which who whom why how all any can could
		would should will shall may might must did does doing done due because caused cause causes root issue issues
		problem problems ticket tickets please thanks thank you hello dear regards team customer customers service
		after before again also just only some such very more most other out off over under about above below
		while during per via one two three new old now still yet here where each both few own same too
		found identified seems seemed appear appears reported report error errors failed failure fail failing not
		working work works unable cannot can't isn't wasn't request requested need needs needed`) {
		m[w] = true
	}
	return m
}()

// Theme is a group of similar tickets of the month.
type Theme struct {
	// Label is the theme's top terms.
	Label string `json:"label"`
	// Terms are the terms the label is made of, most telling first.
	Terms     []string `json:"terms"`
	Tickets   []string `json:"tickets"`
	Customers []string `json:"customers"`
	// Recurring is true when tickets of earlier months share the theme;
	// Earlier counts them.
	Recurring bool `json:"recurring"`
	Earlier   int  `json:"earlier_tickets"`
	// Signature is the signature of the theme's first ticket.
	Signature Signature `json:"-"`
}

// themer groups tickets into themes as they arrive.
type themer struct {
	firstInBand map[int64]int // band key → index of the ticket that opened it
	parent      []int
	sigs        []Signature
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

func (t *themer) add(f *Figures, sig Signature) {
	if sig.Empty() {
		return
	}
	i := len(t.sigs)
	t.parent = append(t.parent, i)
	t.sigs = append(t.sigs, sig)
	t.ids = append(t.ids, f.TicketID)
	t.customers = append(t.customers, f.Customer)
	terms := Terms(ThemeText(f))
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
		if sig.Similar(t.sigs[j]) >= Similarity {
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
		slices.Sort(th.Tickets)
		slices.Sort(th.Customers)
		out = append(out, th)
	}
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
