package factguard

import (
	"context"
	"reflect"
	"testing"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
)

// TestRealTicketsNoFalsePositives checks the deterministic narrative of the 360
// real tickets of the Mendeley sample, plain and redacted: text that states only
// computed facts must pass. Real data holds the odd numbers, names and wording
// that made-up tickets lack.
func TestRealTicketsNoFalsePositives(t *testing.T) {
	if testing.Short() {
		t.Skip("real data in -short mode")
	}
	cfg := exampletest.RealConfig(t, `
directives:
  - {id: 1, title: Respond within the SLA, text: Respond in time., check: first_response_within_sla}
  - {id: 2, title: Regular updates, text: Update at least every 8 hours., check: max_update_gap}
  - {id: 4, title: Answer before closing, text: Answer before closing., check: customer_informed_before_close}
`)
	failures := 0
	eachRealTicket(t, cfg, func(ex example) {
		plain, red := ex.facts(t, false), ex.facts(t, true)
		nv := reflect.ValueOf(ex.analysis.Narrative)
		for i := range nv.NumField() {
			if nv.Field(i).Kind() != reflect.String {
				continue // the sentences and their sources
			}
			text := nv.Field(i).String()
			for _, p := range Check(text, plain) {
				failures++
				if failures <= 30 {
					t.Errorf("%s %s: %s\n  in: %s", ex.name, nv.Type().Field(i).Name, p, text)
				}
			}
			for _, p := range Check(ex.redactor.String(text), red) {
				failures++
				if failures <= 30 {
					t.Errorf("%s %s (redacted): %s", ex.name, nv.Type().Field(i).Name, p)
				}
			}
		}
	})
	if failures > 0 {
		t.Errorf("%d false positives", failures)
	}
}

// eachRealTicket analyses the 360 real tickets of the Mendeley sample with
// cfg (one in twelve under the race detector) and calls fn with each.
func eachRealTicket(t *testing.T, cfg *config.Config, fn func(example)) {
	t.Helper()
	e, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	exampletest.Mendeley(t, func(r csvimport.Result) error {
		if r.Err != nil {
			return r.Err
		}
		n++
		if raceEnabled && n%12 != 0 {
			return nil
		}
		res, err := e.Analyze(context.Background(), r.Ticket, engine.Options{})
		if err != nil {
			return err
		}
		fn(example{name: r.Ticket.ID, ticket: r.Ticket, analysis: res.Analysis, settings: cfg.Analysis, redactor: e.Redactor(r.Ticket)})
		return nil
	})
	if n != 360 {
		t.Errorf("read %d tickets, want 360", n)
	}
}
