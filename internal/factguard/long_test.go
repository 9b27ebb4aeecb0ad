package factguard

import (
	"strings"
	"testing"
	"time"
)

// TestLongTextStaysFast: a model that babbles must not make checking slow.
func TestLongTextStaysFast(t *testing.T) {
	exs := loadExamples(t)
	ex := byName(t, exs, mail)
	f := ex.facts(t, false)
	one := narrativeText(ex, " ")
	size := 200000
	if raceEnabled {
		size = 40000
	}
	text := strings.Repeat(one, size/len(one)+1)
	start := time.Now()
	ps := Check(text, f)
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("checking %d bytes took %v", len(text), el)
	} else {
		t.Logf("checked %d bytes in %v, %d problems", len(text), el, len(ps))
	}
}
