package reader

import "strings"

// Round 156: a monitor's recovery notice tells the thing at work again in a
// detail line after its headline, and the writers label that line restored
// beside the headline (docs/labelling.md's border for a monitor's recovery);
// the headline was read (monitorRecovered) and the line was missed:
//
//   - "RECOVERED [MAJOR] Fleet check-in back above threshold" then "479 of
//     480 pumps checked in within the last 60 minutes." (styles99 01);
//   - "ViableTrack NORMAL - COMMUNICATION RESTORED" then "Data received again
//     from 14:22." (styles99 07);
//   - "RECOVERY - DrillVault WITSML gateway BVE ..." then "Channels BITDEP,
//     DEPTH_HOLE, BLKPOS updating." (styles100 01);
//   - "RESOLVED [Ledgerhall Integrations] Donations webhook ..." then "0
//     failures in the last 10 minutes; 37 events processed." (styles104 06);
//   - "RESOLVED: machine H-07 production report received 08:46 UTC." then "3
//     queued reports uploaded." (styles97 01); also styles28 14 ("38 of 38
//     vehicle routes published.") and styles55 10 ("LA-18..LA-22 reporting").
//
// The caller (Read) asks for an earlier line of the same automatic message
// read as a recovery: a request's receipt ("Your request has been
// received") or an alert's own lines ("No data received from RPC-0317 for
// 15 minutes") have none before them. Refused: a field line ("Last
// heartbeat received: 23:02", "Queued offline transactions uploaded:
// 1,214.", "Info: Job exit code 0 - ..."), a line opened by "last", a
// negation ("No data received"), a long line.

// detailFlowWords are the words of a thing at work in a monitor's detail line.
var detailFlowWords = wordSetOf("updating", "received", "processed", "uploaded", "published", "reporting", "checked")

// monitorDetailFlowing reports a recovery notice's detail line (see above);
// ts is text's tokens.
func monitorDetailFlowing(text string, ts []string) bool {
	if len(ts) == 0 || len(ts) > 25 || !detailFlowWords.anyIn(ts) {
		return false
	}
	t := strings.TrimSpace(text)
	if strings.Contains(t, ": ") || strings.HasSuffix(t, ":") || strings.Contains(t, "=") || ts[0] == "last" {
		return false // a field of the notice, not a state told
	}
	if negations.has(ts) {
		return false
	}
	for k, w := range ts {
		if w == "checked" && nextToken(ts, k) != "in" {
			return false // "checked" alone is a check, not a device checking in
		}
	}
	return true
}
