package reader

// clockBefore reports whether the two words before ts[k] are a clock time
// ("06:41" is tokenised "06" "41"): in "ACU online 06:41, full member sync
// done" the number before "full" is a time, not a percentage, so the
// sentence reports a sync, not a resource exhausted (round 32; false rows in
// styles8 and styles16, none true).
func clockBefore(ts []string, k int) bool {
	if k < 2 {
		return false
	}
	h, m := ts[k-2], ts[k-1]
	if len(m) != 2 || !digits(m) || m >= "60" || len(h) > 2 || !digits(h) {
		return false
	}
	return len(h) == 1 || h <= "23"
}
