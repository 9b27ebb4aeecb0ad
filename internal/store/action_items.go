package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
)

// Action items keep one identity per ticket and action code across analysis
// versions: a new analysis updates an item's title and category but never
// its status, nor an owner or due date a person set. Every change a person
// makes is kept in action_events with who made it and when.

// Action statuses.
const (
	ActionOpen = "open"
	ActionDone = "done"
)

// ActionFilter selects action items. Status is "open", "done", "overdue"
// (open and past due at Now) or "" for all.
type ActionFilter struct {
	Status   string
	Owner    string
	Customer string
	TicketID string
	Now      time.Time
	// Limit is at most 1,000; 200 if zero.
	Limit int
}

// ActionEvent is one change of an action item.
type ActionEvent struct {
	At   time.Time
	Who  string
	Kind string // "opened", "done", "reopened", "assigned"
	// Owner and Due are the values after the change.
	Owner string
	Due   time.Time
	Note  string
}

// ActionChange is a person's change of an action item: any of done, owner
// and due, with who made it.
type ActionChange struct {
	Who  string
	Note string
	// Done marks the action done (true) or open again (false) when set.
	Done  *bool
	Owner string
	Due   time.Time
}

// ErrBadStatus means an action filter named an unknown status.
var ErrBadStatus = errors.New("unknown action status (open, done, overdue)")

const actionItemColumns = `a.id, a.ticket_id, a.customer, a.code, a.title, a.owner, a.category, a.due, a.status, a.opened_at, a.done_at,
	a.owner_set, a.due_set, COALESCE((SELECT e.who FROM action_events e WHERE e.action_id = a.id ORDER BY e.at DESC LIMIT 1), '')`

func scanActionItem(r row, now time.Time) (figures.ActionItem, error) {
	var it figures.ActionItem
	err := r.Scan(&it.ID, &it.TicketID, &it.Customer, &it.Code, &it.Title, &it.Owner, &it.Category,
		scanTime{&it.Due}, &it.Status, scanTime{&it.OpenedAt}, scanTime{&it.DoneAt}, &it.OwnerSet, &it.DueSet, &it.By)
	end := now
	if !it.DoneAt.IsZero() {
		end = it.DoneAt
	}
	if d := end.Sub(it.OpenedAt); d > 0 {
		it.AgeDays = int(d / (24 * time.Hour))
	}
	return it, err
}

// upsertActionItems records the actions of analysis version of a.
func (c *core[TTx]) upsertActionItems(ctx context.Context, q querier, a *Analysis, version int, team string) error {
	// An action is opened when the ticket closes, the time its analysis
	// describes: an archive imported later still follows up each month's actions.
	opened := a.CreatedAt
	if a.Figures != nil && !a.Figures.ClosedAt.IsZero() {
		opened = a.Figures.ClosedAt
	}
	for _, ac := range a.Actions {
		if ac.Code == "" {
			continue
		}
		err := q.exec(ctx, `INSERT INTO action_items (ticket_id, code, customer, team, title, category, owner, due, status,
			opened_at, analysis_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			ON CONFLICT (ticket_id, code) DO UPDATE SET title = excluded.title, category = excluded.category,
				customer = excluded.customer, team = excluded.team, analysis_version = excluded.analysis_version,
				owner = CASE WHEN action_items.owner_set THEN action_items.owner ELSE excluded.owner END,
				due = CASE WHEN action_items.due_set THEN action_items.due ELSE excluded.due END
			WHERE excluded.analysis_version >= action_items.analysis_version`,
			a.TicketID, ac.Code, c.b.text(a.Customer), c.b.text(team), c.b.text(ac.Title), ac.Category, c.b.text(ac.Owner),
			c.b.timeArg(ac.Due), ActionOpen, c.b.timeArg(opened), version)
		if err != nil {
			return fmt.Errorf("action item %s: %w", ac.Code, err)
		}
	}
	return nil
}

// ListActions lists action items matching f, most urgent first (by due date).
func (c *core[TTx]) ListActions(ctx context.Context, f ActionFilter) ([]figures.ActionItem, error) {
	now := cmp.Or(f.Now, c.now())
	status, overdue := f.Status, false
	switch f.Status {
	case "", ActionOpen, ActionDone:
	case "overdue":
		status, overdue = ActionOpen, true
	default:
		return nil, fmt.Errorf("store: list actions: %q: %w", f.Status, ErrBadStatus)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 200
	}
	// The parameters are the same for every filter ('' for any), so the
	// query text needs no rewriting.
	query := `SELECT ` + actionItemColumns + ` FROM action_items a
		WHERE ($1 = '' OR a.status = $1)
			AND (a.due < $3 OR NOT $2)
			AND ($4 = '' OR a.owner = $4)
			AND ($5 = '' OR a.customer = $5)
			AND ($6 = '' OR a.ticket_id = $6)
		ORDER BY a.status DESC, a.due IS NULL, a.due, a.id LIMIT $7`
	args := []any{status, overdue, c.b.timeArg(now), f.Owner, f.Customer, f.TicketID, min(limit, 1000)}
	return c.actionItems(ctx, now, query, args...)
}

func (c *core[TTx]) actionItems(ctx context.Context, now time.Time, query string, args ...any) ([]figures.ActionItem, error) {
	out, err := queryAll(ctx, c.b.reader(), func(r row) (figures.ActionItem, error) { return scanActionItem(r, now) }, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: list actions: %w", err)
	}
	return out, nil
}

// ActionItem returns one action item, or ErrNotFound.
func (c *core[TTx]) ActionItem(ctx context.Context, id int64) (figures.ActionItem, error) {
	it, err := scanActionItem(c.b.reader().queryRow(ctx, `SELECT `+actionItemColumns+` FROM action_items a WHERE a.id = $1`, id), c.now())
	if isNoRows(err) {
		return it, fmt.Errorf("store: action %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return it, fmt.Errorf("store: action %d: %w", id, err)
	}
	return it, nil
}

// ActionEvents lists the changes of an action item, oldest first.
func (c *core[TTx]) ActionEvents(ctx context.Context, id int64) ([]ActionEvent, error) {
	rs, err := c.b.reader().query(ctx, `SELECT at, who, kind, owner, due, note FROM action_events
		WHERE action_id = $1 ORDER BY at, kind`, id)
	if err != nil {
		return nil, fmt.Errorf("store: action %d events: %w", id, err)
	}
	defer rs.Close()
	out := []ActionEvent{}
	for rs.Next() {
		var e ActionEvent
		if err := rs.Scan(scanTime{&e.At}, &e.Who, &e.Kind, &e.Owner, scanTime{&e.Due}, &e.Note); err != nil {
			return nil, fmt.Errorf("store: action %d events: %w", id, err)
		}
		out = append(out, e)
	}
	return out, rs.Err()
}

// ChangeAction applies a person's change to an action item and records it.
// ErrNotFound if there is no such item.
func (c *core[TTx]) ChangeAction(ctx context.Context, id int64, ch ActionChange) (figures.ActionItem, error) {
	now := c.now()
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		var (
			status, owner string
			due           time.Time
		)
		err := q.queryRow(ctx, `SELECT status, owner, due FROM action_items WHERE id = $1`+c.b.forUpdate(), id).
			Scan(&status, &owner, scanTime{&due})
		if isNoRows(err) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		record := func(kind string) error {
			return q.exec(ctx, `INSERT INTO action_events (action_id, at, who, kind, owner, due, note)
				VALUES ($1, $2, $3, $4, $5, $6, $7)`, id, c.b.timeArg(now), c.b.text(ch.Who), kind, c.b.text(owner),
				c.b.timeArg(due), c.b.text(ch.Note))
		}
		if ch.Owner != "" || !ch.Due.IsZero() {
			owner = cmp.Or(ch.Owner, owner)
			if !ch.Due.IsZero() {
				due = ch.Due
			}
			if err := q.exec(ctx, `UPDATE action_items SET owner = $1, owner_set = owner_set OR $2, due = $3, due_set = due_set OR $4
				WHERE id = $5`, c.b.text(owner), ch.Owner != "", c.b.timeArg(due), !ch.Due.IsZero(), id); err != nil {
				return err
			}
			if err := record("assigned"); err != nil {
				return err
			}
		}
		if ch.Done != nil {
			kind, status, doneAt := "done", ActionDone, c.b.timeArg(now)
			if !*ch.Done {
				kind, status, doneAt = "reopened", ActionOpen, c.b.timeArg(time.Time{})
			}
			if err := q.exec(ctx, `UPDATE action_items SET status = $1, done_at = $2 WHERE id = $3`, status, doneAt, id); err != nil {
				return err
			}
			if err := record(kind); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return figures.ActionItem{}, fmt.Errorf("store: change action %d: %w", id, err)
	}
	return c.ActionItem(ctx, id)
}

// maxOwners bounds the follow-up's list of owners.
const maxOwners = 50

// ActionStats follows up the actions of scope s for the month [from, to) at now.
func (c *core[TTx]) ActionStats(ctx context.Context, from, to, now time.Time, s figures.Scope, limit int) (figures.ActionStats, error) {
	var st figures.ActionStats
	fail := func(err error) (figures.ActionStats, error) {
		return figures.ActionStats{}, fmt.Errorf("store: action follow-up: %w", err)
	}
	// One pass over the actions opened before the month's end, grouped by
	// owner in the order of the covering follow-up index: the month's totals
	// are the sums of the owners' counts.
	where, args := scopeOn("a", s, []any{c.b.timeArg(from), c.b.timeArg(to), c.b.timeArg(now), ActionOpen, ActionDone})
	rs, err := c.b.reader().query(ctx, `SELECT a.owner,
		COUNT(*) FILTER (WHERE a.opened_at >= $1),
		COUNT(*) FILTER (WHERE a.status = $5 AND a.done_at >= $1 AND a.done_at < $2),
		COUNT(*) FILTER (WHERE a.status = $4 AND a.due < $3),
		COUNT(*) FILTER (WHERE a.status = $4),
		COUNT(*) FILTER (WHERE a.status = $4 AND a.opened_at < $1),
		COUNT(*) FILTER (WHERE a.status = $4 OR (a.done_at >= $1 AND a.done_at < $2))
		FROM action_items a WHERE a.opened_at < $2`+where+` GROUP BY a.owner`, args...)
	if err != nil {
		return fail(err)
	}
	for rs.Next() {
		var (
			o                     figures.OwnerCount
			opened, earlier, seen int
		)
		if err := rs.Scan(&o.Owner, &opened, &o.Done, &o.Overdue, &o.Open, &earlier, &seen); err != nil {
			rs.Close()
			return fail(err)
		}
		st.Opened, st.Done, st.Overdue, st.Open, st.Earlier = st.Opened+opened, st.Done+o.Done, st.Overdue+o.Overdue, st.Open+o.Open, st.Earlier+earlier
		// An owner is listed for an action open or done in the month.
		if seen > 0 {
			st.ByOwner = append(st.ByOwner, o)
		}
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fail(err)
	}
	slices.SortFunc(st.ByOwner, func(x, y figures.OwnerCount) int {
		return cmp.Or(cmp.Compare(y.Open, x.Open), cmp.Compare(x.Owner, y.Owner))
	})
	st.ByOwner = st.ByOwner[:min(len(st.ByOwner), maxOwners)]
	// The index on (ticket_id, status) answers the EXISTS for each ticket
	// (SQLite) or gives the open actions to hash (PostgreSQL).
	fwhere, fargs := scopeWhere(s, []any{c.b.timeArg(from), c.b.timeArg(to), ActionOpen})
	err = c.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM ticket_figures f WHERE f.closed_at >= $1 AND f.closed_at < $2`+fwhere+`
		AND EXISTS (SELECT 1 FROM action_items a WHERE a.ticket_id = f.ticket_id AND a.status = $3)`, fargs...).Scan(&st.OpenPlans)
	if err != nil {
		return fail(err)
	}
	swhere, sargs := scopeOn("a", s, []any{c.b.timeArg(now), ActionOpen})
	sargs = append(sargs, limit)
	if st.OverdueItems, err = c.actionItems(ctx, now, `SELECT `+actionItemColumns+` FROM action_items a
		WHERE a.status = $2 AND a.due < $1`+swhere+` ORDER BY a.due, a.id LIMIT $`+strconv.Itoa(len(sargs)), sargs...); err != nil {
		return fail(err)
	}
	ewhere, eargs := scopeOn("a", s, []any{c.b.timeArg(from), ActionOpen})
	eargs = append(eargs, limit)
	if st.EarlierItems, err = c.actionItems(ctx, now, `SELECT `+actionItemColumns+` FROM action_items a
		WHERE a.status = $2 AND a.opened_at < $1`+ewhere+` ORDER BY a.opened_at, a.id LIMIT $`+strconv.Itoa(len(eargs)), eargs...); err != nil {
		return fail(err)
	}
	return st, nil
}
