// Package storetest is the test suite every store.Store implementation must
// pass. The SQLite and PostgreSQL tests of package store run it, each with a
// Harness that makes fresh databases of its kind.
//
// As River splits its driver suite, the tests are split by concern, one
// file each: tickets, analyses, reports, search, tokens, the model cache,
// the schema (migrations), hostile input, the queue and the killed worker
// (a child process). This file holds the harness, the list that Run runs,
// the shared fixtures (Ticket, Analyse) and the tests of the whole store
// (not found, closed).
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// Harness tells the suite how to reach databases of one kind.
type Harness struct {
	// NewDSN returns the DSN of a fresh, empty database for one test and
	// registers its removal with t.Cleanup.
	NewDSN func(t *testing.T) string
	// NewMigratedDSN, if set, returns the DSN of a fresh database for one
	// test that holds this binary's schema and nothing else, as a store
	// leaves a new database at its first open, and registers its removal.
	// The tests that are not about migrating use it: migrating costs as
	// much as the rest of many a test. Nil: they use NewDSN.
	NewMigratedDSN func(t *testing.T) string
	// Exec runs one SQL statement on the database at dsn behind the store's
	// back (used to fake a schema from a newer binary).
	Exec func(t *testing.T, dsn, query string)
}

// Run runs the whole suite: archive, analyses, reports, search, tokens,
// migrations, hostile input and the job queue.
func Run(t *testing.T, h Harness) {
	tests := []struct {
		name string
		run  func(t *testing.T, h Harness)
	}{
		{"TicketVersions", testTicketVersions},
		{"IngestEnqueues", testIngestEnqueues},
		{"ConcurrentDuplicates", testConcurrentDuplicates},
		{"ConcurrentIngest", testConcurrentIngest},
		{"ConditionalIngest", testConditionalIngest},
		{"AnalysisVersions", testAnalysisVersions},
		{"NotFound", testNotFound},
		{"Reports", testReports},
		{"FallbackTickets", testFallbackTickets},
		{"Search", testSearch},
		{"SearchRanking", testSearchRanking},
		{"SearchLongText", testSearchLongText},
		{"Tokens", testTokens},
		{"Sessions", testSessions},
		{"TicketList", testTicketList},
		{"MonthReads", testMonthReads},
		{"LLMCache", testCache},
		{"Migrations", testMigrations},
		{"ConcurrentOpen", testConcurrentOpen},
		{"NewerSchemaRefused", testNewerSchema},
		{"Malicious", testMalicious},
		{"QueueAnalysesAll", testQueueAll},
		{"QueueRetry", testQueueRetry},
		{"QueueIdempotentDelivery", testQueueIdempotent},
		{"QueueRerunAfterCommit", testQueueRerun},
		{"QueueReanalyse", testQueueReanalyse},
		{"QueueStopMidway", testQueueStopMidway},
		{"QueueKilledWorker", testQueueKilled},
		{"QueueTwoStores", testQueueTwoStores},
		{"QueueNoAnalyser", testQueueNoAnalyser},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, h) })
	}
}

// newDSN is a fresh database for a test that is not about migrating:
// migrated already if the harness can make one so.
func (h Harness) newDSN(t *testing.T) string {
	if h.NewMigratedDSN != nil {
		return h.NewMigratedDSN(t)
	}
	return h.NewDSN(t)
}

// Open opens the store at dsn and closes it when the test ends.
func Open(t *testing.T, dsn string, opts store.Options) store.Store {
	t.Helper()
	s, err := store.Open(t.Context(), dsn, opts)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

// epoch is the base of the tickets' times.
var epoch = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// Ticket makes version content for ticket number i ("T-0001") of customer
// in the documented JSON format, closed 90 minutes after it was opened if
// closed is true.
func Ticket(i int, customer, subject, body string, closed bool) store.TicketVersion {
	created := epoch.Add(time.Duration(i) * time.Hour)
	closedAt := time.Time{}
	doc := map[string]any{
		"id":         fmt.Sprintf("T-%04d", i),
		"subject":    subject,
		"customer":   map[string]string{"name": customer},
		"created_at": created,
		"events": []map[string]any{
			{"at": created, "kind": "message", "role": "customer", "body": body},
		},
	}
	if closed {
		closedAt = created.Add(90 * time.Minute)
		doc["closed_at"] = closedAt
	}
	raw, _ := json.Marshal(doc)
	return store.TicketVersion{
		TicketID: fmt.Sprintf("T-%04d", i),
		Customer: customer,
		Subject:  subject,
		Closed:   closed,
		ClosedAt: closedAt,
		Raw:      raw,
		Text:     subject + "\n" + body,
	}
}

// Analyse is the suite's analysis engine: a deterministic analysis computed
// from the ticket version, so that tests can tell which version a stored
// analysis came from.
func Analyse(_ context.Context, tv store.TicketVersion) (store.Analysis, error) {
	sum := sha256.Sum256(tv.Raw)
	facts, err := json.Marshal(map[string]any{"ticket": tv.TicketID, "version": tv.Version, "bytes": len(tv.Raw)})
	if err != nil {
		return store.Analysis{}, err
	}
	words := strings.Fields(tv.Text)
	first := ""
	if len(words) > 0 {
		first = words[0]
	}
	return store.Analysis{
		Writer:        "storetest",
		WriterVersion: "1",
		Model:         "none",
		ConfigHash:    hex.EncodeToString(sum[:4]),
		Technical:     "# Technical report\n\n" + tv.Text,
		Executive:     "# Executive summary\n\nTicket " + tv.TicketID + " of " + tv.Customer,
		Facts:         facts,
		Findings: []store.Finding{
			{Code: "F-" + first, Kind: "cause", Area: "network", Directive: len(words) % 5, Summary: "first word " + first},
			{Code: "F-LEN", Kind: "observation", Area: "process", Directive: 1, Summary: fmt.Sprint(len(tv.Text), " characters")},
		},
		Actions: []store.Action{
			{Title: "Review " + tv.TicketID, Owner: "team", Category: "process", Factor: "human", Due: tv.ClosedAt.Add(7 * 24 * time.Hour), Status: "open"},
		},
		PromptTokens:     len(tv.Text),
		CompletionTokens: len(words),
		WithinSLA:        len(words)%2 == 0,
	}, nil
}

func ctxOf(t *testing.T) context.Context { return t.Context() }

func mustIngest(t *testing.T, s store.Store, tv store.TicketVersion, analyse bool) store.IngestResult {
	t.Helper()
	res, err := s.IngestTicket(ctxOf(t), tv, analyse)
	if err != nil {
		t.Fatalf("ingest %s: %v", tv.TicketID, err)
	}
	return res
}

// sameTicket compares what a store returned with what was ingested.
func sameTicket(t *testing.T, got, want store.TicketVersion) {
	t.Helper()
	if got.TicketID != want.TicketID || got.Version != want.Version || got.Customer != want.Customer ||
		got.Subject != want.Subject || got.Closed != want.Closed || !got.ClosedAt.Equal(want.ClosedAt) ||
		string(got.Raw) != string(want.Raw) || got.Text != want.Text {
		t.Errorf("ticket mismatch:\n got %+v\nwant %+v", brief(got), brief(want))
	}
	sum := sha256.Sum256(want.Raw)
	if want.SHA256 == "" && got.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("sha256 = %q, want the hash of raw", got.SHA256)
	}
}

func brief(tv store.TicketVersion) string {
	return fmt.Sprintf("{%s v%d cust=%q subj=%q closed=%v at=%s raw=%dB sha=%.8s text=%q}",
		tv.TicketID, tv.Version, tv.Customer, tv.Subject, tv.Closed, tv.ClosedAt.Format(time.RFC3339Nano), len(tv.Raw), tv.SHA256, tv.Text)
}

func testNotFound(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	mustIngest(t, s, Ticket(1, "Acme", "s", "b", true), false)
	ctx := ctxOf(t)
	checks := []struct {
		name string
		err  error
	}{
		{"Ticket", second(s.Ticket(ctx, "nope"))},
		{"TicketVersions", second(s.TicketVersions(ctx, "nope"))},
		{"Reanalyse", second(s.Reanalyse(ctx, "nope", "why"))},
		{"Analyses", second(s.Analyses(ctx, "nope"))},
		{"Analysis of unknown ticket", second(s.Analysis(ctx, "nope", 1))},
		{"Analysis of unknown version", second(s.Analysis(ctx, "T-0001", 5))},
		{"latest Analysis when none", second(s.Analysis(ctx, "T-0001", 0))},
		{"SaveAnalysis of unknown ticket", second(s.SaveAnalysis(ctx, store.Analysis{TicketID: "nope"}))},
		{"SaveAnalysis of unknown version", second(s.SaveAnalysis(ctx, store.Analysis{TicketID: "T-0001", TicketVersion: 9}))},
		{"TokenByHash", second(s.TokenByHash(ctx, "nope"))},
		{"DeleteToken", s.DeleteToken(ctx, 12345)},
	}
	for _, c := range checks {
		if !errors.Is(c.err, store.ErrNotFound) {
			t.Errorf("%s: err = %v, want ErrNotFound", c.name, c.err)
		} else if !strings.HasPrefix(c.err.Error(), "store: ") {
			t.Errorf("%s: err = %q, want the store: prefix", c.name, c.err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// testClosed uses a store after Close: errors, no panic.
func testClosed(t *testing.T, h Harness) {
	s, err := store.Open(ctxOf(t), h.newDSN(t), queueOptions(Analyse))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.IngestTicket(ctxOf(t), Ticket(1, "Acme", "s", "b", true), true); err == nil {
		t.Error("IngestTicket after Close succeeded")
	}
	if _, err := s.Ticket(ctxOf(t), "T-0001"); err == nil {
		t.Error("Ticket after Close succeeded")
	}
	if err := s.Start(ctxOf(t)); err == nil {
		t.Error("Start after Close succeeded")
	}
}
