package analysis

import "testing"

func TestMainCause(t *testing.T) {
	terse := Quote{Text: "Driver was replaced by the automatic update on 24 Dec."}
	full := Quote{Text: "The failure was caused by an automatic driver update that installed a generic driver."}
	fullPublic := Quote{Text: "It stopped because the bank changed its file format.", Public: true}
	tersePublic := Quote{Text: "The bank's validator rejects the old header.", Public: true}
	cases := []struct {
		name           string
		causes         []Quote
		customerFacing bool
		want           int
	}{
		{"none", nil, false, -1},
		{"one", []Quote{terse}, false, 0},
		{"the fuller statement first", []Quote{terse, full}, false, 1},
		{"the first of two full ones", []Quote{full, fullPublic}, false, 0},
		{"customer-facing: public before internal", []Quote{full, tersePublic}, true, 1},
		{"customer-facing: public and full", []Quote{tersePublic, full, fullPublic}, true, 2},
		{"internal view ignores who saw it", []Quote{tersePublic, full}, false, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &Facts{Causes: c.causes}
			if got := f.MainCause(c.customerFacing); got != c.want {
				t.Errorf("MainCause(%v) = %d, want %d", c.customerFacing, got, c.want)
			}
		})
	}
}
