package office

import (
	"strings"
	"testing"
)

func TestKeepIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ticket G204-117 closed", "Ticket G204‑117 closed"},
		{"due 2026-03-20, at 2026-03-20T14:05", "due 2026‑03‑20, at 2026‑03‑20T14:05"},
		{"INC-2291 (T-0001)", "INC‑2291 (T‑0001)"},
		{"post-incident review", "post-incident review"},
		{"COVID-19 and x-ray", "COVID‑19 and x-ray"},
		{"a - b -- c", "a - b -- c"},
		{"Zoë-Ł", "Zoë-Ł"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := KeepIDs(tt.in); got != tt.want {
			t.Errorf("keepIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWidestWord(t *testing.T) {
	if a, b := widestWordEm("a preventive b", false), textWidthEm("preventive", false); a != b {
		t.Errorf("widest word of a sentence = %v, want the width of its longest word %v", a, b)
	}
	if w := widestWordEm("東京東京東京", false); w > 1.01*widthSafety {
		t.Errorf("CJK text may break between characters, widest piece = %v em", w)
	}
	if textWidthEm("Directive", true) <= textWidthEm("Directive", false) {
		t.Error("bold text is not wider than regular")
	}
}

func TestEllipsize(t *testing.T) {
	long := "Post-incident review: the checkout API of the Frankfurt region fails for every customer paying by card"
	got := ellipsize(long, 30, false)
	if !strings.HasSuffix(got, "…") || textWidthEm(got, false) > 30 || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("ellipsize = %q (%v em), want a prefix of the title ending in … within 30 em", got, textWidthEm(got, false))
	}
	if got := ellipsize("short", 30, false); got != "short" {
		t.Errorf("short text changed to %q", got)
	}
}
