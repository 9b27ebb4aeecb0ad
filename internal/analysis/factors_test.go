package analysis

import (
	"testing"
	"time"
)

// TestClassifyFactors: a cause whose words name a category shows it; a
// cause stated in other words is unclassified, with itself as the evidence,
// so that no report row says the ticket states no cause; only no cause at all
// is unknown.
func TestClassifyFactors(t *testing.T) {
	at := time.Date(2026, 3, 20, 14, 52, 0, 0, time.UTC)
	q := func(s string) Quote { return Quote{At: at, Text: s} }
	tests := []struct {
		name   string
		causes []Quote
		want   []FactorCategory
		ev     []string // each factor's evidence, "" for none
	}{
		{"no cause", nil, []FactorCategory{FactorUnknown}, []string{""}},
		{"a cause in words of no category",
			[]Quote{q("The number is on a separate account in his own name, so the company PAC doesn't cover it")},
			[]FactorCategory{FactorUnclassified}, []string{"The number is on a separate account in his own name, so the company PAC doesn't cover it"}},
		{"the main cause is the evidence",
			[]Quote{q("The licence lapsed on the first"), q("Nobody renewed the licence")},
			[]FactorCategory{FactorUnclassified}, []string{"The licence lapsed on the first"}},
		{"a technical failure",
			[]Quote{q("The storage volume failed and pvesm hung")},
			[]FactorCategory{FactorTechnical}, []string{"The storage volume failed and pvesm hung"}},
		{"a category from the second cause",
			[]Quote{q("The licence lapsed on the first"), q("The vendor never sent the renewal")},
			[]FactorCategory{FactorThirdParty}, []string{"The vendor never sent the renewal"}},
	}
	words := DefaultKeywords().Factors
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := classify(tc.causes, words)
			if len(got) != len(tc.want) {
				t.Fatalf("factors %+v, want categories %v", got, tc.want)
			}
			for i, f := range got {
				ev := ""
				if f.Evidence != nil {
					ev = f.Evidence.Text
				}
				if f.Category != tc.want[i] || ev != tc.ev[i] {
					t.Errorf("factor %d: %s %q, want %s %q", i, f.Category, ev, tc.want[i], tc.ev[i])
				}
			}
		})
	}
}

// TestFactorLabels: every category has a label of its own in a report.
func TestFactorLabels(t *testing.T) {
	seen := map[string]FactorCategory{}
	for _, c := range []FactorCategory{FactorTechnical, FactorProcess, FactorMonitoring, FactorThirdParty, FactorUnclassified, FactorUnknown} {
		l := c.Label()
		if prev, ok := seen[l]; ok {
			t.Errorf("%s and %s share the label %q", prev, c, l)
		}
		seen[l] = c
	}
}
