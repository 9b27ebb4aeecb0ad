package reader

// The customer's bare "found it" after staff's pointer (round 151,
// docs/quality.md "Round 151"): "ok found it.", "Thanks, found it.", "Ok
// found it, thank you." The customer has found the page, the
// file or the setting staff pointed to; the labels give no act (the pointer
// is the answer, nothing was broken and back). The "after a remedy" rule read
// them as the thing working now. Tuning rows, labelled none and read as
// restored before (-styleserrorstp, every tuning set):
//
//   - "ok found it." (styles56 07, styles65 04);
//   - "Thanks, found it." (styles85 07);
//   - "Ok found it, thank you." (styles60 17).
//
// 4 rows in 4 sets, no true row of the shape. The bare "got it." is left: 4
// false rows ("got it.", styles57 04, 91 16, 98 07; "ok got it.", 84 02)
// against 1 true ("got it.", styles92 11, the SMS that had not arrived).
// Kept as restorations: a word of praise before ("Perfect, found it.", styles27 08, true), anything after
// "it" but thanks ("Found it, the fee is gone now.", true; "found it, done."
// is left to the rules), and thanks without an "ok" before.

// bareFoundItOpen are the words that may open the bare "found it".
var bareFoundItOpen = newWordSet(map[string]bool{"ok": true, "okay": true, "ah": true, "thanks": true})

// bareFoundIt reports the customer's bare "found it" (see above);
// ts is the sentence's tokens.
func bareFoundIt(ts []string) bool {
	if len(ts) < 2 || len(ts) > 6 {
		return false
	}
	k, ok := 0, false
	for k < len(ts) && bareFoundItOpen.has(ts[k]) {
		ok = ok || ts[k] == "ok" || ts[k] == "okay"
		k++
	}
	if k+2 > len(ts) || ts[k] != "found" || ts[k+1] != "it" {
		return false
	}
	rest := ts[k+2:]
	switch {
	case len(rest) == 0:
		return true
	case !ok:
		return false
	case len(rest) == 1:
		return rest[0] == "thanks" || rest[0] == "cheers" || rest[0] == "ta"
	case len(rest) == 2:
		return rest[0] == "thank" && rest[1] == "you"
	}
	return false
}
