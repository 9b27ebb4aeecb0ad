package reader

import "strings"

// Round 158: a machine's reboot for its updates. Staff tell that a server or
// a PC restarted for patching ("HPA-LIC01 rebooted 02:10 for patching.",
// "CutPlan server glx-opt01 rebooted 22:41 for Windows updates.", "AVLS-GW01
// rebooted at 01:51 by patching, before SQL-EOC02 was back up (01:58)."): the
// event that broke things, told as a finding or a cause, no remedy. Counted
// over every tuning set (styles to styles106, -styleserrorstp): rows read as
// fix with "rebooted/restarted ... for/by ... patch/update" are 5 false
// (styles11, 36, 51, 95, 106; labelled cause or nothing) and none true. The
// true row with the words is the writer's own step ("I've also moved that
// PC's restart window for updates to 05:30", styles94: no "rebooted" or
// "restarted"), and a reboot the writer did ("We've disabled SIP ALG ... and
// rebooted at 12:30.", styles5) has no reason told; both stay.

// rebootForUpdates reports whether a sentence has "rebooted" or "restarted"
// with no "I" or "we" before it, then "for" or "by" within six words, then a
// word beginning "patch" or "update" (or "windows") within four words.
func rebootForUpdates(ts []string) bool {
	for i, t := range ts {
		switch t {
		case "i", "we", "i've", "we've", "i'd", "we'd", "i'll", "we'll":
			return false
		case "rebooted", "restarted":
		default:
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+6; j++ {
			if ts[j] != "for" && ts[j] != "by" {
				continue
			}
			for k := j + 1; k < len(ts) && k <= j+4; k++ {
				if strings.HasPrefix(ts[k], "patch") || strings.HasPrefix(ts[k], "update") || ts[k] == "windows" {
					return true
				}
			}
		}
	}
	return false
}
