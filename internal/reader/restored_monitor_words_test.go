package reader

import (
	"testing"
)

// TestMonitorStateWords checks round 109's monitor lines
// (restored_monitor_words.go) as an automatic message after an alert and a
// remedy. The lines are written for the test; the near misses are the
// alert's own words, a label of a fault, a negation, a plan and a notice
// about the team's hours.
func TestMonitorStateWords(t *testing.T) {
	cases := []predicateCase{
		{"[PRTG] UP: ward gateway gw-04:2575 (Eastfield Unit).", true},
		{"Zabbix OK: Kiosk K22-B heartbeat restored.", true},
		{"Also up: EF-TERM-2, EF-OFFICE-SW.", true},
		{"Sensor Ping on EF-WLC-02 (10.8.0.2) is Up (0% packet loss) since 04/05/2026 08:31:10.", true},
		{"Tote Monitor: 9 selling terminals ONLINE in zone PADDOCK.", true},
		{"[Scheduler] nightly_export_to_depots SUCCEEDED at 02:41:07.", true},
		{"RTI SUBMISSION ACCEPTED", true},
		{"Heartbeat restored 08:41:09, offline 0h 41m", true},
		{"EDI watchdog: inbound INVOIC from HALB01 resumed (6 messages 08:29-08:40).", true},
		// near misses
		{"[PRTG] DOWN: ward gateway gw-04:2575 (Eastfield Unit).", false},
		{"Zabbix problem: Kiosk K22-B heartbeat missing for 10m", false},
		{"RTI SUBMISSION NOT ACCEPTED", false},
		{"Heartbeat not restored after 30 min.", false},
		{"Inbound INVOIC will be resumed once the partner resends.", false},
		{"Our team is online 08:00-18:00 on weekdays.", false},
		{"Sensor Ping on EF-WLC-02 is Down (100% packet loss).", false},
	}
	checkMonitorLines(t, "ALERT: gateway gw-04 heartbeat missing for 10 min.", "We restarted the gateway service.", cases)
}
