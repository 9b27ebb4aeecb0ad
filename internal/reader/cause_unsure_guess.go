package reader

import "strings"

// The writer's unsure guess is no cause: a sentence that says it only
// sounds so ("Sounds like the scheme's out-of-hours route is dead"), that
// the writer does not think it is one thing ("I don't think it's the mobile
// signal - ..."), or that the writer cannot tell which ("... which usually
// points at the cable or the socket ..., but I can't tell which from here")
// names a suspicion, not what made the fault happen. The words are not in
// hedges (classify.go), which the model's veto and most cause rules read
// already; a shape of staff sentences the rules or the model read as causes,
// seen in three writers' sets (tuning, styles to styles86) and labelled no
// cause there, while no cause read on the tuning sets has these words (0
// true, 3 false):
//
//   - "I don't think it's the mobile signal - I can see the tablets reaching
//     our server and being turned away, so the problem is on our side."
//     (styles3, 22-field-app-workorders)
//   - "The network connection itself is going up and down, which usually
//     points at the cable or the socket rather than the PC's settings, but I
//     can't tell which from here." (styles79, 05-aligner-pc-network-drive)
//   - "Sounds like the scheme's out-of-hours route is dead, not the
//     pendant." (styles84, 10)
//
// Refused in notCause, so the model is bound by it too (modelVeto). A finding
// after a colon, a word of reason ("because", "caused", "due") or a past
// fault (adviceFaultPast, cause_advice_plan.go) keeps the sentence a cause:
// "Sounds like the update: it reset the APN on every handset" or "I don't
// think it's the cable, the switch port failed at 02:10".
//
// Written in round 89 (docs/quality.md, "Round 89").

// unsureGuess reports whether a sentence opens on "(it) sounds like", has "I/we
// don't think it's", or "can't/cannot/couldn't tell" before "which",
// "whether", "yet" or "from here", with no colon, no word of reason and no
// past fault.
func unsureGuess(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	unsure := ts[0] == "sounds" && ts[1] == "like" || ts[0] == "it" && ts[1] == "sounds" && ts[2] == "like"
	for k := 0; !unsure && k+2 < len(ts); k++ {
		switch ts[k] {
		case "don't", "dont":
			unsure = k > 0 && (ts[k-1] == "i" || ts[k-1] == "we") && ts[k+1] == "think" &&
				(ts[k+2] == "it's" || ts[k+2] == "it" && k+3 < len(ts) && ts[k+3] == "is")
		case "can't", "cannot", "couldn't", "cant":
			if ts[k+1] == "tell" {
				switch ts[k+2] {
				case "which", "whether", "yet", "from":
					unsure = true
				}
			}
		}
	}
	if !unsure || strings.IndexByte(text, ':') >= 0 {
		return false
	}
	for _, t := range ts {
		if adviceFaultPast.has(t) || t == "because" || t == "due" || t == "cause" {
			return false
		}
	}
	return true
}
