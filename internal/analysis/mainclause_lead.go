package analysis

import "strings"

// A cause quoted from its main clause (mainClause) kept what the reporting
// words left of their object: "The developers found it: Tuesday's update
// shortened …" was quoted as "it: Tuesday's update shortened …" (styles86
// 07), "Found the real problem: when Weighcraft serviced …" as "the real
// problem: when Weighcraft serviced …" (styles60 08), "We've found why: …"
// as "why: …" (styles6 10, styles70 05), "Found it - the UnitLedger
// connection …" as "it - the UnitLedger connection …" (styles24 07) and
// "Identified - The issue has been traced …" as "- The issue has been
// traced …" (styles2 18). Round 246 counted 68 such openings on the tuning
// tickets' actions and summaries, from 60 writers. A quote must read as a
// sentence or a clean clause: the announcement's object ("it", "why", "the
// cause", "what happened", "the real problem today", "(case SN-7731)") is
// skipped to what follows its colon or dash (reportedLead).
//
// The words that report a statement are also words of the statement itself
// where no one reports: "the permission to see hall bookings was removed"
// (styles68 17) was cut after "see" to "hall bookings was removed …", a
// clause torn from its subject, and "the server identified itself with a new
// security key" (styles91 01) after "identified" to "itself with a new
// security key …". A reporting word after "to", or one whose object is a
// reflexive pronoun, reports nothing (notReporting): the text is not cut
// there.

// leadWords is how many words an announcement's object may have before the
// colon or dash that opens what it announces: "the real problem today" is
// four, "what's going on" three.
const leadWords = 5

// reportedLead returns rest, the words after a reporting word, without the
// announcement's object before a colon or a dash ("it: …", "the cause: …",
// "the culprit - …", "- The issue …"), where at least three words follow,
// and "" where fewer do ("Found it: disk full." is not cut at all); rest
// itself where no object leads it.
func reportedLead(rest string) string {
	if r := strings.TrimLeft(rest, "-\u2013\u2014 "); r != rest && len(strings.Fields(r)) >= 3 {
		return r // "Identified - The issue has been traced …"
	}
	words := strings.Fields(rest)
	for i, w := range words {
		if i >= leadWords {
			break
		}
		if strings.HasSuffix(w, ":") || i > 0 && i+1 < len(words) && (w == "-" || w == "\u2013" || w == "\u2014") {
			if len(words[i+1:]) < 3 {
				return ""
			}
			// The same words, from rest: its spacing and punctuation kept.
			at := strings.Index(rest, w) + len(w)
			return strings.TrimLeft(rest[at:], " ")
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			break // a clause of the statement's own has begun
		}
	}
	return rest
}

// reflexives are the pronouns a verb takes when its subject acts on itself:
// "the server identified itself with a new key" reports nothing.
var reflexives = map[string]bool{"itself": true, "himself": true, "herself": true, "themselves": true, "themself": true,
	"myself": true, "ourselves": true, "yourself": true, "yourselves": true}

// notReporting reports whether the reporting word that ends at end in the
// lower-cased lower, and starts at start, is no one reporting: after "to"
// ("the permission to see hall bookings", "the right to confirm") or with a
// reflexive object ("identified itself").
func notReporting(lower string, start, end int) bool {
	if strings.HasSuffix(strings.TrimRight(lower[:start], " "), " to") || strings.TrimRight(lower[:start], " ") == "to" {
		return true
	}
	next := strings.Fields(lower[end:])
	return len(next) > 0 && reflexives[strings.Trim(next[0], ",.;:")]
}
