package reader

import (
	"slices"
	"strings"
)

// A component's state told with the change that set it: a setting, an
// account or a service "since" or "after" an update, an upgrade, a push or
// a re-image ("LC-22 config: humidity correction OFF since the firmware 2.4
// push on 3 Nov."). The change is what altered the state the fault comes
// from. Missed causes read cross-validated, on writers the model was not
// trained on (round 66, docs/quality.md):
//
//   - "Device Manager: USB-serial adapter now enumerated as COM5 after last
//     night's Windows update reinstalled the driver." (styles64 01-wb2-no-weight)
//   - "LC-22 config: humidity correction OFF since the firmware 2.4 push on
//     3 Nov." (styles64 07-elm-grove-purple)
//   - "Spooler service now runs as LocalSystem after the update, can't see
//     per-user fonts." (styles69 10-engraver-fonts)
//   - "Bench PC 2 uploader not authenticated since re-image on 30/01, 23
//     authentication results stuck in local queue." (styles69 14-stuck-authentication)
//   - "Machine password reset after restore from image on Tues." (styles4
//     15-hmi-alarm-ack)

// stateChanges are the changes, after "since" or "after", that set a state.
var stateChanges = newWordSet(map[string]bool{"update": true, "updates": true, "upgrade": true, "push": true,
	"re-image": true, "reimage": true, "restore": true, "reinstall": true, "re-install": true,
	"migration": true, "rollout": true, "patch": true, "release": true})

// stateAfterChange reports whether a staff sentence tells a state and,
// within four words after "since" or "after", a change that set it
// (stateChanges); not the writer's, the reader's or a customer's own step,
// nor a working state, a symptom still seen or reported, "no" change, a
// plan, request or hedge; nor a rollout's reach ("The driver is on all
// desktops since last night's update", styles50, labelled fix); nor the new thing the change brought ("X is the
// new asset server since Saturday's migration").
func stateAfterChange(text string, sc *scan) bool {
	ts := sc.ts
	at := -1
	for k, w := range ts {
		if (w == "since" || w == "after") && k >= 2 {
			for _, t := range ts[k+1 : min(len(ts), k+5)] {
				if stateChanges.has(t) && !strings.Contains(text, t+":") {
					at = k // not a heading, "Pool priorities after upgrade: ..."
				}
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 || slices.Contains(ts[max(0, at-3):at], "new") || openedByOwn(ts) || hedges.hasIn(sc) || unknownCause.hasIn(sc) || fixFuture.hasIn(sc) {
		return false
	}
	for _, w := range ts {
		switch w {
		case "working", "works", "fine", "ok", "okay", "back", "again", "fixed", "restored", "resolved",
			"still", "if", "will", "would", "should", "please", "we'll", "i'll", "you", "i", "we", "try",
			"fail", "fails", "failing", "failed", "crash", "crashes", "crashing", "crashed", "error", "errors", "slow", "no", "we've",
			"they've", "i've", "reports", "reported", "all":
			return false
		}
	}
	return true
}
