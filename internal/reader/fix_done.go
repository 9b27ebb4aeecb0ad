package reader

import "strings"

// Fixes reported as a step done: a customer's report of their own step in
// reply ("I re-entered the code and it took it"), a change gone live, a
// step sent to the reader, an attempt by anyone to switch something off and
// on, the writer's or a named staff team's step ("I've given the cleaning
// group access", "our network team added the hostname to the allow-list"),
// a terse note of the thing and the step ("Smartcard ordered", "Key entered
// 11:52", "Build 8 promoted to prod 31/07"), a named person's step in the
// third person ("Mr Harlow re-authorised it this morning"), a customer's
// terse step, and a prevention note of what now happens ("Prevention: the
// portal now refuses ..."). In an opening, a customer's own attempts count
// only when they say it did not help (failedAttempt).
//
// Written in rounds 11, 14, 16 and 19 (docs/quality.md, "Round 11",
// "Round 14", "Round 16", "Round 19").

// didWords open a customer's report that the step asked of them is done:
// "Done that.", "did that, still 5003", "We did the download in all 8",
// "I did everything but ...", "Done both of those this morning".
var didObjects = newWordSet(map[string]bool{"that": true, "it": true, "this": true, "both": true, "all": true,
	"everything": true, "the": true, "so": true, "those": true, "them": true, "as": true})

// didReported reports whether a customer (after the opening) says they did
// the step asked or tried one: "done"/"did" (after any ok, yes, thanks or a
// first person) before its object, "tried <something>", and "off and on"
// ("We have turned them off and on", "switched the printer off and on, no
// change"). Not a question, a negation ("didn't do that"), a plan ("will do
// that") nor "did" as an auxiliary ("did it work?", "did you get").
func didReported(ts []string) bool {
	if !didForm(ts) {
		return false
	}
	for _, t := range ts {
		switch t {
		case "fine", "worked", "works", "working", "perfect", "perfectly":
			return false // "Done, all four are fine now": the restoration
		}
	}
	return true
}

// didForm reports didReported's forms before its refusal, which runs only
// on a sentence that has one.
func didForm(ts []string) bool {
	for k := 0; k+1 < len(ts) && k <= 6; k++ {
		t := ts[k]
		switch t {
		case "done", "did":
			if k > 0 {
				p := ts[k-1]
				if p != "i" && p != "we" && p != "have" && p != "i've" && p != "we've" && p != "ok" && p != "okay" &&
					p != "yes" && p != "already" && p != "just" && p != "all" && p != "thanks" && p != "say" {
					continue
				}
			}
			if !didObjects.has(ts[k+1]) || negAt(ts, 0, k) {
				continue
			}
			if ts[k+1] == "it" && k+2 < len(ts) && (ts[k+2] == "work" || ts[k+2] == "help") {
				continue // "did it work"
			}
			return true
		case "tried":
			if negAt(ts, 0, k) || ts[k+1] == "to" || ts[k+1] == "and" || ts[k+1] == "calling" || ts[k+1] == "phoning" ||
				ts[k+1] == "contacting" || ts[k+1] == "emailing" || ts[k+1] == "ringing" || ts[k+1] == "logging" {
				continue // "tried to call", "tried logging in": a contact or the symptom
			}
			if !stepObjects.has(ts[k+1]) && remedyForms[ts[k+1]] != 'g' {
				continue // "tried scanning", "tried multiple emails", "tried after deleting"
			}
			return k == 0 || ts[k-1] == "i" || ts[k-1] == "we" || ts[k-1] == "have" || ts[k-1] == "also" ||
				ts[k-1] == "already"
		case "tapped", "ticked", "unticked", "clicked", "pressed", "entered", "added", "installed",
			"reinstalled", "restarted", "rebooted", "cleared", "changed", "removed", "reset", "enabled", "disabled":
			// "Added it.", "I tapped it, it says ...": a step just asked
			// of them, reported with its object, first in the sentence;
			// not "uploaded" or "ran" (a file or a query given to the
			// investigation: "I have uploaded the image").
			if k > 2 || k > 0 && !customerLead.has(ts[k-1]) || !stepObjects.has(ts[k+1]) || negAt(ts, 0, k) {
				continue
			}
			return true
		case "off", "on":
			if k+2 < len(ts) && ts[k+1] == "and" && (ts[k+2] == "on" || ts[k+2] == "off") && ts[k+2] != t {
				return !negAt(ts, 0, k)
			}
		}
	}
	return false
}

// customerLead may come before the verb of a customer's step reported done.
var customerLead = newWordSet(map[string]bool{"ok": true, "okay": true, "yes": true, "i": true, "we": true, "just": true,
	"have": true, "i've": true, "we've": true, "thanks": true, "also": true, "now": true})

// liveChange reports whether a staff sentence says a change went in or is in
// place: "the rule went in at 10:12", "the 25 g tolerance went live",
// "Both changes are in place on ml-staging", "the restriction has been live
// since 18:10". Not a plan ("will go live", "goes live on Monday"), a
// question, a negation.
func liveChange(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		t, next := ts[k], ts[k+1]
		live := t == "went" && (next == "live" || next == "in" && k+2 < len(ts) && (ts[k+2] == "at" || ts[k+2] == "on" || isNumber(ts[k+2]))) ||
			t == "been" && next == "live" ||
			(t == "is" || t == "are") && next == "in" && k+2 < len(ts) && ts[k+2] == "place"
		if !live || negAt(ts, 0, k) {
			continue
		}
		if w, _ := hedges.find(ts[:k]); w >= 0 {
			continue
		}
		for _, w := range ts[:k] {
			if w == "everything" || w == "asked" {
				return false // "Everything you asked for is in place": the request done
			}
			if w == "will" || w == "if" || w == "when" || w == "once" || w == "fix" {
				return false
			}
		}
		return true
	}
	return false
}

// sentCarriers are what a fix is sent as: a code, a key, a licence, an
// invitation ("Sent the code via managed app config", "they have now sent
// new keys to the terminal"), not a message or the logs ("email sent to
// the dev team", "sent you the logs").
var sentCarriers = newWordSet(map[string]bool{"code": true, "codes": true, "key": true, "keys": true, "licence": true,
	"license": true, "invitation": true, "invite": true, "certificate": true, "cert": true, "credentials": true,
	"token": true, "password": true, "passwords": true, "parameters": true, "config": true, "configuration": true})

// sentStep reports whether a staff sentence says the writer or a third
// party sent a carrier of the fix: "sent"/"re-sent" (opening the sentence,
// or after I/we/they with any "have", "now", "just") and a carrier within
// three words.
func sentStep(ts []string) bool {
	for k := 0; k+1 < len(ts) && k <= 4; k++ {
		if ts[k] != "sent" && ts[k] != "re-sent" && ts[k] != "resent" {
			continue
		}
		j := k - 1
		for j >= 0 && (ts[j] == "now" || ts[j] == "just" || ts[j] == "also" || ts[j] == "have" || ts[j] == "has") {
			j--
		}
		if j >= 0 && !(ts[j] == "i" || ts[j] == "we" || ts[j] == "they" || ts[j] == "i've" || ts[j] == "we've" || ts[j] == "they've") {
			return false
		}
		if j >= 0 && negAt(ts, 0, k) {
			return false
		}
		for _, w := range ts[k+1 : min(len(ts), k+5)] {
			if sentCarriers.has(w) {
				return true
			}
		}
		return false
	}
	return false
}

// offAndOn reports "<switched|turned> ... off and on", an attempt by anyone.
func offAndOn(ts []string) bool {
	for k := 1; k+2 < len(ts); k++ {
		if (ts[k] == "off" || ts[k] == "on") && ts[k+1] == "and" && (ts[k+2] == "on" || ts[k+2] == "off") && ts[k+2] != ts[k] {
			return !negAt(ts, 0, k)
		}
	}
	return false
}

// failedAttempt reports whether a sentence marks an attempt as repeated or
// fruitless: "already", "twice", "a few times", "no change", "the same" (not
// "still", which more often tells the symptom that stayed).
func failedAttempt(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "already", "twice", "same", "times":
			return true
		case "no":
			if k+1 < len(ts) && (ts[k+1] == "change" || ts[k+1] == "difference" || ts[k+1] == "luck") {
				return true
			}
		}
	}
	return false
}

// doneSteps are the participles and past forms of the steps that remedy,
// grant or redo something.
var doneSteps = newWordSet(map[string]bool{"added": true, "given": true, "lifted": true, "unfrozen": true, "unfroze": true,
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
	"rolled": true, "put": true, "set": true, "fitted": true, "refitted": true, "re-seated": true, "reseated": true})

// notStepObjects are the objects that make a done step a message or a step
// of the investigation ("I've opened a ticket with the vendor", "sent you the
// logs", "raised it with the supplier").
var notStepObjects = newWordSet(map[string]bool{"ticket": true, "case": true, "incident": true, "log": true, "logs": true,
	"screenshot": true, "screenshots": true, "question": true, "questions": true, "details": true,
	"summary": true, "invite": true, "invitation": true, "meeting": true, "call": true, "reminder": true,
	"survey": true, "feedback": true, "note": true, "report": true, "it": false, "query": true, "chaser": true,
	"with": true, "escalation": true, "issue": true, "bug": true, "jira": true,
	"image": true, "images": true, "photo": true, "photos": true, "picture": true, "pictures": true,
	"attachment": true, "attachments": true, "p1": true, "p2": true, "priority": true, "concern": true})

// messageWords name a message, whose sending is not a step of the fix.
var messageWords = newWordSet(map[string]bool{"email": true, "e-mail": true, "message": true, "reply": true,
	"response": true, "letter": true, "voicemail": true, "chat": true, "mail": true, "emails": true,
	"communications": true, "communication": true, "comms": true, "notification": true, "notice": true,
	"announcement": true})

// stepTeams are the staff-side teams whose step the writer reports ("our IT
// have added", "network team added").
var stepTeams = newWordSet(map[string]bool{"team": true, "it": true, "ops": true, "engineering": true, "engineers": true,
	"engineer": true, "technician": true, "support": true, "finance": true, "stores": true, "desk": true,
	"admin": true, "admins": true, "platform": true, "infra": true, "infrastructure": true, "network": true,
	"networks": true, "security": true, "facilities": true, "helpdesk": true, "on-call": true})

// fixStepDone reports whether a sentence reports a step done: the writer's or a
// staff team's step, or a terse note of one, by staff; the writer's own step,
// in reply and with no fault named, by a customer. Not a question, a
// plan, a condition, a hedge, a negated step, or a message sent.
func fixStepDone(text string, sc *scan, c Context, staff bool) bool {
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
			if notStepObjects.has(w) || messageWords.has(w) {
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
		if notStepObjects.has(w) {
			return false
		}
	}
	if ts[k] == "sent" || ts[k] == "resent" || ts[k] == "re-sent" {
		for _, w := range ts {
			if messageWords.has(w) {
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
		for j < len(ts) && j <= k+3 && !stepTeams.has(ts[j]) {
			j++
		}
		if j >= len(ts) || j > k+3 {
			return -1
		}
		k = j + 1
	default:
		if k+1 < len(ts) && stepTeams.has(ts[k+1]) && (ts[k] == "network" || ts[k] == "platform" || ts[k] == "it" ||
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
	if k >= len(ts) || !doneSteps.has(ts[k]) {
		return -1
	}
	if !perfect && !strings.HasSuffix(ts[k], "ed") && !pastOnly.has(ts[k]) {
		return -1 // "we re-run it nightly": a present that reads like a participle
	}
	return k
}

// pastOnly are doneSteps' simple pasts that do not end in -ed.
var pastOnly = newWordSet(map[string]bool{"sent": true, "made": true, "ran": true, "rebuilt": true, "unfroze": true,
	"overrode": true, "resent": true, "re-sent": true})

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
	if doneSteps.has(ts[0]) && len(ts) >= 2 && ts[0] != "made" && ts[0] != "set" && ts[0] != "put" && ts[0] != "ran" {
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
		if doneSteps.has(ts[k]) && ts[k] != "made" && ts[k] != "set" && ts[k] != "put" && ts[k] != "turned" &&
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

// personTitles open a named person's third-person report of a step ("Mr
// Harlow re-authorised it this morning").
var personTitles = newWordSet(map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mx": true})

// preventionLabels open a note of what was changed so the fault does not
// recur ("Prevention: the portal now refuses ...", "Follow-up done: ...").
var preventionLabels = newWordSet(map[string]bool{"prevention": true, "follow-up": true, "followup": true,
	"preventive": true, "preventative": true})

// nowBehaviours are the present forms of a behaviour a component was changed
// to have, after "now" ("the import now normalises postcodes before
// matching", "the importer now falls back to a fuzzy match"). Not a symptom
// or a restoration ("now shows an error", "now works").
var nowBehaviours = newWordSet(map[string]bool{"normalises": true, "normalizes": true, "validates": true, "verifies": true,
	"falls": true, "retries": true, "alerts": true, "warns": true, "trims": true, "strips": true, "dedupes": true,
	"enforces": true})

// customerSteps are the past forms of steps a customer reports done in a
// terse note, beyond doneSteps: plugging and unplugging, re-entering.
var customerSteps = newWordSet(map[string]bool{"unplugged": true, "replugged": true, "re-entered": true, "reentered": true,
	"reinserted": true, "re-inserted": true})

// customerTerseStep reports a customer's terse note, in reply, of a step they
// took, after any "done", "ok" or "yes" ("Done, unplugged it.", "ok uploaded
// it, says saved", "Restarted - now it shows my number"). Not a message or
// evidence sent ("sent it before", "uploaded the needed file"): the object
// must be a pronoun for the step asked, or "now"/"and" and its result.
func customerTerseStep(ts []string) bool {
	k := 0
	for k < len(ts) && k < 2 && (ts[k] == "done" || ts[k] == "ok" || ts[k] == "okay" || ts[k] == "yes" || ts[k] == "right") {
		k++
	}
	if k+1 >= len(ts) {
		return false
	}
	w := ts[k]
	if !(doneSteps.has(w) && strings.HasSuffix(w, "ed") || customerSteps.has(w)) {
		return false
	}
	switch ts[k+1] {
	case "it", "them", "both", "now", "and":
		// the step asked of them, by a pronoun: "uploaded the needed file"
		// or "updated the below script" report evidence sent (Mendeley)
		return true
	}
	return false
}

// namedStep reports a step a titled person reports done in the third person,
// in reply: a title, a name, and a done step in -ed ("Mr Harlow
// re-authorised it this morning", "Dr Okafor reset the password").
func namedStep(ts []string) bool {
	if len(ts) < 3 || !personTitles.has(ts[0]) {
		return false
	}
	k := 2
	for k < len(ts) && (ts[k] == "has" || ts[k] == "have" || ts[k] == "just" || ts[k] == "now" || ts[k] == "already") {
		k++
	}
	return k < len(ts) && doneSteps.has(ts[k]) && (strings.HasSuffix(ts[k], "ed") || pastOnly.has(ts[k])) &&
		ts[k] != "sent" && ts[k] != "resent" && ts[k] != "re-sent"
}

// preventionNote reports a note of a change made so the fault does not recur:
// a prevention label and "now" ("Prevention: the portal now refuses a record
// for any other session"), or a component that "now" has a new behaviour
// ("the import script now normalises postcodes before matching"). Not a
// plan or a condition, nor a symptom or a restoration ("now shows an error",
// "now works").
func preventionNote(text string, ts []string) bool {
	now := -1
	for k, w := range ts {
		if w == "now" {
			now = k
			break
		}
	}
	if now < 1 || now+1 >= len(ts) {
		return false
	}
	for _, w := range ts[:now] {
		switch w {
		case "will", "if", "when", "once", "until", "should", "could", "would", "i", "we", "you", "not":
			return false
		}
	}
	label := preventionLabels.has(ts[0]) && strings.Contains(text, ":")
	if label && now <= 8 {
		return true
	}
	return nowBehaviours.has(ts[now+1]) && now <= 4
}

// noteSteps are steps done that staff write in a note with no subject,
// beyond doneSteps: "Triggered a full sync from admin",
// "Generated 50 more vouchers", "Key entered 11:52", "Build 8 promoted to
// prod 31/07".
var noteSteps = newWordSet(map[string]bool{"triggered": true, "retriggered": true, "re-triggered": true,
	"generated": true, "regenerated": true, "transferred": true, "entered": true, "promoted": true,
	"staged": true, "forced": true})

// producedOnly are noteSteps that after a name tell what a job
// produced, not a step ("report.csv generated 05:41"); they are a step only
// opening the note ("Generated 100 more vouchers").
// "Triggered" after a name is what an alert or a change did ("Alert
// triggered on Slack", "This triggered an investigation").
var producedOnly = newWordSet(map[string]bool{"generated": true, "regenerated": true, "triggered": true,
	"retriggered": true, "re-triggered": true})

// afterNote may follow a participle after a name in a note: a passive
// step ("Key entered 11:52", "Build promoted to prod", "Unit staged and
// shipped"), not an active verb with its object ("Node entered NotReady
// state").
var afterNote = newWordSet(map[string]bool{"to": true, "on": true, "at": true, "in": true, "into": true, "for": true,
	"via": true, "and": true, "manually": true, "by": true, "from": true, "over": true})

// fixNoteStep reports whether a staff note with no subject states a step done
// with one of noteSteps: opening the note, or after a name of at most four
// words. It keeps fixStepDone's refusals of a terse note: the opening message,
// a question-free hedge, a plan or a cause word, a negation, a count done
// ("63 records entered"), a bare verb with no object, a clause about the
// thing ("key entered was wrong"), a message or a ticket as the object, a
// test.
func fixNoteStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 2 || hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) ||
		negations.hasIn(sc) {
		return false
	}
	if digitWord(ts[0]) && !timeOrAddress(text) {
		return false
	}
	k := -1
	for j := 0; j < min(len(ts), 5); j++ {
		switch ts[j] {
		case "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "to", "the", "i", "we", "you",
			"if", "when", "not", "no", "never", "kindly", "please", "find", "should", "would", "could", "can":
			return false // a clause, not a note
		}
		if noteSteps.has(ts[j]) && (j == 0 || !producedOnly.has(ts[j])) {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	if k > 0 && k+1 < len(ts) && !digitWord(ts[k+1]) && !afterNote.has(ts[k+1]) {
		return false
	}
	for _, w := range ts[k+1:] {
		switch w {
		case "is", "are", "was", "were", "without":
			return false
		}
	}
	if k == 0 {
		bare := true
		for _, w := range ts[1:] {
			bare = bare && digitWord(w)
		}
		if bare {
			return false // "Triggered 03:03": no object to say what was done
		}
	}
	for _, w := range ts[:k] {
		if notStepObjects.has(w) || messageWords.has(w) {
			return false // "ticket transferred to L2", "email generated"
		}
	}
	for _, w := range ts {
		if w == "test" || w == "tests" || w == "testing" || w == "automatically" || w == "auto" {
			return false
		}
	}
	for _, w := range ts[k+1 : min(len(ts), k+5)] {
		if notStepObjects.has(w) {
			return false
		}
	}
	return formHit("fix:note", text)
}
