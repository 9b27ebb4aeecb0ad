package reader

import "strings"

// Round 55: more of a monitor's recovery notices (monitorRecovered, round
// 18), in the forms the newer sets' monitors write after their alert:
//
//   - a recovery word in capitals inside the line, not only first: "UTC
//     CLEAR J0412 - OTU COMMS RESTORED 16:58:31" (styles58 15, 18), "ALARM
//     A-0417 CLEARED 05:51:36 UTC" (styles58 01), "[PivotLink RESOLVED]
//     Pivot 3 RUNNING" (styles51 10), "VMS RECOVERY: position reports ...
//     resumed" (styles60 12);
//   - an alarm or alert cleared: "Alarm AZ_SERVO_FAULT cleared 17:51:58Z"
//     (styles59 07), as styles58 01's in capitals;
//   - the thing returned to service or control: "Antenna returned to
//     service" (styles59 07), "Junction(s) returned to UTC control"
//     (styles58 15, 18);
//   - "Resolved" first with its time: "Resolved in 1h 22m 19s at 14:26:30"
//     (styles57 11), "Resolved at 07:31:10 on 2026.03.23" (styles61 12);
//   - a state or status of OK or running: "State: OK" (styles59 02),
//     "Sorter SRT-2 state: RUNNING" (styles58 01), "Info: QUEUE OK - 14
//     frames waiting" (styles52 01).
//
// Only an automatic message's sentences are read (Read's caller), and
// monitorRecovered's refusal of a ticket's own notice holds for each.

// capsRecovery are the recovery words a monitor writes in capitals.
var capsRecovery = []string{"RESTORED", "RESOLVED", "RECOVERED", "RECOVERY", "CLEARED"}

// monitorNotice reports the recovery notices above (ts is text's tokens).
func monitorNotice(text string, ts []string) bool {
	for _, w := range capsRecovery {
		if i := strings.Index(text, w); i >= 0 && wordAt(text, i, len(w)) {
			return true
		}
	}
	for k, t := range ts {
		switch t {
		case "cleared":
			for _, p := range ts[:k] {
				if p == "alarm" || p == "alert" || p == "alarms" || p == "alerts" {
					return true
				}
			}
		case "returned":
			if k+3 < len(ts)+1 && k+1 < len(ts) && ts[k+1] == "to" {
				for _, n := range ts[k+2 : min(len(ts), k+5)] {
					if n == "service" || n == "control" || n == "normal" || n == "operation" {
						return true
					}
				}
			}
		case "resolved":
			if k == 0 && len(ts) > 2 && (ts[1] == "in" || ts[1] == "at") {
				return true
			}
		case "state", "status":
			if k+1 < len(ts) && (ts[k+1] == "ok" || ts[k+1] == "running" || ts[k+1] == "normal" || ts[k+1] == "online") {
				return true
			}
		case "ok":
			if k > 0 && strings.Contains(text, strings.ToUpper(ts[k-1])+" OK") && strings.ToUpper(ts[k-1]) != ts[k-1] {
				return true // "QUEUE OK": a check's name and its verdict in capitals
			}
		}
	}
	return false
}

// wordAt reports whether text[i:i+n] is a whole word.
func wordAt(text string, i, n int) bool {
	isLetter := func(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
	return (i == 0 || !isLetter(text[i-1])) && (i+n >= len(text) || !isLetter(text[i+n]))
}
