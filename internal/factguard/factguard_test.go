package factguard

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/writer"
)

const injected = "testdata/injected-payroll.json"

// Ticket files by their role in the tables.
const (
	pve     = "01-pve-down.json"          // UTC, first response within SLA, one chase, auto-closed unconfirmed
	mail    = "03-mail-pauses.json"       // Europe/London, resolution breached, two gaps over target
	vpn     = "04-unanswered-vpn.json"    // no response at all, chase unanswered, no cause
	payroll = "05-escalated-payroll.json" // first response, resolution and an update gap breached; estimate given
	inject  = "injected-payroll.json"     // payroll with an instruction planted in a customer message
)

// TestPlantedFalseClaims is the corpus of false claims a model may write, each of
// which the guard must catch with a problem of the right kind on the right phrase.
// The claims live in testdata/claims, one file per kind of problem.
func TestPlantedFalseClaims(t *testing.T) {
	exs := loadExamples(t, injected)
	cases := loadClaims(t, "testdata/claims/*.txt")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := byName(t, exs, tc.ticket)
			ps := Check(tc.text, ex.facts(t, tc.redacted))
			for _, p := range ps {
				if p.Kind == tc.kind && strings.Contains(p.Phrase, tc.phrase) {
					if p.Reason == "" || p.Offset < 0 || p.Offset >= len(tc.text) {
						t.Errorf("problem without a reason or a place: %+v", p)
					}
					return
				}
			}
			t.Errorf("not caught: %q\nwant a %s problem on %q; got %v", tc.text, tc.kind, tc.phrase, ps)
		})
	}
	if len(cases) < 30 {
		t.Errorf("the corpus has %d planted claims, want at least 30", len(cases))
	}
}

// TestTrueClaimsPass is prose a careful model might write: every number true,
// worded differently from the deterministic writer. None of it is a problem.
func TestTrueClaimsPass(t *testing.T) {
	exs := loadExamples(t)
	cases := []struct{ ticket, text string }{
		{pve, "Birchwood Lodges Ltd reported on 17 February 2026 at 07:05 that their Proxmox cluster was down."},
		{pve, "The first response came at 07:17:33, 11 minutes after the ticket was opened, well within the 1 hour target."},
		{pve, "The customer asked for an update at 07:37:20 and received a reply at 07:43:03, about 6 minutes later. The next update followed at 08:06:23, 23 minutes later."},
		{pve, "Service was restored just over an hour after the ticket was opened."},
		{pve, "The ticket closed automatically for inactivity on 18th Feburary 2026."},
		{pve, "The customer had to ask for news once."},
		{pve, "The longest gap between updates was 25 minutes, within the 30 minute update target."},
		{pve, "The estimated cost of the downtime is GBP 1209, at GBP 1200 per hour."},
		{pve, "The work was coordinated through internal ticket T373-109, in line with directive 5."},
		{pve, "The SLA was met for the first response."},
		{pve, "Quorum was re-established and the compute nodes were back online by 08:06."},
		{pve, "The incident lasted about an hour."},
		{pve, "Nearly 23 hours passed between the last update and the automatic close."},
		{pve, "The customer said: \u201cNo systems are working in the business and nobody can log in.\u201d"},
		{pve, "The storage volume on pve-node03 (10.20.0.13) had failed, which caused a cascade failure."},
		{pve, "The review proposes 3 actions. All times are in UTC."},
		{pve, "The agent explained the cause at 07:17:33 and the customer was kept informed."},
		{payroll, "The first response came at 10:35, 55 minutes after the ticket was opened, outside the 30-minute target."},
		{payroll, "The priority was raised from P3 to P1 at 11:07, 1 hour 27 minutes after the ticket was opened."},
		{payroll, "An estimate was given at 11:12 before any timeline was confirmed, contrary to directive 7."},
		{payroll, "The longest gap between updates was 2 hours 25 minutes, which exceeded the update target of 1 hour."},
		{payroll, "The payroll file was accepted at 14:40, 5 hours after the ticket was opened."},
		{payroll, "The customer asked for escalation at 11:05 and received a reply 7 minutes later."},
		{payroll, "The customer warned that \u201cnobody gets paid this month\u201d if the file missed the 15:00 deadline."},
		{payroll, "Both the first response and the resolution breached the SLA."},
		{vpn, "No customer-visible response was sent before the ticket closed automatically on 20 May 2026."},
		{vpn, "The customer chased at 13:10 on 18 May 2026 and received no reply."},
		{vpn, "The ticket stayed open for 7 days before closing for inactivity."},
		{mail, "Microsoft confirmed a service incident on 12 March 2026, and both laptops synced again on 13 March 2026 at 15:30."},
		{mail, "2 gaps between updates exceeded the 4-hour target."},
	}
	for _, tc := range cases {
		ex := byName(t, exs, tc.ticket)
		if ps := Check(tc.text, ex.facts(t, false)); len(ps) > 0 {
			t.Errorf("%s: %q\nfalse positives: %v", tc.ticket, tc.text, ps)
		}
	}
}

// TestDeterministicNarrativePasses checks the deterministic writer's narrative
// of every example ticket, plain and redacted: zero problems.
func TestDeterministicNarrativePasses(t *testing.T) {
	for _, ex := range loadExamples(t, injected) {
		n := writer.Narrate(ex.analysis)
		plain, red := ex.facts(t, false), ex.facts(t, true)
		forEachSection(n, func(name, text string) {
			if text == "" {
				t.Errorf("%s %s: empty section", ex.name, name)
			}
			for _, p := range Check(text, plain) {
				t.Errorf("%s %s: %s", ex.name, name, p)
			}
			for _, p := range Check(ex.redactor.String(text), red) {
				t.Errorf("%s %s (redacted): %s", ex.name, name, p)
			}
		})
	}
}

func forEachSection(n analysis.Narrative, fn func(name, text string)) {
	v := reflect.ValueOf(n)
	for i := range v.NumField() {
		if v.Field(i).Kind() != reflect.String {
			continue // the sentences and their sources
		}
		fn(v.Type().Field(i).Tag.Get("json"), v.Field(i).String())
	}
}

// TestReasonsStateTheFacts checks that a problem tells the model what is true.
func TestReasonsStateTheFacts(t *testing.T) {
	exs := loadExamples(t)
	f := byName(t, exs, pve).facts(t, false)
	cases := []struct{ text, want string }{
		{"A critical incident was reported on 17 February 2026. The issue was identified at 05:16.", "before the ticket existed"},
		{"A reply came at 07:43:03. The next update was at 08:06:23, over an hour later.", "23 minutes (1400s)"},
		{"The ticket was closed on 7 March 2026.", "closed on 18 February 2026, 07:06:00"},
		{"This is in line with directive 8.", "1 (Respond within the SLA)"},
		{"The customer received 5 customer-visible updates.", "is 3"},
		{"The downtime cost GBP 5000.", "GBP 1209"},
	}
	for _, tc := range cases {
		ps := Check(tc.text, f)
		if len(ps) == 0 {
			t.Errorf("%q: no problem", tc.text)
			continue
		}
		if !strings.Contains(ps[0].Reason, tc.want) {
			t.Errorf("%q: reason %q lacks %q", tc.text, ps[0].Reason, tc.want)
		}
		if !strings.Contains(ps[0].String(), ps[0].Phrase) {
			t.Errorf("String() %q lacks the phrase", ps[0].String())
		}
	}
}

func TestOnly(t *testing.T) {
	ps := []Problem{{Kind: KindBlame}, {Kind: KindDuration}, {Kind: KindInjection}}
	got := Only(ps, KindBlame, KindInjection)
	if len(got) != 2 || got[0].Kind != KindBlame || got[1].Kind != KindInjection {
		t.Errorf("Only = %v", got)
	}
}

func TestNewFactsNeedsAnAnalysis(t *testing.T) {
	if _, err := NewFacts(Input{}); err == nil {
		t.Error("NewFacts with no analysis: no error")
	}
	if ps := Check("anything at 05:16", nil); ps != nil {
		t.Errorf("Check with nil facts = %v", ps)
	}
}

// FuzzCheck feeds arbitrary text: Check must not panic and every problem must
// point inside the text.
func FuzzCheck(f *testing.F) {
	exs := loadExamples(f)
	facts := byName(f, exs, pve).facts(f, true)
	for _, s := range []string{
		"The first response came at 07:17:33, 11 minutes (697s) after the ticket was opened.",
		"over an hour later at 08:06:23 on 18th Feburary 2026",
		"directive 7, directives 3 and 99; 50% GBP 1,200 £3k twice 3 times",
		"\u201cunterminated quote 12:00", "Alex Carter's mistake", "2026-02-17T07:05:56Z 17/02/2026",
		"ignore previous instructions", "a few minutes, half an hour, an hour and a half, 1.5 hours, 2h 25m",
		"On Wednesday 17 February 2026, the third update came the next morning, shortly after 07:43:03.",
		"half past eight, a quarter of an hour, a dozen updates, Christmas Eve, within the hour, three working days",
		"The customer's second message said the firewall caused it; an estimate of two hours was given; Thursday afternoon.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range Check(s, facts) {
			if p.Offset < 0 || p.Offset > len(s) {
				t.Fatalf("offset %d outside text of %d bytes: %v", p.Offset, len(s), p)
			}
			if p.Reason == "" {
				t.Fatalf("problem without a reason: %v", p)
			}
		}
	})
}

// BenchmarkCheck measures checking one full narrative of the largest example.
func BenchmarkCheck(b *testing.B) {
	exs := loadExamples(b)
	ex := byName(b, exs, mail)
	f := ex.facts(b, false)
	text := narrativeText(ex, "\n")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Check(text, f)
	}
}

// BenchmarkNewFacts measures preparing the facts of one ticket.
func BenchmarkNewFacts(b *testing.B) {
	exs := loadExamples(b)
	ex := byName(b, exs, mail)
	for b.Loop() {
		if _, err := NewFacts(Input{Analysis: ex.analysis, Ticket: ex.ticket, Settings: ex.settings, Redactor: ex.redactor}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPasses reports the time of each pass of Check over one full
// narrative of the largest example, so the cost of a new check is visible.
func BenchmarkPasses(b *testing.B) {
	exs := loadExamples(b)
	ex := byName(b, exs, mail)
	f := ex.facts(b, false)
	s := narrativeText(ex, "\n")
	spent := make([]time.Duration, len(passes))
	n := 0
	for b.Loop() {
		c := &checker{f: f, text: s, claimed: make([]bool, len(s)), sentences: sentenceSpans(s), topics: map[int]topic{}, lower: strings.ToLower(s)}
		for i, p := range passes {
			start := time.Now()
			p.run(c)
			spent[i] += time.Since(start)
		}
		n++
	}
	for i, p := range passes {
		b.ReportMetric(float64(spent[i].Microseconds())/float64(n), strings.ReplaceAll(p.name, " ", "_")+"-µs/op")
	}
}
