package csvimport

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Result is one ticket read from the CSV: the ticket and its JSON form, or why
// it was rejected.
type Result struct {
	TicketID string
	Ticket   *ticket.Ticket
	// Raw is the ticket in debrief's JSON format, as it is stored.
	Raw      []byte
	Warnings []ticket.Warning
	Err      error
}

type row struct {
	line   int
	fields []string
}

type columns struct {
	ticket, message, time, author, role, internal, body       int
	subject, customer, priority, team, sla, created, closedAt int
	typ                                                       int
	order                                                     []int
}

// Read reads a CSV export with m and calls fn for every ticket, in the order of
// each ticket's first row; a ticket that cannot be built is passed with Err set
// and the others go on. source names the input in errors. Read fails only when
// the file itself cannot be read (no header, a missing column, broken CSV).
func Read(r io.Reader, m *Mapping, source string, fn func(Result) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("csvimport: %s: empty file, want a header row", source)
		}
		return fmt.Errorf("csvimport: %s: %w", source, err)
	}
	cols, err := m.columns(header, source)
	if err != nil {
		return err
	}
	groups := map[string][]row{}
	var order []string
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("csvimport: %s: %w", source, err)
		}
		line, _ := cr.FieldPos(0)
		id := strings.TrimSpace(field(rec, cols.ticket))
		if id == "" {
			if err := fn(Result{Err: fmt.Errorf("%s:%d: empty ticket id", source, line)}); err != nil {
				return err
			}
			continue
		}
		if m.NumericIDs {
			id = numericID(id)
		}
		if _, ok := groups[id]; !ok {
			order = append(order, id)
		}
		groups[id] = append(groups[id], row{line: line, fields: rec})
	}
	for _, id := range order {
		res := m.build(id, groups[id], cols, source)
		delete(groups, id)
		if err := fn(res); err != nil {
			return err
		}
	}
	return nil
}

func (m *Mapping) columns(header []string, source string) (columns, error) {
	idx := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))
		if _, dup := idx[h]; !dup {
			idx[h] = i
		}
	}
	var missing []string
	col := func(name string) int {
		if name == "" {
			return -1
		}
		i, ok := idx[name]
		if !ok {
			if !slices.Contains(missing, name) {
				missing = append(missing, name)
			}
			return -1
		}
		return i
	}
	c := columns{
		ticket: col(m.Ticket), message: col(m.Message), time: col(m.Time),
		author: col(m.Author), role: col(m.Role), internal: col(m.Internal), body: col(m.Body),
		subject: col(m.Subject), customer: col(m.Customer), priority: col(m.Priority),
		team: col(m.Team), sla: col(m.SLA), created: col(m.Created), closedAt: col(m.ClosedAt),
		typ: col(m.Type),
	}
	for _, o := range m.Order {
		c.order = append(c.order, col(o))
	}
	if len(missing) > 0 {
		return c, fmt.Errorf("csvimport: %s: the mapping names columns the file lacks: %s (the file has: %s)",
			source, strings.Join(missing, ", "), strings.Join(header, ", "))
	}
	return c, nil
}

func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
}

// numericID turns "1004298.0" into "1004298"; other ids are kept.
func numericID(id string) string {
	if f, err := strconv.ParseFloat(id, 64); err == nil && f == float64(int64(f)) && !strings.ContainsAny(id, "eE") {
		return strconv.FormatInt(int64(f), 10)
	}
	return id
}

func compareCells(a, b string) int {
	fa, ea := strconv.ParseFloat(strings.TrimSpace(a), 64)
	fb, eb := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if ea == nil && eb == nil {
		return cmp.Compare(fa, fb)
	}
	return strings.Compare(a, b)
}

func (m *Mapping) build(id string, rows []row, c columns, source string) Result {
	res := Result{TicketID: id}
	fail := func(line int, format string, args ...any) Result {
		res.Err = fmt.Errorf("%s:%d: ticket %s: %s", source, line, id, fmt.Sprintf(format, args...))
		return res
	}
	if len(c.order) > 0 {
		slices.SortStableFunc(rows, func(a, b row) int {
			for _, i := range c.order {
				if d := compareCells(field(a.fields, i), field(b.fields, i)); d != 0 {
					return d
				}
			}
			return 0
		})
	}
	first := rows[0].fields
	t := &ticket.Ticket{
		ID:       id,
		Subject:  strings.TrimSpace(field(first, c.subject)),
		Customer: ticket.Customer{Name: strings.TrimSpace(field(first, c.customer))},
		Priority: strings.TrimSpace(field(first, c.priority)),
		Team:     strings.TrimSpace(field(first, c.team)),
		SLA:      strings.TrimSpace(field(first, c.sla)),
		Type:     m.typeOf(strings.TrimSpace(field(first, c.typ))),
	}
	var msgKey string
	for i, r := range rows {
		at, err := m.parseTime(field(r.fields, c.time))
		if err != nil {
			return fail(r.line, "%s: %v", m.Time, err)
		}
		body := field(r.fields, c.body)
		key := field(r.fields, c.message)
		if c.message >= 0 && i > 0 && key == msgKey && len(t.Events) > 0 {
			last := &t.Events[len(t.Events)-1]
			if body != "" {
				if last.Body != "" {
					last.Body += *m.Join
				}
				last.Body += body
			}
			continue
		}
		msgKey = key
		role, err := m.role(field(r.fields, c.role))
		if err != nil {
			return fail(r.line, "%s: %v", m.Role, err)
		}
		if author := strings.TrimSpace(field(r.fields, c.author)); author != "" && slices.ContainsFunc(m.AutomaticAuthors, func(a string) bool { return strings.EqualFold(strings.TrimSpace(a), author) }) {
			role = ticket.RoleSystem
		}
		internal := slices.Contains(m.InternalValues, strings.ToLower(strings.TrimSpace(field(r.fields, c.internal))))
		t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindMessage, Author: strings.TrimSpace(field(r.fields, c.author)),
			Role: role, Public: !internal, Body: body})
	}
	// Creation: the created column, else the earliest row.
	t.CreatedAt = t.Events[0].At
	for _, e := range t.Events {
		if e.At.Before(t.CreatedAt) {
			t.CreatedAt = e.At
		}
	}
	if s := strings.TrimSpace(field(first, c.created)); s != "" {
		at, err := m.parseTime(s)
		if err != nil {
			return fail(rows[0].line, "%s: %v", m.Created, err)
		}
		t.CreatedAt = at
	}
	if s := strings.TrimSpace(field(first, c.closedAt)); s != "" {
		at, err := m.parseTime(s)
		if err != nil {
			return fail(rows[0].line, "%s: %v", m.ClosedAt, err)
		}
		t.ClosedAt = at
	} else if m.Closed == "last_event" {
		for _, e := range t.Events {
			if e.At.After(t.ClosedAt) {
				t.ClosedAt = e.At
			}
		}
	}
	if t.Closed() {
		t.CloseReason = m.CloseReason
	}
	// Validate exactly as a JSON ticket would be.
	raw, err := json.Marshal(t)
	if err != nil {
		return fail(rows[0].line, "%v", err)
	}
	parsed, warns, err := ticket.Parse(raw, fmt.Sprintf("%s: ticket %s", source, id))
	if err != nil {
		res.Err = err
		return res
	}
	res.Ticket, res.Raw, res.Warnings = parsed, raw, warns
	return res
}

// typeOf maps a type cell to a ticket type: through Types, else by the common
// names (ticket.NormalizeType); "" when neither knows it.
func (m *Mapping) typeOf(v string) string {
	if v == "" {
		return ""
	}
	if t, ok := m.Types[v]; ok {
		return t
	}
	return ticket.NormalizeType(v)
}

func (m *Mapping) role(v string) (ticket.Role, error) {
	v = strings.TrimSpace(v)
	if r, ok := m.Roles[v]; ok {
		return ticket.Role(r), nil
	}
	if validRole(v) && len(m.Roles) == 0 {
		return ticket.Role(v), nil
	}
	if m.DefaultRole != "" {
		return ticket.Role(m.DefaultRole), nil
	}
	return "", fmt.Errorf("role value %q is not in the mapping's roles (add it, or set default_role)", v)
}
