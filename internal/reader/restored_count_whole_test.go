package reader

import "testing"

// TestCountWhole checks round 64's count come whole (restored_count_whole.go).
// The true rows are reworded from the styles sets named beside them
// (different writers); the near misses are a part, a date, a version, a
// limit reached, a fault and the future.
func TestCountWhole(t *testing.T) {
	checkWording(t, []wordingCase{
		{"MDM reports 38/38 on 7.4.", staffAfter, Restored, 0},                                      // styles36
		{"112/112 on 4.1.0 and heartbeating.", staffAfter, Restored, 0},                             // styles41
		{"Pushed from the console, 9/9 devices reported the new profile.", staffAfter, Restored, 0}, // styles56
		{"Manual rerun of the feed: 22/22 accepted, ack ref ACK-5521.", staffAfter, Restored, 0},    // styles22
		{"Walk test zone 3: 6 of 6.", staffAfter, Restored, 0},                                      // styles55
		{"Batch released 09:40, 2,310/2,310 lines, sent to the floor.", staffAfter, Restored, 0},    // styles13
		{"Counts match (31/31).", staffAfter, Restored, 0},                                          // styles40
		{"7 of 8 on 2.8.0, the last one is in the workshop.", staffAfter, 0, Restored},
		{"Licences: 12/12 seats in use.", staffAfter, 0, Restored},
		{"The course is full (60/60), so enrolment is blocked.", staffAfter, 0, Restored},
		{"12/12 uploads failed overnight.", staffAfter, 0, Restored},
		{"We will push it tonight and expect 40/40 on the new build.", staffAfter, 0, Restored},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"41/41 on 7.3", true},
		{"1,840/1,840 lines", true},
		{"38 of 38 routes", true},
		{"5 out of 5 passed", true},
		{"27 of 40 seats", false},
		{"on 01/01 at noon", false},  // a date with a leading zero
		{"since 11/11 14:06", false}, // a day and a month before a clock time
		{"due 3/3/2026", false},
		{"firmware 2.2/2.2", false},
		{"1/1 done", false},
		{"1,840/840 lines", false},
	} {
		if got := wholeCount(c.text); got != c.want {
			t.Errorf("wholeCount(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
