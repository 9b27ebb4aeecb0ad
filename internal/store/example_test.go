package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// Example shows the archive's life cycle: ingest a closed ticket with its
// analysis job, run the workers, read the analysis and search for it.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "debrief")
	defer os.RemoveAll(dir)

	analyse := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		// The analysis engine goes here.
		return store.Analysis{
			Writer:    "example",
			Technical: "# Technical report\n\nThe nightly backup filled the disk.",
			Executive: "# Summary\n\nBackups paused for a day.",
			Findings:  []store.Finding{{Code: "CAP-1", Kind: "cause", Summary: "disk full"}},
		}, nil
	}
	s, err := store.Open(ctx, filepath.Join(dir, "debrief.db"), store.Options{Analyse: analyse})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	res, err := s.IngestTicket(ctx, store.TicketVersion{
		TicketID: "G123-456", Customer: "Example Cabins Ltd", Subject: "Backup failed", Closed: true,
		Raw:  []byte(`{"id":"G123-456","subject":"Backup failed"}`),
		Text: "Backup failed\nThe backup job stopped at 02:00.",
	}, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("version", res.Version, "job enqueued:", res.JobID != 0)

	// A webhook delivering the same content again stores nothing new.
	again, _ := s.IngestTicket(ctx, store.TicketVersion{TicketID: "G123-456", Raw: []byte(`{"id":"G123-456","subject":"Backup failed"}`)}, true)
	fmt.Println("duplicate:", again.Duplicate)

	if err := s.Start(ctx); err != nil {
		fmt.Println(err)
		return
	}
	for {
		st, err := s.QueueStats(ctx)
		if err != nil || st.Completed == 1 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := s.Stop(ctx); err != nil {
		fmt.Println(err)
	}

	a, err := s.Analysis(ctx, "G123-456", 0) // 0: the latest version
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("analysis", a.Version, "of ticket version", a.TicketVersion, "finding", a.Findings[0].Code)

	hits, _ := s.Search(ctx, "disk", store.SearchOptions{Customer: "Example Cabins Ltd"})
	for _, h := range hits {
		fmt.Println(h.TicketID, h.MarkedSnippet())
	}
	// Output:
	// version 1 job enqueued: true
	// duplicate: true
	// analysis 1 of ticket version 1 finding CAP-1
	// G123-456 # Technical report The nightly backup filled the **disk**. # Summary Backups paused for a day.
}
