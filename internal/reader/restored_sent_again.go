package reader

import "slices"

// Staff's step of sending a thing again, with no result after it (round 192,
// docs/quality.md "Round 192"): "I've switched the printer to UTF-8 from here
// and sent the 6 waiting labels again.", "Hargate have now corrected the
// designation and sent the instruction again.". The "again" is the step's own
// (a re-send), not the service's; the labels give fix (the borders table).
// Tuning rows, staff's, read as restored before (-styleserrorstp, every tuning
// set): 8 false, 0 true, in 7 sets: styles32 11, 45 10, 62 02, 90 05, 90 12,
// 101 09, 101 16, 106 04.
//
// Kept as restorations: a word of the result after the "again" ("... sent
// February's fee file again - it arrived at 11:43 ...", styles92 02; "I send
// again the 7 orders and all are accepted, ...", styles76 05), and a thing
// that sends ("v1 webhooks send 'Completed' again", styles26 10: "send" counts
// only after "I"/"we").

// sentAgainResult are result words after the "again", beside stepVerbWorking.
var sentAgainResult = newWordSet(map[string]bool{
	"arrived": true, "accepted": true, "received": true, "delivered": true, "can": true,
})

// sentAgainStep reports staff's re-send with no result after it (see above);
// ts is the sentence's tokens.
func sentAgainStep(ts []string) bool {
	if !slices.Contains(ts, "again") {
		return false
	}
	for i, w := range ts {
		send := w == "sent" || w == "resent" || w == "re-sent" ||
			w == "send" && i > 0 && (ts[i-1] == "i" || ts[i-1] == "we")
		if !send {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+6; j++ {
			if ts[j] != "again" {
				continue
			}
			for _, r := range ts[j+1:] {
				if stepVerbWorking.has(r) || sentAgainResult.has(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}
