package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The ticket list of the web interface reads the per-ticket figures
// (ticket_figures): one row per analysed ticket, from its latest analysis,
// indexed by closing time, customer, team and priority. Pages are read by
// offset with one row more than shown, so that no page counts the archive.

// TicketFilter selects and orders analysed tickets. Empty fields match all.
type TicketFilter struct {
	Customer, Priority, Team, CloseReason string
	// Breached keeps tickets that breached an SLA target (true) or none
	// (false) when set.
	Breached *bool
	// From and To, if not zero, keep tickets closed in [From, To).
	From, To time.Time
	// Text keeps tickets whose subject contains it (any case).
	Text string
	// Sort is one of TicketSorts ("closed" if empty); Asc reverses the
	// default descending order. Ties are ordered by closing time, then id.
	Sort string
	Asc  bool
	// Offset skips rows; Limit is 50 if zero, at most 500.
	Offset, Limit int
}

// TicketRow is one analysed ticket in a list.
type TicketRow struct {
	TicketID        string
	AnalysisVersion int
	ClosedAt        time.Time
	Customer        string
	Team            string
	Priority        string
	SLA             string
	CloseReason     string
	Subject         string
	// Breached tells that the first response or the resolution missed its
	// target, or an update came late.
	Breached bool
	// Factors are the contributing-factor categories.
	Factors []string
}

// TicketPage is one page of a ticket list.
type TicketPage struct {
	Rows []TicketRow
	// More tells that rows follow this page.
	More bool
}

// TicketSorts are the orders a ticket list may take, by column.
var TicketSorts = map[string]string{
	"closed":   "f.closed_at",
	"id":       "f.ticket_id",
	"customer": "f.customer",
	"priority": "f.priority",
	"team":     "f.team",
}

// TicketLister lists analysed tickets.
type TicketLister interface {
	// ListTickets returns one page of the tickets matching f.
	ListTickets(ctx context.Context, f TicketFilter) (TicketPage, error)
	// TicketRows returns the rows of the given tickets that have figures, in
	// no particular order.
	TicketRows(ctx context.Context, ids []string) ([]TicketRow, error)
}

const ticketRowColumns = `f.ticket_id, f.analysis_version, f.closed_at, f.customer, f.team, f.priority, f.sla,
	f.close_reason, f.subject, ` + breachedExpr + `, f.factors`

const breachedExpr = `CASE WHEN (f.fr_target AND NOT f.fr_met) OR (f.res_target AND NOT f.res_met) OR f.upd_breaches > 0 THEN 1 ELSE 0 END`

func scanTicketRow(r row) (TicketRow, error) {
	var (
		t        TicketRow
		breached int
		factors  string
	)
	err := r.Scan(&t.TicketID, &t.AnalysisVersion, scanTime{&t.ClosedAt}, &t.Customer, &t.Team, &t.Priority, &t.SLA,
		&t.CloseReason, &t.Subject, &breached, &factors)
	t.Breached = breached != 0
	t.Factors = strings.Fields(factors)
	return t, err
}

// ListTickets implements TicketLister.
func (c *core[TTx]) ListTickets(ctx context.Context, f TicketFilter) (TicketPage, error) {
	var w conditions
	add := w.add
	if f.Customer != "" {
		add("f.customer = ?", f.Customer)
	}
	if f.Priority != "" {
		add("f.priority = ?", f.Priority)
	}
	if f.Team != "" {
		add("f.team = ?", f.Team)
	}
	if f.CloseReason != "" {
		add("f.close_reason = ?", f.CloseReason)
	}
	if !f.From.IsZero() {
		add("f.closed_at >= ?", c.b.timeArg(normTime(f.From)))
	}
	if !f.To.IsZero() {
		add("f.closed_at < ?", c.b.timeArg(normTime(f.To)))
	}
	if f.Text != "" {
		add("LOWER(f.subject) LIKE ? ESCAPE '\\'", "%"+likeEscape(strings.ToLower(f.Text))+"%")
	}
	if f.Breached != nil {
		b := 0
		if *f.Breached {
			b = 1
		}
		add(breachedExpr+" = ?", b)
	}
	col, ok := TicketSorts[f.Sort]
	if !ok {
		col = TicketSorts["closed"]
	}
	dir := " DESC"
	if f.Asc {
		dir = " ASC"
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 500)
	q := `SELECT ` + ticketRowColumns + ` FROM ticket_figures f` + w.where()
	// Ties are broken by closing time, then id: each sort column has an
	// index on (column, closed_at), so a page is read in index order.
	order := col + dir
	if col != "f.closed_at" && col != "f.ticket_id" {
		order += ", f.closed_at" + dir
	}
	q += ` ORDER BY ` + order + `, f.ticket_id` + dir + ` LIMIT ` + strconv.Itoa(limit+1) + ` OFFSET ` + strconv.Itoa(max(f.Offset, 0))
	rows, err := queryAll(ctx, c.b.reader(), scanTicketRow, q, w.args...)
	if err != nil {
		return TicketPage{}, fmt.Errorf("store: list tickets: %w", err)
	}
	p := TicketPage{Rows: rows}
	if len(p.Rows) > limit {
		p.Rows, p.More = p.Rows[:limit], true
	}
	return p, nil
}

// TicketRows implements TicketLister.
func (c *core[TTx]) TicketRows(ctx context.Context, ids []string) ([]TicketRow, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	ph := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		ph[i], args[i] = "$"+strconv.Itoa(i+1), id
	}
	out, err := queryAll(ctx, c.b.reader(), scanTicketRow,
		`SELECT `+ticketRowColumns+` FROM ticket_figures f WHERE f.ticket_id IN (`+strings.Join(ph, ", ")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: ticket rows: %w", err)
	}
	return out, nil
}

// conditions build a WHERE clause with numbered arguments.
type conditions struct {
	conds []string
	args  []any
}

// add adds cond, whose "?" stands for v.
func (w *conditions) add(cond string, v any) {
	w.args = append(w.args, v)
	w.conds = append(w.conds, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(w.args))))
}

// where is the WHERE clause, empty without conditions.
func (w *conditions) where() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, q querier, scan func(row) (T, error), query string, args ...any) ([]T, error) {
	rs, err := q.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []T{}
	for rs.Next() {
		v, err := scan(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// likeEscaper escapes the LIKE wildcards with a backslash; built once, as a
// Replacer is safe for concurrent use.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// likeEscape escapes the LIKE wildcards of s with a backslash.
func likeEscape(s string) string { return likeEscaper.Replace(s) }
