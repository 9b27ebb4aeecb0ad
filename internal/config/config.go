// Package config reads debrief's YAML configuration (docs/configuration.md):
// business calendars, SLA policies and the rest of an organisation's settings,
// validated into ready-to-use values. Every error names the YAML path (and line)
// of the setting at fault.
package config

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/calendar"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// DefaultFile is the configuration file debrief reads from the working folder
// when no --config is given.
const DefaultFile = "debrief.yaml"

// Config is a validated configuration.
type Config struct {
	// Source names where the configuration came from: a file path or "built-in".
	Source string
	// Hash identifies the configuration's content (SHA-256 of the file), so an
	// analysis can record which configuration produced it.
	Hash       string
	Calendars  map[string]*calendar.Calendar
	Policies   map[string]*sla.Policy
	DefaultSLA string
	// Analysis holds the directives, keywords, action defaults and costs.
	Analysis *analysis.Settings
	// Templates is a folder whose report templates replace the built-in ones; empty for none.
	Templates string
	// Redact lists extra terms to redact and terms never to redact.
	Redact RedactSettings
	// Writer chooses and configures the narrative writer.
	Writer WriterSettings
	// Branding appears on every export.
	Branding Branding
	// Reporting sets the monthly reports' time zone (UTC by default): a
	// ticket belongs to the month of its last close in this zone.
	Reporting *time.Location
	// Objectives are the service-level objectives whose error budgets the
	// monthly reports follow.
	Objectives []figures.Objective
	// Dates bounds the timestamps a ticket may carry (dates.earliest and
	// dates.years_ahead).
	Dates ticket.Dates
	// Queue tunes how processes sharing a PostgreSQL job queue watch each
	// other (queue.heartbeat_interval and queue.process_timeout).
	Queue QueueSettings
}

// QueueSettings tune the heartbeats of processes running workers on one
// PostgreSQL queue; zero values leave the store's defaults (5 s and 30 s).
type QueueSettings struct {
	// HeartbeatInterval is how often a process records that it is alive
	// and looks for processes that are not.
	HeartbeatInterval Duration `yaml:"heartbeat_interval"`
	// ProcessTimeout is how long a process may go unseen before the others
	// hand its running jobs back to the queue: at least three heartbeats.
	ProcessTimeout Duration `yaml:"process_timeout"`
}

// Effective returns the heartbeat interval and the process timeout that
// apply, the store's defaults (store.DefaultHeartbeatInterval, 5 s, and
// store.DefaultProcessTimeout, 30 s) in place of a value left out;
// cmd/debrief's tests hold the two to the store's.
func (q QueueSettings) Effective() (heartbeat, timeout time.Duration) {
	return cmp.Or(time.Duration(q.HeartbeatInterval), 5*time.Second), cmp.Or(time.Duration(q.ProcessTimeout), 30*time.Second)
}

// Branding is the company name and logo every export carries, and its page size.
type Branding struct {
	Company string
	// Logo is the logo file's content (PNG, JPEG or SVG); nil for none.
	Logo []byte
	// PageSize is A4 (the default) or Letter.
	PageSize string
}

// RedactSettings tune redaction for shareable reports.
type RedactSettings struct {
	Extra []string `yaml:"extra"`
	Keep  []string `yaml:"keep"`
}

// WriterSettings choose the narrative writer: "deterministic" (the default) or
// "llm", an OpenAI-compatible chat-completions endpoint (docs/llm.md).
type WriterSettings struct {
	Kind string `yaml:"kind"`
	// BaseURL is the endpoint's base, e.g. http://127.0.0.1:11434/v1 for Ollama.
	BaseURL string `yaml:"base_url"`
	Model   string `yaml:"model"`
	// APIKeyEnv names the environment variable holding the API key (none for local servers).
	APIKeyEnv       string   `yaml:"api_key_env"`
	Temperature     *float64 `yaml:"temperature"`
	MaxOutputTokens int      `yaml:"max_output_tokens"`
	// Timeout bounds one request (default 60s).
	Timeout Duration `yaml:"timeout"`
	// Concurrency is the most requests in flight at once (default 4).
	Concurrency int `yaml:"concurrency"`
	// Retries is how many times a failed request is retried (default 4; 0
	// retries none).
	Retries *int `yaml:"retries"`
	// Instructions are the organisation's house style and extra rules.
	Instructions string `yaml:"instructions"`
	// SendRedacted sends the redacted ticket, for teams that may not send customer data to a hosted model.
	SendRedacted bool `yaml:"send_redacted"`
	// ContextTokens is the model's context budget (default 8192): long tickets are summarised in chunks to fit.
	ContextTokens int `yaml:"context_tokens"`
	// JSONMode asks for structured JSON output (default true); turn it off for servers that reject response_format.
	JSONMode *bool `yaml:"json_mode"`
}

// file is the YAML document.
type file struct {
	Calendars  map[string]calendarFile `yaml:"calendars"`
	SLAs       map[string]slaFile      `yaml:"slas"`
	DefaultSLA string                  `yaml:"default_sla"`
	Directives []directiveFile         `yaml:"directives"`
	Analysis   struct {
		Keywords keywordsFile `yaml:"keywords"`
		// AutomaticAuthors are authors whose messages are automatic, never responses.
		AutomaticAuthors []string `yaml:"automatic_authors"`
	} `yaml:"analysis"`
	Actions struct {
		DefaultOwner string            `yaml:"default_owner"`
		Owners       map[string]string `yaml:"owners"`
		DueDays      map[string]int    `yaml:"due_days"`
	} `yaml:"actions"`
	Costs struct {
		Currency string `yaml:"currency"`
		PerHour  struct {
			Priorities map[string]int64 `yaml:"priorities"`
			Customers  map[string]int64 `yaml:"customers"`
		} `yaml:"per_hour"`
	} `yaml:"costs"`
	Templates string         `yaml:"templates"`
	Redact    RedactSettings `yaml:"redact"`
	Branding  struct {
		Company  string `yaml:"company"`
		Logo     string `yaml:"logo"`
		PageSize string `yaml:"page_size"`
	} `yaml:"branding"`
	Writer    WriterSettings `yaml:"writer"`
	Reporting struct {
		Timezone string `yaml:"timezone"`
	} `yaml:"reporting"`
	Objectives []figures.Objective `yaml:"objectives"`
	Dates      datesFile           `yaml:"dates"`
	Queue      QueueSettings       `yaml:"queue"`
}

type directiveFile struct {
	ID         int      `yaml:"id"`
	Title      string   `yaml:"title"`
	Text       string   `yaml:"text"`
	Check      string   `yaml:"check"`
	Priorities []string `yaml:"priorities"`
	Max        Duration `yaml:"max"`
}

type keywordsFile struct {
	Urgency       []string            `yaml:"urgency"`
	Chase         []string            `yaml:"chase"`
	Cause         []string            `yaml:"cause"`
	Fix           []string            `yaml:"fix"`
	Restored      []string            `yaml:"restored"`
	Estimate      []string            `yaml:"estimate"`
	TimelineKnown []string            `yaml:"timeline_known"`
	Negation      []string            `yaml:"negation"`
	CauseUnknown  []string            `yaml:"cause_unknown"`
	Acknowledge   []string            `yaml:"acknowledge"`
	Factors       map[string][]string `yaml:"factors"`
}

type calendarFile struct {
	Timezone   string              `yaml:"timezone"`
	AlwaysOpen bool                `yaml:"always_open"`
	Hours      map[string][]string `yaml:"hours"`
	Holidays   []string            `yaml:"holidays"`
}

type targetsFile struct {
	FirstResponse Duration `yaml:"first_response"`
	Update        Duration `yaml:"update"`
	Resolution    Duration `yaml:"resolution"`
}

type slaFile struct {
	Calendar    string `yaml:"calendar"`
	targetsFile `yaml:",inline"`
	Grace       Duration               `yaml:"grace"`
	PauseStates []string               `yaml:"pause_states"`
	Priorities  map[string]targetsFile `yaml:"priorities"`
}

// Duration is a YAML duration in Go syntax ("90m", "1h30m").
type Duration time.Duration

// UnmarshalYAML implements yaml.Unmarshaler.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a duration such as 30m or 1h", n.Line)
	}
	v, err := time.ParseDuration(strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration (use Go syntax such as 45m, 1h30m, 72h)", n.Line, n.Value)
	}
	if v < 0 {
		return fmt.Errorf("line %d: %q is negative", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Error is a problem with one setting.
type Error struct {
	File   string
	Line   int    // 0 when unknown
	Path   string // YAML path such as "calendars.uk-office.hours.mon[1]"
	Reason string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// builtin is the configuration used when there is no file: one 24/7 calendar and one SLA.
const builtin = `# debrief's built-in configuration
calendars:
  always:
    timezone: UTC
    always_open: true
slas:
  standard:
    calendar: always
    first_response: 1h
    update: 4h
    resolution: 24h
    grace: 0s
    pause_states: [pending_customer, pending_third_party]
default_sla: standard
`

// Default returns the built-in configuration.
func Default() *Config {
	c, err := Parse([]byte(builtin), "built-in")
	if err != nil {
		panic("config: built-in configuration is invalid: " + err.Error())
	}
	return c
}

// Load reads the configuration at path. With an empty path it reads DefaultFile
// from the working folder if there is one, else returns the built-in default.
func Load(path string) (*Config, error) {
	if path == "" {
		if _, err := os.Stat(DefaultFile); err != nil {
			return Default(), nil
		}
		path = DefaultFile
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(data, path)
}

// Parse validates a YAML configuration; name identifies it in errors.
func Parse(data []byte, name string) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &Error{File: name, Reason: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, decodeError(name, err)
	}
	sum := sha256.Sum256(data)
	v := &validator{name: name, root: &root}
	c := &Config{
		Source:     name,
		Hash:       hex.EncodeToString(sum[:]),
		Calendars:  map[string]*calendar.Calendar{},
		Policies:   map[string]*sla.Policy{},
		DefaultSLA: f.DefaultSLA,
	}
	for _, name := range slices.Sorted(maps.Keys(f.Calendars)) {
		if cal := v.calendar(name, f.Calendars[name]); cal != nil {
			c.Calendars[name] = cal
		}
	}
	if len(f.SLAs) == 0 {
		v.fail(nil, "slas", "no SLA policies defined (at least one is needed)")
	}
	for _, name := range slices.Sorted(maps.Keys(f.SLAs)) {
		if p := v.policy(name, f.SLAs[name], c.Calendars, f.Calendars); p != nil {
			c.Policies[name] = p
		}
	}
	// Several SLAs and no default_sla is valid: every ticket must then name
	// its SLA, and PolicyFor rejects the one that names none.
	switch {
	case f.DefaultSLA == "" && len(f.SLAs) == 1:
		c.DefaultSLA = slices.Sorted(maps.Keys(f.SLAs))[0]
	case f.DefaultSLA != "":
		if _, ok := f.SLAs[f.DefaultSLA]; !ok {
			v.fail([]string{"default_sla"}, "default_sla", fmt.Sprintf("unknown SLA %q (defined: %s)", f.DefaultSLA, strings.Join(slices.Sorted(maps.Keys(f.SLAs)), ", ")))
		}
	}
	c.Analysis = v.analysis(&f)
	c.Analysis.AutomaticAuthors = f.Analysis.AutomaticAuthors
	for _, p := range c.Policies {
		p.Automatic = &reader.Options{AutomaticAuthors: f.Analysis.AutomaticAuthors}
	}
	c.Redact = f.Redact
	c.Writer = f.Writer
	switch c.Writer.Kind {
	case "":
		c.Writer.Kind = "deterministic"
	case "deterministic":
	case "llm":
		v.writer(&c.Writer)
	default:
		v.fail([]string{"writer", "kind"}, "writer.kind", fmt.Sprintf("unknown writer %q (want deterministic or llm)", c.Writer.Kind))
	}
	if f.Templates != "" {
		c.Templates = f.Templates
		if !filepath.IsAbs(c.Templates) && name != "built-in" {
			c.Templates = filepath.Join(filepath.Dir(name), c.Templates)
		}
		if fi, err := os.Stat(c.Templates); err != nil || !fi.IsDir() {
			v.fail([]string{"templates"}, "templates", fmt.Sprintf("%s is not a folder", c.Templates))
		}
	}
	c.Branding = v.branding(&f, name)
	c.Reporting = time.UTC
	if tz := f.Reporting.Timezone; tz != "" {
		if loc, err := time.LoadLocation(tz); err != nil {
			v.fail([]string{"reporting", "timezone"}, "reporting.timezone", fmt.Sprintf("unknown time zone %q", tz))
		} else {
			c.Reporting = loc
		}
	}
	for i := range f.Objectives {
		if err := f.Objectives[i].Validate(); err != nil {
			v.fail([]string{"objectives"}, fmt.Sprintf("objectives[%d]", i), err.Error())
		}
	}
	c.Objectives = f.Objectives
	c.Dates = v.dates(f.Dates)
	c.Queue = v.queue(f.Queue)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return c, nil
}

func (v *validator) writer(w *WriterSettings) {
	if w.BaseURL == "" {
		v.fail([]string{"writer"}, "writer.base_url", "missing (an OpenAI-compatible endpoint such as http://127.0.0.1:11434/v1)")
	} else if u, err := url.Parse(w.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.fail([]string{"writer", "base_url"}, "writer.base_url", fmt.Sprintf("%q is not an http(s) URL", w.BaseURL))
	}
	if w.Model == "" {
		v.fail([]string{"writer"}, "writer.model", "missing (the model name the endpoint serves)")
	}
	if w.Temperature != nil && (*w.Temperature < 0 || *w.Temperature > 2) {
		v.fail([]string{"writer", "temperature"}, "writer.temperature", "must be between 0 and 2")
	}
	if w.Concurrency < 0 || w.Concurrency > 256 {
		v.fail([]string{"writer", "concurrency"}, "writer.concurrency", "must be between 1 and 256")
	}
	if w.Retries != nil && (*w.Retries < 0 || *w.Retries > 20) {
		v.fail([]string{"writer", "retries"}, "writer.retries", "must be between 0 and 20")
	}
	if w.MaxOutputTokens < 0 || w.ContextTokens < 0 {
		v.fail([]string{"writer"}, "writer", "token limits must not be negative")
	}
	// The writer applies its own defaults to what is left out (llmwriter.New).
}

// queue checks that a process timeout spans at least three heartbeats, so
// that one late heartbeat does not make a live process look dead.
func (v *validator) queue(q QueueSettings) QueueSettings {
	beat, timeout := q.Effective()
	if timeout < 3*beat {
		key := "process_timeout"
		if q.ProcessTimeout == 0 {
			key = "heartbeat_interval"
		}
		v.fail([]string{"queue", key}, "queue."+key, fmt.Sprintf("the process timeout (%v) must be at least three heartbeat intervals (%v)", timeout, 3*beat))
	}
	return q
}

func (v *validator) branding(f *file, name string) Branding {
	b := Branding{Company: f.Branding.Company, PageSize: f.Branding.PageSize}
	switch strings.ToLower(b.PageSize) {
	case "":
		b.PageSize = "A4"
	case "a4", "letter":
	default:
		v.fail([]string{"branding", "page_size"}, "branding.page_size", fmt.Sprintf("%q: want A4 or Letter", b.PageSize))
	}
	if f.Branding.Logo == "" {
		return b
	}
	path := f.Branding.Logo
	if !filepath.IsAbs(path) && name != "built-in" {
		path = filepath.Join(filepath.Dir(name), path)
	}
	logo, err := os.ReadFile(path)
	switch {
	case err != nil:
		v.fail([]string{"branding", "logo"}, "branding.logo", err.Error())
	case len(logo) > 2<<20:
		v.fail([]string{"branding", "logo"}, "branding.logo", "the logo is over 2 MiB")
	default:
		b.Logo = logo
	}
	return b
}

// factorNames maps the YAML names of contributing-factor categories.
var factorNames = map[string]analysis.FactorCategory{
	"technical_failure":   analysis.FactorTechnical,
	"process_gap":         analysis.FactorProcess,
	"monitoring_alerting": analysis.FactorMonitoring,
	"third_party":         analysis.FactorThirdParty,
}

func (v *validator) analysis(f *file) *analysis.Settings {
	s := analysis.DefaultSettings()
	seen := map[int]int{}
	for i, d := range f.Directives {
		keys := []string{"directives", fmt.Sprint(i)}
		path := fmt.Sprintf("directives[%d]", i)
		switch {
		case d.ID <= 0:
			v.fail(keys, path+".id", "missing or not a positive number")
		case seen[d.ID] > 0:
			v.fail(append(keys, "id"), path+".id", fmt.Sprintf("directive %d is already defined at directives[%d]", d.ID, seen[d.ID]-1))
		}
		seen[d.ID] = i + 1
		if strings.TrimSpace(d.Title) == "" {
			v.fail(keys, path+".title", "missing")
		}
		if d.Check != "" {
			if _, ok := analysis.Checks[d.Check]; !ok {
				v.fail(append(keys, "check"), path+".check", fmt.Sprintf("unknown check %q (known: %s)", d.Check, strings.Join(analysis.CheckNames(), ", ")))
			}
		}
		if d.Max > 0 && d.Check != "max_update_gap" {
			v.fail(append(keys, "max"), path+".max", "only the max_update_gap check takes a max")
		}
		s.Directives = append(s.Directives, analysis.Directive{ID: d.ID, Title: d.Title, Text: d.Text, Check: d.Check,
			Priorities: d.Priorities, Max: time.Duration(d.Max)})
	}
	k := &f.Analysis.Keywords
	kw := &s.Keywords
	kw.Urgency = append(kw.Urgency, k.Urgency...)
	kw.Chase = append(kw.Chase, k.Chase...)
	kw.Cause = append(kw.Cause, k.Cause...)
	kw.Fix = append(kw.Fix, k.Fix...)
	kw.Restored = append(kw.Restored, k.Restored...)
	kw.Estimate = append(kw.Estimate, k.Estimate...)
	kw.TimelineKnown = append(kw.TimelineKnown, k.TimelineKnown...)
	kw.Negation = append(kw.Negation, k.Negation...)
	kw.CauseUnknown = append(kw.CauseUnknown, k.CauseUnknown...)
	kw.Acknowledge = append(kw.Acknowledge, k.Acknowledge...)
	for _, name := range slices.Sorted(maps.Keys(k.Factors)) {
		cat, ok := factorNames[name]
		if !ok {
			v.fail([]string{"analysis", "keywords", "factors", name}, "analysis.keywords.factors."+name,
				fmt.Sprintf("unknown category (want %s)", strings.Join(slices.Sorted(maps.Keys(factorNames)), ", ")))
			continue
		}
		kw.Factors[cat] = append(kw.Factors[cat], k.Factors[name]...)
	}
	a := &f.Actions
	if a.DefaultOwner != "" {
		s.Actions.DefaultOwner = a.DefaultOwner
	}
	for key, o := range a.Owners {
		s.Actions.Owners[key] = o
	}
	for _, key := range slices.Sorted(maps.Keys(a.DueDays)) {
		if d := a.DueDays[key]; d < 0 || d > 3650 {
			v.fail([]string{"actions", "due_days", key}, "actions.due_days."+key, fmt.Sprintf("%d is not a number of days from 0 to 3650", d))
			continue
		}
		s.Actions.DueDays[key] = a.DueDays[key]
	}
	c := &f.Costs
	s.Costs = analysis.Costs{Currency: c.Currency, ByPriority: c.PerHour.Priorities, ByCustomer: c.PerHour.Customers}
	if (len(c.PerHour.Priorities) > 0 || len(c.PerHour.Customers) > 0) && c.Currency == "" {
		v.fail([]string{"costs"}, "costs.currency", "missing (costs per hour need a currency such as GBP)")
	}
	for _, m := range []map[string]int64{c.PerHour.Priorities, c.PerHour.Customers} {
		for key, r := range m {
			if r < 0 {
				v.fail([]string{"costs", "per_hour"}, "costs.per_hour", fmt.Sprintf("%s: negative cost %d", key, r))
			}
		}
	}
	return s
}

// PolicyFor returns the SLA policy a ticket is measured against: the one it
// names, or the default. A ticket that names none is an error when the
// configuration has several SLAs and no default_sla.
func (c *Config) PolicyFor(t *ticket.Ticket) (*sla.Policy, error) {
	name := cmp.Or(t.SLA, c.DefaultSLA)
	p, ok := c.Policies[name]
	if !ok {
		return nil, &SLAError{Ticket: t.ID, SLA: name, Source: c.Source, Defined: slices.Sorted(maps.Keys(c.Policies))}
	}
	return p, nil
}

// SLAError is a ticket whose SLA the configuration does not define (or that
// names none where the configuration has no default_sla).
type SLAError struct {
	Ticket, SLA string
	// Source is the configuration's file, for the operator's eyes only.
	Source  string
	Defined []string
}

func (e *SLAError) Error() string { return "config: " + e.message("the configuration ("+e.Source+")") }

// Public is the error without the configuration's file name, for a client
// of the service.
func (e *SLAError) Public() string { return e.message("the configuration") }

func (e *SLAError) message(conf string) string {
	if e.SLA == "" {
		return fmt.Sprintf("ticket %s names no SLA, and %s has no default_sla to measure it against (defined: %s)",
			e.Ticket, conf, strings.Join(e.Defined, ", "))
	}
	return fmt.Sprintf("ticket %s names SLA %q, which %s does not define (defined: %s)",
		e.Ticket, e.SLA, conf, strings.Join(e.Defined, ", "))
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

type validator struct {
	name string
	root *yaml.Node
	errs []error
}

// fail records an error at a YAML path; keys locates the node for its line number.
func (v *validator) fail(keys []string, path, reason string) {
	v.errs = append(v.errs, &Error{File: v.name, Line: lineOf(v.root, keys), Path: path, Reason: reason})
}

func (v *validator) calendar(name string, f calendarFile) *calendar.Calendar {
	base := []string{"calendars", name}
	path := "calendars." + name
	n := len(v.errs)
	var spec calendar.Spec
	switch {
	case f.Timezone == "":
		v.fail(base, path+".timezone", "missing (an IANA zone such as Europe/London or UTC)")
	default:
		loc, err := time.LoadLocation(f.Timezone)
		if err != nil || strings.EqualFold(f.Timezone, "local") {
			v.fail(append(base, "timezone"), path+".timezone", fmt.Sprintf("unknown time zone %q (want an IANA name such as Europe/London)", f.Timezone))
		} else {
			spec.Location = loc
		}
	}
	spec.AlwaysOpen = f.AlwaysOpen
	if f.AlwaysOpen && len(f.Hours) > 0 {
		v.fail(append(base, "hours"), path+".hours", "always_open calendars take no hours")
	}
	if !f.AlwaysOpen && len(f.Hours) == 0 {
		v.fail(base, path, "no hours: give hours per weekday, or always_open: true")
	}
	for _, day := range slices.Sorted(maps.Keys(f.Hours)) {
		wd, ok := weekdays[strings.ToLower(day)]
		if !ok {
			v.fail(append(base, "hours", day), path+".hours."+day, "unknown weekday (want mon, tue, wed, thu, fri, sat or sun)")
			continue
		}
		for i, s := range f.Hours[day] {
			iv, err := calendar.ParseInterval(s)
			if err != nil {
				v.fail(append(base, "hours", day, fmt.Sprint(i)), fmt.Sprintf("%s.hours.%s[%d]", path, day, i), err.Error())
				continue
			}
			spec.Week[wd] = append(spec.Week[wd], iv)
		}
		slices.SortFunc(spec.Week[wd], func(a, b calendar.Interval) int { return a.Start - b.Start })
		for i := 1; i < len(spec.Week[wd]); i++ {
			if a, b := spec.Week[wd][i-1], spec.Week[wd][i]; b.Start < a.End {
				v.fail(append(base, "hours", day), path+".hours."+day, fmt.Sprintf("intervals %s and %s overlap", a, b))
			}
		}
	}
	for i, h := range f.Holidays {
		d, err := calendar.ParseDate(h)
		if err != nil {
			v.fail(append(base, "holidays", fmt.Sprint(i)), fmt.Sprintf("%s.holidays[%d]", path, i), err.Error())
			continue
		}
		spec.Holidays = append(spec.Holidays, d)
	}
	if len(v.errs) > n {
		return nil
	}
	cal, err := calendar.New(spec)
	if err != nil {
		v.fail(base, path, err.Error())
		return nil
	}
	return cal
}

func (v *validator) policy(name string, f slaFile, cals map[string]*calendar.Calendar, calFiles map[string]calendarFile) *sla.Policy {
	base := []string{"slas", name}
	path := "slas." + name
	p := &sla.Policy{
		Name:         name,
		CalendarName: f.Calendar,
		Targets:      targets(f.targetsFile),
		Grace:        time.Duration(f.Grace),
		PauseStates:  f.PauseStates,
	}
	switch _, defined := calFiles[f.Calendar]; {
	case f.Calendar == "":
		v.fail(base, path+".calendar", "missing (name one of the calendars)")
		return nil
	case !defined:
		v.fail(append(base, "calendar"), path+".calendar", fmt.Sprintf("unknown calendar %q (defined: %s)", f.Calendar, strings.Join(slices.Sorted(maps.Keys(calFiles)), ", ")))
		return nil
	}
	p.Calendar = cals[f.Calendar]
	for i, s := range f.PauseStates {
		if strings.TrimSpace(s) == "" {
			v.fail(append(base, "pause_states", fmt.Sprint(i)), fmt.Sprintf("%s.pause_states[%d]", path, i), "empty state name")
		}
	}
	if len(f.Priorities) > 0 {
		p.Priorities = map[string]sla.Targets{}
		for prio, tf := range f.Priorities {
			p.Priorities[prio] = targets(tf)
		}
	}
	if p.Calendar == nil { // the calendar itself was invalid and reported
		return nil
	}
	return p
}

func targets(f targetsFile) sla.Targets {
	return sla.Targets{
		FirstResponse: time.Duration(f.FirstResponse),
		Update:        time.Duration(f.Update),
		Resolution:    time.Duration(f.Resolution),
	}
}

// lineOf finds the line of the node at keys (mapping keys or sequence indexes).
func lineOf(root *yaml.Node, keys []string) int {
	n := root
	if n == nil {
		return 0
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := n.Line
	for _, k := range keys {
		next := (*yaml.Node)(nil)
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == k {
					next = n.Content[i+1]
					line = n.Content[i].Line
					break
				}
			}
		case yaml.SequenceNode:
			var idx int
			if _, err := fmt.Sscan(k, &idx); err == nil && idx >= 0 && idx < len(n.Content) {
				next = n.Content[idx]
				line = next.Line
			}
		}
		if next == nil {
			return line
		}
		n = next
	}
	return line
}

// decodeError turns a yaml decoding error into an Error with its line.
func decodeError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var errs []error
		for _, msg := range te.Errors {
			errs = append(errs, yamlMsgError(name, msg))
		}
		return errors.Join(errs...)
	}
	return yamlMsgError(name, err.Error())
}

// yamlMsgError parses yaml.v3's "line N: message" form.
func yamlMsgError(name, msg string) *Error {
	msg = strings.TrimPrefix(msg, "yaml: ")
	e := &Error{File: name, Reason: msg}
	var line int
	if _, err := fmt.Sscanf(msg, "line %d:", &line); err == nil {
		e.Line = line
		if i := strings.Index(msg, ": "); i >= 0 {
			e.Reason = msg[i+2:]
		}
	}
	return e
}
