package reader

import "strings"

// A component still aimed at an old value (an address, a port, a zone)
// after something else moved: "still" with a verb of aiming or setting and,
// within four words, a value with a digit in it, or a contrast with what
// the others are on ("while the other five sites are on Europe/London").
// causeRelayedOrStill reads the same shape when the value is called old
// ("still using the old key"); these are the forms that name the value
// itself. Missed causes read cross-validated (round 66, docs/quality.md):
//
//   - "Tarewise still polling COM3 so no data." (styles64 01-wb2-no-weight)
//   - "So Tarewise still pointing at .31." (styles64 03-anpr-exit-no-read)
//   - "New router handed out different IPs - scales now on .112/.113, back
//     office still pushing to .20/.21." (styles73 15-scale-prices-stale)
//   - "the widget for Glasgow is still set to UTC, while the other five
//     sites are on Europe/London." (styles63 11.json)
//   - "Our side still on 5010 plain." (styles14 18-pms-wifi-login-new-checkins)

// stillAims are the verbs, after "still", of a component aimed or set.
var stillAims = newWordSet(map[string]bool{"pointing": true, "points": true, "polling": true, "polls": true,
	"pushing": true, "pushes": true, "sending": true, "sends": true, "set": true, "configured": true,
	"on": true, "at": true, "looking": true, "looks": true, "targeting": true, "mapped": true})

// checkWords, right before "still", make it a check's report.
var checkWords = newWordSet(map[string]bool{"checked": true, "confirmed": true, "verified": true, "and": true})

// stillPointing reports whether a staff sentence tells a component still
// aimed at a value: "still" and a verb of stillAims (after "is"/"are" or
// none), a value with a digit within four words or a contrast clause after
// it; no person's own waiting or plan, no negation, hedge or working state.
func stillPointing(text string, sc *scan) bool {
	ts := sc.ts
	for i, w := range ts {
		if w != "still" || i == 0 || i+1 >= len(ts) || !stillAims.has(ts[i+1]) || !notSelf(ts, i) || checkWords.has(ts[i-1]) {
			continue // "checked, still on 3.7.4" reports a check, with no component named
		}
		value := false
		for j := i + 2; j < min(len(ts), i+6); j++ {
			if ts[j-1] == "all" || ts[j-1] == "of" {
				continue // a count, "set on all 12"
			}
			if strings.ContainsAny(ts[j], "0123456789") {
				value = true
			}
		}
		for _, t := range ts[i+2:] {
			switch t {
			case "while", "whereas":
				value = true
			}
		}
		if !value || hasNegation(ts) || worksStated(ts) || hedges.hasIn(sc) || unknownCause.hasIn(sc) {
			return false
		}
		for _, t := range ts {
			switch t {
			case "if", "will", "would", "should", "please", "we'll", "i'll", "until", "hold", "waiting", "queue",
				"track", "schedule", "course":
				return false
			}
		}
		return true
	}
	return false
}
