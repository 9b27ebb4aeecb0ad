package service

import (
	"context"
	"errors"
	"strings"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// This file decides, in one place, what a caller may see. Staff see a ticket
// as stored. A viewer bound to a customer sees only that customer's tickets,
// and of each only what the customer could see (CustomerView), redacted:
// the ticket, every report in every format, and search, which matches only
// that text.

// visible loads the latest version of a ticket the caller may see; other
// customers' tickets are reported as not found, so their existence stays
// private.
func (s *Service) visible(ctx context.Context, c *auth.Caller, id string) (store.TicketVersion, error) {
	tv, err := s.store.Ticket(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound) || (err == nil && !c.Sees(tv.Customer)):
		return tv, fail(CodeNotFound, nil, "no ticket %q", id)
	case err != nil:
		return tv, fail(CodeStore, err, "the store is unavailable")
	}
	return tv, nil
}

// CustomerView is t as its customer could see it: internal notes and links
// to other tickets (internal coordination tickets, or other customers') are
// removed. t is not modified.
func CustomerView(t *ticket.Ticket) *ticket.Ticket {
	v := *t
	v.Links = nil
	v.Events = make([]ticket.Event, 0, len(t.Events))
	for _, e := range t.Events {
		if e.Kind != ticket.KindMessage || e.Public {
			v.Events = append(v.Events, e)
		}
	}
	return &v
}

// sight is what a caller sees of one ticket version.
type sight struct {
	// shown is the ticket the caller's views are built from: as stored for
	// staff, the CustomerView for a customer-bound caller.
	shown *ticket.Ticket
	// customer tells that shown is the customer's view: reports must be
	// made from it rather than read from the archive.
	customer bool
	// red redacts what the caller sees; nil for an unredacted view.
	red *redact.Redactor
}

// see decides what caller c sees of ticket t; redacted asks for the
// shareable view, which a customer-bound caller always gets. The redactor
// learns its identifiers from the whole ticket, so that a name known only
// from an internal note is still replaced where the customer's view shows it.
func (s *Service) see(c *auth.Caller, t *ticket.Ticket, redacted bool) sight {
	sn := sight{shown: t}
	if c.CustomerBound() {
		sn.shown, sn.customer, redacted = CustomerView(t), true, true
	}
	if redacted {
		sn.red = s.eng.Redactor(t)
	}
	return sn
}

// ticket returns the ticket as the caller sees it, redacted if it must be.
func (sn sight) ticket() *ticket.Ticket {
	if sn.red == nil {
		return sn.shown
	}
	return sn.red.Ticket(sn.shown)
}

// text is the searchable text of a ticket as shown: subject and message bodies.
func text(t *ticket.Ticket) string {
	var b strings.Builder
	b.WriteString(t.Subject)
	for _, e := range t.Events {
		if e.Body != "" {
			b.WriteByte('\n')
			b.WriteString(e.Body)
		}
	}
	return b.String()
}
