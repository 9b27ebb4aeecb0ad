package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

func TestParseExample(t *testing.T) {
	c, err := Load("../../examples/debrief.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p := c.Policies["SLA8"]
	if p == nil || p.FirstResponse != time.Hour || p.Grace != time.Hour || p.Update != 30*time.Minute {
		t.Fatalf("SLA8 = %+v", p)
	}
	if !p.Pauses("pending_customer") || p.Pauses("open") {
		t.Error("pause states")
	}
	b := c.Policies["business"]
	if got := b.TargetsFor("P1"); got.FirstResponse != 30*time.Minute || got.Resolution != 4*time.Hour {
		t.Errorf("P1 override = %+v", got)
	}
	if got := b.TargetsFor("P3"); got.FirstResponse != 4*time.Hour {
		t.Errorf("P3 (no override) = %+v", got)
	}
	if b.Calendar.Location().String() != "Europe/London" {
		t.Errorf("calendar zone %v", b.Calendar.Location())
	}
	pol, err := c.PolicyFor(&ticket.Ticket{ID: "x"})
	if err != nil || pol.Name != "business" {
		t.Errorf("default policy = %v, %v", pol, err)
	}
	if _, err := c.PolicyFor(&ticket.Ticket{ID: "x", SLA: "gold"}); err == nil || !strings.Contains(err.Error(), `names SLA "gold"`) {
		t.Errorf("unknown SLA error = %v", err)
	}
	if c.Branding.Company != "Example Managed Services Ltd" || len(c.Branding.Logo) == 0 || c.Branding.PageSize != "A4" {
		t.Errorf("branding %+v", c.Branding.Company)
	}
	if len(c.Hash) != 64 {
		t.Errorf("hash %q", c.Hash)
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c.Source != "built-in" || c.DefaultSLA != "standard" || c.Policies["standard"] == nil {
		t.Fatalf("default config: %+v", c)
	}
	if c.Writer.Kind != "deterministic" {
		t.Errorf("default writer %q", c.Writer.Kind)
	}
}

func TestLoadFallsBackToDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	c, err := Load("")
	if err != nil || c.Source != "built-in" {
		t.Fatalf("no file: %v %v", c, err)
	}
	if err := os.WriteFile(filepath.Join(dir, DefaultFile), []byte(builtin+"\n# local\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = Load("")
	if err != nil || c.Source != DefaultFile {
		t.Fatalf("./debrief.yaml not read: %v %v", c, err)
	}
}

const base = `calendars:
  office:
    timezone: Europe/London
    hours:
      mon: ["08:00-12:00", "13:00-17:30"]
slas:
  S:
    calendar: office
    first_response: 1h
`

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"unknown zone", strings.Replace(base, "Europe/London", "Europe/Lndon", 1),
			[]string{`c.yaml:3: calendars.office.timezone: unknown time zone "Europe/Lndon"`}},
		{"bad interval", strings.Replace(base, "13:00-17:30", "13:00-25:00", 1),
			[]string{"c.yaml:5: calendars.office.hours.mon[1]:"}},
		{"overlap", strings.Replace(base, "13:00-17:30", "11:00-17:30", 1),
			[]string{"calendars.office.hours.mon: intervals 08:00-12:00 and 11:00-17:30 overlap"}},
		{"unknown weekday", strings.Replace(base, "mon:", "monday:", 1),
			[]string{"calendars.office.hours.monday: unknown weekday"}},
		{"bad holiday", strings.Replace(base, "    hours:", "    holidays: [\"2026-13-01\"]\n    hours:", 1),
			[]string{"c.yaml:4: calendars.office.holidays[0]:"}},
		{"unknown calendar", strings.Replace(base, "calendar: office", "calendar: 24x7", 1),
			[]string{`c.yaml:8: slas.S.calendar: unknown calendar "24x7" (defined: office)`}},
		{"bad duration", strings.Replace(base, "first_response: 1h", "first_response: 1 hour", 1),
			[]string{`c.yaml:9:`, `"1 hour" is not a duration`}},
		{"unknown key", base + "    frist_response: 1h\n", []string{"c.yaml:10:", "frist_response"}},
		{"no slas", "calendars: {}\n", []string{"slas: no SLA policies defined"}},
		{"default unknown", base + "default_sla: gold\n", []string{`default_sla: unknown SLA "gold" (defined: S)`}},
		{"unknown check", base + "directives:\n  - {id: 7, title: T, check: psychic}\n",
			[]string{`c.yaml:11: directives[0].check: unknown check "psychic" (known: `}},
		{"duplicate directive", base + "directives:\n  - {id: 7, title: A}\n  - {id: 7, title: B}\n",
			[]string{"directives[1].id: directive 7 is already defined at directives[0]"}},
		{"writer", base + "writer: {kind: oracle}\n", []string{`writer.kind: unknown writer "oracle"`}},
		{"always with hours", "calendars:\n  a:\n    timezone: UTC\n    always_open: true\n    hours: {mon: [\"09:00-17:00\"]}\nslas:\n  S: {calendar: a}\n",
			[]string{"calendars.a.hours: always_open calendars take no hours"}},
		{"syntax", "calendars: [\n", []string{"c.yaml:"}},
		{"page size", base + "branding: {page_size: A5}\n", []string{`branding.page_size: "A5": want A4 or Letter`}},
		{"missing logo", base + "branding: {logo: nope.png}\n", []string{"branding.logo:", "nope.png"}},
		{"process timeout", base + "queue: {heartbeat_interval: 1s, process_timeout: 2s}\n",
			[]string{"c.yaml:10: queue.process_timeout: the process timeout (2s) must be at least three heartbeat intervals (3s)"}},
		{"process timeout under the default heartbeats", base + "queue: {process_timeout: 10s}\n",
			[]string{"queue.process_timeout: the process timeout (10s) must be at least three heartbeat intervals (15s)"}},
		{"heartbeat over the default timeout", base + "queue: {heartbeat_interval: 20s}\n",
			[]string{"queue.heartbeat_interval: the process timeout (30s) must be at least three heartbeat intervals (1m0s)"}},
		{"costs without currency", base + "costs:\n  per_hour:\n    priorities: {P1: 100}\n", []string{"costs.currency: missing"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml), "c.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error:\n%v\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

func TestParseReportsEveryError(t *testing.T) {
	y := strings.Replace(strings.Replace(base, "Europe/London", "Mars/Olympus", 1), "calendar: office", "calendar: nope", 1)
	_, err := Parse([]byte(y), "c.yaml")
	var n int
	for _, e := range unwrapAll(err) {
		var ce *Error
		if errors.As(e, &ce) {
			n++
		}
	}
	if n < 2 {
		t.Errorf("want both errors reported, got %v", err)
	}
}

func unwrapAll(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(base))
	f.Add([]byte(builtin))
	f.Add([]byte("calendars:\n  a: {timezone: UTC, hours: {sun: [\"00:00-24:00\"]}, holidays: [\"2026-02-29\"]}\nslas: {S: {calendar: a, grace: -1h}}\n"))
	f.Add([]byte("directives: [{id: 1, title: x, check: max_update_gap, max: 1h}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "fuzz.yaml")
		if err != nil {
			return
		}
		// An accepted configuration is usable: its default SLA exists and has a calendar.
		p, ok := c.Policies[c.DefaultSLA]
		if !ok || p.Calendar == nil {
			t.Fatalf("accepted config without a usable default SLA: %+v", c)
		}
	})
}

func TestAnalysisSettings(t *testing.T) {
	y := base + `directives:
  - {id: 3, title: Hourly updates, check: max_update_gap, priorities: [P1], max: 1h}
analysis:
  keywords:
    urgency: ["site down"]
    acknowledge: ["all sorted"]
    factors: {third_party: ["our carrier"]}
actions:
  default_owner: Ops
  owners: {update_cadence: Team lead}
  due_days: {preventive: 7}
costs:
  currency: EUR
  per_hour: {priorities: {P1: 900}}
`
	c, err := Parse([]byte(y), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := c.Analysis
	if len(s.Directives) != 1 || s.Directives[0].Max != time.Hour || s.Directives[0].Priorities[0] != "P1" {
		t.Errorf("directives %+v", s.Directives)
	}
	has := func(list []string, w string) bool {
		for _, x := range list {
			if x == w {
				return true
			}
		}
		return false
	}
	if !has(s.Keywords.Urgency, "site down") || !has(s.Keywords.Urgency, "urgent") || !has(s.Keywords.Acknowledge, "all sorted") {
		t.Error("keywords are not added to the built-in lists")
	}
	if !has(s.Keywords.Factors["third_party"], "our carrier") {
		t.Error("factor keywords not added")
	}
	if s.Actions.DefaultOwner != "Ops" || s.Actions.Owners["update_cadence"] != "Team lead" || s.Actions.DueDays["preventive"] != 7 || s.Actions.DueDays["corrective"] != 14 {
		t.Errorf("actions %+v", s.Actions)
	}
	if s.Costs.Currency != "EUR" || s.Costs.ByPriority["P1"] != 900 {
		t.Errorf("costs %+v", s.Costs)
	}
}

// TestSeveralSLAsWithoutDefault: a configuration that several SLAs share is
// valid without default_sla; the error belongs to the ticket that names none.
func TestSeveralSLAsWithoutDefault(t *testing.T) {
	c, err := Parse([]byte(base+"  T:\n    calendar: office\n    first_response: 2h\n"), "two.yaml")
	if err != nil {
		t.Fatalf("several SLAs without default_sla: %v", err)
	}
	tests := []struct {
		sla     string
		want    time.Duration
		wantErr []string
	}{
		{"S", time.Hour, nil},
		{"T", 2 * time.Hour, nil},
		{"", 0, []string{"ticket K-9 names no SLA", "two.yaml", "no default_sla", "(defined: S, T)"}},
		{"gold", 0, []string{`ticket K-9 names SLA "gold"`}},
	}
	for _, tc := range tests {
		p, err := c.PolicyFor(&ticket.Ticket{ID: "K-9", SLA: tc.sla})
		if tc.wantErr == nil {
			if err != nil || p.FirstResponse != tc.want {
				t.Errorf("sla %q: %+v, %v", tc.sla, p, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("sla %q: no error", tc.sla)
			continue
		}
		for _, w := range tc.wantErr {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("sla %q: error %q lacks %q", tc.sla, err, w)
			}
		}
	}
}

func TestQueueSettings(t *testing.T) {
	c, err := Parse([]byte(base+"queue: {heartbeat_interval: 500ms, process_timeout: 2s}\n"), "c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Queue.HeartbeatInterval != Duration(500*time.Millisecond) || c.Queue.ProcessTimeout != Duration(2*time.Second) {
		t.Errorf("queue = %+v", c.Queue)
	}
	// Left out, they stay zero: the store's defaults.
	if c := Default(); c.Queue != (QueueSettings{}) {
		t.Errorf("default queue = %+v", c.Queue)
	}
}
