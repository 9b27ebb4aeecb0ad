package analysis

import (
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
// after an alert (styles36 SKI-… “Please urgent!!”, styles58 SSS-70455) and
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
