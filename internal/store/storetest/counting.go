package storetest

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/store"
)

// Counting is a store that counts the reads a page or a report makes: every
// call of the read methods below (tickets, analyses, search, the ticket list,
// sessions, actions, the month's figures and the archived monthly reports).
// Other calls pass through uncounted. Tests and benchmarks use it to hold a
// use case to a number of store round trips.
type Counting struct {
	store.Store
	n atomic.Int64
}

// Calls returns the reads counted since the last Reset.
func (c *Counting) Calls() int64 { return c.n.Load() }

// Reset sets the count to zero.
func (c *Counting) Reset() { c.n.Store(0) }

func (c *Counting) Ticket(ctx context.Context, id string) (store.TicketVersion, error) {
	c.n.Add(1)
	return c.Store.Ticket(ctx, id)
}

func (c *Counting) TicketVersion(ctx context.Context, id string, v int) (store.TicketVersion, error) {
	c.n.Add(1)
	return c.Store.TicketVersion(ctx, id, v)
}

func (c *Counting) Analyses(ctx context.Context, id string) ([]store.AnalysisMeta, error) {
	c.n.Add(1)
	return c.Store.Analyses(ctx, id)
}

func (c *Counting) Analysis(ctx context.Context, id string, v int) (store.Analysis, error) {
	c.n.Add(1)
	return c.Store.Analysis(ctx, id, v)
}

func (c *Counting) Search(ctx context.Context, q string, o store.SearchOptions) ([]store.Hit, error) {
	c.n.Add(1)
	return c.Store.Search(ctx, q, o)
}

func (c *Counting) Unindexed(ctx context.Context) (int64, error) {
	c.n.Add(1)
	return c.Store.Unindexed(ctx)
}

func (c *Counting) ListTickets(ctx context.Context, f store.TicketFilter) (store.TicketPage, error) {
	c.n.Add(1)
	return c.Store.ListTickets(ctx, f)
}

func (c *Counting) TicketRows(ctx context.Context, ids []string) ([]store.TicketRow, error) {
	c.n.Add(1)
	return c.Store.TicketRows(ctx, ids)
}

func (c *Counting) SessionByHash(ctx context.Context, h string, now time.Time) (store.Session, error) {
	c.n.Add(1)
	return c.Store.SessionByHash(ctx, h, now)
}

func (c *Counting) ListActions(ctx context.Context, f store.ActionFilter) ([]figures.ActionItem, error) {
	c.n.Add(1)
	return c.Store.ListActions(ctx, f)
}

func (c *Counting) MonthFigures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(*figures.Figures, figures.Signature) error) error {
	c.n.Add(1)
	return c.Store.MonthFigures(ctx, from, to, s, fn)
}

func (c *Counting) Tallies(ctx context.Context, from, to time.Time, s figures.Scope) ([]figures.Tally, error) {
	c.n.Add(1)
	return c.Store.Tallies(ctx, from, to, s)
}

func (c *Counting) MonthClocks(ctx context.Context, bounds []time.Time, s figures.Scope, fn func(int, *figures.Figures) error) error {
	c.n.Add(1)
	return c.Store.MonthClocks(ctx, bounds, s, fn)
}

func (c *Counting) MonthTallies(ctx context.Context, bounds []time.Time, s figures.Scope) ([][]figures.Tally, error) {
	c.n.Add(1)
	return c.Store.MonthTallies(ctx, bounds, s)
}

func (c *Counting) Signatures(ctx context.Context, from, to time.Time, s figures.Scope, fn func(figures.Signature) error) error {
	c.n.Add(1)
	return c.Store.Signatures(ctx, from, to, s, fn)
}

func (c *Counting) ActionStats(ctx context.Context, from, to, now time.Time, s figures.Scope, limit int) (figures.ActionStats, error) {
	c.n.Add(1)
	return c.Store.ActionStats(ctx, from, to, now, s, limit)
}

func (c *Counting) MonthlyReport(ctx context.Context, month, scope string, version int) (store.MonthlyRecord, error) {
	c.n.Add(1)
	return c.Store.MonthlyReport(ctx, month, scope, version)
}
