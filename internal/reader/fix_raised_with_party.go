package reader

// Round 238: a change raised with another party, told bare ("Raised with
// X ..."), is asked, not made. Round 128's raisedWith (fix_raised_with.go)
// takes "raised it/this/that with"; staff's note also drops the object:
// "Raised with Digital team to show the 10 MB limit in the upload message."
// (styles109 109-02/2, read by the model), "Raised with Systems: the
// application form should not create a second application for the same foal
// while one is open (BUG-412)." (styles121 121-07/7), "Raised with
// Beaconcast to fix the import (BC-98807)." (styles95 95-15/3). The change is
// the other party's and still to come; the writers label the note nothing.
//
// The shape: the sentence opens (after "I've", "I have", "also", "have")
// with "raised with". A "raised with" after a step told first stays a fix
// ("Added the 587 rule to the config backup template ...; raised with the
// vendor as case 88213.", styles 25, true), as does "raised" of a setting
// ("Raised the worker's size limit to 60 MB", styles96). Refused, with round
// 128's, among the staff's refusals of notStepTold's kind: in classify and in
// modelGuards' fix guard.

// raisedLeads may come before "raised" at a sentence's opening.
var raisedLeads = wordSetOf("i've", "i", "have", "also", "we've", "we", "has", "been")

// raisedWithParty reports whether a sentence (ts, its tokens) opens with a
// change raised with another party, bare (above).
func raisedWithParty(ts []string) bool {
	k := 0
	for k < len(ts) && k < 3 && raisedLeads.has(ts[k]) {
		k++
	}
	return k+1 < len(ts) && ts[k] == "raised" && ts[k+1] == "with"
}
