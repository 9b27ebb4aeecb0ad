package reader

import "strings"

// A third party's finding relayed under a heading that names the party: an
// internal note that cites the vendor, carrier, engineer or support desk
// before a colon, without a verb of relaying, and after it the fault they
// found ("Vendor support: card firmware hung", "Field engineer (site
// visit): pump seal worn through", "Carrier back: fault on the exchange
// side", "Update from the supplier: they found a leaking joint"). Staff
// relay what someone else established; the finding is the cause.
// relayedOnColon (cause_relayed.go) reads the heads with a verb
// ("replied:", "confirmed:") and a change after them; this form reads the
// heads that name a party and a fault after them.

// partyNouns name, in a note's heading, a party outside the writer's team
// whose finding follows, or the reply that carries it.
var partyNouns = newWordSet(map[string]bool{"vendor": true, "supplier": true, "carrier": true, "provider": true, "support": true,
	"engineer": true, "engineers": true, "technician": true, "tech": true, "contractor": true, "manufacturer": true,
	"noc": true, "isp": true, "ops": true, "field": true, "reply": true, "response": true, "update": true,
	"finding": true, "findings": true, "replied": true, "confirmed": true, "found": true, "reported": true,
	"says": true, "said": true, "back": true, "team": true, "dev": true, "devs": true, "r&d": true})

// partyFaults are the words, after the heading, of a fault found: a state
// a component was left in, a defect, or what failed.
var partyFaults = newWordSet(map[string]bool{"bug": true, "fault": true, "faulty": true, "defect": true, "outage": true,
	"leak": true, "leaking": true, "hung": true, "burnt": true, "burned": true, "worn": true, "cracked": true,
	"timed": true, "broke": true, "dead": true, "tripped": true, "failed": true, "shorted": true,
	"blew": true, "blown": true, "seized": true, "corroded": true, "failing": true})

// relayedFromParty reports whether a staff sentence relays a third party's
// finding under a heading that names the party: before the first colon, two
// to eight words with a party noun and none of the writer, the reader, a
// customer or a condition; after it, within ten words, a fault (partyFaults,
// faultState, a third party's change) or a cause phrase, no hedge, and no
// negation or working state before the fault ("Vendor reply: no fault
// found", "ISP: line tested fine").
func relayedFromParty(text string, sc *scan) bool {
	colon := strings.Index(text, ": ")
	if colon < 0 || len(sc.ts) < 4 || openedByOwn(sc.ts) {
		return false
	}
	party, named := partyHead(text[:colon])
	if !party {
		return false
	}
	tail := strings.Fields(strings.ToLower(text[colon+2:]))
	if len(tail) < 2 {
		return false
	}
	if h, _ := hedges.findIn(sc); h >= 0 && (h < len(sc.ts)-len(tail) || !versionFinding(tail)) {
		return false
	}
	switch strings.Trim(tail[0], "(),.;'\"") {
	case "we", "i", "we'll", "i'll", "we're", "please", "will", "can", "could":
		return false // "Supplier: we will send an engineer" is a plan
	}
	if strings.HasSuffix(tail[0], "ed") {
		return false // "ops: re-triggered the delivery": a step done, its subject left out
	}
	for k, w := range tail {
		if k > 10 {
			break
		}
		w = strings.Trim(w, "(),.;:'\"")
		switch w {
		case "no", "not", "nothing", "fine", "ok", "working", "resolved", "fixed", "restored", "normal", "clear",
			"healthy", "replaced", "repaired", "will", "planned", "scheduled", "eta", "back", "now":
			return false
		}
		passive := k > 0 && (tail[k-1] == "been" || tail[k-1] == "was" || tail[k-1] == "were")
		if partyFaults.has(w) || faultState[w] || harmStates.has(w) || oneWordChange(w) && !passive {
			return formHit("party", text)
		}
	}
	if versionFinding(tail) {
		return formHit("party-version", text)
	}
	if named && partyStatement(strings.Fields(strings.ToLower(text[:colon])), tail) {
		return formHit("party-named", text)
	}
	return false
}

// partyHead reads relayedFromParty's heading, the words before the first
// colon, lower-cased: party is true when it has one to eight words, a party
// noun (partyNouns, namedParties) and none of the writer, the reader, a
// customer or a condition; named when a word is of namedParties. Round 258:
// an ASCII heading is read word by word through a buffer on the stack, not
// lower-cased and split into a new slice for every sentence with ": " (the
// same words: ASCII lower-cases byte by byte and strings.Fields splits the
// same), a heading's slice is built only for partyStatement.
func partyHead(head string) (party, named bool) {
	n := 0
	if !isASCII(head) {
		for _, w := range strings.Fields(strings.ToLower(head)) {
			if n++; n > 8 || !partyHeadWord(w, &party, &named) {
				return false, false
			}
		}
		return n >= 1 && party, named
	}
	var buf [32]byte
	for f := range strings.FieldsSeq(head) {
		if n++; n > 8 {
			return false, false
		}
		w := f
		if len(f) <= len(buf) {
			b := buf[:len(f)]
			for i := 0; i < len(f); i++ {
				c := f[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[i] = c
			}
			w = string(b)
		} else {
			w = strings.ToLower(f)
		}
		if !partyHeadWord(w, &party, &named) {
			return false, false
		}
	}
	return n >= 1 && party, named
}

// partyHeadWord reads one lower-cased word of partyHead's heading: false for
// a word of the writer, the reader, a customer or a condition, else marks
// party and named.
func partyHeadWord(w string, party, named *bool) bool {
	switch w = strings.Trim(w, "(),.;'\""); w {
	case "i", "we", "you", "customer", "user", "caller", "client", "might", "may", "if", "whether", "please",
		"our", "my", "your", "internal", "note", "summary", "ticket":
		return false
	}
	*party = *party || partyNouns.has(w) || namedParties.has(w)
	*named = *named || namedParties.has(w)
	return true
}

// namedParties are the party nouns that name who found something (a vendor,
// a support desk, an engineer, a team, an incident report), not the
// message that brought it ("update", "confirmed", "reply", "back").
var namedParties = newWordSet(map[string]bool{"vendor": true, "supplier": true, "carrier": true, "provider": true,
	"support": true, "engineer": true, "engineers": true, "technician": true, "contractor": true,
	"manufacturer": true, "noc": true, "isp": true, "team": true, "dev": true, "devs": true, "r&d": true,
	"rfo": true, "incident": true, "finding": true, "findings": true})

// partyStatement reports whether the tail under a heading that names the
// party is that party's finding though it has no fault word: a statement of
// four words or more ("Platform team finding: exam copy inherited the source
// exam's retention setting", "WHS dev support: payment was received but
// allocated to Ashcombe Heath GC", "Telvio RFO in: change CHG-5521 was
// applied without the APN route"). Not a heading opened by the writer's
// step ("Emailed migration team: ...", "Raised with ops: ..."), nor a tail
// that tells a step done, a release, a need or a result
// (relayedFromParty's refusal words have already been checked in its
// first eleven words).
func partyStatement(head, tail []string) bool {
	if len(tail) < 4 || strings.HasSuffix(head[0], "ed") {
		return false
	}
	switch head[0] {
	case "told", "rang", "sent", "asked", "chased", "raised", "passed", "ask", "tell":
		return false
	}
	for k, w := range tail {
		switch strings.Trim(w, "(),.;:'\"") {
		case "again", "accepted", "approved", "rollout", "deployed", "installed", "sent", "texted", "told",
			"taken", "live", "cleared", "done", "created", "worked", "need", "needs", "should", "must",
			"complete", "completed", "booked", "ordered", "attending", "visit", "tomorrow", "today", "later":
			return false
		case "has", "have":
			if k+1 < len(tail) && tail[k+1] == "to" {
				return false
			}
		}
	}
	return true
}

// versionFinding reports whether the tail after a party's heading opens, in
// its first three words, with a release as the subject and the verb after it
// says what that release does ("4.2.1 has a bug in the update-check
// routine", "4.18's new barcode parser reads ... as GS1 DataBar", "3.2.1
// resets the CT direction parameter"): the party's finding is how the
// release behaves. A hedge after it is the party's wording of the condition
// it needs ("- if the update server answers ..."). Not a release that fixes
// or is yet to come ("4.2.2 fixes it", "4.2.2 is out tonight"): the
// caller's refusal words (a plan, a negation, a working state) still apply.
func versionFinding(tail []string) bool {
	for k, w := range tail {
		if k > 2 {
			return false
		}
		w = strings.TrimSuffix(strings.Trim(w, "(),.;:'\""), "'s")
		if !isVersion(w) {
			continue
		}
		for _, x := range tail[k+1 : min(len(tail), k+10)] {
			switch strings.Trim(x, "(),.;:'\"") {
			case "fixes", "fix", "fixed", "out", "available", "released", "due", "ships", "includes", "install",
				"installed", "upgrade", "resolves", "solves", "addresses", "patch", "works", "approved", "rollout",
				"rolled", "live", "published", "submitted", "deployed", "shipped":
				return false
			}
		}
		return true
	}
	return false
}

// isVersion reports whether w is a release number: digits and at least one
// dot between digits ("4.2.1", "4.18"), optionally after a "v".
func isVersion(w string) bool {
	w = strings.TrimPrefix(w, "v")
	dots := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && i > 0 && i+1 < len(w) && w[i-1] != '.':
			dots++
		default:
			return false
		}
	}
	return dots > 0 && len(w) > 2
}
