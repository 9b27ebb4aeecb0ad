package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/debriefhq/debrief/internal/progress"
	"github.com/debriefhq/debrief/internal/store"
)

// farBehind is how many tickets the search index may lag behind the archive
// before debrief search waits for it (showing progress) rather than leaving
// the lag to the search, which waits for the changes made before it.
const farBehind = 100

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", `"QUERY"`)
	db := databaseFlag(fs)
	customer := fs.String("customer", "", "only this customer's tickets")
	limit := fs.Int("limit", 20, "most hits shown (1-200)")
	logLevel := logLevelFlag(fs, "warn")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(pos, " "))
	if q == "" {
		return usageError{`give a query: debrief search "quorum lost"`}
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, database: *db})
	if err != nil {
		return err
	}
	defer a.Close()
	var bar *progress.Bar
	var shown int64
	err = store.WaitIndexed(ctx, a.st, farBehind, func(done, total int64) {
		if bar == nil && done == 0 {
			fmt.Fprintf(e.stderr, "debrief search: bringing the search index up to date (%d tickets)\n", total)
			bar = progress.New(e.stderr, "index", int(total))
		}
		bar.Add(int(done-shown), 0)
		shown = done
	})
	bar.Finish()
	if err != nil {
		return err
	}
	hits, err := a.st.Search(ctx, q, store.SearchOptions{Customer: *customer, Limit: *limit})
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
		fmt.Fprintf(e.stdout, "\n    %s\n", strings.Join(strings.Fields(h.MarkedSnippet()), " "))
	}
	return nil
}

func runReanalyse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reanalyse", "[TICKET-ID ...]")
	db := databaseFlag(fs)
	cfgPath := configFlag(fs, ", for --writer")
	reason := fs.String("reason", "reanalyse requested from the command line", "why, recorded with the new analysis")
	fallbacks := fs.Bool("fallbacks", false, "re-analyse every ticket whose latest analysis fell back to the deterministic writer")
	writerKind := fs.String("writer", "", "analyse now, in this process, with this writer (deterministic or llm); without it the analyses are queued for debrief serve")
	logLevel := logLevelFlag(fs, "warn")
	ids, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 && !*fallbacks {
		return usageError{"give the ids of the tickets to re-analyse, or --fallbacks"}
	}
	// Without --writer the analyses are queued: no configuration is needed.
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, database: *db,
		config: *writerKind != "", configPath: *cfgPath, writer: *writerKind})
	if err != nil {
		return err
	}
	defer a.Close()
	if *fallbacks {
		fell, err := a.st.FallbackTickets(ctx)
		if err != nil {
			return err
		}
		ids = append(ids, fell...)
		fmt.Fprintf(e.stderr, "debrief reanalyse: %d tickets whose latest analysis fell back\n", len(ids))
	}
	failed, err := store.ReanalyseEach(ctx, a.st, ids, *reason, a.analyse, func(r store.Reanalysed) {
		switch {
		case r.Err != nil:
			fmt.Fprintf(e.stderr, "debrief reanalyse: %s: %v\n", r.TicketID, r.Err)
		case a.analyse == nil:
			fmt.Fprintf(e.stderr, "%s: analysis queued (job %d); debrief serve runs it\n", r.TicketID, r.JobID)
		default:
			fmt.Fprintf(e.stderr, "%s: analysis version %d stored (%s writer)\n", r.TicketID, r.Version, r.Writer)
		}
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}
