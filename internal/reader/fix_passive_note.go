package reader

import "strings"

// Round 28: staff's step written as a passive note with no auxiliary, the
// thing first and its participle after it: "Daily limit set.", "Sign-in
// block lifted 10:04.", "Credit note raised for the overcharge; March usage
// re-rated to the right tariff", "Stop-gap: door taped along the bottom".
// fixNoteStep and terseStep read such notes only with a verb of their
// lexicons; this form reads the shape with any participle, and refuses the
// participles that tell a fault, a check, a message or a plan, not a step.
//
// A clause of the sentence (split at ';', ',', ':' and a dash) reads as a
// note when it opens with a noun phrase of one to five words that holds no
// pronoun, auxiliary, modal, "to", condition or negation, then a participle,
// then nothing, a time, an address, a number or a preposition or particle
// (not "by": "cable cut by a digger" tells who did the harm). The sentence is
// staff's, after the opening, not a question, and holds no hedge, plan,
// unknown cause or fault word.

// irregularSteps are participles of steps done that do not end in -ed.
var irregularSteps = newWordSet(map[string]bool{"set": true, "put": true, "taken": true, "done": true, "made": true,
	"hidden": true, "built": true, "rebuilt": true, "given": true, "sent": true, "resent": true, "re-sent": true,
	"rerun": true, "re-run": true, "reset": true, "undone": true})

// notStepParticiples end in -ed but tell a fault, a finding, a check, a
// message, a plan or a state, not a step someone took ("users affected",
// "alert triggered", "logs checked", "email received", "maintenance
// scheduled", "access denied").
var notStepParticiples = newWordSet(map[string]bool{
	// faults and states
	"affected": true, "impacted": true, "delayed": true, "expired": true, "corrupted": true, "duplicated": true,
	"missed": true, "dropped": true, "stopped": true, "failed": true, "rejected": true, "declined": true,
	"crashed": true, "degraded": true, "exhausted": true, "exceeded": true, "disconnected": true,
	"locked": true, "denied": true, "bounced": true, "refused": true, "timed": true, "broke": true,
	"overloaded": true, "throttled": true, "hacked": true, "compromised": true, "infected": true,
	"damaged": true, "flooded": true, "jammed": true, "stalled": true, "paused": true, "frozen": true,
	"changed": true, "charged": true, "overcharged": true, "billed": true, "used": true, "based": true,
	"located": true, "called": true, "named": true, "related": true, "caused": true, "needed": true,
	"required": true, "involved": true, "concerned": true, "attempted": true, "tried": true, "occurred": true,
	"happened": true, "started": true, "ended": true, "finished": true, "completed": true, "succeeded": true,
	"worked": true, "restored": true, "resolved": true, "fixed": true, "recovered": true, "returned": true,
	// results that a check or the service shows, after a step or with none
	"passed": true, "printed": true, "synced": true, "drained": true, "delivered": true, "booted": true,
	"ingested": true, "joined": true, "collected": true, "cycled": true, "sailed": true, "appeared": true,
	"showed": true, "priced": true, "caught": true, "arrived": true, "helped": true, "dipped": true,
	"tripped": true, "blurred": true, "greyed": true, "satisfied": true, "reproduced": true, "listed": true,
	"parked": true, "ticked": true, "fouled": true, "commissioned": true, "decommissioned": true,
	"matched": true, "registered": true, "reconnected": true, "resumed": true, "shipped": true,
	"terminated": true, "killed": true, "powered": true, "sorted": true, "ruled": true, "tracked": true,
	"paged": true, "drafted": true, "raised": true, "filtered": true,
	// an active past with a person or a group as its subject: a look, a
	// decision, a wait, a talk ("Dana looked for the packages", "the team
	// decided to ...")
	"looked": true, "decided": true, "witnessed": true, "declared": true, "continued": true, "waited": true,
	"talked": true, "worried": true, "wanted": true, "wondered": true, "searched": true, "provided": true,
	// findings, checks and reports
	"triggered": true, "detected": true, "reported": true, "received": true, "observed": true,
	"noticed": true, "seen": true, "found": true, "identified": true, "confirmed": true, "checked": true,
	"tested": true, "verified": true, "investigated": true, "reviewed": true, "monitored": true,
	"escalated": true, "logged": true, "noted": true, "attached": true, "flagged": true, "generated": true,
	"acknowledged": true, "assigned": true, "closed": true, "reopened": true, "asked": true,
	"requested": true, "replied": true, "answered": true, "emailed": true, "mailed": true, "contacted": true,
	"informed": true, "advised": true, "explained": true, "discussed": true, "agreed": true, "approved": true,
	"signed": true, "quoted": true, "accepted": true, "traced": true, "captured": true, "recorded": true,
	"measured": true, "downloaded": true, "viewed": true,
	// plans and expectations
	"expected": true, "scheduled": true, "planned": true, "proposed": true, "booked": true, "pending": true,
	"estimated": true, "intended": true, "designed": true, "supposed": true, "allowed": true,
})

// noteStops in the noun phrase before the participle make the clause a
// clause with a verb of its own, a condition or a plan, not a note.
var noteStops = newWordSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "been": true, "be": true, "being": true, "will": true, "would": true, "should": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "shall": true, "to": true,
	"i": true, "we": true, "you": true, "he": true, "she": true, "they": true, "it": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "if": true, "when": true, "once": true,
	"until": true, "unless": true, "before": true, "after": true, "while": true, "not": true, "no": true,
	"never": true, "please": true, "kindly": true, "who": true, "which": true, "what": true, "do": true,
	"does": true, "did": true, "get": true, "got": true, "gets": true, "need": true, "needs": true,
	"by": true, "so": true, "because": true, "but": true, "as": true, "still": true, "yet": true, "with": true,
	"shows": true, "show": true, "says": true, "sends": true, "reports": true})

// noteFollowers may follow the participle of a note: a preposition or a
// particle that tells where or how the step went ("lifted at 10:04",
// "assigned back to", "taped along the bottom"), not an object of an active
// verb ("Node entered NotReady state").
var noteFollowers = newWordSet(map[string]bool{"to": true, "on": true, "at": true, "in": true, "into": true, "for": true,
	"via": true, "and": true, "manually": true, "from": true, "over": true, "back": true, "off": true,
	"up": true, "out": true, "onto": true, "with": true, "under": true, "through": true, "across": true,
	"along": true, "inside": true, "overnight": true, "today": true, "now": true, "again": true,
	"as": true, "per": true, "until": true, "till": true, "against": true, "down": true, "away": true})

// noteObjects are what a note about the ticket or a message has as its
// subject: "ticket assigned to L2", "email sent", "invoice attached".
var noteObjects = newWordSet(map[string]bool{"ticket": true, "case": true, "incident": true, "log": true, "logs": true,
	"screenshot": true, "screenshots": true, "question": true, "questions": true, "details": true,
	"summary": true, "meeting": true, "call": true, "reminder": true, "survey": true, "feedback": true,
	"note": true, "query": true, "chaser": true, "escalation": true, "issue": true, "bug": true,
	"problem": true, "p1": true, "p2": true, "priority": true, "concern": true,
	"alert": true, "alarm": true, "error": true, "errors": true, "job": true, "photo": true, "photos": true,
	"image": true, "images": true, "update": true, "updates": true})

// passiveNote reports whether a staff sentence holds a passive note of a step
// done (see above).
func passiveNote(text string, sc *scan, c Context, staff bool) bool {
	t := strings.TrimSpace(text)
	if !staff || c.Opening || len(sc.ts) < 2 || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") ||
		hedges.hasIn(sc) || explainStops.hasIn(sc) || unknownCause.hasIn(sc) || problemWords.hasIn(sc) ||
		fixFuture.hasIn(sc) || negations.hasIn(sc) {
		return false
	}
	for _, w := range sc.ts {
		switch w {
		case "ok", "log", "logs", "automatically", "auto":
			return false // a result checked ("door cycled 5 times OK"), a finding in a log, a system's own act
		}
	}
	var buf [48]string
	for _, cl := range noteClauses(text) {
		ts := tokens(cl, buf[:0])
		if noteClause(cl, ts) {
			return formHit("fix:passive", text)
		}
	}
	return false
}

// spacedDashes become clause breaks in noteClauses; built once, as building
// a Replacer costs more than using it.
var spacedDashes = strings.NewReplacer(" - ", ";", " – ", ";", " — ", ";")

// noteClauses splits a sentence at ';', ',', ':' and a spaced dash; not at
// the ':' of a time ("switched to MEC at 19:05", "07:44 short stay product
// made visible", styles39).
func noteClauses(text string) []string {
	s := spacedDashes.Replace(text)
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				continue
			}
		case ';', ',', '(', ')':
		default:
			continue
		}
		if i > start {
			out = append(out, s[start:i])
		}
		start = i + 1
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// noteClause reports whether one clause is a passive note.
func noteClause(cl string, ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	if digitWord(ts[0]) && !timeOrAddress(cl) {
		return false // "63 records added": a count done reads as a restoration
	}
	for _, w := range ts {
		if w == "test" || w == "tests" || w == "tested" || strings.HasSuffix(w, "-test") || strings.HasSuffix(w, "-tested") {
			return false // "test label printed": the check of a fix, not the fix
		}
	}
	for k := 1; k < min(len(ts), 6); k++ {
		w := ts[k-1]
		if noteStops.has(w) || noteObjects.has(w) && (k == 1 || stepParticiple(ts[k])) || messageWords.has(w) || strings.HasSuffix(w, "ing") && ingRefuses(ts, k-1) ||
			strings.Contains(w, "'") || strings.Contains(w, "’") {
			return false
		}
		p := ts[k]
		if !stepParticiple(p) || !strings.Contains(cl, p) {
			continue // a capitalised "-ed" word after a noun is a name ("Raheel Ahmed")
		}
		for _, w := range ts[k+1:] {
			switch w {
			case "is", "are", "was", "were":
				return false // "data deposited in the archive is kept": a clause about the thing
			}
		}
		if k+1 == len(ts) {
			return true
		}
		next := ts[k+1]
		return noteFollowers.has(next) || digitWord(next) || p == "made" && madeStates.has(next) ||
			strings.Contains(cl[strings.Index(cl, p):], "->")
	}
	return false
}

// stepParticiple reports whether a word is the participle of a step.
func stepParticiple(w string) bool {
	if irregularSteps.has(w) || doneSteps.has(w) && (strings.HasSuffix(w, "ed") || w == "reset" || w == "set" || w == "put") {
		return !notStepParticiples.has(w)
	}
	if strings.HasPrefix(w, "un") || strings.Contains(w, "-") && !strings.HasPrefix(w, "re-") {
		return false // "unchanged", "untouched"; "double-charged", "decryption-failed"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !notStepParticiples.has(w)
}

// madeStates follow "made" in a note of a thing made so: "07:44 short stay
// product made visible" (styles39).
var madeStates = newWordSet(map[string]bool{"visible": true, "available": true, "live": true, "active": true,
	"public": true, "default": true, "inactive": true, "invisible": true, "hidden": true, "permanent": true,
	"primary": true, "mandatory": true, "optional": true, "read-only": true, "readonly": true})

// ingRefuses reports whether the -ing word at i of a note's noun phrase
// makes it a clause with a verb of its own ("Pending approval", "Rebooting
// fixed it"): when it opens the clause. After a noun it is a noun itself:
// "Callout routing switched WW-Central -> WW-East" (styles41), "Intune
// update ring AP-Desktops switched to MEC" (styles39).
func ingRefuses(ts []string, i int) bool {
	return i == 0
}
