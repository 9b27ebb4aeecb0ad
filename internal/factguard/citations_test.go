package factguard

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/exampletest"
)

func (ex example) citations(t testing.TB, redacted bool) *Citations {
	t.Helper()
	cs, err := NewCitations(Input{Analysis: ex.analysis, Ticket: ex.ticket, Settings: ex.settings, Redactor: ex.redactor, Redacted: redacted}, redacted)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// unsupported lists the sentences of the deterministic narrative of ex that
// cite no source or whose sources do not support them.
func unsupported(t testing.TB, ex example) []string {
	t.Helper()
	cs := ex.citations(t, false)
	var out []string
	sents := ex.analysis.Narrative.Sentences
	if len(sents) == 0 {
		out = append(out, ex.name+": the narrative records no sentences")
	}
	for _, s := range sents {
		if len(s.Sources) == 0 {
			out = append(out, ex.name+" "+s.Section+": no source: "+s.Text)
			continue
		}
		for _, p := range cs.Check(s) {
			out = append(out, ex.name+" "+s.Section+": "+p.String()+"\n    in: "+s.Text+"\n    cites: "+strings.Join(s.Sources, ", "))
		}
	}
	return out
}

// TestExampleNarrativesCited holds every sentence of the deterministic
// narrative of every example to a valid source.
func TestExampleNarrativesCited(t *testing.T) {
	n := 0
	for _, ex := range loadExamples(t) {
		n += len(ex.analysis.Narrative.Sentences)
		for _, u := range unsupported(t, ex) {
			t.Error(u)
		}
	}
	if n < 50 {
		t.Errorf("only %d sentences in the examples' narratives", n)
	}
}

// TestRealNarrativesCited does the same for the 360 real tickets.
func TestRealNarrativesCited(t *testing.T) {
	if testing.Short() {
		t.Skip("real data in -short mode")
	}
	cfg := exampletest.RealConfig(t, "")
	n, sents, bad := 0, 0, 0
	eachRealTicket(t, cfg, func(ex example) {
		n++
		sents += len(ex.analysis.Narrative.Sentences)
		for _, u := range unsupported(t, ex) {
			bad++
			if bad <= 40 {
				t.Error(u)
			}
		}
	})
	t.Logf("%d sentences of %d tickets, %d without a valid source", sents, n, bad)
	if bad > 0 {
		t.Errorf("%d sentences without a valid source", bad)
	}
}

// BenchmarkCitations checks every sentence of the full deterministic narrative
// of the largest example against its sources.
func BenchmarkCitations(b *testing.B) {
	ex := byName(b, loadExamples(b), mail)
	cs := ex.citations(b, false)
	sents := ex.analysis.Narrative.Sentences
	for b.Loop() {
		for _, s := range sents {
			cs.Check(s)
		}
	}
}

// BenchmarkGuardCited is the whole guard over a full narrative: Check over the
// text and every sentence against its sources.
func BenchmarkGuardCited(b *testing.B) {
	ex := byName(b, loadExamples(b), mail)
	f, cs := ex.facts(b, false), ex.citations(b, false)
	text := narrativeText(ex, "\n")
	sents := ex.analysis.Narrative.Sentences
	for b.Loop() {
		Check(text, f)
		for _, s := range sents {
			cs.Check(s)
		}
	}
}

// BenchmarkNewCitations measures preparing the sources of one ticket.
func BenchmarkNewCitations(b *testing.B) {
	ex := byName(b, loadExamples(b), mail)
	for b.Loop() {
		ex.citations(b, false)
	}
}

// FuzzCitations: any sentence a model writes, with any sources, is checked
// without failing, and a sentence citing an id the ticket lacks is a problem.
func FuzzCitations(f *testing.F) {
	ex := byName(f, loadExamples(f), pve)
	cs := ex.citations(f, true)
	for _, s := range []string{"The customer confirmed at 08:06:23 that “quorum” was re-established before the team never asked.",
		"No gap, every update, all of them: caused by “\u201c nested” quotes.", "", "\u201c", "by the customer"} {
		f.Add(s, "e7,chase:1")
	}
	f.Fuzz(func(t *testing.T, text, ids string) {
		src := strings.Split(ids, ",")
		cs.Check(analysis.Sentence{Text: text, Sources: src})
		if strings.TrimSpace(text) != "" && len(cs.Check(analysis.Sentence{Text: text, Sources: []string{"no-such-source"}})) == 0 {
			t.Errorf("an unknown source passed: %q", text)
		}
	})
}
