package store

import (
	"context"
	"fmt"
)

// Reanalyser is the part of a Store that ReanalyseEach uses.
type Reanalyser interface {
	Reanalyse(ctx context.Context, id, reason string) (jobID int64, err error)
	Ticket(ctx context.Context, id string) (TicketVersion, error)
	SaveAnalysis(ctx context.Context, a Analysis) (version int, err error)
}

// Reanalysed is what ReanalyseEach did with one ticket.
type Reanalysed struct {
	TicketID string
	// JobID is the queued job when the analysis was queued.
	JobID int64
	// Version and Writer describe the analysis stored when it was run at once.
	Version int
	Writer  string
	// Err says why the ticket was not re-analysed.
	Err error
}

// ReanalyseEach makes a new analysis of the latest version of each ticket,
// recording reason with it: it queues the analysis when analyse is nil, else
// runs analyse at once and stores the result. done is called for each ticket,
// in order; a ticket that fails does not stop the others. It returns how many
// failed, and ctx's error if ctx ended before every ticket was handled.
func ReanalyseEach(ctx context.Context, st Reanalyser, ids []string, reason string, analyse AnalyseFunc, done func(Reanalysed)) (failed int, err error) {
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		r := reanalyseOne(ctx, st, id, reason, analyse)
		if r.Err != nil {
			failed++
		}
		if done != nil {
			done(r)
		}
	}
	return failed, nil
}

func reanalyseOne(ctx context.Context, st Reanalyser, id, reason string, analyse AnalyseFunc) Reanalysed {
	r := Reanalysed{TicketID: id}
	if analyse == nil {
		r.JobID, r.Err = st.Reanalyse(ctx, id, reason)
		return r
	}
	tv, err := st.Ticket(ctx, id)
	if err != nil {
		r.Err = err
		return r
	}
	a, err := analyse(ctx, tv)
	if err != nil {
		r.Err = err
		return r
	}
	a.TicketID, a.TicketVersion, a.Reason = tv.TicketID, tv.Version, reason // as the queue's worker does
	if r.Version, err = st.SaveAnalysis(ctx, a); err != nil {
		r.Err = fmt.Errorf("store: save the new analysis of %s: %w", id, err)
		return r
	}
	r.Writer = a.Writer
	return r
}
