package reader

import "strings"

// The reach of an outage told with "not just" ("all 9 probes offline, not
// just B2-07") widens the symptom; it names no cause, though "not" before a
// part reads as a cause attributed by contrast. A shape of staff sentences
// seen in three writers' sets (tuning, styles to styles74) and labelled no
// cause there:
//
//   - "All 9 probes on it offline, not just B2-07." (styles27,
//     01-gateway-offline-biobank)
//   - "Whole site unreachable, not just WLC - router SKS-RTR-01 down too."
//     (styles72, 02-skelby-wifi-down)
//   - "GW-MILL-01 offline, all 4 sensors behind it stale, not just prover 2."
//     (styles73, 05-prover-gateway-offline)
//
// Refused in notCause, so the model is bound by it too (modelVeto). A reach
// told beside its cause stays a cause: after a colon ("It's every panel on
// the campus, not just yours: the key the panels use ... expired", styles16)
// or a semicolon ("That got 185.44.12.71 listed on Spamhaus ZEN; whole pool
// eu-out-2 affected, not just this tenant.", styles50), or with a word of
// reason.
//
// Written in round 67 (docs/quality.md, "Round 67").

// scopeDownWords are the states of an outage whose reach "not just" widens.
var scopeDownWords = newWordSet(map[string]bool{"offline": true, "unreachable": true, "down": true, "stale": true,
	"affected": true, "dead": true, "unavailable": true})

// scopeCauseWords tell a reason beside the reach.
var scopeCauseWords = newWordSet(map[string]bool{"because": true, "due": true, "caused": true, "since": true,
	"after": true, "so": true, "why": true, "expired": true})

// scopeNotJust reports whether a sentence with no colon or semicolon says
// "not just", tells a down state and no word of reason.
func scopeNotJust(text string, ts []string) bool {
	if strings.ContainsAny(text, ":;") {
		return false
	}
	notJust, down := false, false
	for k, t := range ts {
		switch {
		case scopeCauseWords.has(t):
			return false
		case t == "not" && k+1 < len(ts) && ts[k+1] == "just":
			notJust = true
		case scopeDownWords.has(t):
			down = true
		}
	}
	return notJust && down
}
