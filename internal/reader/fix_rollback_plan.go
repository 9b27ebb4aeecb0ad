package reader

import "strings"

// Round 107: a rollback plan. A change request's back-out plan, or the
// rollback still to be written, names the step that would undo the change,
// not a remedy taken: "rollback: on schema ph_technical", "the rollback:
// ph_sql", "rollback is as below noting that this was run previously:",
// "- rollback procedure: we will not modify old tomcat so it will be ready in
// case of a rollback.", "to generate rollback pleas provide us with the
// following", "dr created to prepare roll back". Counted on the Mendeley
// tuning splits (dev, heldout, fresh; `-r107dump`, not committed): 12 false
// fix rows in 5 tickets, no true one (dev 1006218 10.4; heldout 1010324 5.7;
// fresh 1007511 17.1, 1004440 31.5, 35.5, 83.9, 83.20, 85.1, 1008360 24.9,
// 25.9, 26.1, 29.0), and 10 more of the shape read as no fix, none labelled
// one. The styles writers agree: of some 25 tuning sentences of the shape
// (styles to styles90) none is labelled a fix, and five read as one are
// refused with it ("Rollback: re-enable old feeds ...", styles9 08, which
// round 104 refuses too; "Old v7 kept for rollback.", styles14 12; "ADFS
// trust left in place for rollback until Friday.", styles20 05; "Rollback:
// re-apply STD-LED.", styles33 10; "Rollback = put old address back.",
// styles85 08). "Rollback is a <step>"
// (styles7 06, styles8 03) is left: in styles8 03 that plan is the only
// remedy the ticket has before the step log, and refusing it lost three true
// restorations read "after a remedy" (measured); "rollback is" counts only
// before "as" or "below". A rollback carried out is a fix and stays:
// "Rollback done, controllers restarted 14:51." (styles7), "Rollback of
// 4.12.0 applied ..." (styles10), "The rollback is going out to every store
// now ..." (styles41), "so we did a rollback until ..." (fresh 1007295), and
// a rollback script handed over to run ("please find the rollback below:",
// dev 1007123 53.1) is not of the shape.
//
// The shape: "rollback" (or "roll back", "roll-back") opening the sentence
// (after "the", "a", "our") and followed by a colon, "=", "is as/below",
// "can", "will", "procedure", "plan", "steps" or "script"; or after "for"
// within three words ("for the 4.12 rollback") or "in case of"; or after
// "generate", "create", "prepare" or "write" within three words. None of
// "done", "applied", "complete(d)", "finished", "going", "went", "out",
// "live", "reverted", "successful(ly)", "ran", "performed", "executed",
// "worked", nor of a rollback set going ("triggered", "started",
// "initiated", "launched", "running", ...: "Pipeline triggered for
// rollback", a postmortem's timeline row labelled fix) elsewhere. Refused
// among classify's refusals and in modelVeto's fix guard. The cheap test is
// the token "rollback" or "roll".

// rollbackPlan reports whether a sentence names a rollback planned or to be
// prepared, with no word that one was carried out.
func rollbackPlan(text string, ts []string) bool {
	hit := false
	for i, t := range ts {
		end := i
		switch {
		case t == "rollback" || t == "roll-back" || t == "rollbacks":
		case t == "roll" && i+1 < len(ts) && ts[i+1] == "back":
			end = i + 1
		default:
			continue
		}
		if i == 0 || i == 1 && (ts[0] == "the" || ts[0] == "a" || ts[0] == "our") {
			if end+1 < len(ts) {
				switch ts[end+1] {
				case "can", "will", "procedure", "plan", "steps", "script":
					hit = true
				case "is":
					hit = hit || end+2 < len(ts) && (ts[end+2] == "as" || ts[end+2] == "below")
				}
			}
			if rollbackColon(text) {
				hit = true
			}
		}
		for k := max(0, i-3); k < i; k++ {
			switch ts[k] {
			case "for", "generate", "create", "prepare", "write", "writing", "creating", "preparing", "generating":
				hit = true
			case "case":
				hit = hit || k+1 < i && ts[k+1] == "of"
			}
		}
	}
	if !hit {
		return false
	}
	for _, t := range ts {
		switch t {
		case "done", "applied", "complete", "completed", "finished", "going", "went", "out", "live", "reverted",
			"successful", "successfully", "ran", "performed", "executed", "worked", "triggered", "started",
			"initiated", "launched", "began", "begun", "kicked", "running", "executing", "underway":
			return false
		}
	}
	return true
}

// rollbackColon reports whether the sentence's first "rollback" (or "roll
// back") is followed by a colon or "=" before any other word.
func rollbackColon(text string) bool {
	low := strings.ToLower(text)
	i := strings.Index(low, "rollback")
	n := len("rollback")
	if i < 0 {
		if i = strings.Index(low, "roll back"); i < 0 {
			if i = strings.Index(low, "roll-back"); i < 0 {
				return false
			}
		}
		n = len("roll back")
	}
	rest := strings.TrimLeft(low[i+n:], " \t")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "=")
}
