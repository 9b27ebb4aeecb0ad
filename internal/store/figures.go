package store

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
)

// The monthly reports read one row of figures per ticket (ticket_figures),
// written with each analysis in its transaction and replaced by a later
// analysis of the same ticket, so that a ticket counts once, in the month of
// its last close. Each row keeps the MinHash signature of its theme text, so
// that earlier months' themes are matched by a scan of signatures alone.

const figureColumns = `ticket_id, analysis_version, closed_at, customer, team, priority, sla, close_reason, subject,
	auto_closed, chased, fr_target, fr_stopped, fr_met, fr_business, fr_elapsed, fr_over,
	res_target, res_stopped, res_met, res_business, res_elapsed, res_over, upd_target, upd_breaches,
	impact_known, impact_seconds, cost, currency, factors, cause, directives, signature`

// saveFigures stores the figures of analysis version of a, unless a later
// analysis of the ticket already stored its own.
func (c *core[TTx]) saveFigures(ctx context.Context, q querier, f *figures.Figures, version int) error {
	if f == nil || f.ClosedAt.IsZero() {
		return nil
	}
	var stored int
	err := q.queryRow(ctx, `SELECT analysis_version FROM ticket_figures WHERE ticket_id = $1`, f.TicketID).Scan(&stored)
	switch {
	case err == nil && stored > version:
		return nil
	case err == nil:
		if err := q.exec(ctx, `DELETE FROM ticket_figures WHERE ticket_id = $1`, f.TicketID); err != nil {
			return err
		}
	case !isNoRows(err):
		return err
	}
	return c.insertFigures(ctx, q, f, version, "")
}

// insertFigures inserts one row of figures; conflict is appended to the
// INSERT (e.g. "ON CONFLICT DO NOTHING").
func (c *core[TTx]) insertFigures(ctx context.Context, q querier, f *figures.Figures, version int, conflict string) error {
	sig := figures.SignatureOf(figures.ThemeText(f))
	var sigBytes any
	if !sig.Empty() {
		sigBytes = sig.Bytes()
	}
	err := q.exec(ctx, `INSERT INTO ticket_figures (`+figureColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
		$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33) `+conflict,
		f.TicketID, version, c.b.timeArg(f.ClosedAt), c.b.text(f.Customer), c.b.text(f.Team), c.b.text(f.Priority), c.b.text(f.SLA),
		c.b.text(f.CloseReason), c.b.text(f.Subject), f.AutoClosed, f.Chased,
		f.FirstResponse.HasTarget, f.FirstResponse.Stopped, f.FirstResponse.Met, f.FirstResponse.Business, f.FirstResponse.Elapsed, f.FirstResponse.Over,
		f.Resolution.HasTarget, f.Resolution.Stopped, f.Resolution.Met, f.Resolution.Business, f.Resolution.Elapsed, f.Resolution.Over,
		f.UpdateTarget, f.UpdateBreaches, f.ImpactKnown, int64(f.Impact/time.Second), f.Cost, c.b.text(f.Currency),
		strings.Join(f.Factors, " "), c.b.text(f.Cause), joinInts(f.Directives), sigBytes)
	if err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	return nil
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ",")
}

func splitInts(s string) []int {
	var out []int
	for p := range strings.SplitSeq(s, ",") {
		if n, err := strconv.Atoi(p); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// scopeWhere adds a report scope to a WHERE clause over ticket_figures
// (aliased f), numbering its arguments after args.
func scopeWhere(s figures.Scope, args []any) (string, []any) { return scopeOn("f", s, args) }

// scopeOn adds a report scope to a WHERE clause over a table aliased alias
// with customer and team columns.
func scopeOn(alias string, s figures.Scope, args []any) (string, []any) {
	var b strings.Builder
	if s.Customer != "" {
		args = append(args, s.Customer)
		b.WriteString(" AND " + alias + ".customer = $" + strconv.Itoa(len(args)))
	}
	if s.Team != "" {
		args = append(args, s.Team)
		b.WriteString(" AND " + alias + ".team = $" + strconv.Itoa(len(args)))
	}
	return b.String(), args
}

// MonthFigures calls fn for each ticket of scope s whose figures' closing
// time is in [from, to), in closing order.
func (c *core[TTx]) MonthFigures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(*figures.Figures, figures.Signature) error) error {
	where, args := scopeWhere(s, []any{c.b.timeArg(from), c.b.timeArg(to)})
	rs, err := c.b.reader().query(ctx, `SELECT `+monthColumns+` FROM ticket_figures f
		WHERE f.closed_at >= $1 AND f.closed_at < $2`+where+` ORDER BY f.closed_at, f.ticket_id`, args...)
	if err != nil {
		return fmt.Errorf("store: month figures: %w", err)
	}
	defer rs.Close()
	var (
		f                   figures.Figures
		factors, directives string
		sig                 []byte
		impact, flags       int64
	)
	for rs.Next() {
		f = figures.Figures{}
		sig = sig[:0]
		if err := rs.Scan(&f.TicketID, &f.Analysis, scanTime{&f.ClosedAt}, &f.Customer, &f.Team, &f.Priority, &f.SLA,
			&f.CloseReason, &f.Subject, &flags, &f.FirstResponse.Business, &f.FirstResponse.Elapsed, &f.FirstResponse.Over,
			&f.Resolution.Business, &f.Resolution.Elapsed, &f.Resolution.Over,
			&f.UpdateBreaches, &impact, &f.Cost, &f.Currency, &factors, &f.Cause, &directives, &sig); err != nil {
			return fmt.Errorf("store: month figures: %w", err)
		}
		setFlags(&f, flags)
		f.Impact = time.Duration(impact) * time.Second
		if factors != "" {
			f.Factors = strings.Fields(factors)
		}
		f.Directives = splitInts(directives)
		if err := fn(&f, figures.SignatureFromBytes(sig)); err != nil {
			return err
		}
	}
	if err := rs.Err(); err != nil {
		return fmt.Errorf("store: month figures: %w", err)
	}
	return nil
}

// The monthly reads get a ticket's ten flags as the bits of one integer:
// reading a column costs more than its SQL, with a million to read.
const flagsColumn = `(CAST(f.auto_closed AS INTEGER) | (CAST(f.chased AS INTEGER) << 1) | (CAST(f.fr_target AS INTEGER) << 2)
	| (CAST(f.fr_stopped AS INTEGER) << 3) | (CAST(f.fr_met AS INTEGER) << 4) | (CAST(f.res_target AS INTEGER) << 5)
	| (CAST(f.res_stopped AS INTEGER) << 6) | (CAST(f.res_met AS INTEGER) << 7) | (CAST(f.upd_target AS INTEGER) << 8)
	| (CAST(f.impact_known AS INTEGER) << 9))`

// setFlags sets the flags of f from the bits of flagsColumn.
func setFlags(f *figures.Figures, flags int64) {
	for i, b := range []*bool{&f.AutoClosed, &f.Chased, &f.FirstResponse.HasTarget, &f.FirstResponse.Stopped, &f.FirstResponse.Met,
		&f.Resolution.HasTarget, &f.Resolution.Stopped, &f.Resolution.Met, &f.UpdateTarget, &f.ImpactKnown} {
		*b = flags&(1<<i) != 0
	}
}

// monthColumns are what MonthFigures reads of a ticket.
const monthColumns = `f.ticket_id, f.analysis_version, f.closed_at, f.customer, f.team, f.priority, f.sla, f.close_reason, f.subject,
	` + flagsColumn + `, f.fr_business, f.fr_elapsed, f.fr_over, f.res_business, f.res_elapsed, f.res_over,
	f.upd_breaches, f.impact_seconds, f.cost, f.currency, f.factors, f.cause, f.directives, f.signature`

// clockColumns are what a month's summary and tallies read of a ticket.
const clockColumns = `f.priority, ` + flagsColumn + `, f.fr_business, f.fr_elapsed, f.fr_over,
	f.res_business, f.res_elapsed, f.res_over, f.upd_breaches`

// monthsQuery is a read of the months [bounds[i], bounds[i+1]) of scope s
// in one query: the UNION ALL of each month's "SELECT i, columns FROM
// ticket_figures f WHERE <in the month> tail". A CASE numbering the month
// of each row of one range costs twice as much on both databases, and a
// GROUP BY over it more again. The bounds are parameters, as a month's are
// in the reporting time zone.
func (c *core[TTx]) monthsQuery(bounds []time.Time, s figures.Scope, columns, tail string) (string, []any, error) {
	if len(bounds) < 2 {
		return "", nil, fmt.Errorf("no month between %d bounds: %w", len(bounds), ErrInvalid)
	}
	args := make([]any, len(bounds))
	for i, t := range bounds {
		if i > 0 && !t.After(bounds[i-1]) {
			return "", nil, fmt.Errorf("month bounds out of order at %d: %w", i, ErrInvalid)
		}
		args[i] = c.b.timeArg(t)
	}
	where, args := scopeWhere(s, args)
	var b strings.Builder
	for i := range len(bounds) - 1 {
		if i > 0 {
			b.WriteString("\nUNION ALL ")
		}
		fmt.Fprintf(&b, "SELECT %d, %s FROM ticket_figures f WHERE f.closed_at >= $%d AND f.closed_at < $%d%s %s",
			i, columns, i+1, i+2, where, tail)
	}
	return b.String(), args, nil
}

// MonthClocks calls fn for each ticket of scope s closed in the months
// [bounds[i], bounds[i+1]), with its month i, in no particular order, as
// MonthFigures does but with only the priority, the SLA clocks, the update
// breaches and the flags filled in: what a month's summary and tallies
// need, read without the texts, several months in one pass.
func (c *core[TTx]) MonthClocks(ctx context.Context, bounds []time.Time, s figures.Scope, fn func(int, *figures.Figures) error) error {
	query, args, err := c.monthsQuery(bounds, s, clockColumns, "")
	if err != nil {
		return fmt.Errorf("store: month clocks: %w", err)
	}
	rs, err := c.b.reader().query(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: month clocks: %w", err)
	}
	defer rs.Close()
	var (
		f     figures.Figures
		m     int
		flags int64
	)
	for rs.Next() {
		f = figures.Figures{}
		if err := rs.Scan(&m, &f.Priority, &flags, &f.FirstResponse.Business, &f.FirstResponse.Elapsed, &f.FirstResponse.Over,
			&f.Resolution.Business, &f.Resolution.Elapsed, &f.Resolution.Over, &f.UpdateBreaches); err != nil {
			return fmt.Errorf("store: month clocks: %w", err)
		}
		setFlags(&f, flags)
		if err := fn(m, &f); err != nil {
			return err
		}
	}
	if err := rs.Err(); err != nil {
		return fmt.Errorf("store: month clocks: %w", err)
	}
	return nil
}

// Tallies counts the tickets of scope s closed in [from, to) per priority.
func (c *core[TTx]) Tallies(ctx context.Context, from, to time.Time, s figures.Scope) ([]figures.Tally, error) {
	ts, err := c.MonthTallies(ctx, []time.Time{from, to}, s)
	if err != nil {
		return nil, err
	}
	return ts[0], nil
}

// MonthTallies counts the tickets of scope s per priority in each of the
// months [bounds[i], bounds[i+1]), in one pass: out[i] is month i's.
func (c *core[TTx]) MonthTallies(ctx context.Context, bounds []time.Time, s figures.Scope) ([][]figures.Tally, error) {
	query, args, err := c.monthsQuery(bounds, s, `f.priority, COUNT(*),
		COUNT(*) FILTER (WHERE f.fr_target), COUNT(*) FILTER (WHERE f.fr_target AND f.fr_met),
		COUNT(*) FILTER (WHERE f.res_target), COUNT(*) FILTER (WHERE f.res_target AND f.res_met),
		COUNT(*) FILTER (WHERE f.upd_target), COUNT(*) FILTER (WHERE f.upd_target AND f.upd_breaches > 0)`, "GROUP BY f.priority")
	if err != nil {
		return nil, fmt.Errorf("store: tallies: %w", err)
	}
	rs, err := c.b.reader().query(ctx, query+" ORDER BY 1, 2", args...)
	if err != nil {
		return nil, fmt.Errorf("store: tallies: %w", err)
	}
	defer rs.Close()
	out := make([][]figures.Tally, len(bounds)-1)
	for rs.Next() {
		var (
			t figures.Tally
			m int
		)
		if err := rs.Scan(&m, &t.Priority, &t.Tickets, &t.FRTarget, &t.FRMet, &t.ResTarget, &t.ResMet, &t.UpdTarget, &t.UpdBreached); err != nil {
			return nil, fmt.Errorf("store: tallies: %w", err)
		}
		if m < 0 || m >= len(out) {
			return nil, fmt.Errorf("store: tallies: month %d of %d", m, len(out))
		}
		out[m] = append(out[m], t)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: tallies: %w", err)
	}
	return out, nil
}

// Signatures calls fn with the theme signature of each ticket of scope s
// closed in [from, to) that has one.
func (c *core[TTx]) Signatures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(figures.Signature) error) error {
	where, args := scopeWhere(s, []any{c.b.timeArg(from), c.b.timeArg(to)})
	rs, err := c.b.reader().query(ctx, `SELECT f.signature FROM ticket_figures f
		WHERE f.closed_at >= $1 AND f.closed_at < $2 AND f.signature IS NOT NULL`+where, args...)
	if err != nil {
		return fmt.Errorf("store: signatures: %w", err)
	}
	defer rs.Close()
	var b []byte
	for rs.Next() {
		if err := rs.Scan(&b); err != nil {
			return fmt.Errorf("store: signatures: %w", err)
		}
		if err := fn(figures.SignatureFromBytes(b)); err != nil {
			return err
		}
	}
	if err := rs.Err(); err != nil {
		return fmt.Errorf("store: signatures: %w", err)
	}
	return nil
}

// saveMonthly stores what the monthly reports need of an analysis: its
// figures and its action items.
func (c *core[TTx]) saveMonthly(ctx context.Context, q querier, a *Analysis, version int) error {
	if a.Figures == nil {
		return nil
	}
	if err := c.saveFigures(ctx, q, a.Figures, version); err != nil {
		return err
	}
	return c.upsertActionItems(ctx, q, a, version, a.Figures.Team)
}

// backfillFigures computes the figures and action items of every ticket whose
// latest analysis has none, from the stored facts: an archive made before
// they were kept gets them once, the first time it is opened. It does
// nothing when any figures are stored already.
func (c *core[TTx]) backfillFigures(ctx context.Context) (int, error) {
	var some, analyses bool
	r := c.b.reader()
	if err := r.queryRow(ctx, `SELECT EXISTS (SELECT 1 FROM ticket_figures), EXISTS (SELECT 1 FROM analyses)`).Scan(&some, &analyses); err != nil {
		return 0, fmt.Errorf("store: backfill figures: %w", err)
	}
	if some || !analyses {
		return 0, nil
	}
	n := 0
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		type latest struct {
			a     Analysis
			facts []byte
		}
		// Keyset pages keep memory bounded and no result set open while writing.
		after := ""
		for {
			rs, err := q.query(ctx, `SELECT a.ticket_id, a.version, a.facts, a.created_at, a.customer FROM analyses a
				JOIN tickets t ON t.id = a.ticket_id AND t.latest_analysis = a.version
				WHERE a.ticket_id > $1 ORDER BY a.ticket_id LIMIT 500`, after)
			if err != nil {
				return err
			}
			var page []latest
			for rs.Next() {
				var l latest
				if err := rs.Scan(&l.a.TicketID, &l.a.Version, &l.facts, scanTime{&l.a.CreatedAt}, &l.a.Customer); err != nil {
					rs.Close()
					return err
				}
				page = append(page, l)
			}
			rs.Close()
			if err := rs.Err(); err != nil {
				return err
			}
			if len(page) == 0 {
				return nil
			}
			after = page[len(page)-1].a.TicketID
			for _, l := range page {
				if len(l.facts) == 0 {
					continue
				}
				f, actions, err := figures.Decode(l.facts, l.a.Version)
				if err != nil {
					c.opts.Logger.Warn("store: no figures for an old analysis", "ticket", l.a.TicketID, "version", l.a.Version, "err", err)
					continue
				}
				for _, ac := range actions {
					l.a.Actions = append(l.a.Actions, Action{Code: ac.Code, Title: ac.Title, Owner: ac.Owner,
						Category: string(ac.Category), Due: ac.Due})
				}
				l.a.Figures = &f
				if err := c.saveMonthly(ctx, q, &l.a, l.a.Version); err != nil {
					return fmt.Errorf("ticket %s: %w", l.a.TicketID, err)
				}
				n++
			}
		}
	})
	if err != nil {
		return 0, fmt.Errorf("store: backfill figures: %w", err)
	}
	if n > 0 {
		c.opts.Logger.Info("store: backfilled the monthly figures of older analyses", "tickets", n)
	}
	return n, nil
}

// LoadFigures stores figures and action items in bulk, in one transaction,
// for tickets the archive does not hold: a generator of large archives for
// benchmarks, or figures carried over from another tool. Tickets that have
// figures already keep them.
func (c *core[TTx]) LoadFigures(ctx context.Context, fs []figures.Figures, actions []figures.ActionItem) error {
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		for i := range fs {
			if err := c.insertFigures(ctx, q, &fs[i], fs[i].Analysis, "ON CONFLICT DO NOTHING"); err != nil {
				return fmt.Errorf("ticket %s: %w", fs[i].TicketID, err)
			}
		}
		for _, it := range actions {
			err := q.exec(ctx, `INSERT INTO action_items (ticket_id, code, customer, team, title, category, owner, due, status,
				opened_at, done_at, analysis_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)
				ON CONFLICT (ticket_id, code) DO NOTHING`,
				it.TicketID, it.Code, c.b.text(it.Customer), "", c.b.text(it.Title), it.Category, c.b.text(it.Owner),
				c.b.timeArg(it.Due), cmp.Or(it.Status, ActionOpen), c.b.timeArg(it.OpenedAt), c.b.timeArg(it.DoneAt))
			if err != nil {
				return fmt.Errorf("action %s/%s: %w", it.TicketID, it.Code, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: load figures: %w", err)
	}
	return nil
}
