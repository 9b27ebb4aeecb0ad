package engine

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/mendeleysample"
)

// mendeleyProblemFloors are the shares of tickets with a labelled problem
// whose quoted problem, and whose executive summary, quote one of its
// labelled problem sentences: round 166's counts (121 and 117 of 132,
// docs/quality.md "Round 166"), rounded down.
var mendeleyProblemFloors = struct{ problem, summary float64 }{0.91, 0.88}

// mendeleyTuningLabels are the Mendeley label files whose rows may be read
// while tuning; mendeley-fresh2.labels is held out and never opened here.
var mendeleyTuningLabels = []string{"../reader/testdata/mendeley.labels", "../reader/testdata/mendeley-fresh.labels"}

// TestMendeleyProblemQuotes counts, on the real tickets of the Mendeley
// tuning splits, how often the executive summary's quoted problem (the
// opening's Problem, else its first sentence) is a sentence labelled as the
// reporter's problem. Issue 12 found the summaries of real tickets state the
// reporter's problem in few of them; the test fails below
// mendeleyProblemFloors. MENDELEY_MISSES=1 logs every ticket's quote and its
// labelled problem rows.
func TestMendeleyProblemQuotes(t *testing.T) {
	labels := mendeleysample.NewLabels()
	for _, name := range mendeleyTuningLabels {
		if err := labels.ReadFile(name); err != nil {
			t.Fatal(err)
		}
	}
	split := map[string]string{}
	keys := map[string][]string{} // ticket -> "c.u" rows labelled problem
	for id, lt := range labels.Tickets {
		split[id] = lt.Split
		for _, k := range lt.Keys {
			if mendeleysample.HasAct(lt.Rows[k], "problem") {
				keys[id] = append(keys[id], k)
			}
		}
	}
	rows := mendeleyRows(t, split)
	e, err := New(exampletest.RealConfig(t, ""), nil)
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ with, problem, summary int }
	by := map[string]*tally{}
	verbose := os.Getenv("MENDELEY_MISSES") != ""
	exampletest.Mendeley(t, func(r csvimport.Result) error {
		if r.Err != nil {
			return r.Err
		}
		tk := r.Ticket
		sp, ok := split[tk.ID]
		if !ok {
			return nil
		}
		res, err := e.Analyze(context.Background(), tk, Options{})
		if err != nil {
			return err
		}
		a := res.Analysis
		var labelled []string
		for _, k := range keys[tk.ID] {
			labelled = append(labelled, rows[tk.ID][k])
		}
		if len(labelled) == 0 {
			if verbose {
				t.Logf("NONE %s %s\n  quote: %s\n  later: %s", sp, tk.ID, quoteText(a.Facts.Problem, a.Facts.Opening), quoteText(a.Facts.LaterProblem, nil))
			}
			return nil
		}
		c := by[sp]
		if c == nil {
			c = &tally{}
			by[sp] = c
		}
		c.with++
		q := a.Facts.Problem
		if q == nil {
			q = a.Facts.Opening
		}
		hit := q != nil && slices.ContainsFunc(labelled, func(p string) bool { return sameSentence(q.Text, p) })
		if hit {
			c.problem++
		}
		inSummary := slices.ContainsFunc(labelled, func(p string) bool { return quotes(a.Narrative.ExecutiveSummary, p) })
		if inSummary {
			c.summary++
		}
		if verbose {
			mark := "MISS"
			if hit {
				mark = "HIT"
			}
			t.Logf("%s %s %s | subject %q\n  quote: %s\n  later: %s\n  labelled: %q\n  summary: %s", mark, sp, tk.ID, tk.Subject,
				quoteText(a.Facts.Problem, a.Facts.Opening), quoteText(a.Facts.LaterProblem, nil), labelled, a.Narrative.ExecutiveSummary)
		}
		return nil
	})
	var all tally
	for _, sp := range []string{"dev", "heldout", "fresh"} {
		c := by[sp]
		if c == nil {
			continue
		}
		all.with += c.with
		all.problem += c.problem
		all.summary += c.summary
		t.Logf("%s: %d tickets with a labelled problem; quoted problem labelled problem in %d, summary quotes one in %d", sp, c.with, c.problem, c.summary)
	}
	t.Logf("tuning: %d tickets with a labelled problem; quoted problem labelled problem in %d, summary quotes one in %d", all.with, all.problem, all.summary)
	if all.with == 0 {
		t.Fatal("no Mendeley ticket with a labelled problem was analysed")
	}
	if got := float64(all.problem) / float64(all.with); got < mendeleyProblemFloors.problem {
		t.Errorf("quoted problem labelled problem in %.3f of tickets, want at least %.2f", got, mendeleyProblemFloors.problem)
	}
	if got := float64(all.summary) / float64(all.with); got < mendeleyProblemFloors.summary {
		t.Errorf("summary quotes a labelled problem in %.3f of tickets, want at least %.2f", got, mendeleyProblemFloors.summary)
	}
}

// mendeleyRows reads the sample's rows of the wanted tickets, by ticket and
// "comment.utterance".
func mendeleyRows(t *testing.T, want map[string]string) map[string]map[string]string {
	t.Helper()
	sample, err := mendeleysample.ReadFile(mendeleysample.CSV, func(id string) bool { _, ok := want[id]; return ok })
	if errors.Is(err, mendeleysample.ErrUnavailable) {
		t.Skipf("real data not available: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for id, rs := range sample {
		out[id] = map[string]string{}
		for _, r := range rs {
			out[id][r.Key()] = r.Text
		}
	}
	return out
}
