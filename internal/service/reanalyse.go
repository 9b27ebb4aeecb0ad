package service

import (
	"context"
	"fmt"

	"github.com/debriefhq/debrief/internal/auth"
)

// Reanalyse queues a new analysis of the latest version of a closed ticket
// the caller may see; a new analysis version will result.
func (s *Service) Reanalyse(ctx context.Context, c *auth.Caller, id, reason string) (jobID int64, err error) {
	tv, err := s.visible(ctx, c, id)
	if err != nil {
		return 0, err
	}
	if !tv.Closed {
		return 0, fail(CodeNotClosed, nil, "only closed tickets are analysed")
	}
	job, err := s.store.Reanalyse(ctx, tv.TicketID, reason)
	if err != nil {
		return 0, fail(CodeStore, err, "the analysis could not be queued")
	}
	return job, nil
}

// FallbackTickets lists the tickets whose latest analysis fell back to the
// deterministic writer, by id. It reads only that flag, not the reports.
func (s *Service) FallbackTickets(ctx context.Context) ([]string, error) {
	ids, err := s.store.FallbackTickets(ctx)
	if err != nil {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	return ids, nil
}

// Queued is a re-analysis queued by ReanalyseFallbacks.
type Queued struct {
	Ticket string
	JobID  int64
}

// ReanalyseFallbacks queues a new analysis of every ticket whose latest
// analysis fell back. It stops at the first failure, returning what it
// queued so far.
func (s *Service) ReanalyseFallbacks(ctx context.Context, reason string) ([]Queued, error) {
	ids, err := s.FallbackTickets(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Queued, 0, len(ids))
	for _, id := range ids {
		job, err := s.store.Reanalyse(ctx, id, reason)
		if err != nil {
			return out, fail(CodeStore, fmt.Errorf("ticket %s: %w", id, err), "the analysis could not be queued")
		}
		out = append(out, Queued{Ticket: id, JobID: job})
	}
	return out, nil
}
