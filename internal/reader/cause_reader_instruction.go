package reader

import "strings"

// An instruction to the reader is no cause: a shape of staff sentences that
// a cause phrase or the model read as a cause, seen in three writers' sets or
// more and never labelled a cause there. Refused in notCause, so the model is
// bound by it too (modelVeto).
//
//   - An instruction to the reader: "Open the run, go to Actions > Reprint
//     labels, tick ..." (styles52), "Just make sure you use Tools > Merge
//     supporters and not Delete ..., because Delete takes the declaration
//     with it" (styles53), "When it comes, take the old one out, put the new
//     one in ..." (styles51), "On the Hub go to Programs > New > Sensor
//     trigger, ..." (styles51), "For the Medit, export each case from Medit
//     Link as STL ..." (styles35): the fault it names is the thing to avoid.
//
// Written in round 46 (docs/quality.md, "Round 46").

// instructionVerbs are the verbs of an instruction to the reader at the
// opening of a sentence.
var instructionVerbs = newWordSet(map[string]bool{"open": true, "go": true, "click": true, "tap": true, "select": true,
	"pick": true, "export": true, "run": true, "use": true, "take": true, "choose": true, "enter": true,
	"type": true, "press": true, "tick": true, "untick": true, "put": true, "unplug": true, "plug": true,
	"hold": true, "upload": true, "install": true, "reinstall": true, "delete": true, "remove": true,
	"restart": true, "reboot": true, "log": true, "sign": true, "make": true, "switch": true, "turn": true})

// instructionObjects are the words that follow an instruction's verb: its
// object or particle ("open the run", "take the old one out", "make sure").
var instructionObjects = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "your": true, "each": true,
	"every": true, "all": true, "it": true, "them": true, "this": true, "that": true, "these": true,
	"those": true, "sure": true, "out": true, "off": true, "on": true, "in": true, "to": true, "up": true,
	"back": true, "both": true, "any": true})

// instructionToReader reports whether a sentence opens with an instruction
// to the reader: an instruction verb and its object, after any "just",
// "please", "simply" or "then", or after a short opening phrase that ends in
// a comma ("When it comes, take the old one out", "For the Medit, export
// each case") or a place and "go to" ("On the Hub go to Programs > ...").
func instructionToReader(text string, ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "just" || ts[k] == "please" || ts[k] == "simply" || ts[k] == "then") {
		k++
	}
	if k == 0 && len(ts) > 3 {
		switch ts[0] {
		case "when", "for", "once", "on", "in", "after", "before":
			if c := strings.IndexByte(text, ','); c > 0 {
				var buf [16]string
				if head := tokens(text[:c], buf[:0]); len(head) <= 8 {
					k = len(head)
					for k < len(ts) && (ts[k] == "just" || ts[k] == "please" || ts[k] == "then") {
						k++
					}
				}
			}
			if k == 0 && (ts[0] == "on" || ts[0] == "in") && strings.Contains(text, " > ") {
				for j := 2; j+1 < len(ts) && j <= 5; j++ {
					if ts[j] == "go" && ts[j+1] == "to" {
						return true
					}
				}
			}
		}
	}
	if k+1 >= len(ts) || !instructionVerbs.has(ts[k]) || !instructionObjects.has(ts[k+1]) {
		return false
	}
	if ts[k] == "make" && ts[k+1] != "sure" {
		return false
	}
	return true
}
