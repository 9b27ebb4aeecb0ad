package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Round 234: what staff sent or gave the caller, in the note that opens a
// ticket logged from a call. After the opening the same note is read as the
// fix by several rules ("Sent him the manifest PDF on WhatsApp ...",
// styles114; "Texted him the number so he can save it.", styles31; "Gave him
// his 7 on paper for now ...", styles85: nine rows labelled fix, one not),
// but classify reads no step in the opening message, which is the problem's
// statement when the customer writes it. When an agent writes it, the note
// tells the call, and its steps are the remedy, as round 47's
// talkedThroughOpening reads "Talked him through ...". Rows of the tuning
// sets, in the opening note of an agent, labelled fix and read as nothing
// before: "Gave him our sending domain and the two IP ranges to allowlist."
// (styles28), "Sent her the 6 PDFs by hand from my mailbox in the meantime."
// (styles51), "Gave her the path to check the library: Menu > Options > About
// > Drug Library, ..." (styles99), "Sent him the J-561002 PDF while on the
// phone." (styles113), "E-mailed him our one-page restart card for the control
// room." (styles115), "Emailed her the consignment agreement and the
// commission sheet." (styles123). Left unlabelled: "Sent her the link to the
// registration page." (styles12) and "Gave him the override code location
// (key safe by bin store) for the gate." (styles84); and "Gave her the ticket
// no., she'll forward error samples ..." (styles46), which the ticket's own
// words refuse here.
//
// An agent's sentence in the opening message, not a question, that opens
// (after "also", "then" or "and") with "sent", "gave", "e-mailed", "emailed"
// or "texted", then "him", "her" or "them" and a word after it, with no
// ticket, case or reference among the three words after the person.
var openingSentVerbs = wordSetOf("sent", "gave", "e-mailed", "emailed", "texted")

// openingSentAdmin after the person make what was given the ticket's own
// reference, not a remedy.
var openingSentAdmin = wordSetOf("ticket", "case", "reference", "ref", "incident")

// openingSent reports whether an agent's sentence in a logged call's opening
// note tells what was sent or given to the caller (above).
func openingSent(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || !c.Opening || c.Role != ticket.RoleAgent || len(ts) < 3 {
		return false
	}
	k := 0
	if ts[0] == "also" || ts[0] == "then" || ts[0] == "and" {
		k = 1
	}
	if k+2 >= len(ts) || !openingSentVerbs.has(ts[k]) || ts[k+1] != "him" && ts[k+1] != "her" && ts[k+1] != "them" {
		return false
	}
	if openingSentAdmin.anyIn(ts[k+2:min(len(ts), k+5)]) || endsQuestion(text) {
		return false
	}
	return formHit("fix:openingsent", text)
}
