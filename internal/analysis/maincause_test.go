package analysis

import "testing"

func TestMainCause(t *testing.T) {
	terse := Quote{Text: "Driver was replaced by the automatic update on 24 Dec."}
	full := Quote{Text: "The failure was caused by an automatic driver update that installed a generic driver."}
	fullPublic := Quote{Text: "It stopped because the bank changed its file format.", Public: true}
	tersePublic := Quote{Text: "The bank's validator rejects the old header.", Public: true}
	spared := Quote{Text: "Web browsers use a different setting, which is why browsing still worked.", Public: true}
	sparedToo := Quote{Text: "The lookup does an exact match so it fails on the space; put-away trims it, which is why that still works.", Public: true}
	admission := Quote{Text: "Sorry, that was my change.", Public: true}
	what := Quote{Text: "When I set up the report the new column was added to your standard export template as well.", Public: true}
	first := Quote{Text: "It failed because the cache was cold after the restart.", Public: true}
	real := Quote{Text: "The real problem was that the student network had run out of addresses.", Public: true}
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
		{"what was spared comes last", []Quote{spared, tersePublic}, true, 1},
		{"what was spared comes last, internal view", []Quote{spared, terse}, false, 1},
		{"what was spared alone is still the cause", []Quote{spared}, true, 0},
		{"a cause that names the fault keeps its rank", []Quote{sparedToo, tersePublic}, true, 0},
		{"an admission alone comes after what went wrong", []Quote{admission, what}, true, 1},
		{"an admission alone is still the cause", []Quote{admission}, true, 0},
		{"the real cause before a first one", []Quote{first, real}, true, 1},
		{"the real cause before a first one, internal view", []Quote{first, real}, false, 1},
		{"a public cause before an internal real one", []Quote{tersePublic, {Text: real.Text}}, true, 0},
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

// TestExplainsSpared: a cause sentence that explains only what kept working
// is told apart from one that names the failure.
func TestExplainsSpared(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Web browsers use a different setting, which is why browsing still worked.", true},
		{"Your colleagues' jobs are shorter, which is why they could start.", true},
		{"Browsers and curl often fill that gap themselves, which is why your tests work, but our webhook client checks the chain strictly.", true},
		{"ExamSeat uses WinHTTP, browsers use the user proxy so they still work.", true},
		{"The lookup does an exact match so it fails on the space; put-away trims it, which is why that still works.", false},
		{"The gateway was put back into service, which is why you were dropped again.", false},
		{"Other mail providers were more lenient, which is why only Gmail candidates were affected.", false},
		{"The certificate expired, which is why logins did not work.", false},
		{"It stopped because the bank changed its file format.", false},
	}
	for _, c := range cases {
		if got := explainsSpared(c.text); got != c.want {
			t.Errorf("explainsSpared(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
