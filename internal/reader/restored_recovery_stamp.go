package reader

// Round 230: a monitoring recovery notice's time stamp, after a line of the
// same notice read as the recovery, is the notice's auto_ack alone. The
// notice is auto_ack + restored (docs/labelling.md's borders table), and
// the writers from styles91 on put the restoration on the line that says
// what recovered ("RECOVERED [MAJOR] Fleet check-in back above threshold",
// "Bearer: PRIMARY (IP-VPN) - HEARTBEAT OK") and give the line that only
// stamps the time of clearing auto_ack alone: "Recovered: 2026-03-09 09:26
// UTC" (styles99), "Alert cleared automatically at 16:00." (101), "Alarm
// cleared at 07:31" (98), "Cleared: 19/06/2026 12:24:51" (95), "State: UP
// since 13:03 UTC" (114); docs/quality.md "Round 230".

// recoveryStampWords are the words a recovery's time stamp is made of,
// beside its numbers: the recovery word, the alert, the time's prepositions
// and zones.
var recoveryStampWords = newWordSet(map[string]bool{"resolved": true, "recovered": true, "cleared": true,
	"alarm": true, "alert": true, "automatically": true, "at": true, "on": true, "since": true, "after": true,
	"in": true, "utc": true, "gmt": true, "bst": true, "state": true, "up": true, "z": true})

// recoveryStamp reports whether a notice's line (ts, its tokens) only stamps
// when the recovery came: recovery words, prepositions, zones and tokens that
// open with a digit (a date, a clock time, a duration: "3h31m", "00z"), at
// least one of them; an alarm's id ("A-0417") or a thing named keeps the
// line a recovery.
func recoveryStamp(ts []string) bool {
	stamp := false
	for _, t := range ts {
		switch {
		case t != "" && t[0] >= '0' && t[0] <= '9':
			stamp = true
		case recoveryStampWords.has(t):
		default:
			return false
		}
	}
	return stamp
}
