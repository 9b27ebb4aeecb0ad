package factguard

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/writer"
)

// example is one bundled example ticket, analysed with the bundled configuration.
type example struct {
	name     string
	ticket   *ticket.Ticket
	analysis *analysis.Analysis
	settings *analysis.Settings
	redactor *redact.Redactor
}

// exampleEngine is an engine with the examples' configuration.
func exampleEngine(t testing.TB) (*config.Config, *engine.Engine) {
	t.Helper()
	cfg, err := config.Load("../../examples/debrief.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, e
}

func loadExamples(t testing.TB, extra ...string) []example {
	t.Helper()
	cfg, e := exampleEngine(t)
	files, err := filepath.Glob("../../examples/tickets/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example tickets: %v", err)
	}
	files = append(files, extra...)
	var out []example
	for _, f := range files {
		tk, _, err := ticket.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.Analyze(context.Background(), tk, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, example{name: filepath.Base(f), ticket: tk, analysis: res.Analysis, settings: cfg.Analysis, redactor: e.Redactor(tk)})
	}
	return out
}

func (ex example) facts(t testing.TB, redacted bool) *Facts {
	t.Helper()
	f, err := NewFacts(Input{Analysis: ex.analysis, Ticket: ex.ticket, Settings: ex.settings, Redactor: ex.redactor, Redacted: redacted})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// byName returns the example of the named file.
func byName(t testing.TB, exs []example, name string) example {
	t.Helper()
	for _, ex := range exs {
		if ex.name == name {
			return ex
		}
	}
	t.Fatalf("no example %s", name)
	return example{}
}

// narrativeText is the deterministic narrative of ex, its sections joined by sep.
func narrativeText(ex example, sep string) string {
	var b strings.Builder
	forEachSection(writer.Narrate(ex.analysis), func(_, s string) { b.WriteString(s + sep) })
	return b.String()
}

// message is one message of an invented ticket.
type message struct {
	role   ticket.Role
	public bool
	body   string
}

// addMessages appends ms to tk's events, an hour apart from at.
func addMessages(tk *ticket.Ticket, at time.Time, ms ...message) {
	for i, m := range ms {
		tk.Events = append(tk.Events, ticket.Event{At: at.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage, Role: m.role, Public: m.public, Body: m.body})
	}
}

// narrateInvented analyses an invented ticket with the default configuration,
// narrates it with the deterministic writer, and returns the analysis and the
// citations its sentences are checked against.
func narrateInvented(t testing.TB, tk *ticket.Ticket) (*analysis.Analysis, *Citations) {
	t.Helper()
	cfg := config.Default()
	p, _ := cfg.PolicyFor(tk)
	a := analysis.Analyze(tk, sla.Compute(tk, p), cfg.Analysis)
	a.Narrative = writer.Narrate(a)
	cs, err := NewCitations(Input{Analysis: a, Ticket: tk, Settings: cfg.Analysis}, false)
	if err != nil {
		t.Fatal(err)
	}
	return a, cs
}
