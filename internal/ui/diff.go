package ui

import "strings"

// diffLine is one line of a line diff: Op is ' ' (kept), '-' (only in the
// older text) or '+' (only in the newer).
type diffLine struct {
	Op   byte
	Text string
}

// maxDiffCells bounds the work of one diff (lines of a times lines of b).
const maxDiffCells = 4_000_000

// diffLines is the line diff of a and b by longest common subsequence. Two
// texts too long to compare line by line are shown as removed and added.
func diffLines(a, b string) []diffLine {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Common head and tail cost nothing.
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var out []diffLine
	for _, l := range x[:pre] {
		out = append(out, diffLine{' ', l})
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	if len(mx)*len(my) > maxDiffCells {
		for _, l := range mx {
			out = append(out, diffLine{'-', l})
		}
		for _, l := range my {
			out = append(out, diffLine{'+', l})
		}
	} else {
		out = append(out, lcsDiff(mx, my)...)
	}
	for _, l := range x[len(x)-suf:] {
		out = append(out, diffLine{' ', l})
	}
	return out
}

func lcsDiff(x, y []string) []diffLine {
	n, m := len(x), len(y)
	// l[i][j] is the LCS length of x[i:] and y[j:].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var out []diffLine
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case x[i] == y[j]:
			out = append(out, diffLine{' ', x[i]})
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			out = append(out, diffLine{'-', x[i]})
			i++
		default:
			out = append(out, diffLine{'+', y[j]})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, diffLine{'-', x[i]})
	}
	for ; j < m; j++ {
		out = append(out, diffLine{'+', y[j]})
	}
	return out
}
