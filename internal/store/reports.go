package store

import (
	"context"
	"fmt"
	"time"
)

// ReportFilter selects the latest analyses of tickets for a report.
type ReportFilter struct {
	// Customer, if set, keeps only that customer's analyses.
	Customer string
	// From and To, if not zero, keep analyses whose ClosedAt is in [From, To).
	From, To time.Time
}

// FindingRow is a finding of the latest analysis of a ticket.
type FindingRow struct {
	Finding
	TicketID        string
	AnalysisVersion int
	Customer        string
	ClosedAt        time.Time
}

// ActionRow is an action of the latest analysis of a ticket.
type ActionRow struct {
	Action
	TicketID        string
	AnalysisVersion int
	Customer        string
	ClosedAt        time.Time
}

// reportWhere is the filter of the report queries: latest analyses only,
// by customer and closing time. Its parameters are the same whatever the
// filter, so the text needs no rewriting and each query is one statement:
// $1 the customer (” for any), $2 and $3 the bounds of ClosedAt (the
// dialect's lowest and highest time when not set, so that the closed_at
// index serves every filter), and $4 whether analyses without ClosedAt
// count (only without bounds). See reportArgs.
const reportWhere = ` WHERE a.version = (SELECT t.latest_analysis FROM tickets t WHERE t.id = a.ticket_id)
	AND ($1 = '' OR a.customer = $1)
	AND (a.closed_at >= $2 AND a.closed_at < $3 OR $4 AND a.closed_at IS NULL)`

// reportArgs are the arguments of reportWhere.
func (c *core[TTx]) reportArgs(f ReportFilter) []any {
	return []any{f.Customer, c.b.timeBound(f.From, false), c.b.timeBound(f.To, true),
		f.From.IsZero() && f.To.IsZero()}
}

// LatestAnalyses implements Store.
func (c *core[TTx]) LatestAnalyses(ctx context.Context, f ReportFilter) ([]Analysis, error) {
	fail := func(err error) ([]Analysis, error) {
		return nil, fmt.Errorf("store: list latest analyses: %w", err)
	}
	rs, err := c.b.reader().query(ctx, `SELECT `+analysisColumns+` FROM analyses a`+reportWhere+
		` ORDER BY a.closed_at, a.ticket_id`, c.reportArgs(f)...)
	if err != nil {
		return fail(err)
	}
	out := []Analysis{}
	index := map[string]int{}
	for rs.Next() {
		a, err := scanAnalysis(rs)
		if err != nil {
			rs.Close()
			return fail(err)
		}
		index[a.TicketID] = len(out)
		out = append(out, a)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fail(err)
	}
	findings, err := c.Findings(ctx, f)
	if err != nil {
		return fail(err)
	}
	for _, r := range findings {
		if i, ok := index[r.TicketID]; ok && out[i].Version == r.AnalysisVersion {
			out[i].Findings = append(out[i].Findings, r.Finding)
		}
	}
	actions, err := c.Actions(ctx, f)
	if err != nil {
		return fail(err)
	}
	for _, r := range actions {
		if i, ok := index[r.TicketID]; ok && out[i].Version == r.AnalysisVersion {
			out[i].Actions = append(out[i].Actions, r.Action)
		}
	}
	return out, nil
}

// Findings implements Store.
func (c *core[TTx]) Findings(ctx context.Context, f ReportFilter) ([]FindingRow, error) {
	out, err := c.findingRows(ctx, reportWhere, c.reportArgs(f)...)
	if err != nil {
		return nil, fmt.Errorf("store: list findings: %w", err)
	}
	return out, nil
}

// findingRows selects findings x joined to their analysis a.
func (c *core[TTx]) findingRows(ctx context.Context, where string, args ...any) ([]FindingRow, error) {
	rs, err := c.b.reader().query(ctx, `SELECT x.ticket_id, x.analysis_version, a.customer, a.closed_at,
		x.code, x.kind, x.area, x.directive, x.summary
		FROM findings x JOIN analyses a ON a.ticket_id = x.ticket_id AND a.version = x.analysis_version`+where+`
		ORDER BY a.closed_at, x.ticket_id, x.position`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []FindingRow{}
	for rs.Next() {
		var r FindingRow
		if err := rs.Scan(&r.TicketID, &r.AnalysisVersion, &r.Customer, scanTime{&r.ClosedAt},
			&r.Code, &r.Kind, &r.Area, &r.Directive, &r.Summary); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// Actions implements Store.
func (c *core[TTx]) Actions(ctx context.Context, f ReportFilter) ([]ActionRow, error) {
	out, err := c.actionRows(ctx, reportWhere, c.reportArgs(f)...)
	if err != nil {
		return nil, fmt.Errorf("store: list actions: %w", err)
	}
	return out, nil
}

func (c *core[TTx]) actionRows(ctx context.Context, where string, args ...any) ([]ActionRow, error) {
	rs, err := c.b.reader().query(ctx, `SELECT x.ticket_id, x.analysis_version, a.customer, a.closed_at,
		x.title, x.owner, x.category, x.factor, x.due, x.status
		FROM actions x JOIN analyses a ON a.ticket_id = x.ticket_id AND a.version = x.analysis_version`+where+`
		ORDER BY a.closed_at, x.ticket_id, x.position`, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := []ActionRow{}
	for rs.Next() {
		var r ActionRow
		if err := rs.Scan(&r.TicketID, &r.AnalysisVersion, &r.Customer, scanTime{&r.ClosedAt},
			&r.Title, &r.Owner, &r.Category, &r.Factor, scanTime{&r.Due}, &r.Status); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}
