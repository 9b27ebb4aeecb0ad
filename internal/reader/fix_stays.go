package reader

import "strings"

// Round 104: a thing that stays as it is. Staff tell what stays, remains or
// carries on as before ("Premium currency bought on Xbox stays on Xbox",
// "The £1,500 deposit stays recorded against the Harper booking", "Your own
// solar and battery carry on working as normal in the meantime"): how the
// product behaves, or what a change leaves alone, not a step. Counted over
// every tuning set (styles to styles90, -styleserrorstp): 15 false fix rows in
// 13 sets, no true one: styles4 12, styles6 03, styles9 16 (x2), styles13 06
// ("Any you moved to DPD stay on DPD."), styles19 02, styles25 14, styles45 04,
// styles55 04, styles64 03 ("... so it stays put."), styles66 07, styles80 15,
// styles81 16, styles88 04 ("3.14 stays off until fixed."), styles88 12.
// Left, as the true fixes that say so do: the writer's step or plan in the
// sentence ("so his account stays active", "I've ..."), an instruction (an
// imperative first, "please", "should", "you'll need", a menu path, "go to",
// "instead"), a step note (a first word in the past: "Re-applied the swap
// ..., mapping stays A=C12", "Done - ... will stay there"), "now", a step
// told as a state first ("Tom's login is deactivated; his bookings and notes
// stay on the account", styles66 08; "Sparx won't be offered anything new
// after 31 March, but the jobs they already hold stay with them", styles31
// 03), and "stay" as a noun ("short stay product", "stay rule").

// staysWriter are the words of the writer's step or plan, an instruction or a
// state reached, any of which leaves the sentence to the fix rules.
var staysWriter = newWordSet(map[string]bool{"i": true, "i've": true, "we've": true, "i'll": true, "we'll": true, "i'm": true,
	"we're": true, "i'd": true, "now": true, "please": true, "should": true, "must": true, "told": true,
	"asked": true, "done": true, "instead": true, "you'll": true, "need": true, "needs": true})

// stayNoun are the words before "stay" used as a noun.
var stayNoun = newWordSet(map[string]bool{"short": true, "long": true, "overnight": true, "minimum": true, "min": true,
	"extended": true, "a": true, "the": true, "your": true, "his": true, "her": true, "their": true})

// staysAsIs reports whether a sentence tells a thing that stays as it is
// (above).
func staysAsIs(text string, ts []string) bool {
	hit := false
	for i, t := range ts {
		switch {
		case staysWriter.has(t):
			return false
		case t == "stay" || t == "stays" || t == "remain" || t == "remains":
			hit = hit || i == 0 || !stayNoun.has(ts[i-1])
		case (t == "carry" || t == "carries") && i+1 < len(ts) && (ts[i+1] == "on" || ts[i+1] == "over"):
			hit = true
		}
	}
	if !hit || strings.ContainsAny(text, ">→") {
		return false
	}
	k := 0
	for k < len(ts) && (ts[k] == "so" || ts[k] == "and" || ts[k] == "also" || ts[k] == "then" || ts[k] == "just") {
		k++
	}
	if k == len(ts) || remedyBase[ts[k]] || clauseImperatives.has(ts[k]) || pastTold(ts[k]) {
		return false // an instruction, or a step note
	}
	for i := 0; i+1 < len(ts); i++ {
		if i < 5 && (ts[i] == "is" || ts[i] == "are" || ts[i] == "be") && len(ts[i+1]) > 4 && strings.HasSuffix(ts[i+1], "ed") {
			return false // a step told as a state
		}
		if ts[i] == "go" && ts[i+1] == "to" {
			return false
		}
	}
	return true
}

// pastTold reports whether a word is a verb in the past opening a step note:
// "-ed", or an irregular past of a step.
func pastTold(w string) bool {
	switch w {
	case "told", "sent", "put", "set", "made", "gave", "took", "found", "got", "did", "done", "rang", "spoke", "left", "kept":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}
