package factguard

import (
	"context"
	"fmt"
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

// corpusScore is how a corpus fared: lies caught, true paraphrases kept.
type corpusScore struct {
	caught, tried, kept, total int
	kinds                      map[string]int
	missed                     []string
}

func (s corpusScore) String() string {
	return fmt.Sprintf("plausible lies caught: %d of %d (%d kinds); true paraphrases kept: %d of %d (%.1f%%)",
		s.caught, s.tried, len(s.kinds), s.kept, s.total, 100*s.keptShare())
}

func (s corpusScore) keptShare() float64 { return float64(s.kept) / float64(max(s.total, 1)) }

// scoreCorpus checks each true paraphrase alone, and each lie embedded in a
// section of up to three sentences from context (true sentences about the same
// ticket), as a model that adds one plausible lie to an otherwise true section
// would write it: the lie is caught when a problem falls in its own sentence.
func scoreCorpus(t *testing.T, exs []example, lies, truths []claimCase, context map[string][]string) corpusScore {
	t.Helper()
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
	sc := corpusScore{kinds: map[string]int{}}
	for _, tc := range truths {
		if !have(tc.ticket) {
			continue
		}
		sc.total++
		if ps := Check(tc.text, factsOf(tc.ticket)); len(ps) > 0 {
			t.Logf("true paraphrase rejected: %s: %q\n  %v", tc.ticket, tc.text, ps)
			continue
		}
		sc.kept++
	}
	for i, tc := range lies {
		if !have(tc.ticket) {
			continue
		}
		sc.tried++
		sc.kinds[tc.tag]++
		pool := context[tc.ticket]
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
			sc.caught++
		} else {
			sc.missed = append(sc.missed, fmt.Sprintf("%s, %s: %q", tc.tag, tc.ticket, tc.text))
		}
		for _, p := range ps {
			if p.Offset < start || p.Offset >= end {
				t.Logf("a true sentence of the section was flagged: %s", p)
			}
		}
	}
	return sc
}

// corpusExamples are the bundled examples, and the real tickets the corpus
// speaks of unless in -short mode.
func corpusExamples(t *testing.T) []example {
	exs := loadExamples(t)
	if !testing.Short() {
		exs = append(exs, loadRealExamples(t, realCorpusTickets)...)
	}
	return exs
}

// TestPlausibleLies is the corpus of subtle false claims and true paraphrases
// of testdata/corpus (true.txt, false.txt), written while building the checks:
// every lie must be caught, and 95% of the true paraphrases kept.
func TestPlausibleLies(t *testing.T) {
	exs := corpusExamples(t)
	truths := loadClaims(t, "testdata/corpus/true.txt")
	context := map[string][]string{}
	for _, tc := range truths {
		context[tc.ticket] = append(context[tc.ticket], tc.text)
	}
	sc := scoreCorpus(t, exs, loadClaims(t, "testdata/corpus/false.txt"), truths, context)
	t.Log(sc)
	for _, m := range sc.missed {
		t.Errorf("lie not caught: %s", m)
	}
	if !testing.Short() {
		if sc.tried < 80 || len(sc.kinds) < 14 {
			t.Errorf("the corpus has %d false claims of %d kinds, want at least 80 of 14", sc.tried, len(sc.kinds))
		}
		if sc.total < 80 {
			t.Errorf("the corpus has %d true paraphrases, want at least 80", sc.total)
		}
	}
	if sc.keptShare() < 0.95 {
		t.Errorf("kept %.1f%% of the true paraphrases, want at least 95%%", 100*sc.keptShare())
	}
}

// TestPlausibleLiesHeldOut scores the held-out corpora: claims written after
// the checks were built, each scored before any change was made for it.
// Set 1 (holdout1-*.txt) first scored 21 of 41 lies caught and 29 of 31 true
// paraphrases kept; set 2 (holdout2-*.txt), written after the rules were
// generalised from set 1's misses, first scored 31 of 42 and 24 of 29. Those
// first scores are the held-out figures docs/llm.md reports; the rules were
// generalised again from set 2's misses, so neither set is held out any more,
// and the floors below guard the current scores against regressions.
func TestPlausibleLiesHeldOut(t *testing.T) {
	exs := corpusExamples(t)
	context := map[string][]string{}
	for _, tc := range loadClaims(t, "testdata/corpus/true.txt") {
		context[tc.ticket] = append(context[tc.ticket], tc.text)
	}
	for _, set := range []struct {
		name         string
		caught, kept float64
	}{
		{"holdout1", 0.85, 0.95},
		// Set 2 first scored 31 of 42 and 24 of 29; the floors are its score after
		// the rules were generalised from those misses (see docs/llm.md).
		{"holdout2", heldOutCaughtFloor, heldOutKeptFloor},
	} {
		t.Run(set.name, func(t *testing.T) {
			sc := scoreCorpus(t, exs, loadClaims(t, "testdata/corpus/"+set.name+"-false.txt"), loadClaims(t, "testdata/corpus/"+set.name+"-true.txt"), context)
			t.Log(set.name + ": " + sc.String())
			for _, m := range sc.missed {
				t.Logf("lie not caught: %s", m)
			}
			if testing.Short() {
				return
			}
			if caught := float64(sc.caught) / float64(max(sc.tried, 1)); caught < set.caught {
				t.Errorf("caught %.1f%% of the lies, below the floor of %.0f%%", 100*caught, 100*set.caught)
			}
			if sc.keptShare() < set.kept {
				t.Errorf("kept %.1f%% of the true paraphrases, below the floor of %.0f%%", 100*sc.keptShare(), 100*set.kept)
			}
		})
	}
}

// The floors of the second held-out set: its score, rounded down.
const (
	heldOutCaughtFloor = 0.85
	heldOutKeptFloor   = 0.95
)
