package reader

import "testing"

func TestPastPerfectEarlier(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Water had got into the meter box through a cracked lid.", true},
		{"The price list had been imported from last year's file.", true},
		{"The carrier confirmed the parcel had been scanned to the wrong depot.", true},
		{"Our finance team hadn't posted the credit yet, so the statement still showed the old balance.", true},
		// near misses
		{"The technician replaced a hinge that had corroded.", false},
		{"The gateway sent the 12 readings it had been holding.", false},
		{"I first thought the new rule had blocked the sync, but the log is clean.", false},
		{"Fix: the mapping was corrected and 300 users had logged in by noon.", false},
		{"The spare handset hadn't been used yet, so I've paired it from here too.", false},
		{"We had not done the renewal in time.", false},
		{"If the update had gone out, the screens would show the new menu.", false},
		{"The router had a faulty power supply.", false},
		{"Kindly note this ticket had been assigned to the billing queue.", false},
		{"Checked that the vendor had patched every host.", false},
		{"A user wrote in reporting their export had been stuck for an hour.", false},
	} {
		var sc scan
		if got := pastPerfectEarlier(c.s, newScan(tokens(c.s, nil), &sc)); got != c.want {
			t.Errorf("pastPerfectEarlier(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
