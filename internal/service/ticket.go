package service

import (
	"context"
	"errors"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TicketView is the latest version of a ticket as a caller sees it.
type TicketView struct {
	Version int
	// Raw is the ticket exactly as received, for staff; nil otherwise.
	Raw []byte
	// Shared is the customer's redacted view, for a customer-bound caller;
	// nil otherwise.
	Shared *ticket.Ticket
}

// Ticket returns the latest version of ticket id as caller c may see it.
func (s *Service) Ticket(ctx context.Context, c *auth.Caller, id string) (TicketView, error) {
	tv, err := s.visible(ctx, c, id)
	if err != nil {
		return TicketView{}, err
	}
	if !c.CustomerBound() {
		return TicketView{Version: tv.Version, Raw: tv.Raw}, nil
	}
	t, _, err := s.parse(tv.Raw, "")
	if err != nil {
		return TicketView{}, fail(CodeInternal, err, "stored ticket does not parse")
	}
	return TicketView{Version: tv.Version, Shared: s.see(c, t, true).ticket()}, nil
}

// Analyses lists the analysis versions of ticket id, oldest first.
func (s *Service) Analyses(ctx context.Context, c *auth.Caller, id string) ([]store.AnalysisMeta, error) {
	tv, err := s.visible(ctx, c, id)
	if err != nil {
		return nil, err
	}
	metas, err := s.store.Analyses(ctx, tv.TicketID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	return metas, nil
}
