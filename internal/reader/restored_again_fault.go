package reader

import "slices"

// The customer's news that the fault is there again (round 157,
// docs/quality.md "Round 157"): "both are rejected again, same POLICY 4.2",
// "Kilcaddon's export is short again.", "same problem with HB-881702 ...,
// Submit is grey again.", "again empty labels, 4 now." The "thing at work
// again" rule and the model read "again" as the service working again; a
// word of the fault beside it (rejected, short, grey, empty, blank, cut,
// stuck, crashing, closing, failing, missing, wrong ...) or "same" (the same
// fault) says the reported fault is what came back. Round 139's
// regretRecurrence asks for a word of regret; round 94's recurrenceTold for
// "it's happened again" or a bare "it's back". Tuning rows, labelled problem
// (or none) and read as restored before (-styleserrorstp, every tuning set):
//
//   - "Annoyingly we had another short power cut this morning and it's gone
//     into standby again, stuck at 40%." (styles7 20);
//   - "the label printer in stores is again printing empty labels, since
//     yesterday afternoon." (styles59 04);
//   - "again today the same, three times in the morning." (styles94 04);
//   - "This morning's labels are cut off again, same as before, and I
//     haven't touched anything." (styles98 03);
//   - "both are rejected again, same POLICY 4.2" (styles103 03);
//   - "Kilcaddon's export is short again." (styles104 07);
//   - "same problem with HB-881702 from last night at the magistrates,
//     Submit is grey again." (styles105 02);
//   - "again empty labels, 4 now." (styles106 04);
//   - "It is closing again, now on all 3 handhelds!!" (styles46 16).
//
// The customer's only: staff's "again" beside a fault word is often the fix
// told ("Moved that message to the error queue, channel flowing again.",
// styles37 12, true). A word of the thing working (works, working, running,
// fine, ok, right, correct, properly, can, back, fixed ...) keeps the row
// ("Cleared storage, downloaded the assets again and it works.", styles2 13;
// "got them, line 2 running again ...", styles82 11; "Can confirm the empty
// [server] section gets it running again.", styles 16: true), and so does a
// negation just before the fault word ("no errors again").

// againFaultWords tell the reported fault (or the same one) beside "again".
var againFaultWords = newWordSet(map[string]bool{
	"same": true, "rejected": true, "rejecting": true, "short": true, "grey": true, "greyed": true,
	"empty": true, "blank": true, "cut": true, "stuck": true, "crashing": true, "crashed": true,
	"closing": true, "failing": true, "failed": true, "missing": true, "wrong": true, "frozen": true,
	"freezing": true, "broken": true,
})

// againWorkingWords tell the thing working: the row stays a restoration.
var againWorkingWords = newWordSet(map[string]bool{
	"works": true, "work": true, "working": true, "worked": true, "running": true, "fine": true,
	"ok": true, "okay": true, "right": true, "correct": true, "correctly": true, "properly": true,
	"can": true, "back": true, "fixed": true, "sorted": true, "normal": true, "without": true,
	"resolved": true, "thanks": true, "thank": true,
})

// againFault reports the customer's news that the fault is there again (see
// above); ts is the sentence's tokens.
func againFault(ts []string) bool {
	if !slices.Contains(ts, "again") {
		return false
	}
	fault := false
	for j, t := range ts {
		if againWorkingWords.has(t) {
			return false
		}
		if againFaultWords.has(t) && !negAt(ts, j-2, j) {
			fault = true
		}
	}
	return fault
}
