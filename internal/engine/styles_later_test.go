package engine

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
)

// The executive summary tells the later problem ("After the first fix, the
// customer reported “…”"): a fault reported after staff's first remedy, or
// noted by staff during requested work. laterTally counts, over the styles
// sets' tickets, what the quoted sentence is labelled: the reporter's problem
// (the fault told again, or what the work left), or a restoration, a cause, a
// step or nothing, where the summary tells of a fault that the sentence does
// not state (round 227).

// laterKinds are the labels a quoted later problem is counted under, in the
// order reported: "problem" wins over the others; "other" is a row with
// another act (a question, a closing); "none" no labelled row.
var laterKinds = []string{"problem", "restored", "cause", "fix", "other", "none"}

// laterTally counts quoted later problems by laterKind.
type laterTally map[string]int

// add counts the later problem of f, the facts of the ticket whose labelled
// rows are rows.
func (c laterTally) add(f *analysis.Facts, rows []actRow) {
	if q := f.LaterProblem; q != nil {
		c[laterKind(q, rows)]++
	}
}

// String is the tally's counts, "k of n problem (restored r cause c ...)".
func (c laterTally) String() string {
	n := 0
	for _, k := range laterKinds {
		n += c[k]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "later problem %d of %d labelled problem (", c["problem"], n)
	for i, k := range laterKinds[1:] {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, c[k])
	}
	b.WriteString(")")
	return b.String()
}

// laterKind is the label of the sentence q quotes, among the rows of its
// event (sameSentence): "problem" if any matching row has it, else the first
// of restored, cause and fix a matching row has, else "other" for a matching
// row with another act, else "none".
func laterKind(q *analysis.Quote, rows []actRow) string {
	quoted := quotedRows(q, rows)
	if len(quoted) == 0 {
		return "none"
	}
	for _, k := range laterKinds[:4] {
		if slices.ContainsFunc(quoted, func(r actRow) bool { return hasAct(r.acts, k) }) {
			return k
		}
	}
	return "other"
}

// logLater logs the later problem of f with its label, the quoted
// restoration with its label and the ticket's type (STYLES_MISSES=later,
// tuning sets only).
func logLater(t *testing.T, name string, f *analysis.Facts, rows []actRow) {
	t.Helper()
	q := f.LaterProblem
	if q == nil {
		return
	}
	var b strings.Builder
	steps := 0 // steps read after the later problem
	for _, x := range f.Fixes {
		if x.At.After(q.At) {
			steps++
		}
	}
	fmt.Fprintf(&b, "LATER %s %s type=%s %s %s %q [%s] steps after %d", laterKind(q, rows), name, f.Type, q.Event, q.Role, q.Text, q.Match, steps)
	if r := f.Restored; r != nil {
		fmt.Fprintf(&b, "\n  restored %s %s %s %q (labelled restored: %v)", r.Event, r.Role, r.At.Format("01-02 15:04"), r.Text, labelledAs(r, rows, "restored"))
	}
	logLabelled(&b, rows, "problem")
	t.Log(b.String())
}

// logClaims logs one line per claim of f (the quoted cause, step,
// restoration and later problem, each with whether it is labelled so), to
// diff two versions' summaries (STYLES_MISSES=claims, tuning sets only).
func logClaims(t *testing.T, name string, f *analysis.Facts, rows []actRow) {
	t.Helper()
	claims := summaryClaims(f)
	for _, kind := range claimKinds {
		if q := claims[kind]; q != nil {
			t.Logf("CLAIM %s %s %v %s %q", name, kind, labelledAs(q, rows, kind), q.Event, q.Text)
		}
	}
	if q := f.LaterProblem; q != nil {
		t.Logf("CLAIM %s later %s %s %q", name, laterKind(q, rows), q.Event, q.Text)
	}
}
