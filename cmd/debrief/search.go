package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/service"
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
	if err := waitIndexed(ctx, e, st); err != nil {
		return err
	}
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

// waitIndexed waits while the search index is far behind the archive (after
// an upgrade, a large import or a lost search file it may be rebuilding),
// showing progress on a terminal. A small lag is left to the search, which
// waits for the changes made before it.
const farBehind = 100

func waitIndexed(ctx context.Context, e *env, st store.Store) error {
	var (
		bar   *progress.Bar
		first int64 = -1
		shown int64
	)
	for {
		unindexed, err := st.Unindexed(ctx)
		if err != nil {
			return err
		}
		if first < 0 {
			first = unindexed
			if first >= farBehind {
				fmt.Fprintf(e.stderr, "debrief search: bringing the search index up to date (%d tickets)\n", first)
				bar = progress.New(e.stderr, "index", int(first))
			}
		}
		if done := first - unindexed; done > shown {
			bar.Add(int(done-shown), 0)
			shown = done
		}
		if unindexed < farBehind {
			bar.Finish()
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func runReanalyse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reanalyse", "[TICKET-ID ...]")
	db := databaseFlag(fs)
	cfgPath := fs.String("config", "", "configuration file, for --writer (default ./"+config.DefaultFile+" if present, else built-in)")
	reason := fs.String("reason", "reanalyse requested from the command line", "why, recorded with the new analysis")
	fallbacks := fs.Bool("fallbacks", false, "re-analyse every ticket whose latest analysis fell back to the deterministic writer")
	writerKind := fs.String("writer", "", "analyse now, in this process, with this writer (deterministic or llm); without it the analyses are queued for debrief serve")
	ids, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 && !*fallbacks {
		return usageError{"give the ids of the tickets to re-analyse, or --fallbacks"}
	}
	st, err := store.Open(ctx, *db, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	if *fallbacks {
		fell, err := st.FallbackTickets(ctx)
		if err != nil {
			return err
		}
		ids = append(ids, fell...)
		fmt.Fprintf(e.stderr, "debrief reanalyse: %d tickets whose latest analysis fell back\n", len(ids))
	}
	var analyse store.AnalyseFunc
	if *writerKind != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			return err
		}
		eng, err := newEngine(cfg, nil, &storeCache{st: st}, *writerKind)
		if err != nil {
			return err
		}
		analyse = service.Analyser(eng)
	}
	failed := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		if analyse == nil {
			job, err := st.Reanalyse(ctx, id, *reason)
			if err != nil {
				fmt.Fprintf(e.stderr, "debrief reanalyse: %s: %v\n", id, err)
				failed++
				continue
			}
			fmt.Fprintf(e.stderr, "%s: analysis queued (job %d); debrief serve runs it\n", id, job)
			continue
		}
		tv, err := st.Ticket(ctx, id)
		if err == nil {
			var a store.Analysis
			if a, err = analyse(ctx, tv); err == nil {
				a.Reason = *reason
				var v int
				if v, err = st.SaveAnalysis(ctx, a); err == nil {
					fmt.Fprintf(e.stderr, "%s: analysis version %d stored (%s writer)\n", id, v, a.Writer)
					continue
				}
			}
		}
		fmt.Fprintf(e.stderr, "debrief reanalyse: %s: %v\n", id, err)
		failed++
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}
