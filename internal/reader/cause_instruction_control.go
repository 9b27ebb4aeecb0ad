package reader

import "strings"

// An instruction to the reader whose object is a named control of a screen
// is no cause. Rounds 46 and 122 (instructionToReader, instructionAfterLead)
// take an instruction verb followed by a plain object ("open the item",
// "use the website"); staff answering a question also name the control to
// use, as a menu path or a quoted label, right after the verb ("Yes: use
// Reports > Materials > Reels on hold and set the reason filter to MSL.",
// "In that case tap 'Request correction' underneath instead, ..."), which
// those objects do not take. The fault such a sentence names is one the
// reader should avoid or a setting to choose; a cause phrase or the model
// read it. Over every tuning set (round 172): 0 true / 4 false, all staff's
// and labelled fix, in four writers' sets:
//
//   - "In that case tap 'Request correction' underneath instead, and type
//     'species code wrong, HAD not COD' in the reason box." (styles60,
//     11-correct-species-code)
//   - "At tomorrow's visit, open patient 2905-006, choose Visits >
//     Unscheduled visit > Replace kit, ..." (styles99,
//     99-18-replace-damaged-kit-question)
//   - "Yes: use Reports > Materials > Reels on hold and set the reason filter
//     to MSL." (styles107, 107-05-msl-hold-call)
//   - "On the same page choose "Stop overseas monthly payments" with the
//     month after your first UK payday, so the card payment ends when the
//     employer deductions begin." (styles109, 109-07-overseas-to-uk-question)
//
// The verb must open the sentence (after "just", "please", "simply" or
// "then"), follow a lead-in of at most six words ending in a colon, a
// phrase of at most eight words opening on "when", "for", "on", ... and
// ending in a comma, or "on/in <the> ... page/screen/tab/..." or "in that case"
// with no comma. Its object is
// a quote opening right after it, or a menu path (" > ") later in the
// sentence. A verb of the same spelling inside a cause stays a cause: "On
// Monday a new room type "Deluxe Sea View" was created ..." (styles22 06)
// has no lead-in before "type".
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 172 (docs/quality.md, "Round 172").

// controlPlaces end an "On the same page" lead-in before an instruction.
// "In that case" ends one too.
var controlPlaces = newWordSet(map[string]bool{"page": true, "screen": true, "tab": true, "form": true,
	"menu": true, "window": true, "case": true})

// instructionToControl reports whether a sentence is an instruction to the
// reader whose object is a quoted label or a menu path.
func instructionToControl(text string, ts []string) bool {
	if len(ts) < 4 || !strings.Contains(text, " > ") && !(hasQuoteMark(text) || strings.Contains(text, "\u2018")) {
		return false
	}
	skip := func(k int) int {
		for k < len(ts) && (ts[k] == "just" || ts[k] == "please" || ts[k] == "simply" || ts[k] == "then") {
			k++
		}
		return k
	}
	var buf [16]string
	if controlObjectAt(text, ts, skip(0)) {
		return true
	}
	if c := strings.IndexByte(text, ':'); c > 0 && !(c+1 < len(text) && text[c+1] >= '0' && text[c+1] <= '9') {
		if head := tokens(text[:c], buf[:0]); len(head) > 0 && len(head) <= 6 && controlObjectAt(text, ts, skip(len(head))) {
			return true
		}
	}
	switch ts[0] {
	case "when", "for", "once", "on", "in", "after", "before", "at":
		if c := strings.IndexByte(text, ','); c > 0 {
			if head := tokens(text[:c], buf[:0]); len(head) > 0 && len(head) <= 8 && controlObjectAt(text, ts, skip(len(head))) {
				return true
			}
		}
		if ts[0] == "on" || ts[0] == "in" {
			for j := 1; j < len(ts) && j <= 5; j++ {
				if controlPlaces.has(ts[j]) {
					return controlObjectAt(text, ts, j+1)
				}
			}
		}
	}
	return false
}

// controlObjectAt reports whether ts[k] is an instruction verb (not "make")
// whose object is a quote opening right after it or a menu path later on.
func controlObjectAt(text string, ts []string, k int) bool {
	if k+1 >= len(ts) || !instructionVerbs.has(ts[k]) || ts[k] == "make" {
		return false
	}
	end := tokenEnd(text, ts, k)
	if end < 0 {
		return false
	}
	rest := text[end:]
	r := strings.TrimLeft(rest, " \t\n")
	for _, q := range []string{"\"", "'", "\u201c", "\u2018"} {
		if strings.HasPrefix(r, q) {
			return true
		}
	}
	return strings.Contains(rest, " > ")
}
