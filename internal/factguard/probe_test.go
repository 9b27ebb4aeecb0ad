package factguard

import (
	"os"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	exs := loadExamples(t, injected)
	data, _ := os.ReadFile("/tmp/probe.txt")
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		tk, text, _ := strings.Cut(line, "|")
		ex := byName(t, exs, tk)
		ps := Check(text, ex.facts(t, false))
		t.Logf("%s | %s\n    -> %v", tk, text, ps)
	}
}
