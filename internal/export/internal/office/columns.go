package office

import (
	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// Table column widths for DOCX and ODT, where the word processor breaks
// the lines: each column is at least as wide as its widest unbreakable
// word (ids and dates are one word, see KeepIDs), columns whose text fits
// on one line get that width, and the columns of free text share the
// rest.

// ColumnWidths splits total (in the format's unit, em units to the em)
// between the columns of t. When even the widest words do not fit, the
// columns shrink in proportion to them.
func ColumnWidths(t *model.Table, total int, em, pad float64) []int {
	n := len(t.Align)
	minimum := make([]float64, n)
	natural := make([]float64, n)
	for r, row := range t.Rows {
		for c, cell := range row {
			var line float64
			for _, x := range cell {
				bold := r == 0 || x.Style&model.StBold != 0
				switch x.Kind {
				case model.InText:
					text := x.Text
					if x.Style&model.StCode == 0 {
						text = KeepIDs(text)
					}
					minimum[c] = max(minimum[c], widestWordEm(text, bold)*em+pad)
					line += textWidthEm(text, bold) * em
				case model.InImage:
					line += 4 * em
				case model.InBreak:
					natural[c] = max(natural[c], line+pad)
					line = 0
				}
			}
			natural[c] = max(natural[c], line+pad, minimum[c])
		}
	}
	out := make([]float64, n)
	var minSum, deficit float64
	for c := range n {
		minimum[c] = max(minimum[c], 2*em+pad)
		natural[c] = max(natural[c], minimum[c])
		minSum += minimum[c]
		deficit += natural[c] - minimum[c]
	}
	avail := float64(total)
	switch rest := avail - minSum; {
	case rest <= 0:
		for c := range n {
			out[c] = minimum[c] * avail / minSum
		}
	case deficit <= rest:
		// Every cell fits on one line: widen in proportion to the text.
		var natSum float64
		for c := range n {
			natSum += natural[c]
		}
		for c := range n {
			out[c] = natural[c] + (rest-deficit)*natural[c]/natSum
		}
	default:
		// The free text columns share what the words leave.
		for c := range n {
			out[c] = minimum[c] + rest*(natural[c]-minimum[c])/deficit
		}
	}
	widths := make([]int, n)
	used := 0
	for c := range n {
		widths[c] = int(out[c])
		used += widths[c]
	}
	widths[n-1] += total - used
	return widths
}

func Sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
