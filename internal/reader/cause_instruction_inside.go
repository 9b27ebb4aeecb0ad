package reader

import "strings"

// Round 235: an instruction to the reader inside the sentence is no cause.
// Rounds 46 and 122 refuse an instruction that opens the sentence, after a
// short phrase and a comma or a colon (instructionToReader,
// instructionAfterLead); staff also lead in with a purpose, a place on the
// screen with no comma, a reason and "so", or a longer phrase and a colon:
//
//   - "To release the stock, cancel the order in the Reserve back office under
//     Orders > Cancel with the reason "customer request"." (styles126 126-12)
//   - "On the sale screen press Age Check, then the red "Refuse" button, pick
//     the reason ... and tap Save." (styles126 126-04)
//   - "Most other sites accept the file as it is, so upload the .zip without
//     unpacking it." (styles120 120-08)
//   - "They come paired, so it's a straight swap: unplug the old probe, plug in
//     the new one and press the pair button once." (styles27 27-05)
//
// A cause phrase, "explained by consequence" or the model read each as a
// cause; the writers labelled each a fix or nothing. Over every cause Read
// read in the tuning sets the four forms are 0 true, 4 false in three
// writers. The instruction's verb must follow the lead-in at once and take an
// object, as in round 46's shape. Refused in notCause, so the model is bound
// too (modelVeto).

// insideInstructionVerbs are the verbs of an instruction inside a sentence:
// round 46's and a few more a reader is told to do.
var insideInstructionVerbs = newWordSet(map[string]bool{"cancel": true, "keep": true, "leave": true, "send": true,
	"add": true, "change": true, "check": true, "contact": true, "call": true, "try": true, "ask": true,
	"download": true, "save": true, "close": true, "clear": true, "follow": true, "resubmit": true, "resend": true})

// insidePlaces end a place on the screen that leads in an instruction with no
// comma ("On the sale screen press ...").
var insidePlaces = newWordSet(map[string]bool{"screen": true, "page": true, "menu": true, "tab": true, "app": true,
	"portal": true, "settings": true})

// insideInstructionAt reports whether ts[k:] opens on an instruction verb and
// its object, after "please", "just", "simply" or "then".
func insideInstructionAt(ts []string, k int) bool {
	for k < len(ts) && (ts[k] == "please" || ts[k] == "just" || ts[k] == "simply" || ts[k] == "then") {
		k++
	}
	if k+1 >= len(ts) || !(instructionVerbs.has(ts[k]) || insideInstructionVerbs.has(ts[k])) || ts[k] == "make" {
		return false
	}
	return instructionObjects.has(ts[k+1]) || determiners.has(ts[k+1])
}

// instructionInside reports whether a sentence gives the reader an
// instruction after a purpose ("To ..., "), a place on the screen, a reason
// and "so", or a lead-in of up to twelve words and a colon.
func instructionInside(text string, ts []string) bool {
	if len(ts) < 4 {
		return false
	}
	var buf [16]string
	if ts[0] == "to" {
		if c := strings.IndexByte(text, ','); c > 0 {
			if n := len(tokens(text[:c], buf[:0])); n <= 10 && insideInstructionAt(ts, n) {
				return true
			}
		}
	}
	if ts[0] == "on" || ts[0] == "in" {
		// the place's noun then the verb at once: its object may be a
		// button's name ("press Age Check")
		for j := 2; j+1 < len(ts) && j <= 6; j++ {
			if insidePlaces.has(ts[j-1]) && (instructionVerbs.has(ts[j]) || insideInstructionVerbs.has(ts[j])) && ts[j] != "make" {
				return true
			}
		}
	}
	for j := 1; j+2 < len(ts); j++ {
		if ts[j] == "so" && insideInstructionAt(ts, j+1) {
			return true
		}
	}
	if c := strings.IndexByte(text, ':'); c > 0 && !(c+1 < len(text) && text[c+1] >= '0' && text[c+1] <= '9') {
		if n := len(tokens(text[:c], buf[:0])); n > 0 && n <= 12 && insideInstructionAt(ts, n) {
			return true
		}
	}
	return false
}
