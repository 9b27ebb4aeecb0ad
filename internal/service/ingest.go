package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/zammad"
)

// IngestResult tells what an ingestion did.
type IngestResult struct {
	Ticket    string
	Version   int
	Duplicate bool
	// AnalysisQueued is true when the version is new and closed: its
	// analysis was queued with it.
	AnalysisQueued bool
}

// Ingest validates a ticket in debrief's JSON format and stores it as
// received, queueing its analysis when it is closed. Content equal to the
// latest version stores nothing (Duplicate).
func (s *Service) Ingest(ctx context.Context, body []byte) (IngestResult, error) {
	t, warns, err := s.parse(body, "")
	if err != nil {
		return IngestResult{}, &Error{Code: CodeInvalidTicket, Msg: err.Error()}
	}
	if _, err := s.eng.Config().PolicyFor(t); err != nil {
		msg := err.Error()
		if se, ok := errors.AsType[*config.SLAError](err); ok {
			msg = se.Public() // the server's file names are not the client's business
		}
		return IngestResult{}, &Error{Code: CodeUnknownSLA, Msg: msg}
	}
	for _, wn := range warns {
		s.log.Info("ticket warning", "ticket", t.ID, "warning", wn.Error())
	}
	res, err := s.store.IngestTicket(ctx, TicketVersion(t, body), t.Closed())
	return ingestResult(t, res, err)
}

// parse reads a ticket, received or stored, accepting the configured dates.
func (s *Service) parse(raw []byte, name string) (*ticket.Ticket, []ticket.Warning, error) {
	return ticket.ParseWith(raw, name, s.eng.Config().Dates)
}

func ingestResult(t *ticket.Ticket, res store.IngestResult, err error) (IngestResult, error) {
	if errors.Is(err, store.ErrStale) {
		return IngestResult{}, &Error{Code: CodeStaleVersion, Err: err,
			Msg: "the stored version of ticket " + t.ID + " changed later than this one: an older version never replaces a newer one"}
	}
	if err != nil {
		return IngestResult{}, fail(CodeStore, fmt.Errorf("ticket %s: %w", t.ID, err), "the ticket could not be stored; retry later")
	}
	return IngestResult{Ticket: res.TicketID, Version: res.Version, Duplicate: res.Duplicate, AnalysisQueued: res.JobID != 0}, nil
}

// maxMergeAttempts bounds how often a delivery is merged again after losing
// a race with another process's delivery of the same ticket.
const maxMergeAttempts = 5

// IngestZammad merges a Zammad delivery (already authenticated) into the
// ticket stored so far and stores the result, queueing the analysis of a
// closed ticket. Deliveries of one ticket are merged one at a time in this
// process; across processes the store refuses a merge into a version that is
// no longer the latest, and the delivery is merged again.
func (s *Service) IngestZammad(ctx context.Context, p *zammad.Payload) (IngestResult, error) {
	unlock := s.locks.lock(p.TicketID())
	defer unlock()
	for attempt := 1; ; attempt++ {
		t, tv, err := s.mergeZammad(ctx, p)
		if err != nil {
			return IngestResult{}, err
		}
		res, err := s.store.IngestTicket(ctx, tv, t.Closed())
		if errors.Is(err, store.ErrConflict) && attempt < maxMergeAttempts {
			s.log.Debug("zammad delivery raced another; merging again", "ticket", t.ID, "attempt", attempt)
			continue
		}
		return ingestResult(t, res, err)
	}
}

// mergeZammad merges a delivery into the latest stored version of its
// ticket. The version to store names the one it was merged into (Base).
func (s *Service) mergeZammad(ctx context.Context, p *zammad.Payload) (*ticket.Ticket, store.TicketVersion, error) {
	var (
		prev *ticket.Ticket
		base int
	)
	tv, err := s.store.Ticket(ctx, p.TicketID())
	switch {
	case err == nil:
		base = tv.Version
		if prev, _, err = s.parse(tv.Raw, ""); err != nil {
			prev = nil // an unreadable earlier version is replaced by this delivery
		}
	case !errors.Is(err, store.ErrNotFound):
		return nil, tv, fail(CodeStore, err, "the store is unavailable; retry later")
	}
	t := zammad.Merge(prev, p)
	raw, err := json.Marshal(t)
	if err != nil {
		return nil, tv, fail(CodeInternal, err, "could not encode the ticket")
	}
	// Validate as any ticket would be.
	if _, _, err := s.parse(raw, "zammad ticket "+t.ID); err != nil {
		return nil, tv, &Error{Code: CodeInvalidTicket, Msg: err.Error()}
	}
	next := TicketVersion(t, raw)
	next.Base = &base
	return t, next, nil
}
