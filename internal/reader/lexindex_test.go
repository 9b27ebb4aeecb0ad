package reader

import (
	"path/filepath"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

// TestIndexAgreesWithFind: the combined word index (newScan, findIn) finds,
// for every lexicon, the phrase that the lexicon's own find does, at the same
// word and of the same length, in every sentence of the labelled sets; so a
// lexicon's answer depends on its own phrases, never on what other lexicons
// share its words. (Adding or removing a lexicon does move the others' ids,
// which are features of the cause model: TestModelWeights then asks for the
// weights to be regenerated.)
func TestIndexAgreesWithFind(t *testing.T) {
	var buf [64]string
	var sc scan
	n := 0
	for _, set := range stylesSets {
		files, err := filepath.Glob(filepath.Join("testdata", set, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v", set, err)
		}
		for _, f := range files {
			tk, _, err := ticket.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range tk.Events {
				for _, sp := range Sentences(e.Body) {
					ts := tokens(sp.Text, buf[:0])
					scn := newScan(ts, &sc)
					for _, l := range registry {
						i, k := l.find(ts)
						j, m := l.findIn(scn)
						if i != j || (i >= 0 && k != m) {
							t.Errorf("lexicon %d in %q: find %d,%d, index %d,%d", l.id, sp.Text, i, k, j, m)
						}
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no sentence read")
	}
}
