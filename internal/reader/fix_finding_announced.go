package reader

import "strings"

// Round 222: a finding announced, then told after a colon or a dash, is no
// remedy and no restoration. Staff open on having found the fault ("We've
// found it:", "We've found the cause:", "I've found why:", "We've traced
// it:", "We've got to the bottom of it:", "That's it:") and tell, after the
// colon or the dash, what broke: a change, a move, a record created, a
// setting. The fault's own verbs ("moved", "changed", "created", "updated")
// read as a step taken, and a "came back on a different address" as a
// service back. The labellers give such a sentence the cause, never the fix
// or the restoration. Tuning rows read as a fix, labelled cause and not fix
// (-styleserrors fix -styleserrorstp, every tuning set; docs/quality.md
// "Round 222"):
//
//   - "Found it - the old tracking-sync job on our reporting server, ..."
//     (styles18 05, the customer's finding);
//   - "We've found the cause in the LinkBox logs: the RS485 cable ... isn't
//     terminated at the battery end, ..." (styles25 09);
//   - "We've got to the bottom of it: the fisheries ERS server changed its
//     security certificate on Tuesday ..." (styles60 10);
//   - "We've found it - the credit bureau moved their service to new servers
//     on Saturday ..." (styles62 01) and "We've found the real cause now: our
//     integration team changed the security key ..." (styles62 06);
//   - "We've found the cause: when head office updated the rates on Friday,
//     ..." (styles69 01);
//   - "We've found the cause: since the 4.12 update, ..." (styles70 01) and
//     "We've found why: the text-message fallback only kicks in ..."
//     (styles70 05);
//   - "I've found why: our invitations ... and last Friday your domain's
//     e-mail settings (the SPF record) were changed ..." (styles81 10);
//   - "We've found it: during Saturday's microphone work ..., the network
//     ports for seats 41 to 48 were set up for the audio-visual system, ..."
//     (styles104 01);
//   - "We've traced it: when Castlegate moved to Orme Street, the new centre
//     record was created under a new site code, ..." (styles109 01);
//   - "That's it then: changing the password signs out every app ..."
//     (styles118 10);
//   - "We've found it: a bulk update from the District on Saturday changed
//     your role to Section Assistant, ..." (styles119 02);
//   - "That's it: you have two separate Plus subscriptions, ..." (styles122
//     02);
//
// and read as restored: "Found it: the firmware update wiped the router's
// DHCP reservations, and the hub came back on a different address ..."
// (styles118 01). No tuning row labelled fix or restored opens so: "found
// it, done." and "Found it, thanks Owen - ..." are the customer finding a
// menu, with a comma before any colon or dash ("found it, refunded,
// customer happy :)"), which the announcement may not have; "That's it - 172,801 rows at 1 s, ..." (styles100) is
// the customer's result after a dash, so "that's it" takes the colon only;
// "The cause was a fault at our mobile data provider, now fixed on their
// side." (styles32) announces nothing. A step of the writer's after the
// colon ("...: the job was off; we've switched it back on") keeps the
// sentence as the other rules read it. Refused among classify's refusals and
// in modelVeto's fix guard, and in notRestored, for any writer.

// findingWriters may open the announcement ("We've found it").
var findingWriters = newWordSet(map[string]bool{"we've": true, "i've": true, "we": true, "i": true, "have": true,
	"now": true, "finally": true, "ok": true, "right": true, "so": true})

// findingCauseNouns follow "found the" in an announcement.
var findingCauseNouns = newWordSet(map[string]bool{"cause": true, "problem": true, "issue": true, "reason": true,
	"culprit": true, "fault": true})

// findingAnnouncedLead is how many words may stand between the
// announcement and its colon ("We've found the cause in the LinkBox logs:").
const findingAnnouncedLead = 5

// findingAnnounced reports whether a sentence opens on a finding announced
// and tells it after a colon or a dash (see above): text is the sentence,
// ts its tokens.
func findingAnnounced(text string, ts []string) bool {
	k := 0
	for k < len(ts) && k < 3 && findingWriters.has(ts[k]) {
		k++
	}
	end, colonOnly := -1, false
	switch {
	case k+1 < len(ts) && ts[k] == "found":
		switch {
		case ts[k+1] == "it" || ts[k+1] == "why":
			end = k + 1
		case k+2 < len(ts) && ts[k+1] == "the" && findingCauseNouns.has(ts[k+2]):
			end = k + 2
		case k+3 < len(ts) && ts[k+1] == "the" && (ts[k+2] == "real" || ts[k+2] == "root") && findingCauseNouns.has(ts[k+3]):
			end = k + 3
		}
	case k+1 < len(ts) && ts[k] == "traced" && ts[k+1] == "it":
		end = k + 1
	case k+4 < len(ts) && ts[k] == "got" && ts[k+1] == "to" && ts[k+2] == "the" && ts[k+3] == "bottom":
		end = k + 3
		if ts[k+4] == "of" {
			end = k + 5
		}
	case k == 0 && len(ts) > 2 && ts[0] == "that's" && ts[1] == "it":
		end, colonOnly = 1, true
	case k == 0 && len(ts) > 3 && ts[0] == "that" && ts[1] == "is" && ts[2] == "it":
		end, colonOnly = 2, true
	}
	if end < 0 || end >= len(ts) {
		return false
	}
	at := tokenEnd(text, ts, end)
	if at < 0 {
		return false
	}
	rest := text[at:]
	mark := findingMark(rest, colonOnly)
	if mark < 0 || strings.Contains(rest[:mark], ",") || len(tokens(rest[:mark], nil)) > findingAnnouncedLead {
		return false
	}
	after := tokens(rest[mark:], nil)
	for i, t := range after {
		if t == "i've" || t == "we've" || (t == "i" || t == "we") && i+1 < len(after) && after[i+1] == "have" {
			return false // the writer's step told after the finding
		}
	}
	return true
}

// findingMark returns where the first colon, or dash standing alone between
// spaces (not a hyphen inside a word: "follow-up"), is in s, or -1; with
// colonOnly the colon alone.
func findingMark(s string, colonOnly bool) int {
	for i, r := range s {
		switch {
		case r == ':':
			return i
		case colonOnly:
		case (r == '-' || r == '\u2013' || r == '\u2014') && i > 0 && s[i-1] == ' ' && strings.HasPrefix(s[i+len(string(r)):], " "):
			return i
		}
	}
	return -1
}
