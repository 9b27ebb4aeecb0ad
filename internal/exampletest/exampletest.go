// Package exampletest loads the bundled examples and the public real-data
// sample for tests, from any package directly under internal/ (or cmd/).
package exampletest

import (
	"os"
	"testing"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/mendeleysample"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// Paths relative to a package directory internal/<name>.
const (
	Config     = "../../examples/debrief.yaml"
	Tickets    = "../../examples/tickets/"
	mapping    = "../../examples/mendeley-mapping.yaml"
	realConfig = `
calendars:
  office: {timezone: Asia/Riyadh, hours: {sun: ["08:00-16:00"], mon: ["08:00-16:00"], tue: ["08:00-16:00"], wed: ["08:00-16:00"], thu: ["08:00-16:00"]}}
slas:
  std: {calendar: office, first_response: 4h, update: 8h, resolution: 40h, grace: 30m}
`
)

// LoadConfig loads the examples' configuration.
func LoadConfig(tb testing.TB) *config.Config {
	tb.Helper()
	cfg, err := config.Load(Config)
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

// Files returns the paths of the example tickets, in file-name order.
func Files(tb testing.TB) []string {
	tb.Helper()
	files, err := ticket.ListDir(Tickets)
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) < 5 {
		tb.Fatalf("only %d example tickets in %s", len(files), Tickets)
	}
	return files
}

// Ticket loads the examples' configuration and one example ticket with its policy.
func Ticket(tb testing.TB, file string) (*config.Config, *ticket.Ticket, *sla.Policy) {
	tb.Helper()
	cfg := LoadConfig(tb)
	t, _, err := ticket.ReadFile(Tickets + file)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := cfg.PolicyFor(t)
	if err != nil {
		tb.Fatal(err)
	}
	return cfg, t, p
}

// RealConfig is a business-hours configuration for the Mendeley sample (a
// Sunday-to-Thursday week), with extra YAML appended (directives, say).
func RealConfig(tb testing.TB, extra string) *config.Config {
	tb.Helper()
	cfg, err := config.Parse([]byte(realConfig+extra), "realdata.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return cfg
}

// Mendeley calls fn for every ticket of the public Mendeley helpdesk sample
// (shared/data beside the repository), skipping the test when it is absent.
// Each ticket carries the type and priority of the sample's issue snapshot
// (issues_snapshot_sample.xlsx), as an import joining both files would give it.
func Mendeley(tb testing.TB, fn func(csvimport.Result) error) {
	tb.Helper()
	issues := Snapshot(tb)
	f, err := os.Open(mendeleysample.CSV)
	if err != nil {
		tb.Skipf("real data not available: %v", err)
	}
	defer f.Close()
	m, err := csvimport.LoadMapping(mapping)
	if err != nil {
		tb.Fatal(err)
	}
	join := func(r csvimport.Result) error {
		if r.Ticket != nil {
			if is, ok := issues[r.Ticket.ID]; ok {
				r.Ticket.Priority = is.Priority
				r.Ticket.Type = ticket.NormalizeType(is.Type)
			}
		}
		return fn(r)
	}
	if err := csvimport.Read(f, m, "sample_utterances.csv", join); err != nil {
		tb.Fatal(err)
	}
}
