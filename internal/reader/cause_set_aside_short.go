package reader

import "strings"

// A first diagnosis staff later set aside in a terse note of their own
// (round 205): the later sentence opens with the thing ruled out, "Not the
// tokens - Monday's re-registered ones are valid, ...", "So not the
// firewall.", "Not the base station in the end.", or names it and closes on
// "wasn't it": "Profile wasn't it.". Round 173's setAsideTerms wants "the
// cause / problem", "a red herring", "after all" or "wrong about"; these say
// none of them. The earlier cause that names the thing is refused as round
// 173's are (Context.SetAside, setAsideCause): "Both device tokens date from
// August; ... so APNs is dropping these pushes." (styles112), "It's the
// firewall change from last night - ..." (styles97), "The casework timeout
// comes from your laptop's VPN profile, ..." (styles104).
//
// Near misses that set nothing aside: the phrase running on ("Not the first
// time this happened.", "Not the end of the world"), a word that names no
// thing ("Not the whole problem.", "Not your fault."), a pronoun before
// "wasn't it" ("That wasn't it."), "wasn't it" asking ("It was the cable,
// wasn't it?").

// setAsideOpeningStop are the words after "not the" that name no thing.
var setAsideOpeningStop = map[string]bool{"whole": true, "only": true, "first": true, "same": true, "end": true,
	"case": true, "time": true, "point": true, "answer": true, "news": true, "best": true, "last": true, "usual": true,
	"right": true, "ideal": true, "most": true, "kind": true, "sort": true}

// setAsideOpening appends to out the words of a thing a staff sentence text
// sets aside by opening with it: "(So / But) not the / your / our X (Y)"
// closed by the sentence's end, a dash, a colon, a comma or a semicolon, or
// by "after all", "in the end" or "then".
func setAsideOpening(text string, out []string) []string {
	s := strings.ToLower(strings.TrimSpace(StraightApostrophes(text)))
	for _, lead := range []string{"so ", "but ", "ok, ", "ok "} {
		s = strings.TrimPrefix(s, lead)
	}
	rest, ok := strings.CutPrefix(s, "not ")
	if !ok {
		return out
	}
	found := false
	for _, d := range []string{"the ", "your ", "our "} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			rest, found = r, true
			break
		}
	}
	if !found {
		return out
	}
	end := strings.IndexAny(rest, "-:,;.!?–")
	if end < 0 {
		end = len(rest)
	}
	phrase := strings.TrimSpace(rest[:end])
	for _, tail := range []string{" after all", " in the end", " then"} {
		phrase = strings.TrimSuffix(phrase, tail)
	}
	ws := strings.Fields(phrase)
	if len(ws) == 0 || len(ws) > 2 {
		return out
	}
	for _, w := range ws {
		if setAsideOpeningStop[w] || !isLetters(w) {
			return out
		}
	}
	for _, w := range ws {
		out = setAsideWord(w, out)
	}
	return out
}

// setAsideNotIt appends to out the one or two words before a closing "wasn't
// it" / "was not it" of tokens ts: "Profile wasn't it." A question is no
// setting aside ("..., wasn't it?").
func setAsideNotIt(text string, ts []string, out []string) []string {
	n := len(ts)
	if n < 3 || ts[n-1] != "it" || endsQuestion(text) {
		return out
	}
	switch {
	case ts[n-2] == "wasn't" || ts[n-2] == "wasnt" || ts[n-2] == "isn't":
		return setAsideBefore(ts, n-2, out)
	case n >= 4 && ts[n-2] == "not" && (ts[n-3] == "was" || ts[n-3] == "is"):
		return setAsideBefore(ts, n-3, out)
	}
	return out
}

// isLetters reports whether w is all ASCII letters.
func isLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if (w[k] < 'a' || w[k] > 'z') && (w[k] < 'A' || w[k] > 'Z') {
			return false
		}
	}
	return w != ""
}
