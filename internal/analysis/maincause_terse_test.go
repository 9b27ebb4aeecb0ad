package analysis

import "testing"

func TestTerseState(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"D4 Dennistoun: controller shows offline since 18:57.", true},
		{"Nothing changed our side since the March release.", true},
		{"Half failing now, not all.", true},
		// near misses: a clause that tells why, or a long explanation
		{"Disk full on web01, so php-fpm can't start.", false},
		{"The import failed because the file has a new header row.", false},
		{"Bridge unplugged by cleaner - D4 got the app's start cmd nowhere, app showed 'started' off the payment alone.", false},
	} {
		if got := terseState(c.text); got != c.want {
			t.Errorf("terseState(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestMainCauseTerseState(t *testing.T) {
	state := Quote{Text: "Half failing now, not all.", Event: "e7", CauseBy: CauseRule}
	why := Quote{Text: "Verigo support came back: their logs show every failing callback was checked by our web-02 node, and web-02 is still validating against the old secret.", Event: "e8", CauseBy: CauseRule}
	f := &Facts{Causes: []Quote{state, why}}
	if k := f.MainCause(true); k != 1 {
		t.Errorf("MainCause = %d, want 1 (the explanation after the terse state)", k)
	}
	// a public terse state keeps its rank
	state.Public, why.Public = true, true
	f = &Facts{Causes: []Quote{state, why}}
	if k := f.MainCause(true); k != 0 {
		t.Errorf("MainCause of public sentences = %d, want 0", k)
	}
	// alone, it is still the pick
	f = &Facts{Causes: []Quote{{Text: "/var 100% full on web01.", Event: "e3", CauseBy: CauseRule}}}
	if k := f.MainCause(true); k != 0 {
		t.Errorf("MainCause of a lone terse state = %d, want 0", k)
	}
}
