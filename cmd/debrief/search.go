package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/debriefhq/debrief/internal/store"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", `"QUERY"`)
	db := databaseFlag(fs)
	customer := fs.String("customer", "", "only this customer's tickets")
	limit := fs.Int("limit", 20, "most hits shown (1-200)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(pos, " "))
	if q == "" {
		return usageError{`give a query: debrief search "quorum lost"`}
	}
	st, err := store.Open(ctx, *db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, q, store.SearchOptions{Customer: *customer, Limit: *limit})
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stderr, "no matches")
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%s  %s", h.TicketID, h.Subject)
		if h.Customer != "" {
			fmt.Fprintf(e.stdout, "  (%s)", h.Customer)
		}
		if h.Version > 0 {
			fmt.Fprintf(e.stdout, "  analysis v%d", h.Version)
		}
		fmt.Fprintf(e.stdout, "\n    %s\n", strings.Join(strings.Fields(h.Snippet), " "))
	}
	return nil
}

func runReanalyse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reanalyse", "TICKET-ID ...")
	db := databaseFlag(fs)
	reason := fs.String("reason", "reanalyse requested from the command line", "why, recorded with the new analysis")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageError{"give the ids of the tickets to re-analyse"}
	}
	st, err := store.Open(ctx, *db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	for _, id := range pos {
		job, err := st.Reanalyse(ctx, id, *reason)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		fmt.Fprintf(e.stderr, "%s: analysis queued (job %d); debrief serve runs it\n", id, job)
	}
	return nil
}
