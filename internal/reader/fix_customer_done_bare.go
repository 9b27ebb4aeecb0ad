package reader

// Round 230: a customer's bare "done" after staff's instruction is no fix.
// docs/labelling.md's borders table (from styles91 on) settles it: "a
// customer's 'ok, doing that now' after an instruction: nothing; the
// instruction is the fix". The sentence says only that the step asked was
// taken, in at most six words of assent and "done" / "did" ("ok done.",
// "Done that.", "perfect, done.", "I did it.", "done both", "found it,
// done."), with nothing of what it did or what was seen. Rounds 11 and 58
// (fix_done_reply.go's customerDone, fix_forms.go's didReported) read it as
// the fix, as most writers before styles91 labelled it; from styles91 on it is
// 1 true (styles114 114-09/6, whose label contradicts the table) against 11
// false (styles92, 94, 104, 108, 110, 116, 118, 119 twice, 121 twice;
// docs/quality.md "Round 230"). A "done" with a result ("done, shows silver
// now") or a failure ("done, still nothing"), or a named step ("Done - new
// certificate uploaded at 10:20"), is not refused here. Refused among
// classify's fix refusals for the customer and in modelVeto's fix guard.

// doneBareWords are the words a bare "done" is made of: assents, thanks and
// the step taken told with no step named.
var doneBareWords = newWordSet(map[string]bool{"ok": true, "okay": true, "yes": true, "yep": true, "yeah": true,
	"right": true, "alright": true, "perfect": true, "brilliant": true, "great": true, "thanks": true,
	"thank": true, "you": true, "cheers": true, "thx": true, "done": true, "did": true, "i": true, "we": true,
	"it": true, "that": true, "this": true, "both": true, "all": true, "found": true, "that's": true,
	"thats": true, "now": true, "just": true, "those": true, "of": true})

// doneBareMax is the most words a bare "done" has.
const doneBareMax = 6

// customerDoneBare reports whether a customer's sentence (ts, its tokens) is
// a bare "done" or "did" (above).
func customerDoneBare(ts []string) bool {
	if len(ts) == 0 || len(ts) > doneBareMax {
		return false
	}
	step := false
	for _, w := range ts {
		if !doneBareWords.has(w) {
			return false
		}
		step = step || w == "done" || w == "did"
	}
	return step
}
