package analysis

import (
	"slices"
	"testing"

	"github.com/debriefhq/debrief/internal/reader"
)

// TestRestatement: the sentence of an opening that says its subject again.
// The subjects and sentences are written for the test.
func TestRestatement(t *testing.T) {
	cases := []struct {
		name      string
		subject   string
		sentences []string
		want      string
	}{
		{"the sentence sharing most of the subject's words",
			"Kiosk screens showing old prices",
			[]string{"We need this fixed before lunch, the tills are queueing.", "Both kiosk screens in the food hall are showing last week's prices."},
			"Both kiosk screens in the food hall are showing last week's prices."},
		{"a fault named in the subject asks for a sentence that states one",
			"Payslips not visible to staff in the portal",
			[]string{"Payslips for March were due in the staff portal at 09:00.", "Staff say the portal shows no payslips at all."},
			"Staff say the portal shows no payslips at all."},
		{"without a sentence that states the fault, the one that shares the topic",
			"Stock counts wrong on the warehouse dashboard",
			[]string{"The warehouse dashboard shows stock counts of 0 or 999 since last night.", "Pickers can't trust it."},
			"The warehouse dashboard shows stock counts of 0 or 999 since last night."},
		{"one shared word is not a restatement",
			"Printer jammed",
			[]string{"The printer on floor 2 shows a red light."},
			""},
		{"the subject's setting is context, not the headline",
			"Email stopped after moving nameservers",
			[]string{"Yesterday we moved our nameservers to you.", "Since then nobody has received any email."},
			""},
		{"a call note's first line shares the customer's name, and is not a restatement",
			"Northwind Freight - both radio links down",
			[]string{"Phone call from Ada Byrne (Northwind Freight, radio links) 07:10.", "Both radio links to the yard dropped at 06:55."},
			"Both radio links to the yard dropped at 06:55."},
		{"a sentence after a greeting may restate",
			"Lift panel showing error 7",
			[]string{"Good morning, the lift panel in block B is showing error 7 again."},
			"Good morning, the lift panel in block B is showing error 7 again."},
		{"a form's copy of the subject does not restate it",
			"Kiosk screens showing old prices",
			[]string{"Subject: Kiosk screens showing old prices", "Both kiosk screens in the food hall are showing last week's prices."},
			"Both kiosk screens in the food hall are showing last week's prices."},
		{"a reference shared with a line of context does not count",
			"Refund for booking AB12345",
			[]string{"Trip on 3 May with booking AB12345.", "I was charged twice."},
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := &reader.Message{}
			for _, s := range c.sentences {
				m.Sentences = append(m.Sentences, reader.Sentence{Span: reader.Span{Text: s}})
			}
			if got := restatement(m, c.subject, false); got != c.want {
				t.Errorf("restatement = %q, want %q", got, c.want)
			}
		})
	}
}

// TestContentWords: the words of a subject that may carry its topic.
func TestContentWords(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"[MON] VW-GB-0412-02 heartbeat_lost > 30 min", []string{"mon", "0412", "heartbeat", "lost", "min"}},
		{"Telematics: fuel/charge level wrong on the Corsa-e batch", []string{"telematics", "fuel", "charge", "level", "wrong", "corsa", "batch"}},
		{"New phone - need MFA moved", []string{"phone", "need", "mfa", "moved"}},
		{"Booking CSF7732K charged twice", []string{"booking", "charged", "twice"}},
	}
	for _, c := range cases {
		if got := contentWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("contentWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSameWord: a word and its longer forms.
func TestSameWord(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"email", "emails", true},
		{"alarming", "alarm", true},
		{"ban", "banned", false}, // too short to stand for its forms
		{"ban", "ban", true},
		{"test", "speedtest", false},
	}
	for _, c := range cases {
		if got := sameWord(c.a, c.b); got != c.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestAfterGreeting: a sentence without the greeting before its first comma.
func TestAfterGreeting(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Good morning, the lift is stuck.", "the lift is stuck."},
		{"Hi team, hope you're well.", "hope you're well."},
		{"Phone call from Ada Byrne (IT, Northwind) 07:10.", "Phone call from Ada Byrne (IT, Northwind) 07:10."},
		{"Since Monday, the lift is stuck.", "Since Monday, the lift is stuck."},
	}
	for _, c := range cases {
		if got := afterGreeting(c.in); got != c.want {
			t.Errorf("afterGreeting(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRankStatement: a sentence that restates the subject ranks as a fault
// stated, but a question stays below a statement and a form's other fields
// do not rank.
func TestRankStatement(t *testing.T) {
	cases := []struct {
		text     string
		acts     reader.Act
		restates bool
		want     int
		ok       bool
	}{
		{"Both kiosk screens in the food hall are showing last week's prices.", 0, true, faultScore, true},
		{"Both kiosk screens in the food hall are showing last week's prices.", 0, false, 0, true},
		{"Is the kiosk showing last week's prices for everyone?", reader.Question, true, 0, true},
		{"Topic: Kiosk screens", 0, true, 0, false},
		{"Good morning, the lift panel in block B is showing error 7 again.", 0, true, faultScore, true},
	}
	for _, c := range cases {
		got, ok := rankStatement(reader.Sentence{Span: reader.Span{Text: c.text}, Acts: c.acts}, c.restates)
		if ok != c.ok || ok && got.score != c.want {
			t.Errorf("rankStatement(%q, %v) = %d %v, want %d %v", c.text, c.restates, got.score, ok, c.want, c.ok)
		}
	}
}

// TestAlertRank: the lines of an automatic message that opened a ticket that
// state its problem. The lines are written for the test.
func TestAlertRank(t *testing.T) {
	cases := []struct {
		text     string
		restates bool
		want     bool
	}{
		{"ALERT: Nightly export lag > 24h.", true, true},
		{"ALERT: Nightly export lag > 24h.", false, false},
		{"CRITICAL - Circuit 4411 DOWN since 06:38 UTC.", false, true},
		{"Last error: processed/error: decryption-failed", false, true},
		{"ALERT heartbeat_lost", false, true},
		{"Host: EXP-01 (Branch 22).", false, false},
		{"Threshold: 30 min.", false, false},
		// styles59 KAE-24162: the check's finding, not the label line that
		// names the service
		{"Info: DISK CRITICAL - /vol/ndt 96% used (7.68 TB of 8.00 TB)", false, true},
		{"Status: WARNING - 3 jobs queued", false, true},
		{"Service: Volume /vol/ndt usage", false, false},
		{"Critical care wing printers", false, false},
	}
	for _, c := range cases {
		if _, got := alertRank(reader.Sentence{Span: reader.Span{Text: c.text}}, c.restates); got != c.want {
			t.Errorf("alertRank(%q, %v) = %v, want %v", c.text, c.restates, got, c.want)
		}
	}
}

// TestAlertRankState: the line giving a check's fault state outranks the label
// line that restates the subject (styles59 KAE-24162, whose problem was quoted
// as "Service: Volume /vol/ndt usage").
func TestAlertRankState(t *testing.T) {
	label, _ := alertRank(reader.Sentence{Span: reader.Span{Text: "Service: Volume /vol/ndt usage"}}, true)
	info, _ := alertRank(reader.Sentence{Span: reader.Span{Text: "Info: DISK CRITICAL - /vol/ndt 96% used (7.68 TB of 8.00 TB)"}}, false)
	if info.score <= label.score {
		t.Errorf("state line scores %d, label line %d: want the state line above", info.score, label.score)
	}
	// near miss: a fault in words outranks a state in capitals (HB-20501)
	// near miss: a headline that says the subject again ranks with a state
	// line, and comes first in the alert (styles HB-20501)
	head, _ := alertRank(reader.Sentence{Span: reader.Span{Text: "[PROBLEM] SiteGate controller WHARF-GATE-02 unreachable for 10 min"}}, true)
	state, _ := alertRank(reader.Sentence{Span: reader.Span{Text: "Host: 10.44.12.32 Check: heartbeat State: CRITICAL"}}, false)
	if head.score < state.score {
		t.Errorf("headline scores %d, state line %d: want the headline not below", head.score, state.score)
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
