package reader

import "strings"

// A report of two or more remedy steps told as the fix, with no subject or
// with a named doer whose verbs round 172's lists lack, is no cause: "Cut out
// the damaged length, jointed in new screened cable with a resin splice,
// re-clipped it in a new tray section clear of the track." (styles115), "Pete
// cut out the junction box, fitted a sealed one and re-terminated the line."
// (styles111). The damaged part the first step takes away reads as a fault to
// the model or a cause phrase; the sentence only says what was done about it.
// Round 214 sorted the causes the reader reads in the message of a ticket's
// first fix, at or after the fix sentence (tuning 103 true / 33 false): a step
// told is their largest shape (10 rows in 10 sets), and the fix sentence itself
// read as a cause its core. Over every tuning row read as a cause this form
// is 0 true / 6 false, all staff's and labelled fix, in five writers' sets:
//
//   - "Cut out the damaged length, jointed in new screened cable ..., re-clipped
//     it in a new tray section clear of the track." (styles115,
//     115-10-bmu-wind-sensor-cable; the model)
//   - "Re-calibrated L hoist load cell with test weights, reset overload."
//     (styles115, 115-11-cradle-hoist-overload; a cause phrase)
//   - "Pete cut out the junction box, fitted a sealed one and re-terminated the
//     line." (styles111, 111-14-va-zone-e2-fault; the model)
//   - "Added RP-IND-2 as an equivalent of RCA-IND in the DoseTrack access rule,
//     approved by the RP Supervisor (Anna Whitlow) by phone." (styles103,
//     103-07-contractors-refused-epd-issue; the model)
//   - "Changed the allowed list in the MDM Bluetooth payload to match on the
//     printers' MAC prefix instead of the name, pushed to all 16 Ludlow and 22
//     Shrewsbury handhelds." (styles100, 100-16-handheld-printers-unpaired;
//     the model)
//   - "Restored the 7 bibs from the 20/03 02:00 backup, re-loaded the 7
//     e-audio records as new, suppressed." (styles17, 13-marc-load-overlay;
//     the model)
//
// The shape is round 172's stepsReported (two steps in one clause, no word of
// a cause, no lead-in colon) with the first word the step itself, and a step's
// past form taken more widely: any remedial verb's past (remedyForms), a
// "re-" verb's past, "cut"; after a bare opening step, any past in "-ed"
// carries the note on ("..., approved by ...", "..., pushed to ..."). A thing
// as the subject stays a cause ("Windows Update ran overnight and swapped the
// Ricoh driver ...", styles22), and so does a bare note of what failed ("Job
// ... started 02:00, killed 03:00 by scheduler timeout", styles69: "job"
// opens it, a thing). Over the same rows no true cause has the form.
//
// Refused in notCause, so the model is bound too (modelVeto).
//
// Written in round 214 (docs/quality.md, "Round 214").

// stepToldPast reports whether w is the past form of a remedy step: round 46's,
// 99's and 172's lists, any remedial verb's past, a "re-" verb's past
// ("re-terminated", "re-clipped"), or "cut".
func stepToldPast(w string) bool {
	return stepPast.has(w) || stepsMorePast.has(w) || stepPastMore.has(w) || remedyForms[w] == 'p' || w == "cut" ||
		strings.HasPrefix(w, "re-") && strings.HasSuffix(w, "ed")
}

// stepsToldBare reports whether a sentence reports two or more remedy steps,
// with no subject or after a named doer, in round 172's shape.
func stepsToldBare(text string, ts []string) bool {
	return stepsReportIn(text, ts, stepToldPast, true)
}
