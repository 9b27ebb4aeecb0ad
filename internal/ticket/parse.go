package ticket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// FieldError is a problem with one field of a ticket file.
type FieldError struct {
	File   string // the file or source the ticket came from; may be empty
	Field  string // a path such as "events[3].at"
	Reason string
}

func (e *FieldError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Warning is a problem debrief corrected on its own, such as events out of order.
type Warning = FieldError

// raw mirrors the JSON with every value that needs a precise error message kept raw.
type raw struct {
	ID          *string    `json:"id"`
	Subject     string     `json:"subject"`
	Customer    Customer   `json:"customer"`
	Priority    string     `json:"priority"`
	Type        string     `json:"type"`
	Team        string     `json:"team"`
	SLA         string     `json:"sla"`
	CreatedAt   *string    `json:"created_at"`
	ClosedAt    *string    `json:"closed_at"`
	CloseReason string     `json:"close_reason"`
	Links       []Link     `json:"links"`
	Events      []rawEvent `json:"events"`
}

type rawEvent struct {
	At       *string `json:"at"`
	Kind     *string `json:"kind"`
	Author   string  `json:"author"`
	Role     string  `json:"role"`
	Public   *bool   `json:"public"`
	Body     string  `json:"body"`
	State    string  `json:"state"`
	Priority string  `json:"priority"`
}

// Parse decodes and validates one ticket, accepting the timestamps of the
// zero Dates. name identifies the source in errors (a file name); it may be
// empty. It returns every validation error found, joined, each a *FieldError;
// warnings describe what was corrected.
func Parse(data []byte, name string) (*Ticket, []Warning, error) {
	return ParseWith(data, name, Dates{})
}

// ParseWith is Parse accepting the timestamps within dates.
func ParseWith(data []byte, name string, dates Dates) (*Ticket, []Warning, error) {
	var r raw
	if fastDecode(data, &r) {
		return fromRaw(&r, name, dates)
	}
	r = raw{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		return nil, nil, &FieldError{File: name, Field: jsonErrorField(err, data), Reason: jsonErrorReason(err, data)}
	}
	if dec.More() {
		return nil, nil, &FieldError{File: name, Reason: "unexpected data after the ticket object"}
	}
	return fromRaw(&r, name, dates)
}

func fromRaw(r *raw, name string, dates Dates) (*Ticket, []Warning, error) {
	var errs []error
	fail := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{File: name, Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	// when parses a timestamp and checks it is within dates and, for all
	// but created_at, measurable from created_at; the zero time on error.
	var created time.Time
	when := func(field string, s *string, required bool) time.Time {
		ts, err := parseTime(s, required)
		given := s != nil && *s != "" // 0001-01-01T00:00:00Z is the zero time, but given
		if err == nil && given {
			err = dates.check(ts)
		}
		if err == nil && given && !created.IsZero() {
			err = errSpan(ts, created)
		}
		if err != nil {
			fail(field, "%v", err)
			return time.Time{}
		}
		return ts
	}
	t := &Ticket{
		Subject:     r.Subject,
		Customer:    r.Customer,
		Priority:    r.Priority,
		Type:        r.Type,
		Team:        r.Team,
		SLA:         r.SLA,
		CloseReason: r.CloseReason,
		Links:       r.Links,
	}
	switch {
	case r.ID == nil:
		fail("id", "missing")
	case strings.TrimSpace(*r.ID) == "":
		fail("id", "empty")
	case *r.ID == "." || *r.ID == "..":
		// A path segment of its own: no URL could name the ticket.
		fail("id", "%q cannot be a ticket id (it names a folder in a path)", *r.ID)
	default:
		t.ID = *r.ID
	}
	t.CreatedAt = when("created_at", r.CreatedAt, true)
	created = t.CreatedAt
	t.ClosedAt = when("closed_at", r.ClosedAt, false)
	if !t.CreatedAt.IsZero() && !t.ClosedAt.IsZero() && t.ClosedAt.Before(t.CreatedAt) {
		fail("closed_at", "%v", errBefore(t.ClosedAt, t.CreatedAt))
	}
	for i, l := range r.Links {
		if strings.TrimSpace(l.ID) == "" {
			fail(fmt.Sprintf("links[%d].id", i), "missing")
		}
	}

	t.Events = make([]Event, 0, len(r.Events))
	for i := range r.Events {
		re := &r.Events[i]
		field := func(f string) string { return fmt.Sprintf("events[%d].%s", i, f) }
		e := Event{Author: re.Author, Body: re.Body, State: re.State, Priority: re.Priority, Public: true}
		ok := true
		nerr := len(errs)
		if ts := when(field("at"), re.At, true); len(errs) > nerr {
			ok = false
		} else {
			e.At = ts
			if !t.CreatedAt.IsZero() && ts.Before(t.CreatedAt) {
				fail(field("at"), "%v", errBefore(ts, t.CreatedAt))
				ok = false
			}
		}
		switch {
		case re.Kind == nil:
			fail(field("kind"), "missing")
			ok = false
		default:
			switch Kind(*re.Kind) {
			case KindMessage:
				switch Role(re.Role) {
				case RoleCustomer, RoleAgent, RoleSystem:
					e.Role = Role(re.Role)
				case "":
					fail(field("role"), "missing (want customer, agent or system)")
					ok = false
				default:
					fail(field("role"), "unknown role %q (want customer, agent or system)", re.Role)
					ok = false
				}
				if re.Public != nil {
					e.Public = *re.Public
				}
			case KindState:
				if strings.TrimSpace(re.State) == "" {
					fail(field("state"), "missing for a state event")
					ok = false
				}
				e.Public = false
			case KindPriority:
				if strings.TrimSpace(re.Priority) == "" {
					fail(field("priority"), "missing for a priority event")
					ok = false
				}
				e.Public = false
			case "":
				fail(field("kind"), "empty")
				ok = false
			default:
				fail(field("kind"), "unknown kind %q (want message, state or priority)", *re.Kind)
				ok = false
			}
			e.Kind = Kind(*re.Kind)
		}
		if ok {
			t.Events = append(t.Events, e)
		}
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}

	var warns []Warning
	if !slices.IsSortedFunc(t.Events, cmpEvents) {
		slices.SortStableFunc(t.Events, cmpEvents)
		warns = append(warns, Warning{File: name, Field: "events", Reason: "events were out of chronological order; sorted by time"})
	}
	if t.Closed() {
		for i := range t.Events {
			if t.Events[i].At.After(t.ClosedAt) {
				a, b := fmtPair(t.Events[i].At, t.ClosedAt)
				warns = append(warns, Warning{File: name, Field: fmt.Sprintf("events[%d].at", i),
					Reason: fmt.Sprintf("%s is after closed_at %s", a, b)})
				break
			}
		}
	}
	if r.Type != "" {
		t.Type = NormalizeType(r.Type)
		if t.Type == "" {
			warns = append(warns, Warning{File: name, Field: "type",
				Reason: fmt.Sprintf("%q is not a ticket type debrief knows (incident, service_request, question, change); ignored", r.Type)})
		}
	}
	return t, warns, nil
}

func cmpEvents(a, b Event) int { return a.At.Compare(b.At) }

func parseTime(s *string, required bool) (time.Time, error) {
	if s == nil || *s == "" {
		if required {
			return time.Time{}, errors.New("missing")
		}
		return time.Time{}, nil
	}
	ts, err := time.Parse(time.RFC3339Nano, *s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 timestamp (like 2026-02-17T07:05:56Z)", *s)
	}
	return ts.UTC(), nil
}
