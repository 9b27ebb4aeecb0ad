package analysis

import (
	"testing"
)

// TestMainCauseReadWeakly: a private working note's terse state and a cause
// the model read near its threshold rank below the explanation beside them;
// the summary quotes no cause where the note is all there is, or where the
// one sentence says the cause was not found. Rows after styles35 15,
// styles109 06, styles87 04, styles101 14 and styles86 05 (round 231).
func TestMainCauseReadWeakly(t *testing.T) {
	cases := []struct {
		name    string
		causes  []Quote
		main    int // MainCause(true)
		summary int // SummaryCause
	}{
		{"a note yields to the model's near explanation", []Quote{
			{Event: "e5", Text: "Acid tank half full.", CauseBy: CauseNote},
			{Event: "e5", Text: "Pump head turning but the tube is split, acid dripping into the drip tray.", CauseBy: CauseModelNear},
		}, 1, 1},
		{"the model's near cause yields to its sure one", []Quote{
			{Event: "e5", Public: true, Text: "Your loan was fully repaid on 14 January, and our system created a stop notice for your employer the same day.", CauseBy: CauseModelNear},
			{Event: "e5", Public: true, Text: "Yours was one of 1,140 notices that were never delivered, so your employer's payroll went on taking deductions.", CauseBy: CauseModel},
		}, 1, 1},
		{"a note alone is quoted as no cause", []Quote{
			{Event: "e2", Text: "App pool on ballot-web02 stopped, web01 up but 503ing behind the LB.", CauseBy: CauseNote},
		}, 0, -1},
		{"no cause found is quoted as no cause", []Quote{
			{Event: "e9", Public: true, Text: "Our workshop ran the old player for a week and couldn't make it freeze, so I'm afraid we haven't found a definite cause."},
		}, 0, -1},
		{"near miss: a public note keeps its rank", []Quote{
			{Event: "e5", Public: true, Text: "Healthsure still had Corstorphine at the old Meadow Place address, and their system rejects any invoice where the clinic address differs.", CauseBy: CauseNote},
			{Event: "e6", Public: true, Text: "Their system matched the invoices against the address on file.", CauseBy: CauseModel},
		}, 0, 0},
		{"near miss: the model's near cause alone is still quoted", []Quote{
			{Event: "e4", Public: true, Text: "The app rejects UK format because of a validation change in the 4.6 update.", CauseBy: CauseModelNear},
		}, 0, 0},
		{"near miss: the first of two notes, nothing else", []Quote{
			{Event: "e3", Text: "Lab integration service stopped.", CauseBy: CauseNote},
			{Event: "e3", Text: "Same error again.", CauseBy: CauseNote},
		}, 0, -1},
	}
	for _, c := range cases {
		f := &Facts{Causes: c.causes}
		if got := f.MainCause(true); got != c.main {
			t.Errorf("%s: MainCause(true) = %d, want %d", c.name, got, c.main)
		}
		if got := f.SummaryCause(); got != c.summary {
			t.Errorf("%s: SummaryCause() = %d, want %d", c.name, got, c.summary)
		}
	}
}
