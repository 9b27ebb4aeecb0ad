package ticket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// Parse decodes and validates one ticket. name identifies the source in errors
// (a file name); it may be empty. It returns every validation error found, joined,
// each a *FieldError; warnings describe what was corrected.
func Parse(data []byte, name string) (*Ticket, []Warning, error) {
	var r raw
	if fastDecode(data, &r) {
		return fromRaw(&r, name)
	}
	r = raw{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		return nil, nil, &FieldError{File: name, Field: jsonErrorField(err), Reason: jsonErrorReason(err, data)}
	}
	if dec.More() {
		return nil, nil, &FieldError{File: name, Reason: "unexpected data after the ticket object"}
	}
	return fromRaw(&r, name)
}

func fromRaw(r *raw, name string) (*Ticket, []Warning, error) {
	var errs []error
	fail := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{File: name, Field: field, Reason: fmt.Sprintf(format, args...)})
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
	default:
		t.ID = *r.ID
	}
	if ts, err := parseTime(r.CreatedAt, true); err != nil {
		fail("created_at", "%v", err)
	} else {
		t.CreatedAt = ts
	}
	if ts, err := parseTime(r.ClosedAt, false); err != nil {
		fail("closed_at", "%v", err)
	} else {
		t.ClosedAt = ts
	}
	if !t.CreatedAt.IsZero() && !t.ClosedAt.IsZero() && t.ClosedAt.Before(t.CreatedAt) {
		fail("closed_at", "%s is before created_at %s", fmtTime(t.ClosedAt), fmtTime(t.CreatedAt))
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
		if ts, err := parseTime(re.At, true); err != nil {
			fail(field("at"), "%v", err)
			ok = false
		} else {
			e.At = ts
			if !t.CreatedAt.IsZero() && ts.Before(t.CreatedAt) {
				fail(field("at"), "%s is before created_at %s", fmtTime(ts), fmtTime(t.CreatedAt))
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
				warns = append(warns, Warning{File: name, Field: fmt.Sprintf("events[%d].at", i),
					Reason: fmt.Sprintf("%s is after closed_at %s", fmtTime(t.Events[i].At), fmtTime(t.ClosedAt))})
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

func fmtTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// jsonErrorField names the field a decoding error concerns, where encoding/json says.
func jsonErrorField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return te.Field
	}
	return ""
}

func jsonErrorReason(err error, data []byte) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("wrong type: got JSON %s, want %s", te.Value, jsonTypeName(te.Type.String()))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := position(data, se.Offset)
		return fmt.Sprintf("invalid JSON at line %d, column %d: %v", line, col, se)
	}
	if errors.Is(err, io.EOF) {
		return "empty file: want a JSON ticket object"
	}
	return "invalid JSON: " + err.Error()
}

func jsonTypeName(goType string) string {
	switch {
	case strings.Contains(goType, "string"):
		return "a string"
	case goType == "bool" || goType == "*bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	default:
		return "an object"
	}
}

func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := int64(0); i < offset && i < int64(len(data)); i++ {
		if data[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
