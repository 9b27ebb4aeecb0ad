package analysis

import (
	"iter"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// UrgencySource names where an urgency quote came from, in lower case, for
// the narrative and the findings to say whose words they quote: "the opening
// message" where the customer's words opened the ticket (or the subject of a
// ticket the customer opened), "the customer's first message, at 10:31:58"
// where an alert or staff's note opened it and the customer wrote later,
// "the automatic message that opened the ticket" (a monitoring alert's
// subject, named as the executive summary names the alert) and "the
// ticket's subject, written by staff" for a subject the customer did not
// write. at formats the instant.
//
// Urgency is read in the customer's first message, which opens the ticket
// unless an alert or staff wrote first: "The opening message signalled
// urgency: “Need it sorted asap please, the 07:00-08:30 bank is our busiest”"
// stood for the customer's reply 4 days after staff's change request
// opened the ticket (styles58 BHS-CR-0619), as for the customer's message
// after an alert (styles36 AK-5502 “Please urgent!!”, styles58 SSS-70455) and
// after staff's note of a call (styles6 “Can somebody look asap please”,
// styles18 “… so this is quite urgent”, styles26 “Please urgent.”). The
// urgency is true; the wording said it came first.
func UrgencySource(f *Facts, q *Quote, at func(time.Time) string) string {
	switch {
	case q.Event != "" && q.At.After(f.CreatedAt):
		return "the customer's first message, at " + at(q.At) + ","
	case q.Event == "" && q.Role == ticket.RoleSystem:
		return "the automatic message that opened the ticket"
	case q.Event == "" && q.Role == ticket.RoleAgent:
		return "the ticket's subject, written by staff,"
	}
	return "the opening message"
}

// urgencySources is UrgencySource over the quotes a finding lists (the
// first n of distinct matches, as quoteList takes them), each source once,
// joined with "and": the customer's message and the alert's subject both
// signal urgency in styles36's ski-hire ticket.

func urgencySources(f *Facts, qs []Quote, n int, at func(time.Time) string) string {
	var srcs []string
	seen := map[string]bool{}
	taken := map[string]bool{}
	for i := range qs {
		if len(taken) == n {
			break
		}
		if taken[qs[i].Match] {
			continue
		}
		taken[qs[i].Match] = true
		s := UrgencySource(f, &qs[i], at)
		if !seen[s] {
			seen[s] = true
			srcs = append(srcs, s)
		}
	}
	return strings.Join(srcs, " and ")
}

// UrgencyCites is what a sentence that names q's source cites besides the
// quote: the opening fact, which gives the subject, where q is the subject.
func UrgencyCites(q *Quote) []string {
	if q.Event == "" {
		return []string{"opened"}
	}
	return nil
}

// subjectUrgency is findUrgency for a ticket's subject, leaving out the
// keywords that only name a fault ("not working", faultOnlyUrgency): a
// subject is the title of the fault, and "schedule not working" (styles56
// TR-55719) says what fails, not that it is urgent or what it stops; the
// customer's own sentence saying so counts, as do the subject's "urgent",
// "down" or "nobody can".
func subjectUrgency(m matcher, lower string) (string, bool) {
	for i, w := range m.words {
		if faultOnlyUrgency[w] {
			continue
		}
		if containsWord(lower, w, m.prefix[i]) && (w != "down" || downState(lower)) && (w != "production" || productionHit(lower)) {
			return w, true
		}
	}
	return "", false
}

// faultOnlyUrgency are the urgency keywords that name a thing's fault, not
// its urgency or its impact: in a subject they are its title's words.
var faultOnlyUrgency = map[string]bool{"not working": true, "doesn't work": true, "does not work": true,
	"isn't working": true, "is not working": true, "broken": true, "failing": true, "failed": true, "error": true}

// findUrgency is m.find for the urgency keywords, where "down" counts only
// as a state ("the cluster is down", "SIP trunks down", "[DOWN] HL-WB2-TERM",
// "Is something down your side?"), not as a particle or a preposition:
// "Is this down to the roadworks plan?" (a cause, styles58 TCC-CH-114), "the
// MOM had it down for this afternoon" and "I'll stand him down" (styles58
// SSS-70455), "the gate had me down for 11:00" (styles54), "Theatres are
// down to their last few sets" (styles33), "the Office update that came down
// last night" (styles3, styles), "I'll have them taken down" (styles21),
// "pull their jobs down onto the tablets" (styles3), "pulling down the data"
// (styles52), "Lock down external sharing" (styles5), "a 'Priority'
// drop-down" (styles32), "badges printing halfway down the label" (styles21).
func findUrgency(m matcher, lower string) (string, bool) {
	for i, w := range m.words {
		if containsWord(lower, w, m.prefix[i]) && (w != "down" || downState(lower)) && (w != "production" || productionHit(lower)) {
			return w, true
		}
	}
	return "", false
}

// wordHits yields the start and end of each occurrence of word in lower that
// stands as a whole word (downState, productionHit).
func wordHits(lower, word string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for off := 0; off < len(lower); {
			i := strings.Index(lower[off:], word)
			if i < 0 {
				return
			}
			i += off
			end := i + len(word)
			off = end
			if boundaryBefore(lower, i, word) && boundaryAfter(lower, end, word) && !yield(i, end) {
				return
			}
		}
	}
}

// downBefore and downAfter are the words beside a "down" that is no state.
var (
	downBefore = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "him": true, "her": true, "them": true,
		"it": true, "me": true, "us": true, "taken": true, "take": true, "halfway": true, "lock": true, "locked": true, "locking": true,
		"drop": true, "pull": true, "pulled": true, "pulling": true, "right": true, "slowing": true, "slowed": true, "slows": true}
	downAfter = map[string]bool{"to": true, "for": true, "onto": true, "into": true, "from": true}
)

// downState reports whether some "down" in lower is a state, by the words
// beside it (findUrgency).
func downState(lower string) bool {
	for i, end := range wordHits(lower, "down") {
		if i > 0 && lower[i-1] == '-' || end < len(lower) && lower[end] == '-' {
			continue // "drop-down", "lock-down"
		}
		before := strings.Fields(lower[:i])
		after := strings.Fields(lower[end:])
		if len(before) > 0 && downBefore[strings.Trim(before[len(before)-1], "\"'‘’“”(),")] {
			continue
		}
		if len(after) > 0 && downAfter[strings.Trim(after[0], "\"'‘’“”(),.")] && !downToLevel(after) {
			continue
		}
		return true
	}
	return false
}

// downToLevel reports whether the words after a "down" tell a level fallen
// to, a state: "down to 48% water content" (styles19), "the temperature go
// down to 6 degree" (styles19), "Theatres are down to their last few sets"
// (styles33), not a cause ("down to the roadworks plan").
func downToLevel(after []string) bool {
	if len(after) < 2 || after[0] != "to" {
		return false
	}
	if c := after[1][0]; c >= '0' && c <= '9' {
		return true
	}
	switch after[1] {
	case "their", "our", "its", "the", "my", "his", "her", "your":
		return len(after) > 2 && strings.HasPrefix(after[2], "last")
	}
	return false
}

// productionHit reports whether "production" in lower is production held
// up ("production is down", "production has stopped", "stopping
// production"), which signals urgency, not a label or a kind of thing:
// "Environment: Production" (styles12, styles18, styles20, styles50), a
// signature's "Production Planning" (styles20, styles59), "Please issue a
// production API key" (styles18), "Our production editor noticed …"
// (styles47), "Post-production change request" (styles52), "production
// drilling on 700 level" (styles55), "document production" (styles45).
func productionHit(lower string) bool {
	for i, end := range wordHits(lower, "production") {
		if i > 0 && lower[i-1] == '-' {
			continue
		}
		before, after := strings.Fields(lower[:i]), strings.Fields(lower[end:])
		if len(after) > 0 && productionAfter[strings.Trim(after[0], ",.;:!?")] {
			return true
		}
		if len(before) > 0 && productionBefore[before[len(before)-1]] {
			return true
		}
	}
	return false
}

var (
	productionAfter = map[string]bool{"is": true, "has": true, "was": true, "stopped": true, "halted": true, "down": true,
		"line": true, "lines": true, "standstill": true, "impacted": true, "affected": true, "stops": true, "stop": true}
	productionBefore = map[string]bool{"stopping": true, "stopped": true, "halted": true, "halting": true, "affecting": true,
		"affects": true, "impacting": true, "hitting": true, "blocking": true, "blocks": true, "lost": true, "losing": true}
)
