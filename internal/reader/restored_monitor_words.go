package reader

import "strings"

// Round 109: a monitor's later line that tells its check recovered in
// words the forms of rounds 18 and 55 (monitorRecovered, monitorNotice)
// lack. The writers label these auto_ack and restored, as the border in
// docs/labelling.md has it; each was missed:
//
//   - the recovery label after the tool's name, or after "also": "[PRTG]
//     UP: HL7 listener dlys-gw02:2575 (Northgate Renal Unit)." and "Zabbix
//     OK: Kiosk K14-A heartbeat restored." (styles29 01, 10), "Also up:
//     HL-WB1-TERM, HL-OFFICE-SW1." (styles42 14);
//   - "is Up" as PRTG capitalises it: "Sensor Ping on SKS-WLC-01
//     (10.42.0.2) is Up (0% packet loss) since 23/07/2026 15:10:02."
//     (styles72 02);
//   - a state in capitals: "Tote Monitor: 14 selling terminals ONLINE in
//     zone GRANDSTAND-L2." (styles63 15), "[Scheduler]
//     nightly_push_to_vehicles SUCCEEDED at 03:02:51." (styles28 14), "FPS
//     SUBMISSION ACCEPTED" (styles27 17);
//   - the thing watched restored or resumed, in lower case: "Heartbeat
//     restored 15:41:09, offline 2h 38m" (styles41 15), "EDI watchdog:
//     inbound ORDERS from KRLOG01 resumed (15 messages 14:29-14:41)."
//     (styles37 15).
//
// Only an automatic message's sentences are read (Read's caller), after
// monitorRecovered's refusal of a ticket's own notice. Refused: a
// negation ("NOT ACCEPTED", "not restored"), a plan or a wait ("will be
// restored", "until").

// capsStates are the states a monitor writes in capitals after the thing.
var capsStates = []string{"ONLINE", "SUCCEEDED", "ACCEPTED"}

// monitorStateStops refuse the line: a negation, a plan, a wait.
var monitorStateStops = newWordSet(map[string]bool{"not": true, "no": true, "never": true, "cannot": true,
	"isn't": true, "wasn't": true, "hasn't": true, "haven't": true, "won't": true, "will": true,
	"until": true, "pending": true, "awaiting": true, "if": true, "once": true})

// monitorStateWords reports the lines above (ts is text's tokens).
func monitorStateWords(text string, ts []string) bool {
	if len(ts) == 0 || len(ts) > 30 {
		return false
	}
	for _, t := range ts {
		if monitorStateStops.has(t) {
			return false
		}
	}
	// the label after the tool's name or "also", before a colon
	for k := 1; k <= 2 && k < len(ts); k++ {
		if ts[k] != "up" && ts[k] != "ok" {
			continue
		}
		w := strings.ToUpper(ts[k])
		i := strings.Index(text, w+":")
		if i >= 0 && wordAt(text, i, len(w)) {
			return true // "[PRTG] UP:", "Zabbix OK:"
		}
		if ts[k-1] == "also" && strings.Contains(strings.ToLower(text), "also "+ts[k]+":") {
			return true // "Also up: HL-WB1-TERM"
		}
	}
	for k := 1; k < len(ts); k++ {
		switch ts[k] {
		case "up":
			if ts[k-1] == "is" || ts[k-1] == "are" {
				if i := strings.Index(text, " Up"); i >= 0 && wordAt(text, i+1, 2) {
					return true // PRTG's "is Up (0% packet loss)"
				}
			}
		case "restored", "resumed":
			return true // "Heartbeat restored 15:41:09", "inbound ORDERS ... resumed"
		}
	}
	for _, w := range capsStates {
		if i := strings.Index(text, w); i >= 0 && wordAt(text, i, len(w)) {
			return true
		}
	}
	return false
}
