package reader

import "testing"

// TestRerunResult checks staff's re-run told with its result
// (restored_rerun_result.go). The true rows are reworded from the styles
// sets named beside them; the near misses are a re-run told alone, at a
// clock time or with a setting, a failure, and a count that is a date.
func TestRerunResult(t *testing.T) {
	checkWording(t, []wordingCase{
		{"Re-ran job, 4 min.", staffAfter, Restored, 0},                                              // styles69
		{"Re-ran: LDS done in 38s.", staffAfter, Restored, 0},                                        // styles37
		{"Manual rerun of the claims file: 12/12 accepted, ack ref 55120.", staffAfter, Restored, 0}, // styles22
		{"Re-ran sync manually 11:05.", staffAfter, 0, Restored},
		{"Re-ran import for 05/05 manually.", staffAfter, 0, Restored},
		{"Re-ran COR-09/COR-11 with a 30 min download timeout.", staffAfter, 0, Restored},
		{"Re-ran job, failed again after 6 min.", staffAfter, 0, Restored},
		{"Re-ran: 198/212 pass, 14 need review.", staffAfter, 0, Restored},
	})
}

// TestCountComeWhole checks the count each side of a slash.
func TestCountComeWhole(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"14/14 accepted", true},
		{"rerun: 318/318 OK.", true},
		{"198/212 pass", false},
		{"import for 05/05", false},
		{"1/1 done", false},
		{"COR-09/COR-11", false},
		{"no slash at all", false},
	} {
		if got := countComeWhole(c.text); got != c.want {
			t.Errorf("countComeWhole(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
