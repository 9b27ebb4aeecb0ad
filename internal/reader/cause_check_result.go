package reader

import "strings"

// A check and what it showed, under a heading that names the check, is the
// evidence of a fault, not its cause: "US-East probe: feed.crossedwires.fm
// still serving the OLD cert" (styles40), "Test iPhone 8 still on the old
// profile: data up, 38 Mbps." (styles42), "Compared rounds_v12.csv from Waste
// Ops with the API: 312 properties still on old rounds, all HL4 postcodes."
// (styles6). A heading that only mentions a test keeps its finding
// ("Confirmed on a test device: the new reservation card prints the slot time
// straight from the API, which is UTC", styles31), and so does a check with a
// cause phrase ("Test room uses its own TURN config, that's why it passes",
// styles33).
//
// Written in round 37 (docs/quality.md, "Round 37").

// checkHeads open or close a heading that names a check.
var checkHeads = newWordSet(map[string]bool{"test": true, "tested": true, "probe": true, "probed": true, "compared": true})

// checkResult reports whether a sentence opens with a heading of at most
// ten words before a colon whose first or last word names a check, and
// has no strong cause phrase.
func checkResult(text string, sc *scan) bool {
	c := strings.IndexByte(text, ':')
	if c <= 0 || causeStrong.hasIn(sc) {
		return false
	}
	var buf [16]string
	head := tokens(text[:c], buf[:0])
	if len(head) == 0 || len(head) > 10 {
		return false
	}
	return checkHeads.has(head[0]) || checkHeads.has(head[len(head)-1])
}
