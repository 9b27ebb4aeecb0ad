package reader

import "testing"

func TestResourceExhaustedClock(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The archive volume on the file server is 98% full.", true},
		{"Shared disk 100% full, so the nightly export stops half way.", true},
		{"Gateway back 07:15, full resync of the badge list done 07:20.", false},
		{"Ticket assigned 9:05, full scan queued.", false},
		{"Scratch disk 97.5% full, writes are failing.", true},
	} {
		var sc scan
		if got := resourceExhausted(newScan(tokens(c.s, nil), &sc)); got != c.want {
			t.Errorf("resourceExhausted(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
