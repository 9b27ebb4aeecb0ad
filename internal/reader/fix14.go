package reader

import "strings"

// Round 14: fixes reported as a step done, in the two forms of styles7-10
// the earlier rules missed. The writer or a named team of the staff's side
// reports the step ("I've given the cleaning group access", "we've also
// switched off the automatic retry", "our network team added the hostname
// to the allow-list"), or a terse note names the thing and the step done
// ("Smartcard ordered", "Resubmitted the port with the corrected code",
// "SMS route added: ..."). Both are read only through a word of doneSteps.

// doneSteps are the participles and past forms of the steps that remedy,
// grant or redo something.
var doneSteps = map[string]bool{"added": true, "given": true, "lifted": true, "unfrozen": true, "unfroze": true,
	"unlocked": true, "opened": true, "submitted": true, "resubmitted": true, "re-submitted": true, "sent": true,
	"resent": true, "re-sent": true, "issued": true, "reissued": true, "re-issued": true, "credited": true,
	"refunded": true, "enrolled": true, "registered": true, "linked": true, "relinked": true, "re-linked": true,
	"subscribed": true, "ordered": true, "imported": true,
	"uploaded": true, "re-uploaded": true, "created": true, "recreated": true, "re-created": true, "made": true,
	"switched": true, "turned": true, "moved": true, "replaced": true, "swapped": true, "routed": true,
	"rerouted": true, "re-routed": true, "patched": true, "rescheduled": true,
	"prioritised": true, "prioritized": true, "revoked": true, "cancelled": true, "canceled": true,
	"removed": true, "deleted": true, "reprocessed": true, "re-run": true, "rerun": true, "ran": true,
	"reverted": true, "deployed": true, "redeployed": true, "applied": true, "reapplied": true, "installed": true,
	"reinstalled": true, "updated": true, "upgraded": true, "reset": true, "restarted": true, "rebooted": true,
	"corrected": true, "amended": true, "granted": true, "extended": true, "increased": true, "overrode": true, "overridden": true, "allowlisted": true, "whitelisted": true,
	"enabled": true, "re-enabled": true, "disabled": true, "rebuilt": true, "flashed": true, "reflashed": true, "re-flashed": true, "cleared": true, "purged": true,
	"reauthorised": true, "re-authorised": true, "reauthorized": true, "re-authorized": true, "repaired": true,
	"re-paired": true, "unblocked": true, "released": true, "renewed": true, "rotated": true,
	"migrated": true, "backfilled": true,
	"rolled": true, "put": true, "set": true, "fitted": true, "refitted": true, "re-seated": true, "reseated": true}

// notStepObjects are the objects that make a done step a message or a step
// of the investigation ("I've opened a ticket with the vendor", "sent you the
// logs", "raised it with the supplier").
var notStepObjects = map[string]bool{"ticket": true, "case": true, "incident": true, "log": true, "logs": true,
	"screenshot": true, "screenshots": true, "question": true, "questions": true, "details": true,
	"summary": true, "invite": true, "invitation": true, "meeting": true, "call": true, "reminder": true,
	"survey": true, "feedback": true, "note": true, "report": true, "it": false, "query": true, "chaser": true,
	"with": true, "escalation": true, "issue": true, "bug": true, "jira": true,
	"image": true, "images": true, "photo": true, "photos": true, "picture": true, "pictures": true,
	"attachment": true, "attachments": true, "p1": true, "p2": true, "priority": true, "concern": true}

// messageWords name a message, whose sending is not a step of the fix.
var messageWords = map[string]bool{"email": true, "e-mail": true, "message": true, "reply": true,
	"response": true, "letter": true, "voicemail": true, "chat": true, "mail": true, "emails": true,
	"communications": true, "communication": true, "comms": true, "notification": true, "notice": true,
	"announcement": true}

// stepTeams are the staff-side teams whose step the writer reports ("our IT
// have added", "network team added").
var stepTeams = map[string]bool{"team": true, "it": true, "ops": true, "engineering": true, "engineers": true,
	"engineer": true, "technician": true, "support": true, "finance": true, "stores": true, "desk": true,
	"admin": true, "admins": true, "platform": true, "infra": true, "infrastructure": true, "network": true,
	"networks": true, "security": true, "facilities": true, "helpdesk": true, "on-call": true}

// fix14 reports whether a sentence reports a step done: the writer's or a
// staff team's step, or a terse note of one, by staff; the writer's own step,
// in reply and with no fault named, by a customer. Not a question, a
// plan, a condition, a hedge, a negated step, or a message sent.
func fix14(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if c.Opening || len(ts) < 2 || hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) {
		return false
	}
	k := stepAfterSubject(ts)
	if !staff && (k < 0 || negations.hasIn(sc) || problemWords.hasIn(sc) || contrastWords.hasIn(sc) ||
		ts[k] == "sent" || ts[k] == "resent" || ts[k] == "re-sent") {
		// a customer's own step done, in reply, with no fault after it ("ok I
		// uploaded the file"); what a customer sent is evidence, not a step
		return false
	}
	if k < 0 {
		k = terseStep(text, ts)
		if negations.hasIn(sc) {
			return false // "restart and reset don't help"
		}
		for _, w := range ts[:max(k, 0)] {
			if notStepObjects[w] || messageWords[w] {
				return false // "ticket assigned to L2", "email sent to the user"
			}
		}
	}
	if k < 0 || negAt(ts, k-3, k) || testEnv.hasIn(sc) || normally.hasIn(sc) {
		return false
	}
	for j, w := range ts {
		if w == "test" || w == "tests" || w == "testing" {
			return false // "I've sent a test scan and it arrived": the check of a fix, not the fix
		}
		if w == "case" && j > 0 && ts[j-1] == "in" {
			return false // "opened SSH access in case it happens again": a precaution
		}
	}
	for _, w := range ts[k+1 : min(len(ts), k+5)] {
		if notStepObjects[w] {
			return false
		}
	}
	if ts[k] == "sent" || ts[k] == "resent" || ts[k] == "re-sent" {
		for _, w := range ts {
			if messageWords[w] {
				return false // "we have sent an email to the DBA team": a message, not a step
			}
		}
	}
	return true
}

// stepAfterSubject returns where the step is in a sentence that opens (after
// "done", "ok", "thanks NAME" or "anyway") with the writer or a staff team and
// its done step ("I've also lifted the lockout", "our IT team added the
// key"), or -1.
func stepAfterSubject(ts []string) int {
	k := 0
	for k < len(ts) && k < 3 && (ts[k] == "done" || ts[k] == "ok" || ts[k] == "okay" || ts[k] == "anyway" ||
		ts[k] == "thanks" || ts[k] == "update" || ts[k] == "right") {
		k++
	}
	if k > 0 && k < len(ts) && ts[k-1] == "thanks" && ts[k] != "i" && ts[k] != "we" && ts[k] != "i've" && ts[k] != "we've" {
		k++ // "thanks Tom, I ran it"
	}
	if k >= len(ts) {
		return -1
	}
	switch ts[k] {
	case "i", "we", "i've", "we've":
		k++
	case "our":
		j := k + 1
		for j < len(ts) && j <= k+3 && !stepTeams[ts[j]] {
			j++
		}
		if j >= len(ts) || j > k+3 {
			return -1
		}
		k = j + 1
	default:
		if k+1 < len(ts) && stepTeams[ts[k+1]] && (ts[k] == "network" || ts[k] == "platform" || ts[k] == "it" ||
			ts[k] == "security" || ts[k] == "ops" || ts[k] == "support" || ts[k] == "finance") {
			k += 2 // "network team added the hostname"
		} else {
			return -1
		}
	}
	perfect := k > 0 && (ts[k-1] == "i've" || ts[k-1] == "we've")
	for k < len(ts) && (ts[k] == "have" || ts[k] == "has" || ts[k] == "also" || ts[k] == "now" || ts[k] == "just" ||
		ts[k] == "already" || ts[k] == "then") {
		perfect = perfect || ts[k] == "have" || ts[k] == "has"
		k++
	}
	if k >= len(ts) || !doneSteps[ts[k]] {
		return -1
	}
	if !perfect && !strings.HasSuffix(ts[k], "ed") && !pastOnly[ts[k]] {
		return -1 // "we re-run it nightly": a present that reads like a participle
	}
	return k
}

// pastOnly are doneSteps' simple pasts that do not end in -ed.
var pastOnly = map[string]bool{"sent": true, "made": true, "ran": true, "rebuilt": true, "unfroze": true,
	"overrode": true, "resent": true, "re-sent": true}

// terseStep returns where the step is in a terse note of one: a done step
// opening the note ("Resubmitted the port with ...", "Cancelled consent,
// sent a new link") or after a name of at most four words ("Smartcard
// ordered", "SMS route added: ..."), or -1. A note of a single step with no
// object ("Removed.") is too bare to say what was done unless it says how.
func terseStep(text string, ts []string) int {
	if digitWord(ts[0]) && !timeOrAddress(text) {
		return -1 // "63 records added": a count done reads as a restoration
	}
	k := terseAt(ts)
	if k < 0 {
		return -1
	}
	bare := true
	for _, w := range ts[k+1:] {
		bare = bare && digitWord(w)
	}
	if bare {
		return -1 // "Registered 03:03": no object to say what was done
	}
	for _, w := range ts[k+1:] {
		switch w {
		case "is", "are", "was", "were", "without":
			return -1 // "declarations sent then were held": a clause about the thing
		}
	}
	return k
}

// terseAt returns where terseStep's verb is, -1 when there is none.
func terseAt(ts []string) int {
	if doneSteps[ts[0]] && len(ts) >= 2 && ts[0] != "made" && ts[0] != "set" && ts[0] != "put" && ts[0] != "ran" {
		if digitWord(ts[1]) {
			return -1 // "sent 03 Oct 13:30": a date, not what was done
		}
		return 0
	}
	for k := 0; k < min(len(ts), 5); k++ {
		switch ts[k] {
		case "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "to", "the", "i", "we", "you",
			"if", "when", "not", "no", "never", "kindly", "please", "find":
			return -1 // a clause, not a note
		}
		if doneSteps[ts[k]] && ts[k] != "made" && ts[k] != "set" && ts[k] != "put" && ts[k] != "turned" &&
			ts[k] != "switched" && ts[k] != "rolled" && ts[k] != "ran" {
			return k
		}
	}
	return -1
}

// digitWord reports whether a word opens with a digit.
func digitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// timeOrAddress reports whether a note opens with a time ("02:04 W7
// flashed") or an address ("203.0.113.45 added to the ACL"), not a count.
func timeOrAddress(text string) bool {
	t := strings.TrimSpace(text)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t)-1 && (t[i] == ':' || t[i] == '.') && t[i+1] >= '0' && t[i+1] <= '9'
}
