package reader

import "testing"

// TestCheckRemedyPlace checks round 198's reading of a remedy word after a
// check (fix_check_remedy_place.go): the finding's participle refuses the
// fix, the writer's step after a break or "and" keeps it; sentences written
// for the test.
func TestCheckRemedyPlace(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Checked the other 9 stores moved that month, all have their stock.", staffAfter, 0, Fix},
		{"Checked the other 9 stores moved that month: two had the old code, corrected both.", staffAfter, Fix, 0}, // near miss: the step after a break
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Checked the other 9 stores moved that month, all have their stock.", true},
		{"Checked the 80 keys issued from the old server so far: 6 more are short.", true},
		{"Re-checked 12 saved orders since 3/11, 2 changed their totals.", true},
		{"Checked 4 other members who left that week - their fees were removed correctly.", true},
		{"Checked 20 changed addresses against the register - all match.", true},
		{"Checked the other stores: two had the old code, corrected.", false},                             // the step after a break
		{"Checked the key with the vendor by phone and updated the config on app-02.", false},             // a check "with" someone
		{"Checked the other sites and updated both.", false},                                              // the step after "and"
		{"I've checked the other clients and two more had it, and theirs have been put back too.", false}, // a perfect passive
		{"Checked the other lines for stale entries: one on Line 1 (X-2), deleted it.", false},            // after a bracket and comma
	} {
		if got := checkTold(c.text, tokens(c.text, nil)); got != c.want {
			t.Errorf("checkTold(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !remedyTakenAt("moved", []string{"moved"}, 0) {
		t.Error("remedyTakenAt: the sentence's first word should open the step")
	}
}
