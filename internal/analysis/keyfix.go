package analysis

import (
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// The remedial step the executive summary quotes ("The remedial step
// recorded: …", "The work recorded: …", "The answer given: …"), chosen here
// beside the main cause (MainCause) so that the writer reads no text itself.

// KeyFix is the fix that brought the service back: of the fixes stated before
// the restoration, other than the restoration statement itself, the last of
// the best rank (see stepRank); without a restoration, the first of the best
// rank. A sentence the summary quotes already (the chosen cause, the problem)
// is never the step, nor a step taken before the fault came back
// (Impact.Returned): it did not hold. Where the restoration statement itself names the step
// ("Re-ran the import: prices are back"), an earlier fix is quoted only when
// it changed something. For a question, the answer given is the first of the
// best rank in staff's first public reply that states a step: the answer,
// not a later side instruction ("Please also add an order note …"), quoted
// even where the restoration names a later step; an instruction there how to
// do the thing asked ("Go to Shop Manager > Shipping > Profiles …":
// howToTold) ranks above the explanation of how things stand beside it
// ("Shipping is set per profile rather than per listing.").
func (f *Facts) KeyFix() (*Quote, int) {
	quoted := map[string]bool{}
	if k := f.MainCause(true); k >= 0 {
		quoted[f.Causes[k].Text] = true
	}
	if f.Problem != nil {
		quoted[f.Problem.Text] = true
	}
	eligible := func(q *Quote) bool {
		if strings.Contains(q.Match, "estimate") || quoted[q.Text] {
			return false // a fix promised for later is not a step taken
		}
		if l := lower(q.Text); f.Type != ticket.TypeQuestion && (conditional(l) || futureOnly(l, q.Text)) {
			// "If it ever happens again, go to Settings …": no step taken,
			// but an answer may be one ("If your designer works in
			// InDesign, set Bleed to 3mm")
			return false
		}
		if back := f.Impact.Returned; !back.IsZero() && q.At.Before(back) {
			return false // a step before the fault came back did not hold
		}
		if r := f.Restored; r != nil && (q.At.After(r.At) || q.Text == r.Text ||
			(q.At.Equal(r.At) && strings.Contains(r.Match, "fix"))) {
			return false // the restoration statement itself says what fixed it
		}
		return true
	}
	// A question's answer is in staff's first public reply that states a
	// step: its first sentence of the best rank, not a side instruction
	// after it ("Please also add an order note …") nor a later message.
	answer := ""
	if f.Type == ticket.TypeQuestion {
		for i := range f.Fixes {
			if q := &f.Fixes[i]; q.Role == ticket.RoleAgent && q.Public && eligible(q) {
				answer = q.Event
				break
			}
		}
	}
	var fx *Quote
	k, rank := -1, 3
	for i := range f.Fixes {
		q := &f.Fixes[i]
		if !eligible(q) || answer != "" && q.Event != answer {
			continue
		}
		r := stepRank(q, f.CreatedAt)
		if answer != "" && r < 2 && howToTold(lower(q.Text)) {
			r = -1 // the answer is how to do it, not how things stand (howToTold)
		}
		if r < rank || r == rank && f.Restored != nil && answer == "" {
			fx, k, rank = q, i, r
		}
	}
	if r := f.Restored; fx != nil && rank > 0 && r != nil && strings.Contains(r.Match, "fix") && answer == "" {
		return nil, -1
	}
	return fx, k
}

// stepRank ranks a fix as the remedial step: 0 for a step that changed
// something ("Railtek swapped the reader"); 1 for a report of a test or a
// measurement ("HXW-01 has logged 6 'no card read' events in four days",
// "Reset request to a test mailbox landed in under a minute"), an attempt
// that did not help ("Tried switching the port, no change"), and what is no
// step taken (an instruction to the customer, a plan, a stopgap: see
// stepTaken); 2 for a
// sentence the reader also read as a cause, a containment ("Set ARD-04 out
// of service"), a check that found something working ("Existing mandates
// moved fine": foundFine) and a change made "yesterday" or "last night" stated within a
// day of the opening, before the ticket ("Pricing changed the export
// yesterday afternoon"), or on a day named before the opening ("On Monday
// we moved CollectionsPro behind a new gateway server": datedBefore): what broke it, or what held the damage, not what
// fixed it; a step for the others ("Other 36 families refunded in bulk");
// and a step told as one more beside another (additive), below even an
// instruction, so that the step it was added to is quoted however it is
// told: "I've refunded the £25 late fee to your card; it should show in 3-5
// working days", not "I've also added £10 credit to your account for the
// hassle" (styles61 06), the instruction "paste the secret key … and click
// Save & test", not "Leave the publishable key as it is unless they've sent
// you a new one of those as well" (styles53 01), "When someone leaves,
// deactivate them under Staff > Status …", not "We'd also recommend
// switching on …" (styles75 09). The shares of quoted fixes labelled so did
// not move (1,123 of 1,330 on styles to styles90).
func stepRank(q *Quote, opened time.Time) int {
	l := strings.ToLower(q.Text)
	before := (strings.Contains(l, "yesterday") || strings.Contains(l, "last night")) && q.At.Sub(opened) < 24*time.Hour ||
		datedBefore(l, q.At, opened)
	switch {
	case strings.Contains(q.Match, "cause") || contained(l) || before || aboutOthers(q.Text) || additive(l) || foundFine(l):
		return 2
	case !reader.ChangedSomething(q.Text) || !stepTaken(*q) || strings.HasPrefix(l, "tried ") ||
		strings.Contains(l, "no change") || strings.Contains(l, "didn't help") || strings.Contains(l, "did not help"):
		return 1
	}
	return 0
}

// contained reports whether lower-cased text takes something out of use
// rather than mending it: "set ARD-04 out of service", "took the node
// offline".
func contained(l string) bool {
	return strings.Contains(l, "out of service") || strings.Contains(l, "out of use") ||
		(strings.Contains(l, "offline") || strings.Contains(l, "off-line")) && !strings.Contains(l, "back")
}

// additive reports whether lower-cased text tells a step as one more beside
// another: "also" in its first four words ("I've also changed your account
// contacts", styles51 CS-88213; "I have also changed your hotel's address",
// styles49 RCH-4502; "We have also set a 60-day expiry alert", styles8
// MRX-20517; "I've also added a £5 credit", styles18 PP-117955), or
// a clause ending in "as well" or "too" after clauses that change nothing
// ("Two other marts had rejections, re-sent those as well", styles51
// TF-40917; "I've added 185.44.210.67 as well", styles22 TQ-240455; "Same
// problem in the 2023.1 modulefile, fixed that too", styles12 RCS-30755). The step the
// summary quotes is the one it was added to. Not "also" later in a sentence
// that told a first step ("forced it through and also moved you onto the
// archive policy"), nor a last "too" after steps of its own ("Vacuumed sill,
// removed coin, …, cleaned them too").
func additive(l string) bool {
	rest := l
	for n := 0; n < 4 && rest != ""; n++ {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if strings.Trim(w, ",.;:!-") == "also" {
			return true
		}
	}
	start := 0
	for k := 0; k <= len(l); k++ {
		if k < len(l) && (!strings.ContainsRune(",;.!", rune(l[k])) || l[k] == '.' && k+1 < len(l) && l[k+1] != ' ') {
			continue // a clause ends at a comma, a semicolon or a sentence's stop, not at "185.44"
		}
		clause := strings.TrimSpace(outsideParens(l[start:k]))
		if strings.HasSuffix(clause, " as well") || strings.HasSuffix(clause, " too") {
			return !reader.ChangedSomething(l[:start])
		}
		start = k + 1
	}
	return false
}

// conditional reports whether lower-cased text opens with a condition not
// yet met, and so tells what to do or what will happen then, not a step
// taken: "If it ever happens again, go to Settings > Apps …" (styles51
// TF-40872), "If you want replacements matched on the same criteria, please
// send …" (styles52 NBB-REQ-21544), "If so, please add it under Setup >
// Rooms …" (styles14 SCH-49107), "If so, you can enter the new one under
// Connections …" (styles18 FD-31877), "Once it's in, use Re-evaluate …"
// (styles16 LIS-40655), "Once that's done, the failed events can be
// redelivered …" (styles12 IW-88940), "When the account is paid they
// reactivate the SIM" (styles19 KT-11341). "Once" or
// "when" before a past step is no condition ("Once we restarted the
// service, the backlog cleared").
func conditional(l string) bool {
	first, rest, _ := strings.Cut(l, " ")
	switch first {
	case "if", "unless":
		return true
	case "once", "when":
		clause, _, _ := strings.Cut(rest, ",")
		clause = " " + reader.StraightApostrophes(clause) + " "
		for _, m := range []string{"'s ", "'re ", " is ", " are ", " comes ", " arrives ", " ever ", " has been ", " have been "} {
			if strings.Contains(clause, m) {
				return true
			}
		}
	}
	return false
}

// futureOnly reports whether a sentence (lower-cased l, text as written)
// tells only what will be done, naming no change made: "I'll need to change
// it on the printer itself" (styles53 TDF-1201), "solution: we will deploy
// the fix with new release" (Mendeley 1007142), "we will update the ticket
// once get the new release" (Mendeley 1004361): the future in its first clause.
// A step told with its effect to come is a step ("Reinstalling the driver
// now, the PC will restart once"; "We have now bought new copies, and …
// you will find it under Loans").
func futureOnly(l, text string) bool {
	if label, rest, ok := strings.Cut(l, ": "); ok && !strings.Contains(label, " ") {
		l = rest // "solution: we will deploy …"
	}
	first, _, _ := strings.Cut(l, ",")
	first, _, _ = strings.Cut(first, ";")
	first, _, _ = strings.Cut(first, ":")
	if _, ok := futureWords.find(first); !ok {
		return false // "I have taken them out, so the shipment will be 474": the step comes first
	}
	return !reader.ChangedSomething(text)
}

// futureWords tell what is still to be done.
var futureWords = newMatcher([]string{"will", "i'll", "we'll", "they'll", "going to", "shall"})
