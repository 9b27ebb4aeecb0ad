package reader

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var round17Count = flag.Bool("round17count", false, "print, per form that reports through formHit, the styles rows it reads and their labels")

// TestFormCounts prints the rows each form that reports through
// formHit (round 17's and round 19's: "relay", "still", "so", "change",
// "fix:had", "fix:note") reads on the styles sets that are tuning data, with
// their labels: the count that decides whether a form is kept (true rows in
// two sets by different writers, no false row but a labeller's disagreement).
func TestFormCounts(t *testing.T) {
	if !*round17Count {
		t.Skip("-round17count not given")
	}
	hits := map[string][]string{}
	traceForm = func(form, text string) { k := sentenceKey(text); hits[k] = append(hits[k], form) }
	defer func() { traceForm = nil }()
	var out []string
	for _, set := range stylesSets {
		ss := loadStyles(t, set)
		for _, name := range ss.files {
			tk := ss.tickets[name]
			for k := range hits {
				delete(hits, k)
			}
			r := Read(tk, nil)
			for _, m := range r.Messages {
				for _, s := range m.Sentences {
					text := tk.Events[m.Event].Body[s.Start:s.End]
					forms := hits[sentenceKey(text)]
					if len(forms) == 0 {
						continue
					}
					var lab Act
					for _, l := range ss.labels[name] {
						if l.event == m.Event && s.Start < l.end && l.start < s.End {
							lab |= l.acts
						}
					}
					for _, f := range forms {
						act := Cause
						if strings.Contains(f, "fix:") {
							act = Fix
						}
						verdict := "FALSE"
						if lab&act != 0 {
							verdict = "TRUE"
						}
						got := "kept"
						if s.Acts&act == 0 {
							got = "dropped"
						}
						out = append(out, fmt.Sprintf("%-8s %-5s %-7s %s %s lab=%v: %q", f, verdict, got, set, name, lab, text))
					}
				}
			}
		}
	}
	sort.Strings(out)
	for _, o := range out {
		fmt.Println(o)
	}
}

// sentenceKey is a sentence's words joined by single spaces: the reader's text of a
// sentence may differ from the ticket's in its line breaks.
func sentenceKey(text string) string { return strings.Join(strings.Fields(text), " ") }
