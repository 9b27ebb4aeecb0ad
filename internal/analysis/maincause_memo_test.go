package analysis

import "testing"

// TestMainCauseMemo: the memo answers as MainCause without it, for both
// readers, and causes changed after it was made (a text, the publicity, the
// event, one more cause) are ranked again.
func TestMainCauseMemo(t *testing.T) {
	causes := func() []Quote {
		return []Quote{
			{Event: "e3", Public: false, Text: "Boundary wire cut 40 cm from the new gate post."},
			{Event: "e4", Public: true, Text: "Your order was placed as a VOR order."},
			{Event: "e5", Public: true, Text: "The router in your comms cupboard has failed, which is why the tills can't connect."},
		}
	}
	want := func(f *Facts) [2]int {
		g := &Facts{Causes: append([]Quote(nil), f.Causes...)}
		return [2]int{g.MainCause(false), g.MainCause(true)}
	}
	f := &Facts{Causes: causes()}
	f.mainCause = memoMainCause(f)
	if f.mainCause.of == nil {
		t.Fatal("no memo made")
	}
	check := func(name string) {
		t.Helper()
		if got, w := [2]int{f.MainCause(false), f.MainCause(true)}, want(f); got != w {
			t.Errorf("%s: MainCause = %v, ranked again %v", name, got, w)
		}
	}
	check("as made")
	f.Causes[0].Public = true
	check("publicity changed")
	f.Causes = causes()
	f.Causes[2].Text = "Checked the router, it is fine."
	check("text changed")
	f.Causes = causes()
	f.Causes[2].Event = "e4"
	check("event changed")
	f.Causes = append(causes(), Quote{Event: "e6", Public: true, Text: "The real problem was the router's firmware update."})
	check("one more")
	f.Causes = nil
	if got := f.MainCause(true); got != -1 {
		t.Errorf("no causes: MainCause = %d, want -1", got)
	}
	if (&Facts{}).mainCause.of != nil || memoMainCause(&Facts{}).of != nil {
		t.Error("a memo of no causes")
	}
}
