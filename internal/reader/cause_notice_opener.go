package reader

import "strings"

// A fault told under a notice's opener is the problem, not its cause: the
// writer opens with "FYI", "heads up", "for your awareness/information",
// "(just) to let you know" or "please be aware" and tells what went wrong,
// with no reason. Rows, each read as a cause and not labelled one: "just to
// let you know that the nightly backup of your file server had failed for
// three nights." (styles 26-msp-backup-job-failing, labelled problem), "FYI:
// overnight your profile storage reached 92% full." (styles50
// 14-profile-share-capacity-alert), "Heads up on Building C: the irrigation
// controller on the north beds went offline early this morning and missed its
// 5am run." (styles71 06-irrigation-controller-offline-alert), "For your
// awareness: this morning's examiner timetable e-mails went out late, at 08:25
// instead of 05:00." (styles74 09-timetable-publish-alert). A notice that
// gives the reason stays a cause: with "because", "due", "caused", "so",
// "which", "since" or "as" ("FYI card payments ... are failing for some Visa
// cards because Payvista's card-authentication service is having problems",
// styles39 17), or with a second clause after a dash or a semicolon ("FYI the
// dashboard was blank from 06:55 to 07:52 this morning - the telemetry server
// ran out of disk.", styles34 14).
//
// Written in round 82 (docs/quality.md, "Round 82"): 4 false causes in 4
// tuning sets, no true one.

// noticeOpened reports whether a sentence opens (within its first five words)
// with a notice's opener and has no reason word and no second clause after a
// dash or a semicolon.
func noticeOpened(text string, ts []string) bool {
	opened := false
	for i := 0; i < len(ts) && i < 5 && !opened; i++ {
		switch ts[i] {
		case "fyi":
			opened = true
		case "heads":
			opened = i+1 < len(ts) && ts[i+1] == "up"
		case "awareness", "information":
			opened = i >= 2 && ts[i-2] == "for" && ts[i-1] == "your"
		case "let":
			opened = i >= 1 && ts[i-1] == "to" && i+2 < len(ts) && ts[i+1] == "you" && ts[i+2] == "know"
		case "aware":
			opened = i >= 2 && ts[i-2] == "please" && ts[i-1] == "be"
		}
	}
	if !opened {
		return false
	}
	for _, w := range ts {
		switch w {
		case "because", "due", "caused", "so", "which", "since", "as":
			return false
		}
	}
	return !strings.Contains(text, " - ") && !strings.Contains(text, " – ") && !strings.Contains(text, " — ") &&
		!strings.Contains(text, ";")
}
