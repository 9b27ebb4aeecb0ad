package factguard

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/writer"
)

// BenchmarkPasses reports the time of each pass of Check over one full
// narrative of the largest example, so the cost of a new check is visible.
func BenchmarkPasses(b *testing.B) {
	exs := loadExamples(b)
	ex := byName(b, exs, mail)
	f := ex.facts(b, false)
	var text strings.Builder
	forEachSection(writer.Narrate(ex.analysis), func(_, s string) { text.WriteString(s + "\n") })
	s := text.String()
	spent := make([]time.Duration, len(passes))
	n := 0
	for b.Loop() {
		c := &checker{f: f, text: s, claimed: make([]bool, len(s)), sentences: sentenceSpans(s), topics: map[int]topic{}, lower: strings.ToLower(s)}
		for i, p := range passes {
			start := time.Now()
			p.run(c)
			spent[i] += time.Since(start)
		}
		n++
	}
	for i, p := range passes {
		b.ReportMetric(float64(spent[i].Microseconds())/float64(n), strings.ReplaceAll(p.name, " ", "_")+"-µs/op")
	}
}
