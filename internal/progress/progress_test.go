package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBarDraws(t *testing.T) {
	var buf bytes.Buffer
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	b := newBar(&buf, "analyse", 4, func() time.Time { now = now.Add(time.Second); return now })
	b.Add(1, 0)
	b.Add(1, 1)
	b.Add(2, 0)
	b.Finish()
	out := buf.String()
	for _, want := range []string{"analyse [=======", "1/4  25%", "4/4 100%", "(1 failed)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\n") {
		t.Error("Finish does not end the line")
	}
}

func TestNilBarAndNonTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "x", 10) // a buffer is not a terminal
	if b != nil {
		t.Fatal("bar drawn on a non-terminal")
	}
	b.Add(1, 0) // a nil bar does nothing and does not panic
	b.Finish()
	if buf.Len() != 0 {
		t.Errorf("nil bar wrote %q", buf.String())
	}
}

func TestCounter(t *testing.T) {
	var buf bytes.Buffer
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newBar(&buf, "import", 0, func() time.Time { now = now.Add(time.Second); return now })
	c.Add(3, 1)
	c.Finish()
	if out := buf.String(); !strings.Contains(out, "import 3 ") || !strings.Contains(out, "(1 failed)") || strings.Contains(out, "%") {
		t.Errorf("counter output %q", out)
	}
	if NewCounter(&buf, "x") != nil {
		t.Error("counter drawn on a non-terminal")
	}
}
