package service

import (
	"context"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
)

// TicketLister is the part of the store that lists analysed tickets.
type TicketLister interface {
	ListTickets(ctx context.Context, f store.TicketFilter) (store.TicketPage, error)
	TicketRows(ctx context.Context, ids []string) ([]store.TicketRow, error)
}

// ListTickets returns one page of the analysed tickets matching f that
// caller c may see. A customer-bound caller sees only its customer's, with
// the subject as its view shows it (redacted) and nothing internal (team,
// contributing factors); filtering on the team is not offered to it.
func (s *Service) ListTickets(ctx context.Context, c *auth.Caller, f store.TicketFilter) (store.TicketPage, error) {
	if c.CustomerBound() {
		f.Customer, f.Team = c.Customer, ""
		if f.Sort == "team" {
			f.Sort = ""
		}
	}
	p, err := s.store.ListTickets(ctx, f)
	if err != nil {
		return store.TicketPage{}, fail(CodeStore, err, "the store is unavailable")
	}
	if c.CustomerBound() {
		if p.Rows, err = s.customerRows(ctx, c, p.Rows); err != nil {
			return store.TicketPage{}, err
		}
	}
	return p, nil
}

// TicketRows returns the list rows of the given tickets that caller c may
// see, by ticket id, shaped like ListTickets'.
func (s *Service) TicketRows(ctx context.Context, c *auth.Caller, ids []string) (map[string]store.TicketRow, error) {
	rows, err := s.store.TicketRows(ctx, ids)
	if err != nil {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	kept := rows[:0]
	for _, r := range rows {
		if c.Sees(r.Customer) {
			kept = append(kept, r)
		}
	}
	if c.CustomerBound() {
		if kept, err = s.customerRows(ctx, c, kept); err != nil {
			return nil, err
		}
	}
	out := make(map[string]store.TicketRow, len(kept))
	for _, r := range kept {
		out[r.TicketID] = r
	}
	return out, nil
}

// customerRows reshapes rows of c's customer for c: the subject as c's view
// shows it, nothing internal. A ticket c cannot read is left out.
func (s *Service) customerRows(ctx context.Context, c *auth.Caller, rows []store.TicketRow) ([]store.TicketRow, error) {
	out := make([]store.TicketRow, 0, len(rows))
	for _, r := range rows {
		shown, err := s.shownForSearch(ctx, c, r.TicketID)
		if err != nil {
			return nil, err
		}
		if shown == nil {
			continue
		}
		r.Subject, r.Team, r.Factors, r.CloseReason = shown.Subject, "", nil, ""
		out = append(out, r)
	}
	return out, nil
}
