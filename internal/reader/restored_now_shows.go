package reader

// Now shows (round 78, docs/quality.md "Round 78"): after the remedy, a
// display told as showing the right thing now, where nowHolds (recovered.go)
// refuses the sentence for its subject "it" or a figure after the verb:
// "Tolerance for Brook Street set to 20 minutes and the February report
// re-run: it now shows 99.4%, attached." (styles65 13), "I've corrected the
// time on Mrs Rowbotham's notice on the website, and it now reads 2.30pm at
// Hollins Crematorium." (styles68 08), "I have released the four holds, and
// the Sprinter now shows 8/12 for tomorrow." (styles38 07), "I have moved
// Marlow & Finch to Gold tier this morning, the portal now shows 18% trade
// discount ..." (styles76 07), "Your quote now shows 6 widths and new price,
// please can you open it again and check before you confirm the order?"
// (styles76 06), "Shampoo flow 45 ml/min on test cycle, level now reading
// 100%." (styles77 16), "... re-ran the cert link job, SO-241187 now shows the
// cert." (styles55 15).
//
// Refused: a display showing the fault ("now shows an error", "now shows
// 'no photos'", "now says Donor_Ref where we expect Participant_ID", styles52
// 06, a cause; "the inverter now reads export as import and never
// throttles", styles25 07), a wrong or old value, a nought or a blank, a
// contrast, a condition, a hope, the future, a request before the display
// ("please check it now shows ..."), a negation.

// nowShowsVerbs are the verbs of a display after "now".
var nowShowsVerbs = newWordSet(map[string]bool{"shows": true, "show": true, "showing": true, "reads": true,
	"reading": true, "displays": true, "displaying": true})

// nowShowsStops refuse the sentence anywhere: a fault shown, a contrast, a
// condition, the future.
var nowShowsStops = newWordSet(map[string]bool{"wrong": true, "wrongly": true, "incorrect": true, "incorrectly": true,
	"error": true, "errors": true, "old": true, "blank": true, "empty": true, "missing": true, "failed": true,
	"failing": true, "instead": true, "where": true, "expect": true, "expected": true, "never": true,
	"but": true, "still": true, "if": true, "whether": true, "once": true, "when": true, "unless": true,
	"will": true, "would": true, "should": true, "might": true, "may": true, "hope": true, "hopefully": true,
	"gone": true, "again": false, "duplicate": true, "twice": true, "unknown": true, "invalid": true,
	"offline": true, "why": true, "how": true})

// nowShowsBefore refuse the sentence before "now": a request or an attempt
// ("please check it now shows ...", "can you see if it now reads ...").
var nowShowsBefore = newWordSet(map[string]bool{"please": true, "can": true, "could": true, "try": true, "see": true,
	"check": true, "confirm": true, "make": true, "ensure": true})

// nowShows reports a display showing the right thing now (see above); after
// says the sentence follows the remedy or carries the writer's own.
func nowShows(ts []string, after bool) bool {
	if !after || len(ts) < 4 || len(ts) > 40 {
		return false
	}
	at := -1
	for k := 1; k+2 < len(ts); k++ {
		if ts[k] == "now" && nowShowsVerbs.has(ts[k+1]) {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	for k, t := range ts {
		if nowShowsStops.has(t) || k < at && nowShowsBefore.has(t) || t != "still" && negations.at(ts, k) {
			return false
		}
	}
	next := ts[at+2]
	if next == "as" && at+3 < len(ts) {
		next = ts[at+3]
	}
	switch next {
	case "0", "zero", "nothing", "none", "no", "up":
		return false // a nought or a blank; "now shows up" is isThere's
	}
	return true
}
