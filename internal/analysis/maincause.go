package analysis

import "github.com/debriefhq/debrief/internal/reader"

// MainCause returns the index in f.Causes of the cause a report states, or -1
// when staff state none. Causes are in the ticket's order, and the first is
// often a terse note ("Driver was replaced by the update on 24 Dec") that a
// later sentence states in full ("The failure was caused by an automatic
// driver update"): the first that names a causation in so many words comes
// first, then the first of all. With customerFacing, a public cause comes
// before any internal one (the executive summary quotes what the customer
// was told).
func (f *Facts) MainCause(customerFacing bool) int {
	if len(f.Causes) == 0 {
		return -1
	}
	best, bestRank := 0, -1
	for i, q := range f.Causes {
		rank := 0
		if reader.NamesCause(q.Text) {
			rank++
		}
		if customerFacing && q.Public {
			rank += 2
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}
