package analysis

import (
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestRankLaterPastImpact: a customer's account, after staff's fix, of what
// the fault cost them while it lasted is no later fault (styles23 SR-118230
// "Had 2 move-ins stuck at the gate, let them in by hand", PLS-20931 "We lost
// one hour of productivity"); a fault counted, or one that persists, is.
func TestRankLaterPastImpact(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Had 2 move-ins stuck at the gate, let them in by hand.", false},
		{"We lost one hour of productivity.", false},
		{"Thanks, we had three drivers waiting at the barrier for an hour.", false},
		{"Had one error Wednesday night and nothing since.", true},
		{"Had 2 move-ins stuck at the gate again this morning.", true},
		{"We lost the connection to the gate at 3pm.", true},
		{"The gate is stuck closed.", true},
	} {
		if _, got := rankLater(reader.Sentence{Span: reader.Span{Text: c.text}}); got != c.want {
			t.Errorf("rankLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSubjectUrgency: a subject's fault words are no statement of urgency
// (styles56 TR-55719 "schedule not working"); its "urgent" or "down" are.
func TestSubjectUrgency(t *testing.T) {
	m := newMatcher(DefaultKeywords().Urgency)
	for _, c := range []struct {
		subject, want string
	}{
		{"schedule not working", ""},
		{"Skip next delivery button not working", ""},
		{"URGENT - scanner not working", "urgent"},
		{"Website down", "down"},
		{"Till not working, nobody can pay", "nobody can"},
	} {
		got, _ := subjectUrgency(m, strings.ToLower(c.subject))
		if got != c.want {
			t.Errorf("subjectUrgency(%q) = %q, want %q", c.subject, got, c.want)
		}
		if w, _ := findUrgency(m, strings.ToLower(c.subject)); c.want == "" && w == "" {
			t.Errorf("findUrgency(%q) found nothing: the case tests nothing", c.subject)
		}
	}
}

// TestStaffNoteTold: in the note in which staff opened a ticket, their report
// of what they told the caller, or the call's header, is no statement of the
// problem (styles61 BD-2026-0171 "Told her to keep the wrong pack sealed …");
// the caller's question is, without the channel's label.
func TestStaffNoteTold(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Told her to keep the wrong pack sealed, we'll send a prepaid envelope.", false},
		{"Advised him to restart the till, the error still shows.", false},
		{"Asked her to send a photo of the broken screen.", false},
		{"Explained concessions are only on the physical card for now, there's no date yet.", false},
		{"Inbound call 10:14 - Mrs Lauren Pickering, parent, order 558271, wrong photos.", false},
		{"Call from Redline Monitoring (alarm receiving centre): unit C114 at Swindon triggered door-open alarms 3 times overnight (01:12, 02:47, 04:30), no PIN entered.", true},
		{"Asked how to refund part of a deposit without cancelling the booking.", true},
		{"Phone: Mrs Adeyemi asked whether the concession can go on the app, the card is broken.", true},
		{"Her print pack arrived but the photos inside are of a different child.", true},
		{"Till 3 shows the wrong price for milk.", true},
	} {
		sn := reader.Sentence{Span: reader.Span{Text: c.text}}
		if _, got := staffNoteRank(sn, false); got != c.want {
			t.Errorf("staffNoteRank(%q) = %v, want %v", c.text, got, c.want)
		}
		if _, ok := openingRank(sn, false); !ok && !c.want {
			t.Errorf("openingRank(%q) does not rank it: the case tests nothing", c.text)
		}
	}
}

// TestSuppliersPart: where the component the technical actions name is told
// in the statement of a third party's part, the fix is asked of the supplier,
// not of the team (styles57 RC-FSS-5540 "Verify the permanent fix for a
// migration on their side"); a component of our own keeps the team's action.
func TestSuppliersPart(t *testing.T) {
	windows := "Device Manager shows the NLW2 as 'USB Input Device' with the generic Microsoft HID driver - the weekend Windows update (optional driver update) replaced the Noahlink driver."
	supplier := "It's at Amex's end: a migration on their side on the 5th stopped the daily transaction files for several of their corporate clients, us included."
	own := "The import service failed after the disk filled up."
	for _, c := range []struct {
		causes  []string
		factors []Factor
		want    string
	}{
		{[]string{supplier}, []Factor{{Category: FactorThirdParty, Evidence: &Quote{Text: supplier}}}, "Ask the supplier to confirm the permanent fix for "},
		{[]string{windows}, []Factor{{Category: FactorTechnical, Evidence: &Quote{Text: windows}}, {Category: FactorThirdParty, Evidence: &Quote{Text: windows}}}, "Verify the permanent fix for "},
		{[]string{own}, []Factor{{Category: FactorTechnical, Evidence: &Quote{Text: own}}, {Category: FactorThirdParty, Evidence: &Quote{Text: supplier}}}, "Verify the permanent fix for "},
	} {
		var qs []Quote
		for _, s := range c.causes {
			qs = append(qs, Quote{Text: s})
		}
		f := &Facts{Causes: qs, Factors: c.factors}
		if component(f) == "" {
			t.Fatalf("%q: no component, the case tests nothing", c.causes[0])
		}
		if got := factorActions[FactorTechnical].title(f); !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: corrective %q, want it to open %q", c.causes[0], got, c.want)
		}
		mon := factorActions[factorMonitorTechnical].title(f)
		if strings.HasPrefix(c.want, "Ask") != strings.Contains(mon, "what the supplier provides") {
			t.Errorf("%q: monitoring %q", c.causes[0], mon)
		}
	}
}

// TestComplaintAside: a sentence telling how the fault weighs on the writer
// ranks below the fault itself (styles56 TR-55102 "This is very annoying
// because now he … is stuck there every day").
func TestComplaintAside(t *testing.T) {
	fault := "Every time he starts he makes a new map, and the no-go zones are gone."
	for _, c := range []struct {
		text  string
		below bool
	}{
		{"This is very annoying because now he drives under the bed and is stuck there every day.", true},
		{"It's so frustrating, the app crashes every time I open it.", false},
		{"This is frustrating because the app crashes every time I open it.", true},
		{"The robot is stuck under the bed every day.", false},
	} {
		a, _ := rankStatement(reader.Sentence{Span: reader.Span{Text: c.text}}, false)
		b, _ := rankStatement(reader.Sentence{Span: reader.Span{Text: fault}}, false)
		if got := a.score < b.score; got != c.below {
			t.Errorf("%q ranks %d, the fault %d: below %v, want %v", c.text, a.score, b.score, got, c.below)
		}
	}
}

// TestRestatementAside: the subject's words only inside a parenthesised
// aside do not make a sentence its restatement (styles56 SP-1094102 "My
// subscription is only one (Ultimate monthly)" of "Charged twice for Ultimate
// this month").
func TestRestatementAside(t *testing.T) {
	m := &reader.Message{Sentences: []reader.Sentence{
		{Span: reader.Span{Text: "I see on my bank two payments of 14.99 GBP on 18 November, at the same time."}},
		{Span: reader.Span{Text: "My subscription is only one (Ultimate monthly)."}},
	}}
	if got := restatement(m, "Charged twice for Ultimate this month", false); got != "" {
		t.Errorf("restatement = %q, want none", got)
	}
	m.Sentences[1].Text = "My Ultimate (monthly) plan was charged twice."
	if got := restatement(m, "Charged twice for Ultimate this month", false); got != m.Sentences[1].Text {
		t.Errorf("restatement = %q, want %q", got, m.Sentences[1].Text)
	}
}

// TestAskRank: of a request's opening, the sentence quoted is the one that
// asks (styles56 FL-2026-11960 "Could you switch the whole farm to manual
// updates …?"), not its context, a form's field, an ask too short to say what
// it asks, a second ask or a follow-up.
func TestAskRank(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Could you switch the whole farm to manual updates until after 5 December please?", true},
		{"If a CEO prints a PCN for the wrong vehicle, is there any way to cancel it on the handheld?", true},
		{"We run 12 Core X1s on a Forgeline Farm account for our Year 11 GCSE coursework.", false},
		{"Lending mandate: up to £500,000 / 85% LTV", false},
		{"Request type: Freeze membership", false},
		{"Can you do it please?", false},
		{"Also please confirm if PITR stays enabled after the move.", false},
		{"Please let me know if anything needs clarifying, and confirm once the increase has been applied.", false},
		{"Could you please set up a new site in our installation for it, with:", false},
	} {
		if _, got := askRank(reader.Sentence{Span: reader.Span{Text: c.text}}, false); got != c.want {
			t.Errorf("askRank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFaultRankMoney: a sum of money is no error code (styles62 EBS-MS-7815
// "Lending mandate: up to £500,000 / 85% LTV"); an HTTP 500 is.
func TestFaultRankMoney(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"lending mandate: up to £500,000 / 85% ltv", 0},
		{"the checkout returns 500 on every order", faultScore},
	} {
		if got := faultRank(c.text); got != c.want {
			t.Errorf("faultRank(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
