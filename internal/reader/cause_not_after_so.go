package reader

import "strings"

// What a check rules out, told after "so" without a verb, is not the cause:
// "Repro on test pet, 200KB PDF fails too, so not file size on our side."
// (styles70 07-vacc-uploads-quota), "Correction to the above: 5785 is a
// regular year, so not Adar I/II." (styles68 14-yahrzeit-letters-wrong-date),
// and told as a problem that was not there: "Your change of payment date was
// received correctly, so it wasn't a problem with the online form." (styles45
// 15-direct-debit-date). eliminationAfterSo (cause_elimination.go, round 37)
// takes only a closed list of words after "not"; these have a noun. The harm
// a cause did, told negated with its verb, stays a cause: "..., so it was not
// heating the direct thermal media" (styles2 02), "..., so it was not taken"
// (styles6 06), "..., so it wasn't in the file sent to the stores" (styles2
// 35).
//
// Written in round 74 (docs/quality.md, "Round 74"): 3 false causes on
// tuning (cross-validated view), no true one.

// notAfterSo reports whether the last "so" of a sentence (not its first word)
// is followed by "not" and then words none of which is a verb form, or by
// "it/that/this wasn't/isn't/was not/is not a problem/an issue/a fault".
func notAfterSo(ts []string) bool {
	k := lastSo(ts)
	if k < 0 {
		return false
	}
	for _, w := range ts {
		if w == "because" || w == "due" || w == "but" {
			return false
		}
	}
	j := k + 1
	if ts[j] == "not" {
		if j+1 >= len(ts) {
			return false
		}
		for _, w := range ts[j+1:] {
			if looksVerbal(w) {
				return false
			}
		}
		return true
	}
	if ts[j] != "it" && ts[j] != "that" && ts[j] != "this" {
		return false
	}
	j++
	switch {
	case j < len(ts) && (ts[j] == "wasn't" || ts[j] == "isn't"):
		j++
	case j+1 < len(ts) && (ts[j] == "was" || ts[j] == "is") && ts[j+1] == "not":
		j += 2
	default:
		return false
	}
	if j+1 >= len(ts) {
		return false
	}
	switch ts[j] + " " + ts[j+1] {
	case "a problem", "an issue", "a fault":
		return true
	}
	return false
}

// looksVerbal reports whether a word looks like a verb form: an "-ed" or
// "-ing" ending, a common irregular participle or past, or a modal.
func looksVerbal(w string) bool {
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	return irregularVerbal.has(w)
}

var irregularVerbal = newWordSet(map[string]bool{"taken": true, "sent": true, "paid": true, "found": true, "made": true,
	"done": true, "seen": true, "given": true, "shown": true, "run": true, "set": true, "put": true, "read": true,
	"built": true, "got": true, "gone": true, "known": true, "held": true, "kept": true, "left": true, "told": true,
	"brought": true, "bought": true, "caught": true, "sold": true, "written": true, "broken": true, "chosen": true,
	"driven": true, "frozen": true, "stolen": true, "stuck": true, "cut": true, "shut": true, "lost": true,
	"can": true, "could": true, "will": true, "would": true, "should": true, "must": true, "able": true,
	"working": true, "work": true, "works": true, "go": true, "goes": true, "get": true, "gets": true,
	"reach": true, "reaches": true, "arrive": true, "arrives": true, "show": true, "shows": true})
