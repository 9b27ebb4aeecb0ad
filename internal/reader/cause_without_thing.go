package reader

// Round 137's reading: a consequence told from a thing lacking, after a cause.
//
// Staff explain a cause, then tell what its lack does, opened by "Without":
//   - "Without that piece, Ledgerly closes itself straight after starting."
//     (styles42 04)
//   - "Without it, Gmail and Outlook refuse the emails outright." (styles91)
//   - "Without new readings, the automatic top-up never saw your tank
//     getting low." (styles100)
//
// carryCause asks it only of a staff sentence read as nothing of weight after
// a cause read earlier in the ticket (Context.CauseBefore). Over every tuning
// set (styles to styles102) it reads 4 rows: 3 labelled causes (styles42, 91,
// 100) and 1 not ("Without it the controller forgets the date whenever the
// power dips even for a second, which it did at about 3am today.", styles84,
// a mechanism its writer left unlabelled). Refused: the
// writer's own limit or plan after it ("Without the logs we can't tell"), an
// instruction ("Without restarting, please ..."), a clean run ("Without any
// issues since"), a time ("without delay").
//
// Written in round 137 (docs/quality.md, "Round 137").

// withoutThingSpeakers are the words causeWithoutThing looks for, a set made once.
var withoutThingSpeakers = wordSetOf("i", "we", "i'm", "we're", "i'll", "we'll", "i've", "we've", "i'd", "we'd", "please", "you'll", "tell", "sure", "know")

// causeWithoutThing reports whether ts, a sentence's words, open with
// "without" and tell what the thing's lack does.
func causeWithoutThing(ts []string) bool {
	if len(ts) < 5 || ts[0] != "without" {
		return false
	}
	switch ts[1] {
	case "any", "delay", "issue", "issues", "problem", "problems", "error", "errors", "trouble", "a", "an", "further", "more", "your", "you", "us", "me":
		return false // a clean run, a time, or a request: "Without any issues", "Without more detail ..."
	}
	return !withoutThingSpeakers.anyIn(ts[2:])
}
