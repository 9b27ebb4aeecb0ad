package reader

import "strings"

// Round 18: restorations read across writers. Rounds 13 and 15 read forms
// that the tuning sets' writers used and carried little to the four sets
// written after them; each form here was kept only if it reads true rows in
// at least two sets written by different people and adds no false row that
// is not a clear labeller disagreement (docs/quality.md, "Round 18").
//
// Three forms are a customer's, after staff's remedy (Context.AfterRemedy),
// where the same words in a problem description are a diagnostic:
//
//   - the customer sees the thing: "ok I see the credit now", "yes now I see
//     it paid", "we can see the receipts going out";
//   - the thing is there, or showed up: "the refund's there", "all the
//     files are there now", "the payment showed up on my statement";
//   - a terse working state without a copula: "both lines fine now",
//     "printing normal now", "new modem in and working", "ok works,
//     thanks", "yep that runs".
//
// The fourth is the ticket's structure: a monitor's automatic notice that
// its alert recovered ("RESOLVED: queue depth is back within threshold") is
// an acknowledgement and a restoration (monitorRecovered18, read in Read for
// automatic messages, whose sentences are otherwise acknowledgements only).

// stops18 make a customer's sentence something other than a report that the
// thing works now: the future, a condition, a hope, a contrast, a part or a
// remaining fault, the past ("yesterday it was working"), a time clause.
var stops18 = map[string]bool{"will": true, "we'll": true, "it'll": true, "you'll": true, "they'll": true,
	"i'll": true, "would": true, "might": true, "may": true, "should": true, "if": true,
	"once": true, "unless": true, "until": true, "whether": true, "try": true, "please": true,
	"need": true, "needs": true, "hope": true, "hopefully": true, "still": true, "but": true,
	"although": true, "though": true, "except": true, "only": true, "error": true, "errors": true,
	"failing": true, "failed": true, "fails": true, "broken": true, "stuck": true, "wrong": true,
	"slow": true, "slowly": true, "blank": true, "missing": true, "why": true, "how": true, "what": true,
	"expect": true, "supposed": true, "tomorrow": true, "later": true, "soon": true, "wait": true,
	"waiting": true, "yet": true, "same": true, "anymore": true, "was": true, "were": true,
	"yesterday": true, "when": true, "sometimes": true, "intermittently": true, "partly": true,
	"partially": true, "nothing": true, "half": true, "some": true, "most": true, "problem": true,
	"problems": true, "stopped": true, "stop": true, "stops": true, "quit": true}

// restored18 reports a restoration of round 18's customer forms; the caller
// checks the customer's role and Context.AfterRemedy.
func restored18(ts []string, sc *scan) bool {
	if len(ts) < 2 || len(ts) > 16 || ts[0] == "and" || ts[0] == "then" || !gate18(ts) || hedges.hasIn(sc) || negAt(ts, 0, len(ts)) {
		return false
	}
	for k, t := range ts {
		if stops18[t] || t == "for" && k+1 < len(ts) && ts[k+1] == "now" {
			return false // "that works for now" is a workaround
		}
	}
	return seesIt18(ts) || isThere18(ts) || workingTerse18(ts)
}

// gate18 reports whether a sentence has a word one of the forms turns on;
// one switch a word spares most sentences the stops' lookups.
func gate18(ts []string) bool {
	for _, t := range ts {
		switch t {
		case "see", "there", "showed", "shows", "working", "running", "works", "runs", "fine", "normal", "normally":
			return true
		}
		if strings.HasSuffix(t, "'s") && len(t) > 2 {
			return true // "refund's there"
		}
	}
	return false
}

// seesIt18 reports "I/we (can/could) (now) see X" with X a thing, not an
// acknowledgement of what staff said ("I see what you mean", "I see your
// point", a bare "I see").
func seesIt18(ts []string) bool {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k] != "see" {
			continue
		}
		s := k - 1
		for s > 0 && (ts[s] == "can" || ts[s] == "could" || ts[s] == "now" || ts[s] == "also" || ts[s] == "do") {
			s--
		}
		if ts[s] != "i" && ts[s] != "we" {
			continue
		}
		switch ts[k+1] {
		case "you", "your", "that", "if", "it's", "why", "how", "what", "whether", "thanks", "thank", "ok", "okay":
			continue // "I see your point", "I see, thanks"
		}
		return true
	}
	return false
}

// isThere18 reports a thing that is there or showed up: "Refund's there",
// "all the files are there now", "the credit showed up this morning"; not a
// person ("I was there"), "is there" opening a question, a noun of a message
// about the remedy.
func isThere18(ts []string) bool {
	for k := 1; k < len(ts); k++ {
		switch {
		case ts[k] == "there":
			c := ts[k-1]
			switch {
			case c == "is" || c == "are":
				if k < 2 || thereSubjectRefused(ts[k-2]) {
					continue
				}
			case strings.HasSuffix(c, "'s") && len(c) > 2 && !thereSubjectRefused(c[:len(c)-2]):
			default:
				continue
			}
			if k+1 < len(ts) && !thereAfter[ts[k+1]] {
				continue // "is there a way", "are there in the list but ..."
			}
			return true
		case ts[k] == "up" && (ts[k-1] == "showed" || ts[k-1] == "shows") && k >= 2 && !thereSubjectRefused(ts[k-2]):
			return true
		}
	}
	return false
}

// thereSubjectRefused are subjects that make "is there" something else: a
// person, a dummy "there", a question's inversion.
func thereSubjectRefused(t string) bool {
	switch t {
	case "i", "we", "you", "he", "she", "they", "there", "what", "who", "where", "here", "nobody", "someone", "anyone", "that", "let":
		return true
	}
	return false
}

// thereAfter may follow "is there" in a report of a thing arrived.
var thereAfter = map[string]bool{"now": true, "again": true, "too": true, "also": true, "all": true,
	"thanks": true, "thank": true, "thx": true, "cheers": true, "and": true, "as": true, "in": true,
	"on": true, "this": true, "today": true, "according": true}

// terseCopula are the verbs after which a working state is a verdict or
// round 9's reading ("is fine", "looks fine", "are working"), not a terse
// report.
func terseCopula(t string) bool {
	switch t {
	case "is", "are", "was", "were", "be", "been", "being", "am", "looks", "look", "seems", "seem",
		"sounds", "sound", "feels", "feel", "i'm", "we're", "they're", "you're", "it's", "that's", "get", "got", "keep", "kept":
		return true
	}
	return strings.HasSuffix(t, "'s")
}

// terseSkip are the adverbs between a subject and its state ("both fine
// now", "all working").
var terseSkip = map[string]bool{"all": true, "both": true, "now": true, "also": true, "too": true,
	"again": true, "just": true, "fully": true, "perfectly": true, "definitely": true, "confirmed": false}

// workingTerse18 reports a working state without a copula: "Inbound and
// outbound both fine now", "printing normal now", "calls working on the new
// phone", "new card in and working", "Ok works, thanks", "that runs". Not
// "is fine" or "looks fine" (a verdict, or another round's reading), "works
// for me" (agreement to a proposal), "fine, go ahead", "running the update"
// (a step), "working on it".
func workingTerse18(ts []string) bool {
	for k, t := range ts {
		switch t {
		case "working", "running", "works", "runs", "fine", "normal", "normally":
		default:
			continue
		}
		p := k - 1
		for p >= 0 && terseSkip[ts[p]] {
			p--
		}
		if p >= 0 && (terseCopula(ts[p]) || ts[p] == "not") {
			continue
		}
		n := ""
		if k+1 < len(ts) {
			n = ts[k+1]
		}
		switch t {
		case "fine", "normal", "normally":
			if p < 0 {
				continue // "Fine, go ahead", "Normally it syncs at 6"
			}
		case "works", "runs":
			if n != "" && !worksAfter[n] {
				continue // "Tuesday works for me", "runs out", "deleted old test runs, we're at ..."
			}
		case "working", "running":
			switch n {
			case "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "it", "them", "out", "late", "through":
				continue // a step or a plan: "running the update", "working it out"
			case "on":
				if k+2 < len(ts) && (ts[k+2] == "it" || ts[k+2] == "this" || ts[k+2] == "that") {
					continue // "working on it"
				}
			}
		}
		return true
	}
	return false
}

// worksAfter may follow a terse "works" or "runs": the end of the report, an
// adverb, thanks, a place; a noun's plural ("test runs, we're ...") or a
// proposal's verdict ("works for me") has something else.
var worksAfter = map[string]bool{"too": true, "now": true, "again": true, "fine": true, "perfectly": true,
	"thanks": true, "thank": true, "thx": true, "cheers": true, "great": true, "ok": true, "on": true,
	"in": true, "here": true, "properly": true, "normally": true}

// monitorRecovered18 reports a monitor's automatic notice that its alert
// recovered: a recovery word (resolved, recovered, cleared, ok) and a figure
// back within its threshold or to normal: "RESOLVED: sync lag for SRV01 is
// back within threshold", "[RECOVERED] error rate back below threshold".
// Not a helpdesk's notice about the ticket ("Your incident INC123 has been
// resolved", "This request has been marked as resolved"): those name a
// ticket and no threshold.
func monitorRecovered18(text string) bool {
	ts := tokens(text, nil)
	word, back := false, false
	for k, t := range ts {
		switch t {
		case "resolved", "recovered", "cleared", "ok":
			word = true
		case "threshold", "thresholds":
			back = back || k > 0 && (ts[k-1] == "within" || ts[k-1] == "below" || ts[k-1] == "under")
		case "back":
			if k+2 < len(ts) && ts[k+1] == "to" && ts[k+2] == "normal" {
				back = true
			}
		case "ticket", "request", "case", "incident", "enquiry", "conversation", "reply", "reopen":
			return false
		}
	}
	return word && back
}
