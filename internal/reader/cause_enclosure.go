package reader

import "strings"

// A sentence that hands the reader an enclosure is no cause: staff's "I've
// attached the delivery report so you can see who they are", "Fee remission
// bands are attached: ...", "... charged at the flat rate (quote attached)"
// pass on a document, or note where they filed one ("I've attached them to
// the 6/9 and 6/16 reports"). A shape of staff sentences the rules or the
// model read as causes, seen in four writers' sets (tuning, round 100: 4
// false, no true one) and labelled fix or nothing there, never a cause:
//
//   - "Three weren't delivered; I've attached the delivery report so you can
//     see who they are." (styles14, 09-early-closure-message-not-received)
//   - "As that is an installation issue the repair isn't covered by
//     warranty, so it is charged at the flat rate (quote attached)."
//     (styles59, 15-transponder-rma)
//   - "Ruben has signed out of the crew app and back in, which re-sent the
//     stuck photos, and I've attached them to the 6/9 and 6/16 reports."
//     (styles71, 07-service-report-photos-missing; labelled fix)
//   - "Fee remission bands are attached: Band A £0, Band B £40, full fee
//     £135." (styles74, 12-spanish-improvers-setup; labelled fix)
//
// The enclosure: "attached" after the writer's "I've", "we've", "I/we
// have" (perhaps "also" or "just" between), or after "is"/"are" closing the
// sentence or before a colon, or closing a bracket ("(quote attached)").
// "Attached" of a thing linked to a record is a cause's own word and stays:
// "the manifest ... is still attached to YK17" (styles49), "published
// without an audio file attached" (styles21), "the smaller seating plan was
// attached afterwards" (styles90), all true causes. A word of reason
// ("because", "due", "caused", "why", "reason") keeps the sentence for the
// other rules. Under the borders settled for styles91 on (docs/labelling.md)
// a cause is what staff assert made the reported fault happen; an enclosure
// passes on evidence or a form.
//
// Refused in notCause, so the model is bound by it too (modelVeto). Cheap
// test first: the token "attached".
//
// Written in round 100 (docs/quality.md, "Round 100").

// enclosureNote reports whether a sentence hands the reader an enclosure,
// with no word of reason.
func enclosureNote(text string, ts []string) bool {
	at := -1
	for i, t := range ts {
		switch t {
		case "attached":
			if at < 0 {
				at = i
			}
		case "because", "due", "caused", "why", "reason":
			return false
		}
	}
	if at < 1 {
		return false
	}
	k := at - 1
	if ts[k] == "also" || ts[k] == "just" {
		k--
	}
	switch {
	case k < 0:
		return false
	case ts[k] == "i've" || ts[k] == "we've":
		return true
	case ts[k] == "have" && k > 0 && (ts[k-1] == "i" || ts[k-1] == "we"):
		return true
	}
	low := strings.ToLower(text)
	if strings.Contains(low, "attached)") {
		return true
	}
	if ts[at-1] != "is" && ts[at-1] != "are" {
		return false
	}
	return at == len(ts)-1 || strings.Contains(low, "attached:")
}
