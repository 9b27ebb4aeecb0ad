// Package csvimport reads helpdesk CSV exports (what every helpdesk can produce)
// into debrief tickets, using a mapping file that says which columns hold the
// ticket id, the time, the author, the role, the internal flag and the body, and
// how role values map. Rows are messages, or parts of messages grouped by a
// message column, grouped by ticket id.
package csvimport

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Mapping says how a CSV export's columns map to the ticket format
// (docs/import.md). Column names are matched exactly, after trimming spaces.
type Mapping struct {
	// Ticket is the column with the ticket id (required).
	Ticket string `yaml:"ticket"`
	// NumericIDs turns ids such as "1004298.0" into "1004298".
	NumericIDs bool `yaml:"numeric_ids"`
	// Message groups consecutive rows of a ticket into one message (optional:
	// without it each row is a message).
	Message string `yaml:"message"`
	// Order lists columns to sort a ticket's rows by (numbers compare as numbers);
	// without it rows keep file order, then time order.
	Order []string `yaml:"order"`
	// Time is the column with the row's time (required); TimeFormat a Go layout
	// (default: RFC 3339 and common variants); TimeZone the zone of times without one.
	Time       string `yaml:"time"`
	TimeFormat string `yaml:"time_format"`
	TimeZone   string `yaml:"time_zone"`
	Author     string `yaml:"author"`
	// Role is the column with the author's role; Roles maps its values to
	// customer, agent or system; DefaultRole applies to values Roles lacks
	// (without it an unmapped value rejects the ticket).
	Role        string            `yaml:"role"`
	Roles       map[string]string `yaml:"roles"`
	DefaultRole string            `yaml:"default_role"`
	// Internal is the column that marks internal notes; InternalValues the
	// values that mean internal (default 1, 1.0, true, yes, y, t).
	Internal       string   `yaml:"internal"`
	InternalValues []string `yaml:"internal_values"`
	Body           string   `yaml:"body"`
	// Join joins the bodies of rows grouped into one message (default " ").
	Join *string `yaml:"join"`
	// Ticket-level columns, read from a ticket's first row; all optional.
	Subject  string `yaml:"subject"`
	Customer string `yaml:"customer"`
	Priority string `yaml:"priority"`
	// Type is the column with the ticket's type; Types maps its values to
	// incident, service_request, question or change (values it lacks go through
	// ticket.NormalizeType, and unknown ones leave the type to be inferred).
	Type     string            `yaml:"type"`
	Types    map[string]string `yaml:"types"`
	Team     string            `yaml:"team"`
	SLA      string            `yaml:"sla"`
	Created  string            `yaml:"created"`
	ClosedAt string            `yaml:"closed_at"`
	// Closed is "last_event" to treat every ticket as closed at its last event
	// when there is no closed_at column (exports of resolved tickets only).
	Closed      string `yaml:"closed"`
	CloseReason string `yaml:"close_reason"`
	// AutomaticAuthors are authors whose messages are automatic (the helpdesk's
	// robots): they are imported with the role system, which is never a response.
	AutomaticAuthors []string `yaml:"automatic_authors"`

	loc *time.Location
}

// LoadMapping reads a mapping file.
func LoadMapping(path string) (*Mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("csvimport: %w", err)
	}
	return ParseMapping(data, path)
}

// ParseMapping validates a YAML mapping; name identifies it in errors.
func ParseMapping(data []byte, name string) (*Mapping, error) {
	var m Mapping
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("csvimport: mapping %s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	var errs []error
	fail := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("csvimport: mapping %s: %s: %s", name, field, fmt.Sprintf(format, args...)))
	}
	if m.Ticket == "" {
		fail("ticket", "missing: name the column with the ticket id")
	}
	if m.Time == "" {
		fail("time", "missing: name the column with each row's time")
	}
	if m.Role == "" && m.DefaultRole == "" {
		fail("role", "missing: name the column with the author's role, or give default_role")
	}
	for v, r := range m.Roles {
		if !validRole(r) {
			fail("roles."+v, "%q is not customer, agent or system", r)
		}
	}
	if m.DefaultRole != "" && !validRole(m.DefaultRole) {
		fail("default_role", "%q is not customer, agent or system", m.DefaultRole)
	}
	for v, typ := range m.Types {
		if !slices.Contains(ticket.Types, typ) {
			fail("types."+v, "%q is not incident, service_request, question or change", typ)
		}
	}
	switch m.Closed {
	case "", "last_event":
	default:
		fail("closed", "%q: want last_event or nothing", m.Closed)
	}
	m.loc = time.UTC
	if m.TimeZone != "" {
		loc, err := time.LoadLocation(m.TimeZone)
		if err != nil {
			fail("time_zone", "unknown time zone %q", m.TimeZone)
		} else {
			m.loc = loc
		}
	}
	if len(m.InternalValues) == 0 {
		m.InternalValues = []string{"1", "1.0", "true", "yes", "y", "t"}
	}
	if m.Join == nil {
		sp := " "
		m.Join = &sp
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &m, nil
}

func validRole(r string) bool {
	switch ticket.Role(r) {
	case ticket.RoleCustomer, ticket.RoleAgent, ticket.RoleSystem:
		return true
	}
	return false
}

// layouts are tried in order when the mapping gives no time_format.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"02-01-2006 15:04:05",
	"02-01-2006 15:04",
	"02/01/2006 15:04:05",
	"02/01/2006 15:04",
}

func (m *Mapping) parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if m.TimeFormat != "" {
		t, err := time.ParseInLocation(m.TimeFormat, s, m.loc)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q does not match time_format %q", s, m.TimeFormat)
		}
		return t.UTC(), nil
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, m.loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time debrief recognises (set time_format)", s)
}
