package reader

import "strings"

// Round 110: a follow-up record raised or tracked. Staff note that a defect,
// a problem record or a change request was opened for later work, or that the
// matter was added to or is tracked under one ("Raised defect LCDEV-2290 so
// 6.2.1 keeps locally installed printers.", "Panel upgrade tracked on
// LRL-3315.", "Added to PAY-118."): a step of the change process, not the
// remedy; what the record is for is still to be done. The verbs ("raised",
// "opened", "added") make the rules or the model read a step done. Counted
// over every tuning set (styles to styles94, -styleserrorstp): 15 false fix
// rows in 14 sets, one true:
//   - styles 02/6: "Raising a problem record to fix the other 36 before they
//     hit the same wall."
//   - styles3 05/9: "Follow-up CV-11810 raised to put a cable guard on the
//     tray ..."
//   - styles6 01/7: "Emergency change CHG-2291 raised to put it back to 25
//     MB, Ravi approving."
//   - styles9 01/9: "Added to fleet ticket FLT-902 for the 4.12 rollback."
//   - styles24 02/7: "Problem ticket NRN-P-114 raised for the upgrade
//     checklist ..."
//   - styles29 11/12: "Added to PAY-118."
//   - styles30 03/5: "Opened PRB-118 so the release job gives connections
//     back between sessions."
//   - styles42 03/10: "PRB-0311 opened against CHG-0917 (comms + device
//     compatibility check before OTA changes)."
//   - styles54 06/7: "CHG-0417 raised to upgrade the fleet next week."
//   - styles60 04/11: "PIR notes added to CHG-0318."
//   - styles63 04/8: "Will do - I've raised CHG-63-11 for that and it goes to
//     CAB on Thursday."
//   - styles65 07/1: "Raised replacement cylinder under W-22817, fitter
//     pencilled for Thursday AM."
//   - styles79 08/8: "Raised defect LCDEV-2290 so 6.2.1 keeps locally
//     installed printers."; 10/4: "Telemetrix case TMX-20931 raised, P1,
//     bridge number given."
//   - styles84 10/10: "Panel upgrade tracked on LRL-3315."
// The true row lost: styles55 18/3, "DEV-412 raised so the portal always
// serves the latest revision.", labelled a fix by its writer where styles30
// 03/5 and styles79 08/8, worded the same, are not. On validation the shape
// takes two false fixes and no true one (styles95-98's sums: fix fp 65 -> 63).
// A record raised "with" a party ("I've raised it with them as a priority
// case.", styles57) is a hand-off (fix_handed_on.go), not taken here.
// Left, as the true fixes with a record are: a credit note or an invoice
// raised ("I have raised credit note CN-20931 for the 9 days ...", styles48;
// "I've raised invoice SCES-INV-26-0415 ...", styles87), the record after the
// writer's step ("Added the 587 rule to the config backup template ...;
// raised with the vendor as case 88213.", styles; "Export now runs against
// the read replica; leak tracked as FERRY-3301.", styles28; "..., change
// logged as emergency CHG-0412.", styles62), "raised" as a level ("Pool
// raised to 120, ...", styles30).

// recordWords name a follow-up record without its number.
var recordWords = newWordSet(map[string]bool{"defect": true, "problem": true, "bug": true, "case": true, "prb": true})

// moneyRecords are the records a true fix raises: money put right.
var moneyRecords = newWordSet(map[string]bool{"credit": true, "invoice": true, "refund": true, "note": true,
	"order": true, "po": true, "payment": true})

// recordID reports whether a token is a record's number: letters, a hyphen,
// then a digit ("prb-118", "chg-63-11", "nrn-p-114").
func recordID(t string) bool {
	i := strings.IndexByte(t, '-')
	if i < 1 || i+1 >= len(t) {
		return false
	}
	for j := 0; j < i; j++ {
		if t[j] < 'a' || t[j] > 'z' {
			return false
		}
	}
	return strings.ContainsAny(t[i+1:], "0123456789")
}

// recordRaised reports whether a sentence tells a follow-up record raised or
// tracked (above): the writer's "raised/opened/logged" opening the sentence
// (after "will do", "i've", "also", ...) with a record named within three
// words and no money record; a record's number in the first four words
// followed by "raised/opened/logged"; "tracked in/on/under/as" or "added to"
// and a record within the first seven words.
func recordRaised(ts []string) bool {
	k := 0
	for k < len(ts) && (ts[k] == "will" || ts[k] == "do" || ts[k] == "i've" || ts[k] == "we've" ||
		ts[k] == "i" || ts[k] == "we" || ts[k] == "have" || ts[k] == "also" || ts[k] == "just") {
		k++
	}
	if k+1 < len(ts) {
		switch ts[k] {
		case "raised", "raising", "opened", "logged":
			for j := k + 1; j < min(len(ts), k+5); j++ {
				if moneyRecords.has(ts[j]) {
					return false
				}
				if recordID(ts[j]) || recordWords.has(ts[j]) {
					return true
				}
			}
		}
	}
	for i := 0; i+1 < min(len(ts), 5); i++ {
		if moneyRecords.has(ts[i]) {
			return false
		}
		if recordID(ts[i]) && (ts[i+1] == "raised" || ts[i+1] == "opened" || ts[i+1] == "logged") {
			return true
		}
	}
	for i := 0; i+2 < len(ts) && i < 7; i++ {
		if ts[i] == "tracked" && (ts[i+1] == "in" || ts[i+1] == "on" || ts[i+1] == "under" || ts[i+1] == "as") ||
			ts[i] == "added" && ts[i+1] == "to" && (i == 0 || addedNotes.has(ts[i-1])) {
			for j := i + 2; j < min(len(ts), i+5); j++ {
				if recordID(ts[j]) {
					return true
				}
			}
		}
	}
	return false
}

// addedNotes are what is added to a record rather than to a system: the
// matter itself ("Added to PAY-118."), notes, this.
var addedNotes = newWordSet(map[string]bool{"notes": true, "note": true, "this": true, "it": true, "details": true,
	"comment": true, "comments": true})
