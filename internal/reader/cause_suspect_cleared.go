package reader

import "strings"

// A suspect cleared, with no cause told in the sentence, is no cause. Staff
// rule a candidate out ("so it wasn't the token", "the upgrade wasn't it",
// "your connection won't be the cause") or say nothing on their side
// changed or was broken; the cause, when found, is told in a sentence of its
// own. Rounds 49 (ruledOutOnly) and 108 (candidateDismissed) refuse the
// dismissal that opens the sentence; these are the forms they let through,
// seen in the false causes of five writers of styles107-130 (round 242):
//
//   - after a short head and a colon: "Dev, found it: the upgrade wasn't it."
//     (styles129, 08-search-missing-preprints);
//   - after "so", the suspect named last: "Token is fresh now, so it wasn't
//     the token." (styles128, 07-mileage-export-xero);
//   - the suspect "won't be / isn't / wasn't the cause", then a comma and a
//     remark: "Your internet connection won't be the cause, the label is
//     made on our servers." (styles127, 09-label-address-invalid);
//   - "nothing" as the subject of a change or a breach: "Nothing changed our
//     side since the March release." (styles121, 06-ner-upload-rejected),
//     "Nothing you posted broke our guidelines." (styles122,
//     01-photo-check-suspension).
//
// The dismissal that goes on to the cause stays: "The switch was not the
// cause after all: Arcwell have confirmed a fault ..." (styles108), "The
// TOML parser isn't the problem; v2.3.0 stopped ..." (styles), "The SIM was
// barred by Norvane ..., so the power cut isn't it." (styles127, the cause
// told before "so" at length), "..., so it wasn't in the file sent to the
// stores." (styles2, no suspect after the negation). Refused in notCause, so
// the model is bound by it too (modelVeto).
//
// Written in round 242 (docs/quality.md, "Round 242").

// clearedVerbs are what "nothing" did in a denial: "Nothing changed",
// "Nothing you posted broke".
var clearedVerbs = newWordSet(map[string]bool{"changed": true, "broke": true, "breaks": true, "changes": true,
	"happened": true})

// clearedReason are the words by which a sentence goes on from the dismissal
// to a cause.
var clearedReason = newWordSet(map[string]bool{"because": true, "due": true, "caused": true, "causes": true,
	"but": true, "instead": true, "rather": true, "it's": true, "that's": true, "which": true, "why": true})

// suspectCleared reports whether a sentence clears a suspect and tells no
// cause.
func suspectCleared(text string, ts []string) bool {
	n := len(ts)
	if n < 3 || n > 16 {
		return false
	}
	if ts[0] == "nothing" {
		return nothingChanged(ts)
	}
	if clearedReason.anyIn(ts) {
		return false
	}
	return clearedAfterColon(text) || clearedAfterSo(ts) || notTheCause(text)
}

// nothingChanged: "Nothing changed our side ...", "Nothing you posted broke
// ...", with no "so" after it (a consequence told).
func nothingChanged(ts []string) bool {
	if len(ts) > 10 || clearedReason.anyIn(ts) {
		return false
	}
	for _, w := range ts {
		if w == "so" {
			return false
		}
	}
	if clearedVerbs.has(ts[1]) {
		return true
	}
	switch ts[1] {
	case "you", "we", "they", "i":
		return len(ts) > 3 && clearedVerbs.has(ts[3])
	}
	return false
}

// clearedAfterColon: a head of at most four words, a colon, and a clause
// that ends on "X wasn't it" / "X isn't it".
func clearedAfterColon(text string) bool {
	i := strings.IndexByte(text, ':')
	if i < 0 {
		return false
	}
	var buf [16]string
	if len(tokens(text[:i], buf[:0])) > 4 {
		return false
	}
	rest := strings.TrimRight(strings.TrimSpace(text[i+1:]), ".! ")
	if strings.ContainsAny(rest, ":;,") || strings.Contains(rest, " - ") {
		return false
	}
	rt := tokens(rest, buf[:0])
	k := len(rt)
	if k < 3 || k > 8 || rt[k-1] != "it" {
		return false
	}
	switch rt[k-2] {
	case "wasn't", "isn't":
		return true
	case "not", "never":
		return rt[k-3] == "was" || rt[k-3] == "is"
	}
	return false
}

// clearedAfterSo: a short state (at most six words), "so it wasn't the X."
// with at most three words of the suspect.
func clearedAfterSo(ts []string) bool {
	k := lastSoClause(ts)
	if k < 1 || k > 6 || k+3 >= len(ts) || ts[k+1] != "it" {
		return false
	}
	j := k + 2
	switch {
	case ts[j] == "wasn't" || ts[j] == "isn't":
		j++
	case (ts[j] == "was" || ts[j] == "is") && j+1 < len(ts) && ts[j+1] == "not":
		j += 2
	default:
		return false
	}
	return j < len(ts) && dismissedSuspectWords.has(ts[j]) && len(ts)-j <= 4
}

// notTheCause: the opening clause ends "won't be / isn't / wasn't / can't be
// the cause" and a comma follows, or the sentence ends there.
func notTheCause(text string) bool {
	open, rest := openingClause(text)
	rest = strings.TrimSpace(rest)
	if rest != "" && !strings.HasPrefix(rest, ",") && strings.Trim(rest, ".! ") != "" {
		return false
	}
	var buf [16]string
	oc := tokens(open, buf[:0])
	n := len(oc)
	if n < 4 || oc[n-2] != "the" {
		return false
	}
	switch oc[n-1] {
	case "cause", "problem", "culprit":
	default:
		return false
	}
	switch oc[n-3] {
	case "isn't", "wasn't":
		return true
	case "be":
		return oc[n-4] == "won't" || oc[n-4] == "can't" || oc[n-4] == "wouldn't"
	case "not":
		return oc[n-4] == "is" || oc[n-4] == "was"
	}
	return false
}
