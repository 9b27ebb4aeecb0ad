package reader

// The customer's past working state, dated before the fault (round 202,
// docs/quality.md "Round 202"): "Yesterday afternoon it was ok.", "I checked
// yesterday it was ok.", "Yesterday it worked for the same wine.", "my
// partner did the first few last month from her samsung and they worked
// fine", "... only today , before its going fine without any problem". The
// customer tells when the thing last worked, the history of the fault, often
// as the answer to staff's "when did it last work?"; the "restored words"
// and "recent occasion" rules read the working state as the service back.
// Tuning rows, the customer's, read as restored before and labelled problem
// or none:
//
//   - "Yesterday it was working all the shift." (styles13 07);
//   - "yesterday it was work after reception but today morning again red
//     light." (styles32 02);
//   - "my partner did the first few last month from her samsung and they
//     worked fine" (styles48 09);
//   - "I checked yesterday it was ok." (styles73 02);
//   - "Yesterday it worked for the same wine." (styles73 07);
//   - "Yesterday afternoon it was ok." (styles110 16);
//   - "please note its appear only for this user for all accounts and only
//     today , before its going fine without any problem" (Mendeley heldout
//     1005845 6.1).
//
// The date is the token "yesterday" ("yesterday's" is a noun's modifier: "It
// worked fine for the rest of yesterday's sessions.", styles29 02, true),
// "last" and a week, month or year, or "before" and a subject ("before it
// was fine"). A word of the state since or now ("now", "since", "still") keeps
// the row a restoration, and so does "again" unless a "but" turns to the fault.

// datedWorkingWords are the working states a past verb or "going" introduces.
var datedWorkingWords = newWordSet(map[string]bool{
	"ok": true, "okay": true, "fine": true, "working": true, "work": true, "normal": true, "good": true,
})

// datedWorkingLeads introduce a working state: "it was ok", "its going fine".
var datedWorkingLeads = newWordSet(map[string]bool{
	"was": true, "were": true, "going": true, "its": true, "it's": true,
})

// datedPeriods follow "last" as a date before the fault.
var datedPeriods = newWordSet(map[string]bool{"week": true, "month": true, "year": true, "time": true})

// datedBeforeSubjects follow "before" as the start of a clause, not a
// preposition ("before 12:00").
var datedBeforeSubjects = newWordSet(map[string]bool{"it": true, "its": true, "it's": true, "that": true, "this": true, "they": true})

// pastWorkingDatedWhen are the words pastWorkingDated looks for, a set made once.
var pastWorkingDatedWhen = wordSetOf("yesterday", "last", "before")

// pastWorkingDated reports the customer's past working state dated before
// the fault (see above); ts is the sentence's tokens.
func pastWorkingDated(ts []string) bool {
	if !pastWorkingDatedWhen.anyIn(ts) {
		return false
	}
	dated, working, but, again := false, false, false, false
	for i, t := range ts {
		switch t {
		case "now", "since", "still":
			return false
		case "but":
			but = true
		case "again":
			again = true
		case "yesterday":
			dated = true
		case "last":
			dated = dated || datedPeriods.has(nextToken(ts, i))
		case "before":
			dated = dated || datedBeforeSubjects.has(nextToken(ts, i))
		case "worked":
			working = true
		}
		if datedWorkingWords.has(t) && i > 0 && datedWorkingLeads.has(ts[i-1]) {
			working = true
		}
	}
	return dated && working && (!again || but)
}
