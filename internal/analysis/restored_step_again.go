package analysis

import "github.com/debriefhq/debrief/internal/reader"

// stepWaitsAgain reports whether staff's sentence sn, quoted as r, read as a
// restoration after the fault came back (restoredAfterLater), is a step that
// waits for a restoration in a later message, as round 177's step does in
// read (stepWaits): "Unlocked 4KD again.", "We've added capacity and yours
// is running now, at 41,000 of about 96,000 deals.", "It now has a fixed
// address, and the booking system prints through the hospital print server
// ...", "I've moved RH-12's reading out of the dehumidifier control for good,
// so RH-13 is in charge now." tell what staff did, not the service seen back;
// the customer's "Printed 3 just now all fine" or "Four nights now and it
// hasn't gone above 61%" after it is the restoration. Where none follows, the
// step is quoted. A step told with its result checked does not wait, and a
// request's or a change's step never does (stepsWait false: done where staff
// did it, the writer's TestSummaryRequestGranted).
func stepWaitsAgain(stepsWait, staff bool, sn reader.Sentence, r Quote) bool {
	return stepsWait && stepWaits(staff, sn, r)
}
