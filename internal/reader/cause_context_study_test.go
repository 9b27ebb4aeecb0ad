package reader

import (
	"flag"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/ticket"
)

var (
	causeContext     = flag.String("causecontext", "", "sets (regex, tuning sets only) whose cause rows TestCauseContextStudy counts by context")
	causeContextRows = flag.String("causecontextrows", "", "print the true and false cause rows whose context contains this")
)

// TestCauseContextStudy counts the reader's true and false cause sentences,
// and the labelled causes it misses, by the sentence's context in its
// ticket: the ticket's type (InferTicketType, "type"; as labelled,
// "labtype"; InferType on the subject and opening alone, "otype"), what the
// opening's votes say (a fault, an ask to know, a request), whether the
// subject and opening ask why or how ("ask", openingAsk), where the sentence
// stands against the ticket's first fix or restoration ("pos"), its
// author's role, whether it is in a staff reply after a customer's message
// that asks something ("reply"), whether it tells a past event (pastBefore),
// whether its message forwards or quotes another's ("fwd"), and whether the
// rules or the model read it ("by"). Each count is printed with the number of
// sets it comes from. A study (docs/quality.md, round 61):
//
//	go test ./internal/reader -run 'TestCauseContextStudy$' -v -count=1 \
//		-causecontext 'styles([0-9]|[1-6][0-9]|70)?' [-causecontextrows type=question]
//
// It reads only the sets -causecontext names, and refuses modelUnseen's
// (validation: sums only).
func TestCauseContextStudy(t *testing.T) {
	if *causeContext == "" {
		t.Skip("-causecontext not given")
	}
	only := regexp.MustCompile("^(?:" + *causeContext + ")$")
	for _, set := range modelUnseen {
		if only.MatchString(set) {
			t.Fatalf("-causecontext %q names %s, a validation set: its rows are not to be read", *causeContext, set)
		}
	}
	type tally struct {
		tp, fp, fn             int
		tpSets, fpSets, fnSets map[string]bool
	}
	counts := map[string]*tally{}
	add := func(key, set string, kind byte) {
		c := counts[key]
		if c == nil {
			c = &tally{tpSets: map[string]bool{}, fpSets: map[string]bool{}, fnSets: map[string]bool{}}
			counts[key] = c
		}
		switch kind {
		case 't':
			c.tp++
			c.tpSets[set] = true
		case 'f':
			c.fp++
			c.fpSets[set] = true
		case 'n':
			c.fn++
			c.fnSets[set] = true
		}
	}
	for _, set := range stylesSets {
		if !only.MatchString(set) {
			continue
		}
		ss := loadStyles(t, set)
		for _, name := range ss.files {
			tk := ss.tickets[name]
			r := Read(tk, nil)
			ruled := Read(tk, &Options{rulesOnly: true})
			typ := InferTicketType(tk, r)
			v, _ := ticketVotes(tk, r)
			open := "none"
			switch {
			case v.fault > 0:
				open = "fault"
			case v.question > 0:
				open = "ask"
			case v.request > 0 || v.change > 0:
				open = "request"
			}
			ask := openingAsk(tk, r)
			otyp := "?"
			if o := openedWith(r); o >= 0 && o < len(r.Messages) {
				otyp = InferType(tk.Subject, tk.Events[r.Messages[o].Event].Body)
			}
			// the first fix or restoration the reader reads, in ticket order
			firstFix := [2]int{-1, -1}
			for mi, m := range r.Messages {
				for k, s := range m.Sentences {
					if s.Acts&(Fix|Restored) != 0 && firstFix[0] < 0 {
						firstFix = [2]int{mi, k}
					}
				}
			}
			lastCustQ := false // the last customer message before holds a question
			for mi, m := range r.Messages {
				e := &tk.Events[m.Event]
				if e.Role == ticket.RoleCustomer {
					q := false
					for _, s := range m.Sentences {
						if s.Acts&Question != 0 || strings.Contains(e.Body[s.Start:s.End], "?") {
							q = true
						}
					}
					lastCustQ = q
				}
				for k, s := range m.Sentences {
					var lab Act
					for _, l := range ss.labels[name] {
						if l.event == m.Event && s.Start < l.end && l.start < s.End {
							lab |= l.acts
						}
					}
					kind := byte(0)
					switch {
					case s.Acts&Cause != 0 && lab&Cause != 0:
						kind = 't'
					case s.Acts&Cause != 0:
						kind = 'f'
					case lab&Cause != 0:
						kind = 'n'
					}
					if kind == 0 {
						continue
					}
					text := e.Body[s.Start:s.End]
					by := "rules"
					if ruled.Messages[mi].Sentences[k].Acts&Cause == 0 {
						by = "model"
					}
					pos := "nofix"
					switch {
					case firstFix[0] < 0:
					case mi < firstFix[0] || mi == firstFix[0] && k < firstFix[1]:
						pos = "before"
					case mi == firstFix[0] && k == firstFix[1]:
						pos = "same"
					default:
						pos = "after"
					}
					role := string(e.Role)
					if m.Automatic {
						role += "/auto"
					}
					reply := "-"
					if e.Role != ticket.RoleCustomer {
						reply = "noq"
						if lastCustQ {
							reply = "answersq"
						}
					}
					past := "nopast"
					if pastBefore(tokens(text, nil)) {
						past = "past"
					}
					fwd := "-"
					if forwardedBody(e.Body) {
						fwd = "fwd"
					}
					if alertSubject(text) {
						fwd += "+alertsent"
					} else if alertSubject(e.Body) {
						fwd += "+alertmsg"
					}
					keys := []string{
						"type=" + typ,
						"labtype=" + ss.types[name],
						"open=" + open,
						"pos=" + pos,
						"role=" + role,
						"reply=" + reply,
						"past=" + past,
						"fwd=" + fwd,
						"ask=" + ask,
						"by=" + by,
						"otype=" + otyp,
						"otype=" + otyp + " by=" + by,
						"otype=" + otyp + " past=" + past,
						"fwd=" + fwd + " pos=" + pos,
						"by=" + by + " type=" + typ,
						"by=" + by + " type=" + typ + " past=" + past,
						"by=" + by + " open=" + open,
						"by=" + by + " pos=" + pos,
						"by=" + by + " reply=" + reply,
						"type=" + typ + " ask=" + ask,
						"open=" + open + " ask=" + ask,
						"ask=" + ask + " past=" + past,
						"type=" + typ + " role=" + role,
						"open=" + open + " role=" + role + " reply=" + reply,
						"open=" + open + " role=" + role + " past=" + past,
						"type=" + typ + " role=" + role + " past=" + past,
						"pos=" + pos + " role=" + role,
						"pos=" + pos + " role=" + role + " past=" + past,
						"type=" + typ + " pos=" + pos,
						"open=" + open + " reply=" + reply + " past=" + past + " pos=" + pos,
					}
					for _, key := range keys {
						add(key, set, kind)
					}
					if *causeContextRows != "" && kind != 'n' {
						all := strings.Join(keys[:10], " ")
						if strings.Contains(all, *causeContextRows) {
							fmt.Printf("%cPCTX %s %s/%d [%s]: %q\n", strings.ToUpper(string(kind))[0], set, name, m.Event, all, text)
						}
					}
				}
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(counts)) {
		c := counts[key]
		fmt.Printf("CTX %-60s tp %4d (%2d sets) fp %4d (%2d sets) fn %4d (%2d sets)\n", key, c.tp, len(c.tpSets), c.fp, len(c.fpSets), c.fn, len(c.fnSets))
	}
}

// forwardedBody reports whether a message forwards or quotes another's text:
// a quoted line ("> ...") or a forwarding header.
func forwardedBody(body string) bool {
	for _, line := range strings.Split(body, "\n") {
		l := strings.ToLower(strings.TrimSpace(line))
		if strings.HasPrefix(l, ">") || strings.Contains(l, "forwarded message") || strings.HasPrefix(l, "fwd:") ||
			strings.HasPrefix(l, "---") && strings.Contains(l, "original") {
			return true
		}
	}
	return false
}

// openingAsk says what the ticket's subject and opening ask: "why" (why
// something happened or shows), "how" (how to do something, whether one
// can), or "-".
func openingAsk(tk *ticket.Ticket, r *Reading) string {
	text := tk.Subject
	if o := openedWith(r); o >= 0 && o < len(r.Messages) {
		text += " . " + tk.Events[r.Messages[o].Event].Body
	}
	ts := tokens(text, nil)
	how := false
	for i, w := range ts {
		if w == "why" {
			return "why"
		}
		next := nextToken(ts, i)
		switch {
		case w == "how" && (next == "do" || next == "can" || next == "to" || next == "should" || next == "would"),
			(w == "can" || w == "could") && (next == "i" || next == "we"),
			w == "possible", w == "is" && next == "there":
			how = true
		}
	}
	if how {
		return "how"
	}
	return "-"
}
