package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
	"github.com/debriefhq/debrief/internal/writer"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func exampleEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(exampletest.LoadConfig(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func exampleTickets(t testing.TB) []*ticket.Ticket {
	t.Helper()
	var out []*ticket.Ticket
	for _, p := range exampletest.Files(t) {
		tk, _, err := ticket.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tk)
	}
	if len(out) < 5 {
		t.Fatalf("only %d example tickets", len(out))
	}
	return out
}

func analyse(t testing.TB, e *Engine, tk *ticket.Ticket) *Result {
	t.Helper()
	res, err := e.Analyze(context.Background(), tk, Options{Redacted: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestGolden pins both reports of every example, plain and redacted.
// Run with -update after an intended change and review the diff.
func TestGolden(t *testing.T) {
	e := exampleEngine(t)
	for _, tk := range exampleTickets(t) {
		res := analyse(t, e, tk)
		for name, got := range map[string][]byte{
			tk.ID + ".technical.md":          res.Technical,
			tk.ID + ".executive.md":          res.Executive,
			tk.ID + ".technical.redacted.md": res.TechnicalRedacted,
			tk.ID + ".executive.redacted.md": res.ExecutiveRedacted,
		} {
			path := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; run go test ./internal/engine -update and review the diff", name)
			}
		}
	}
}

// TestPVEDownStatisticsMatchReference checks the statistics block against the
// figures of the reference helpdesk's real report for the same ticket.
func TestPVEDownStatisticsMatchReference(t *testing.T) {
	e := exampleEngine(t)
	var pve *ticket.Ticket
	for _, tk := range exampleTickets(t) {
		if tk.Subject == "PVE Down" {
			pve = tk
		}
	}
	if pve == nil {
		t.Fatal("no PVE Down example")
	}
	res := analyse(t, e, pve)
	for _, report := range [][]byte{res.Technical, res.Executive} {
		for _, want := range []string{
			"- Time to first response (business hours): 11 minutes (697s)\n",
			"- Time to first response (elapsed): 11 minutes (697s)\n",
			"- Time to solution (closed): 1 day 0 hours 0 minutes (86404s), automatic close (inactivity)",
			"- SLA: SLA8 (grace 1 hour), first response due: 2026-02-17 08:05:56, within SLA: Yes\n",
		} {
			if !bytes.Contains(report, []byte(want)) {
				t.Errorf("report lacks %q", want)
			}
		}
	}
	// The gap the reference called "over an hour" is stated exactly.
	if !bytes.Contains(res.Technical, []byte("07:43:03 to 08:06:23, 23 minutes (1400s)")) {
		t.Error("the 07:43:03 to 08:06:23 gap is not stated as 23 minutes (1400s)")
	}
}

// TestDatesAgree checks that a report states each date one way: the closing date
// of a ticket reads the same in every section (the reference gave two).
func TestDatesAgree(t *testing.T) {
	e := exampleEngine(t)
	for _, tk := range exampleTickets(t) {
		res := analyse(t, e, tk)
		day := tk.ClosedAt.In(res.Analysis.Stats.Policy.Calendar.Location())
		long := day.Format("2 January 2006")
		stamp := day.Format(time.DateOnly)
		for _, r := range [][]byte{res.Technical, res.Executive} {
			if !bytes.Contains(r, []byte(stamp)) {
				t.Errorf("%s: closing date %s missing", tk.ID, stamp)
			}
			// Every long-form date in the report is one of the ticket's own days.
			for _, m := range regexp.MustCompile(`\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b`).FindAll(r, -1) {
				d, err := time.ParseInLocation("2 January 2006", string(m), day.Location())
				if err != nil {
					t.Fatal(err)
				}
				if d.Before(truncDay(tk.CreatedAt, day.Location())) || d.After(day) {
					t.Errorf("%s: report states %q, outside the ticket's life", tk.ID, m)
				}
			}
			_ = long
		}
	}
}

func truncDay(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, loc)
}

var durationRe = regexp.MustCompile(`\b(?:(\d+) days? )?(?:(\d+) hours? ?)?(?:(\d+) minutes?)?(?:(\d+) seconds?)?(?: \((\d+)s\))?`)

// TestEveryDurationIsComputed proves the writer cannot describe a duration that
// the facts do not contain: every duration in the prose, at the precision it is
// stated, equals one computed from the ticket; vague phrases are never used.
func TestEveryDurationIsComputed(t *testing.T) {
	e := exampleEngine(t)
	for _, tk := range exampleTickets(t) {
		res := analyse(t, e, tk)
		for _, problem := range checkDurations(narrativeText(res.Analysis), computedDurations(res.Analysis)) {
			t.Errorf("%s: %s", tk.ID, problem)
		}
	}
}

// TestDurationCheckCatchesFalseClaims shows the check above can fail: the
// reference report's "over an hour" for a 23-minute gap, and a made-up figure.
func TestDurationCheckCatchesFalseClaims(t *testing.T) {
	e := exampleEngine(t)
	res := analyse(t, e, exampleTickets(t)[0])
	allowed := computedDurations(res.Analysis)
	for _, claim := range []string{
		"The next communication came at 08:06:23, which is over an hour later.",
		"The longest gap was 1 hour 3 minutes.",
		"The first response came after 12 minutes (720s).",
		"The customer waited about 20 minutes.",
	} {
		if len(checkDurations(claim, allowed)) == 0 {
			t.Errorf("false claim not caught: %q", claim)
		}
	}
	if p := checkDurations("The first response came after 11 minutes (697s).", allowed); len(p) != 0 {
		t.Errorf("true claim rejected: %v", p)
	}
}

var quotedRe = regexp.MustCompile(`“[^”]*”`)

var vagueRe = regexp.MustCompile(`(?i)\b(about|around|approximately|roughly|nearly|almost|over|under|more than|less than|just over|just under|some)\s+(an?|one|two|three|several|a few|half an|\d+)\s+(hour|minute|day|second)s?|\b(several|a few|many) (hours|minutes|days)`)

// checkDurations returns a problem for every duration in prose that is not one of
// the allowed durations at the precision stated, and for every vague duration.
func checkDurations(prose string, allowed durations) []string {
	// Quoted ticket text is evidence, not the writer's claim.
	prose = quotedRe.ReplaceAllString(prose, "“…”")
	var problems []string
	for _, m := range durationRe.FindAllStringSubmatch(prose, -1) {
		if strings.TrimSpace(m[0]) == "" {
			continue
		}
		n := func(s string) int64 { v, _ := strconv.ParseInt(s, 10, 64); return v }
		switch mins := n(m[1])*1440 + n(m[2])*60 + n(m[3]); {
		case m[5] != "":
			if !allowed.exact[n(m[5])] {
				problems = append(problems, fmt.Sprintf("%q is not a computed duration", m[0]))
			}
		case m[4] != "" && mins == 0:
			if !allowed.exact[n(m[4])] {
				problems = append(problems, fmt.Sprintf("%q is not a computed duration", m[0]))
			}
		case !allowed.minutes[mins]:
			problems = append(problems, fmt.Sprintf("%q (%d min) is not a computed duration", m[0], mins))
		}
	}
	for _, m := range vagueRe.FindAllString(prose, -1) {
		problems = append(problems, fmt.Sprintf("vague duration %q", m))
	}
	return problems
}

type durations struct{ exact, minutes map[int64]bool }

func computedDurations(a *analysis.Analysis) durations {
	d := durations{exact: map[int64]bool{}, minutes: map[int64]bool{}}
	add := func(x time.Duration) {
		s := int64(x / time.Second)
		d.exact[s] = true
		d.minutes[s/60] = true
	}
	st := a.Stats
	for _, x := range []time.Duration{st.FirstResponse.Elapsed, st.FirstResponse.Business, st.FirstResponse.Target,
		st.Resolution.Elapsed, st.Resolution.Business, st.Resolution.Target, st.Paused, st.PausedBusiness,
		st.Policy.Grace, st.Targets.Update, st.SilenceBeforeClose.Elapsed, st.SilenceBeforeClose.Business, a.Facts.Impact.Duration} {
		add(x)
	}
	for _, g := range st.Updates.Gaps {
		add(g.Business)
		add(g.Elapsed)
	}
	for _, w := range st.Replies.Waits {
		add(w.Business)
		add(w.Elapsed)
	}
	for _, c := range a.Facts.Chases {
		add(c.Wait)
		add(c.WaitBusiness)
	}
	for _, dir := range []time.Duration{} {
		add(dir)
	}
	// Times since creation of the events the prose refers to.
	since := func(t time.Time) { add(t.Sub(a.Facts.CreatedAt)) }
	for _, pc := range a.Facts.PriorityChanges {
		since(pc.At)
	}
	for _, q := range a.Facts.Causes {
		since(q.At)
	}
	for _, q := range a.Facts.Fixes {
		since(q.At)
	}
	return d
}

func narrativeText(a *analysis.Analysis) string {
	n := a.Narrative
	parts := []string{n.Overview, n.Triage, n.Investigations, n.TechnicalQuality, n.Communication, n.RiskHandling,
		n.RootCause, n.ExecutiveSummary, n.BusinessImpact, n.Outcome}
	for _, f := range a.Findings {
		parts = append(parts, f.Text)
	}
	return strings.Join(parts, "\n")
}

// TestBlameless checks that no sentence the writer produces names a person
// together with a failure: the subjects are the process and the system.
func TestBlameless(t *testing.T) {
	e := exampleEngine(t)
	failure := regexp.MustCompile(`(?i)\b(fail(ed|ure)?|miss(ed)?|forg(o|e)t|neglect(ed)?|did not|didn't|delayed|late|breach(ed)?|error|mistake|should have|blame)\b`)
	for _, tk := range exampleTickets(t) {
		res := analyse(t, e, tk)
		names := people(tk)
		// The writer's own sentences, with quoted ticket text removed: quotes are evidence, not the writer's judgement.
		prose := regexp.MustCompile(`“[^”]*”`).ReplaceAllString(narrativeText(res.Analysis), "“”")
		for _, sentence := range regexp.MustCompile(`[^.!?\n]+[.!?]`).FindAllString(prose, -1) {
			if !failure.MatchString(sentence) {
				continue
			}
			for _, n := range names {
				if strings.Contains(sentence, n) {
					t.Errorf("%s: sentence names %s with a failure: %q", tk.ID, n, sentence)
				}
			}
		}
	}
}

func people(tk *ticket.Ticket) []string {
	seen := map[string]bool{}
	var out []string
	addName := func(n string) {
		for _, part := range append([]string{n}, strings.Fields(n)...) {
			if len(part) >= 3 && !seen[part] {
				seen[part] = true
				out = append(out, part)
			}
		}
	}
	addName(tk.Customer.Contact)
	for _, e := range tk.Events {
		if e.Role == ticket.RoleAgent || e.Role == ticket.RoleCustomer {
			addName(e.Author)
		}
	}
	return out
}

// TestDeterministic: same input, same bytes.
func TestDeterministic(t *testing.T) {
	e := exampleEngine(t)
	for _, tk := range exampleTickets(t) {
		a, b := analyse(t, e, tk), analyse(t, e, tk)
		if !bytes.Equal(a.Technical, b.Technical) || !bytes.Equal(a.Executive, b.Executive) || !bytes.Equal(a.TechnicalRedacted, b.TechnicalRedacted) {
			t.Errorf("%s: two runs differ", tk.ID)
		}
		ja, _ := json.Marshal(a.Analysis)
		jb, _ := json.Marshal(b.Analysis)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: JSON differs", tk.ID)
		}
	}
}

// BenchmarkAnalyze200 is the deterministic analysis of a 200-message ticket with
// both reports rendered (target: under 2 ms).
func BenchmarkAnalyze200(b *testing.B) { benchAnalyze(b, 200, Options{}) }

// BenchmarkAnalyze200Redacted adds the redacted versions of both reports.
func BenchmarkAnalyze200Redacted(b *testing.B) { benchAnalyze(b, 200, Options{Redacted: true}) }

// BenchmarkAnalyze20 is the analysis of a typical 20-message ticket with both reports.
func BenchmarkAnalyze20(b *testing.B) { benchAnalyze(b, 20, Options{}) }

// benchAnalyze times the analysis of a synthetic ticket of n messages.
func benchAnalyze(b *testing.B, n int, opts Options) {
	e := exampleEngine(b)
	tk := tickettest.Synthetic(1, n)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Analyze(context.Background(), tk, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTemplatesFromConfig: a templates folder named in the configuration
// replaces the built-in layout, and a template naming a field that does not
// exist fails the analysis instead of printing nothing.
func TestTemplatesFromConfig(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "executive.md.tmpl"), []byte("# {{.Title}}\n\nHouse layout: {{.FirstResponseBusiness}}\n"), 0o644)
	cfgYAML := "calendars: {always: {timezone: UTC, always_open: true}}\nslas: {SLA8: {calendar: always, first_response: 1h}}\ntemplates: " + dir + "\n"
	cfg, err := config.Parse([]byte(cfgYAML), filepath.Join(dir, "c.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := analyse(t, e, exampleTickets(t)[0])
	if string(res.Executive) != "# G204-117 - PVE Down\n\nHouse layout: 11 minutes (697s)\n" {
		t.Errorf("custom executive report = %q", res.Executive)
	}
	if !bytes.Contains(res.Technical, []byte("## Performance statistics")) {
		t.Error("the technical report lost its built-in template")
	}
	os.WriteFile(filepath.Join(dir, "executive.md.tmpl"), []byte("{{.NoSuchField}}"), 0o644)
	e, err = New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Analyze(context.Background(), exampleTickets(t)[0], Options{}); err == nil || !strings.Contains(err.Error(), "NoSuchField") {
		t.Errorf("unknown field in a template: error %v", err)
	}
}

// rejectingWriter is a writer whose guard rejected a sentence: the deterministic
// text, with one rejection recorded.
type rejectingWriter struct{ writer.Deterministic }

func (rejectingWriter) Write(ctx context.Context, in *writer.Input) (analysis.Narrative, writer.Meta, error) {
	n, _, err := writer.Deterministic{}.Write(ctx, in)
	return n, writer.Meta{Rejected: []analysis.Rejection{{Section: "overview", Attempt: 1, Sentence: "It was a Wednesday.",
		Kind: "weekday", Phrase: "Wednesday", Reason: "17 February 2026 was a Tuesday, not a Wednesday", FellBack: true}}}, err
}

// TestRejectedSentencesReachTheAnalysis: what the guard rejected is part of the
// analysis, so `analyze --json` and the stored record show it.
func TestRejectedSentencesReachTheAnalysis(t *testing.T) {
	cfg, err := config.Load("../../examples/debrief.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(cfg, rejectingWriter{})
	if err != nil {
		t.Fatal(err)
	}
	res := analyse(t, e, exampleTickets(t)[0])
	data, err := json.Marshal(res.Analysis)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Rejected []analysis.Rejection `json:"rejected"`
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Rejected) != 1 || back.Rejected[0].Reason == "" || back.Rejected[0].Sentence != "It was a Wednesday." {
		t.Errorf("rejected in the analysis JSON = %+v", back.Rejected)
	}
}
