package reader

import "slices"

// stepLeadEnd is where staff's own step begins after its subject: after
// "i've" or "we've", "i have" or "we have", and with bare "i" or "we" too when
// bare is true; then past one of adverbs ("also", "just"). It is 0 when the
// sentence opens on no such subject; ts is the sentence's tokens.
func stepLeadEnd(ts []string, bare bool, adverbs ...string) int {
	k := 0
	switch {
	case len(ts) > 0 && (ts[0] == "i've" || ts[0] == "we've"):
		k = 1
	case len(ts) > 1 && (ts[0] == "i" || ts[0] == "we") && ts[1] == "have":
		k = 2
	case bare && len(ts) > 0 && (ts[0] == "i" || ts[0] == "we"):
		k = 1
	}
	if k < len(ts) && slices.Contains(adverbs, ts[k]) {
		k++
	}
	return k
}
