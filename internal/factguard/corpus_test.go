package factguard

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
)

// realCorpusTickets are the real Mendeley tickets the corpus speaks of.
var realCorpusTickets = []string{"1006565", "1007026", "1008137"}

// loadRealExamples analyses the named real tickets, as "mendeley:<id>".
func loadRealExamples(t testing.TB, ids []string) []example {
	t.Helper()
	cfg := exampletest.RealConfig(t, "")
	e, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []example
	exampletest.Mendeley(t, func(r csvimport.Result) error {
		if r.Err != nil || !slices.Contains(ids, r.Ticket.ID) {
			return r.Err
		}
		res, err := e.Analyze(context.Background(), r.Ticket, engine.Options{})
		if err != nil {
			return err
		}
		out = append(out, example{name: "mendeley:" + r.Ticket.ID, ticket: r.Ticket, analysis: res.Analysis, settings: cfg.Analysis, redactor: e.Redactor(r.Ticket)})
		return nil
	})
	return out
}

// TestPlausibleLies is the corpus of subtle false claims and true paraphrases
// of testdata/corpus. Each false claim is embedded in a section of true
// sentences about the same ticket, as a model that adds one plausible lie to
// an otherwise true section would write it, and must be caught in its own
// sentence; each true paraphrase must pass (95% at least).
func TestPlausibleLies(t *testing.T) {
	exs := loadExamples(t)
	if !testing.Short() {
		exs = append(exs, loadRealExamples(t, realCorpusTickets)...)
	}
	have := func(name string) bool {
		return slices.ContainsFunc(exs, func(ex example) bool { return ex.name == name })
	}
	facts := map[string]*Facts{}
	factsOf := func(name string) *Facts {
		if f, ok := facts[name]; ok {
			return f
		}
		facts[name] = byName(t, exs, name).facts(t, false)
		return facts[name]
	}

	truths := map[string][]string{}
	kept, total := 0, 0
	for _, tc := range loadClaims(t, "testdata/corpus/true.txt") {
		if !have(tc.ticket) {
			continue
		}
		total++
		truths[tc.ticket] = append(truths[tc.ticket], tc.text)
		if ps := Check(tc.text, factsOf(tc.ticket)); len(ps) > 0 {
			t.Logf("true paraphrase rejected: %s: %q\n  %v", tc.ticket, tc.text, ps)
			continue
		}
		kept++
	}

	lies := loadClaims(t, "testdata/corpus/false.txt")
	tags := map[string]int{}
	caught, tried := 0, 0
	for i, tc := range lies {
		if !have(tc.ticket) {
			continue
		}
		tried++
		tags[tc.tag]++
		// The section: up to three true sentences, with the lie among them.
		pool := truths[tc.ticket]
		var sentences []string
		for j := range min(3, len(pool)) {
			sentences = append(sentences, pool[(i+j*5)%len(pool)])
		}
		at := i % (len(sentences) + 1)
		sentences = slices.Insert(sentences, at, tc.text)
		section := strings.Join(sentences, " ")
		start := len(strings.Join(sentences[:at], " "))
		if at > 0 {
			start++
		}
		end := start + len(tc.text)
		ps := Check(section, factsOf(tc.ticket))
		if slices.ContainsFunc(ps, func(p Problem) bool { return p.Offset >= start && p.Offset < end && p.Reason != "" }) {
			caught++
		} else {
			t.Errorf("lie not caught (%s, %s): %q\n  in: %s\n  problems: %v", tc.tag, tc.ticket, tc.text, section, ps)
		}
		for _, p := range ps {
			if p.Offset < start || p.Offset >= end {
				t.Logf("a true sentence of the section was flagged: %s", p)
			}
		}
	}
	keptShare := float64(kept) / float64(max(total, 1))
	t.Logf("plausible lies caught: %d of %d (%d kinds); true paraphrases kept: %d of %d (%.1f%%)",
		caught, tried, len(tags), kept, total, 100*keptShare)
	if !testing.Short() {
		if tried < 80 || len(tags) < 14 {
			t.Errorf("the corpus has %d false claims of %d kinds, want at least 80 of 14", tried, len(tags))
		}
		if total < 80 {
			t.Errorf("the corpus has %d true paraphrases, want at least 80", total)
		}
	}
	if keptShare < 0.95 {
		t.Errorf("kept %.1f%% of the true paraphrases, want at least 95%%", 100*keptShare)
	}
}
