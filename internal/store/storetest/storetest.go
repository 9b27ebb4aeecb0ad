// Package storetest is the test suite every store.Store implementation must
// pass. The SQLite and PostgreSQL tests of package store run it, each with a
// Harness that makes fresh databases of its kind.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/store"
)

// Harness tells the suite how to reach databases of one kind.
type Harness struct {
	// NewDSN returns the DSN of a fresh, empty database for one test and
	// registers its removal with t.Cleanup.
	NewDSN func(t *testing.T) string
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

func testTicketVersions(t *testing.T, h Harness) {
	now := time.Date(2026, 4, 2, 10, 11, 12, 123456789, time.FixedZone("CEST", 2*3600))
	s := Open(t, h.NewDSN(t), store.Options{Clock: func() time.Time { return now }})
	v1 := Ticket(1, "Acme", "Printer on fire", "It is burning", false)
	v2 := Ticket(1, "Acme", "Printer on fire", "It is burning", true)
	v2.ReceivedAt = epoch.Add(time.Hour)
	steps := []struct {
		name      string
		tv        store.TicketVersion
		version   int
		duplicate bool
	}{
		{"first", v1, 1, false},
		{"redelivered", v1, 1, true},
		{"closed", v2, 2, false},
		{"closed again", v2, 2, true},
		{"back to the first content", v1, 3, false},
	}
	for _, st := range steps {
		res := mustIngest(t, s, st.tv, false)
		if res.TicketID != st.tv.TicketID || res.Version != st.version || res.Duplicate != st.duplicate || res.JobID != 0 {
			t.Errorf("%s: got %+v, want version %d duplicate %v and no job", st.name, res, st.version, st.duplicate)
		}
	}
	got, err := s.Ticket(ctxOf(t), v1.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	want := v1
	want.Version = 3
	sameTicket(t, got, want)
	if wantAt := now.UTC().Truncate(time.Microsecond); !got.ReceivedAt.Equal(wantAt) || got.ReceivedAt.Location() != time.UTC {
		t.Errorf("ReceivedAt = %v, want the clock's time in UTC to the microsecond, %v", got.ReceivedAt, wantAt)
	}
	all, err := s.TicketVersions(ctxOf(t), v1.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 {
		t.Fatalf("got %d versions, want 3", len(all))
	}
	for i, w := range []store.TicketVersion{v1, v2, v1} {
		w.Version = i + 1
		sameTicket(t, all[i], w)
	}
	if !all[1].ReceivedAt.Equal(v2.ReceivedAt) {
		t.Errorf("version 2 ReceivedAt = %v, want the given %v", all[1].ReceivedAt, v2.ReceivedAt)
	}

	// A caller-supplied hash is what duplicates are judged by.
	custom := Ticket(2, "Acme", "s", "b", false)
	custom.SHA256 = "canonical-1"
	mustIngest(t, s, custom, false)
	custom.Raw = append(custom.Raw, ' ')
	if res := mustIngest(t, s, custom, false); !res.Duplicate {
		t.Errorf("same SHA256 with different raw bytes: got %+v, want a duplicate", res)
	}

	invalid := []struct {
		name string
		tv   store.TicketVersion
	}{
		{"no id", store.TicketVersion{Raw: []byte("{}")}},
		{"no raw", store.TicketVersion{TicketID: "T-9"}},
	}
	for _, tc := range invalid {
		if _, err := s.IngestTicket(ctxOf(t), tc.tv, true); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", tc.name, err)
		}
	}
}

func testIngestEnqueues(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	tv := Ticket(1, "Acme", "Disk full", "no space left", true)
	res := mustIngest(t, s, tv, true)
	if res.JobID == 0 || res.Duplicate {
		t.Fatalf("got %+v, want a new version with a job", res)
	}
	if res2 := mustIngest(t, s, tv, true); !res2.Duplicate || res2.JobID != 0 {
		t.Errorf("redelivery: got %+v, want a duplicate without a job", res2)
	}
	mustIngest(t, s, Ticket(2, "Acme", "Other", "not analysed", true), false)
	st, err := s.QueueStats(ctxOf(t))
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.QueueStats{Queued: 1}) {
		t.Errorf("queue = %+v, want exactly one queued job", st)
	}
	if err := s.Start(ctxOf(t)); !errors.Is(err, store.ErrNoAnalyser) {
		t.Errorf("Start without Analyse: err = %v, want ErrNoAnalyser", err)
	}
}

// testConcurrentDuplicates delivers the same webhook from many goroutines at
// once: one version and one job must result.
func testConcurrentDuplicates(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	tv := Ticket(7, "Acme", "Race", "delivered eight times", true)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		news int
		errs []error
	)
	for range 8 {
		wg.Go(func() {
			res, err := s.IngestTicket(ctxOf(t), tv, true)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			} else if !res.Duplicate {
				news++
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("concurrent ingest: %v", errors.Join(errs...))
	}
	if news != 1 {
		t.Errorf("%d deliveries stored a new version, want 1", news)
	}
	vs, err := s.TicketVersions(ctxOf(t), tv.TicketID)
	if err != nil || len(vs) != 1 {
		t.Errorf("versions = %d (err %v), want 1", len(vs), err)
	}
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != 1 {
		t.Errorf("queue = %+v (err %v), want one job", st, err)
	}
}

// testConcurrentIngest ingests from many goroutines at once, with tickets
// and contents repeating across them: the versions, duplicates and jobs
// reported must add up with what is stored.
// testConditionalIngest stores versions derived from a given one only while
// it is still the latest (compare and set), from concurrent callers too.
func testConditionalIngest(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	ctx := ctxOf(t)
	at := func(v int) *int { return &v }
	tv := Ticket(1, "Acme", "Merged", "first article", false)
	tv.Base = at(1) // the ticket does not exist yet
	if _, err := s.IngestTicket(ctx, tv, false); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("base 1 of a new ticket: %v, want ErrConflict", err)
	}
	tv.Base = at(0)
	if res := mustIngest(t, s, tv, false); res.Version != 1 {
		t.Fatalf("base 0: %+v", res)
	}
	// The same content again is a duplicate whatever its base.
	if res := mustIngest(t, s, tv, false); !res.Duplicate {
		t.Errorf("repeated content: %+v, want a duplicate", res)
	}
	// Concurrent merges into version 1: one wins, the others conflict.
	var (
		wg        sync.WaitGroup
		mu        sync.Mutex
		won, lost int
	)
	for i := range 8 {
		wg.Go(func() {
			next := Ticket(1, "Acme", "Merged", fmt.Sprintf("first article, then reply %d", i), false)
			next.Base = at(1)
			_, err := s.IngestTicket(ctx, next, false)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				won++
			case errors.Is(err, store.ErrConflict):
				lost++
			default:
				t.Errorf("merge %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if won != 1 || lost != 7 {
		t.Errorf("%d merges stored and %d refused, want 1 and 7", won, lost)
	}
	if vs, err := s.TicketVersions(ctx, tv.TicketID); err != nil || len(vs) != 2 {
		t.Errorf("versions = %d, %v; want 2", len(vs), err)
	}
}

func testConcurrentIngest(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	const (
		workers = 16
		each    = 40
		tickets = 25
	)
	type outcome struct {
		tv  store.TicketVersion
		res store.IngestResult
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		outs []outcome
	)
	for w := range workers {
		wg.Go(func() {
			for k := range each {
				i := (w*each + k) % tickets
				// Three contents per ticket, delivered many times over.
				tv := Ticket(i, "Acme", "Concurrent", fmt.Sprint("content ", (w+k)%3), true)
				res, err := s.IngestTicket(ctxOf(t), tv, true)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				outs = append(outs, outcome{tv, res})
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	newVersions := map[string]int{}
	jobs := map[int64]bool{}
	for _, o := range outs {
		if o.res.TicketID != o.tv.TicketID {
			t.Fatalf("result for %s names %s", o.tv.TicketID, o.res.TicketID)
		}
		if !o.res.Duplicate {
			newVersions[o.tv.TicketID]++
			if o.res.JobID == 0 || jobs[o.res.JobID] {
				t.Errorf("%s v%d: job %d missing or shared", o.tv.TicketID, o.res.Version, o.res.JobID)
			}
			jobs[o.res.JobID] = true
		} else if o.res.JobID != 0 {
			t.Errorf("duplicate %s v%d has job %d", o.tv.TicketID, o.res.Version, o.res.JobID)
		}
	}
	total := 0
	for id, n := range newVersions {
		vs, err := s.TicketVersions(ctxOf(t), id)
		if err != nil {
			t.Fatal(err)
		}
		total += n
		if len(vs) != n {
			t.Errorf("%s: %d versions stored, %d reported new", id, len(vs), n)
		}
		for i := 1; i < len(vs); i++ {
			if vs[i].Version != i+1 || vs[i].SHA256 == vs[i-1].SHA256 {
				t.Errorf("%s: version %d (%.8s) follows the same content or is misnumbered", id, vs[i].Version, vs[i].SHA256)
			}
		}
	}
	// Each reported version holds the content that was delivered.
	for _, o := range outs {
		vs, _ := s.TicketVersions(ctxOf(t), o.tv.TicketID)
		if o.res.Version < 1 || o.res.Version > len(vs) || vs[o.res.Version-1].Text != o.tv.Text {
			t.Errorf("%s: reported version %d does not hold %q", o.tv.TicketID, o.res.Version, o.tv.Text)
		}
	}
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != int64(total) {
		t.Errorf("queue = %+v, %v; want %d jobs, one per new version", st, err, total)
	}
}

// sameAnalysis compares a stored analysis with what was saved.
func sameAnalysis(t *testing.T, got, want store.Analysis) {
	t.Helper()
	g, _ := json.Marshal(normAnalysis(got))
	w, _ := json.Marshal(normAnalysis(want))
	if string(g) != string(w) {
		t.Errorf("analysis mismatch:\n got %s\nwant %s", g, w)
	}
}

func normAnalysis(a store.Analysis) store.Analysis {
	a.CreatedAt = a.CreatedAt.UTC().Truncate(time.Microsecond)
	a.ClosedAt = a.ClosedAt.UTC().Truncate(time.Microsecond)
	if len(a.Facts) == 0 {
		a.Facts = nil
	}
	if len(a.Findings) == 0 {
		a.Findings = nil
	}
	acts := make([]store.Action, len(a.Actions))
	for i, ac := range a.Actions {
		ac.Due = ac.Due.UTC().Truncate(time.Microsecond)
		if ac.Status == "" {
			ac.Status = "open"
		}
		acts[i] = ac
	}
	if len(acts) == 0 {
		acts = nil
	}
	a.Actions = acts
	return a
}

func testAnalysisVersions(t *testing.T, h Harness) {
	clock := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	s := Open(t, h.NewDSN(t), store.Options{Clock: func() time.Time { return clock }})
	v1 := Ticket(3, "Beta", "VPN drops", "every hour", true)
	mustIngest(t, s, v1, false)
	v2 := Ticket(3, "Beta", "VPN drops", "every hour, on the hour", true)
	mustIngest(t, s, v2, false)

	tv1, _ := s.TicketVersions(ctxOf(t), v1.TicketID)
	a1, err := Analyse(ctxOf(t), tv1[0])
	if err != nil {
		t.Fatal(err)
	}
	a1.TicketID, a1.TicketVersion, a1.Reason = v1.TicketID, 1, "import"
	a1.Actions = append(a1.Actions, store.Action{Title: "No due date, no status"})
	ver, err := s.SaveAnalysis(ctxOf(t), a1)
	if err != nil || ver != 1 {
		t.Fatalf("SaveAnalysis = %d, %v; want version 1", ver, err)
	}
	a2 := store.Analysis{TicketID: v1.TicketID, Writer: "w", Fallback: true, FallbackReason: "model down",
		CreatedAt: clock.Add(time.Hour), Customer: "Override", ClosedAt: epoch}
	if ver, err = s.SaveAnalysis(ctxOf(t), a2); err != nil || ver != 2 {
		t.Fatalf("SaveAnalysis = %d, %v; want version 2", ver, err)
	}

	want1 := a1
	want1.Version = 1
	want1.Customer, want1.ClosedAt, want1.CreatedAt = v1.Customer, v1.ClosedAt, clock
	got1, err := s.Analysis(ctxOf(t), v1.TicketID, 1)
	if err != nil {
		t.Fatal(err)
	}
	sameAnalysis(t, got1, want1)

	want2 := a2
	want2.Version, want2.TicketVersion = 2, 2 // the latest ticket version by default
	for _, v := range []int{2, 0, -1} {
		got2, err := s.Analysis(ctxOf(t), v1.TicketID, v)
		if err != nil {
			t.Fatal(err)
		}
		sameAnalysis(t, got2, want2)
	}

	metas, err := s.Analyses(ctxOf(t), v1.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	wantMetas := []store.AnalysisMeta{
		{Version: 1, TicketVersion: 1, CreatedAt: clock, Writer: a1.Writer, WriterVersion: a1.WriterVersion, Model: a1.Model,
			ConfigHash: a1.ConfigHash, Reason: "import"},
		{Version: 2, TicketVersion: 2, CreatedAt: clock.Add(time.Hour), Writer: "w", Fallback: true, FallbackReason: "model down"},
	}
	if fmt.Sprint(metas) != fmt.Sprint(wantMetas) {
		t.Errorf("Analyses =\n %+v\nwant\n %+v", metas, wantMetas)
	}

	mustIngest(t, s, Ticket(4, "Beta", "New", "none yet", false), false)
	if metas, err := s.Analyses(ctxOf(t), "T-0004"); err != nil || metas == nil || len(metas) != 0 {
		t.Errorf("Analyses of a ticket without any = %v, %v; want an empty list", metas, err)
	}
}

func testNotFound(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
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

func testReports(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	ctx := ctxOf(t)
	// Tickets i=0..5 close at epoch + i hours + 90 minutes; even ones are Acme's.
	for i := range 6 {
		cust := map[bool]string{true: "Acme", false: "Beta"}[i%2 == 0]
		tv := Ticket(i, cust, fmt.Sprintf("Subject%d", i), fmt.Sprintf("word%d body", i), true)
		mustIngest(t, s, tv, false)
		stored, err := s.Ticket(ctx, tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := Analyse(ctx, stored)
		a.TicketID = tv.TicketID
		if _, err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// A second analysis of T-0002 replaces the first in reports.
	re := store.Analysis{TicketID: "T-0002", Findings: []store.Finding{{Code: "RE", Summary: "redone"}},
		Actions: []store.Action{{Title: "Redo", Status: "done"}}}
	if v, err := s.SaveAnalysis(ctx, re); err != nil || v != 2 {
		t.Fatalf("SaveAnalysis = %d, %v", v, err)
	}
	closed := func(i int) time.Time { return epoch.Add(time.Duration(i)*time.Hour + 90*time.Minute) }
	cases := []struct {
		name  string
		f     store.ReportFilter
		codes []string // ticket:code of the findings, in order
	}{
		{"all", store.ReportFilter{}, []string{
			"T-0000:F-Subject0", "T-0000:F-LEN", "T-0001:F-Subject1", "T-0001:F-LEN", "T-0002:RE",
			"T-0003:F-Subject3", "T-0003:F-LEN", "T-0004:F-Subject4", "T-0004:F-LEN", "T-0005:F-Subject5", "T-0005:F-LEN"}},
		{"customer", store.ReportFilter{Customer: "Beta"}, []string{
			"T-0001:F-Subject1", "T-0001:F-LEN", "T-0003:F-Subject3", "T-0003:F-LEN", "T-0005:F-Subject5", "T-0005:F-LEN"}},
		{"from is inclusive, to exclusive", store.ReportFilter{From: closed(2), To: closed(4)}, []string{
			"T-0002:RE", "T-0003:F-Subject3", "T-0003:F-LEN"}},
		{"customer and window", store.ReportFilter{Customer: "Acme", From: closed(1), To: closed(5)}, []string{
			"T-0002:RE", "T-0004:F-Subject4", "T-0004:F-LEN"}},
		{"nothing", store.ReportFilter{Customer: "Nobody"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := s.Findings(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.TicketID+":"+r.Code)
				if r.TicketID == "T-0002" && r.AnalysisVersion != 2 {
					t.Errorf("T-0002 finding from analysis %d, want 2", r.AnalysisVersion)
				}
				if r.ClosedAt.IsZero() || r.Customer == "" {
					t.Errorf("row %+v lacks customer or closing time", r)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.codes, " ") {
				t.Errorf("findings = %v, want %v", got, tc.codes)
			}
			acts, err := s.Actions(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			analyses, err := s.LatestAnalyses(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			tickets := map[string]bool{}
			for _, c := range tc.codes {
				tickets[strings.Split(c, ":")[0]] = true
			}
			if len(acts) != len(tickets) || len(analyses) != len(tickets) {
				t.Errorf("%d actions and %d analyses, want one each for %d tickets", len(acts), len(analyses), len(tickets))
			}
			nFindings := 0
			for _, a := range analyses {
				nFindings += len(a.Findings)
				if len(a.Actions) != 1 {
					t.Errorf("analysis %s v%d has %d actions, want 1", a.TicketID, a.Version, len(a.Actions))
				}
			}
			if nFindings != len(tc.codes) {
				t.Errorf("LatestAnalyses carry %d findings, want %d", nFindings, len(tc.codes))
			}
		})
	}
	acts, _ := s.Actions(ctx, store.ReportFilter{From: closed(2), To: closed(3)})
	if len(acts) != 1 || acts[0].Title != "Redo" || acts[0].Status != "done" {
		t.Errorf("actions of T-0002 = %+v, want the redone one", acts)
	}
}

func hitIDs(hits []store.Hit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.TicketID
	}
	return ids
}

func search(t *testing.T, s store.Store, q string, opts store.SearchOptions) []store.Hit {
	t.Helper()
	hits, err := s.Search(ctxOf(t), q, opts)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	return hits
}

func testSearch(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	ctx := ctxOf(t)
	docs := []struct {
		customer, subject, body string
	}{
		{"Acme", "Firewall blocks mail", "The firewall rule dropped outgoing SMTP after the upgrade."},
		{"Acme", "Printer jam", "Paper stuck in tray two; replaced the roller."},
		{"Beta", "Mail delivery delayed", "Queue grew because the relay rejected connections."},
		{"Beta", "Password reset", "User locked out after too many attempts."},
	}
	for i, d := range docs {
		mustIngest(t, s, Ticket(i, d.customer, d.subject, d.body, true), false)
	}
	// T-0003's report (not its ticket) mentions a kerberos clock skew.
	if _, err := s.SaveAnalysis(ctx, store.Analysis{TicketID: "T-0003", Technical: "Root cause: kerberos clock skew.",
		Executive: "Login failures."}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, q  string
		customer string
		want     []string // in any order
	}{
		{"word", "printer", "", []string{"T-0001"}},
		{"stemmed", "blocked firewalls", "", []string{"T-0000"}},
		{"two words must both match", "mail relay", "", []string{"T-0002"}},
		{"either word", "printer OR password", "", []string{"T-0001", "T-0003"}},
		{"excluded word", "mail -firewall", "", []string{"T-0002"}},
		{"phrase", `"paper stuck"`, "", []string{"T-0001"}},
		{"phrase out of order", `"stuck paper"`, "", nil},
		{"report text", "kerberos", "", []string{"T-0003"}},
		{"customer filter", "mail", "Beta", []string{"T-0002"}},
		{"other customer", "kerberos", "Acme", nil},
		{"no match", "zebra", "", nil},
		{"nothing searchable", `*** "" - ( )`, "", nil},
		{"empty", "", "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hits := search(t, s, tc.q, store.SearchOptions{Customer: tc.customer})
			got := hitIDs(hits)
			if strings.Join(sorted(got), ",") != strings.Join(sorted(tc.want), ",") {
				t.Errorf("search %q = %v, want %v", tc.q, got, tc.want)
			}
			if hits == nil {
				t.Errorf("search %q returned nil, want an empty list", tc.q)
			}
		})
	}

	hits := search(t, s, "kerberos", store.SearchOptions{})
	if len(hits) != 1 {
		t.Fatalf("kerberos: %d hits", len(hits))
	}
	h0 := hits[0]
	if h0.Version != 1 || h0.TicketVersion != 1 || h0.Customer != "Beta" || h0.Subject != "Password reset" {
		t.Errorf("hit = %+v, want analysis 1 of ticket version 1, Beta's Password reset", h0)
	}
	if !strings.Contains(h0.Snippet, store.SnippetOpen+"kerberos"+store.SnippetClose) &&
		!strings.Contains(h0.Snippet, store.SnippetOpen+"Kerberos"+store.SnippetClose) {
		t.Errorf("snippet %q does not mark the match", h0.Snippet)
	}
	if hits := search(t, s, "mail", store.SearchOptions{Limit: 1}); len(hits) != 1 {
		t.Errorf("limit 1: %d hits", len(hits))
	}

	// Only the latest analysis is searched: a new one without the word
	// hides the ticket; a new ticket version replaces its text.
	if _, err := s.SaveAnalysis(ctx, store.Analysis{TicketID: "T-0003", Technical: "Root cause: expired password."}); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(search(t, s, "kerberos", store.SearchOptions{})); len(got) != 0 {
		t.Errorf("kerberos after re-analysis: %v, want nothing", got)
	}
	if got := hitIDs(search(t, s, "expired", store.SearchOptions{})); strings.Join(got, ",") != "T-0003" {
		t.Errorf("expired: %v, want T-0003", got)
	}
	mustIngest(t, s, Ticket(1, "Acme", "Scanner jam", "Glass cracked.", true), false)
	if got := hitIDs(search(t, s, "printer", store.SearchOptions{})); len(got) != 0 {
		t.Errorf("printer after a new ticket version: %v, want nothing", got)
	}
	if got := hitIDs(search(t, s, "scanner glass", store.SearchOptions{})); strings.Join(got, ",") != "T-0001" {
		t.Errorf("scanner glass: %v, want T-0001", got)
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func testSearchRanking(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	filler := strings.Repeat("unrelated words about routine maintenance ", 30)
	mustIngest(t, s, Ticket(1, "Acme", "Weekly check", filler+" a timeout once", true), false)
	mustIngest(t, s, Ticket(2, "Acme", "Database timeout", "Database timeout again: timeout on every query.", true), false)
	mustIngest(t, s, Ticket(3, "Beta", "Login page", "Users saw a timeout on login.", true), false)
	hits := search(t, s, "timeout", store.SearchOptions{})
	got := hitIDs(hits)
	if len(got) != 3 || got[0] != "T-0002" || got[2] != "T-0001" {
		t.Errorf("ranking = %v, want T-0002 (in subject, repeated) first and T-0001 (once, in a long text) last", got)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank > hits[i-1].Rank {
			t.Errorf("hits not ordered by rank: %v then %v", hits[i-1].Rank, hits[i].Rank)
		}
	}
	if got := hitIDs(search(t, s, "timeout", store.SearchOptions{Customer: "Acme"})); strings.Join(got, ",") != "T-0002,T-0001" {
		t.Errorf("Acme ranking = %v, want T-0002,T-0001", got)
	}
}

// testSearchLongText searches tickets holding a long log paste in which
// the searched words occur tens of thousands of times: snippets and ranking
// must stay fast.
func testSearchLongText(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	paste := strings.Repeat("error timeout retry error connection ", 20000) // 740 kB
	for i := range 3 {
		mustIngest(t, s, Ticket(i, "Acme", "Log paste", paste, true), false)
		if _, err := s.SaveAnalysis(ctxOf(t), store.Analysis{TicketID: fmt.Sprintf("T-%04d", i), Technical: paste}); err != nil {
			t.Fatal(err)
		}
	}
	// Indexing 4 MB can take longer than a search waits for the index (a
	// search returns what is indexed after at most 2 s); this test is about
	// searching, so let the index catch up first.
	deadline := time.Now().Add(time.Minute)
	for {
		n, err := s.Unindexed(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("search index still %d tickets behind", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, q := range []string{"error", "error timeout retry connection", `"timeout retry"`, "error " + wordsN(40)} {
		start := time.Now()
		hits := search(t, s, q, store.SearchOptions{})
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("search %q took %v", q, took)
		}
		if q[0] == 'e' && strings.Contains(q, "w0") {
			continue // nothing has the made-up words
		}
		if len(hits) != 3 {
			t.Errorf("search %q: %d hits, want 3", q, len(hits))
			continue
		}
		if len(hits[0].Snippet) > 1000 || !strings.Contains(hits[0].Snippet, store.SnippetOpen) {
			t.Errorf("search %q: snippet %.200q... (%d bytes) is too long or marks nothing", q, hits[0].Snippet, len(hits[0].Snippet))
		}
	}
}

func wordsN(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}

func testCache(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	s := Open(t, dsn, store.Options{})
	ctx := ctxOf(t)
	if _, ok, err := s.CacheGet(ctx, "k1"); ok || err != nil {
		t.Fatalf("empty cache: %v %v", ok, err)
	}
	val := []byte("{\"overview\":\"text with ' quotes and \\u0000\"}\x00\xff")
	if err := s.CachePut(ctx, "k1", val); err != nil {
		t.Fatal(err)
	}
	if err := s.CachePut(ctx, "k1", []byte("other")); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.CacheGet(ctx, "k1")
	if err != nil || !ok || string(got) != string(val) {
		t.Fatalf("cache get = %q %v %v, want the first value byte for byte", got, ok, err)
	}
	if err := s.CachePut(ctx, "", val); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty key: %v", err)
	}
	// Entries survive a reopen: results are paid for once.
	s.Close()
	s = Open(t, dsn, store.Options{})
	if _, ok, _ := s.CacheGet(ctx, "k1"); !ok {
		t.Error("cache entry lost on reopen")
	}
}

func testTokens(t *testing.T, h Harness) {
	clock := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	s := Open(t, h.NewDSN(t), store.Options{Clock: func() time.Time { return clock }})
	ctx := ctxOf(t)
	sum := sha256.Sum256([]byte("secret-1"))
	tok := store.Token{Hash: hex.EncodeToString(sum[:]), Role: "admin", Name: "ops"}
	id, err := s.CreateToken(ctx, tok)
	if err != nil || id == 0 {
		t.Fatalf("CreateToken = %d, %v", id, err)
	}
	tok2 := store.Token{Hash: "h2", Role: "customer", Customer: "Acme", Name: "acme portal", CreatedAt: epoch}
	id2, err := s.CreateToken(ctx, tok2)
	if err != nil || id2 == id {
		t.Fatalf("CreateToken = %d, %v", id2, err)
	}
	got, err := s.TokenByHash(ctx, tok.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != id || got.Hash != tok.Hash || got.Role != tok.Role || got.Customer != "" || got.Name != tok.Name ||
		!got.CreatedAt.Equal(clock) {
		t.Errorf("TokenByHash = %+v, want %+v with id %d created at %v", got, tok, id, clock)
	}
	if _, err := s.CreateToken(ctx, store.Token{Hash: tok.Hash, Name: "again"}); !errors.Is(err, store.ErrExists) {
		t.Errorf("duplicate hash: err = %v, want ErrExists", err)
	}
	if _, err := s.CreateToken(ctx, store.Token{Name: "no hash"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty hash: err = %v, want ErrInvalid", err)
	}
	all, err := s.Tokens(ctx)
	if err != nil || len(all) != 2 || all[0].ID != id || all[1].ID != id2 || all[1].Customer != "Acme" || !all[1].CreatedAt.Equal(epoch) {
		t.Errorf("Tokens = %+v, %v", all, err)
	}
	if err := s.DeleteToken(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TokenByHash(ctx, tok.Hash); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleted token: err = %v, want ErrNotFound", err)
	}
	if err := s.DeleteToken(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("delete twice: err = %v, want ErrNotFound", err)
	}
}

func testMigrations(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	ctx := ctxOf(t)
	for round := range 3 {
		s, err := store.Open(ctx, dsn, store.Options{})
		if err != nil {
			t.Fatalf("open %d: %v", round, err)
		}
		res, err := s.IngestTicket(ctx, Ticket(round, "Acme", "s", "b", true), true)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		for i := range round + 1 {
			if _, err := s.Ticket(ctx, fmt.Sprintf("T-%04d", i)); err != nil {
				t.Errorf("round %d: ticket %d lost: %v", round, i, err)
			}
		}
		st, err := s.QueueStats(ctx)
		if err != nil || st.Queued != int64(round+1) || res.JobID == 0 {
			t.Errorf("round %d: queue %+v (err %v), want %d queued", round, st, err, round+1)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// testConcurrentOpen starts several stores on a new database at once, as
// several processes may: the migrations must take turns.
func testConcurrentOpen(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	stores := make([]store.Store, 3)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = store.Open(ctxOf(t), dsn, store.Options{}) })
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Errorf("open %d: %v", i, errs[i])
			continue
		}
		if _, err := s.IngestTicket(ctxOf(t), Ticket(i, "Acme", "s", "b", true), true); err != nil {
			t.Errorf("store %d: %v", i, err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}
}

func testNewerSchema(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	s, err := store.Open(ctxOf(t), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, s, Ticket(1, "Acme", "s", "b", true), false)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	h.Exec(t, dsn, `INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_the_future', CURRENT_TIMESTAMP)`)
	s, err = store.Open(ctxOf(t), dsn, store.Options{})
	if !errors.Is(err, store.ErrSchemaTooNew) {
		if s != nil {
			_ = s.Close()
		}
		t.Fatalf("open: err = %v, want ErrSchemaTooNew", err)
	}
	if !strings.Contains(err.Error(), "9999") {
		t.Errorf("error %q does not say which version the database has", err)
	}
}

// hostile are strings with SQL, FTS5 and tsquery metacharacters.
var hostile = []string{
	`'; DROP TABLE tickets; --`,
	`" OR 1=1 --`,
	`Robert'); DELETE FROM analyses;--`,
	`*`, `"`, `""`, `'`, `-`, `--`, `- -x`, `(`, `)`, `)(`, `NEAR(`, `NEAR(a b, 3)`, `a NEAR b`,
	`subject:printer`, `{subject body}: x`, `^start`, `a AND`, `OR`, `AND OR NOT`, `NOT x`, `x NOT`,
	`"unbalanced`, `unbalanced"`, `"a" "b`, `foo*`, `*foo`, `a:*`, `a & b | !c <-> d`, `'a':1A`,
	`\`, `\\`, `%`, `_`, `$1`, `?`, `:name`, `@p`, `;`, "tab\there", "new\nline", `éàü ß 日本語 🔥`,
	"nul\x00byte", "bad\xffutf8", strings.Repeat("x ", 300),
}

func testMalicious(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	ctx := ctxOf(t)
	for i, bad := range hostile {
		tv := store.TicketVersion{
			TicketID: fmt.Sprintf("X%d %s", i, bad), Customer: bad, Subject: bad,
			Raw: []byte(`{"id":` + fmt.Sprintf("%q", bad) + `}`), Text: bad + " needle " + bad, Closed: true, ClosedAt: epoch,
		}
		if _, err := s.IngestTicket(ctx, tv, true); err != nil {
			t.Errorf("ingest %q: %v", bad, err)
			continue
		}
		got, err := s.Ticket(ctx, tv.TicketID)
		if err != nil {
			t.Errorf("load %q: %v", bad, err)
			continue
		}
		if string(got.Raw) != string(tv.Raw) {
			t.Errorf("raw of %q changed: %q", bad, got.Raw)
		}
		if clean(bad) == bad && (got.Subject != bad || got.Customer != bad || got.Text != tv.Text) {
			t.Errorf("text of %q changed: %+v", bad, got)
		}
		a := store.Analysis{TicketID: tv.TicketID, Writer: bad, Model: bad, Technical: bad, Executive: bad,
			Findings: []store.Finding{{Code: bad, Kind: bad, Area: bad, Summary: bad}},
			Actions:  []store.Action{{Title: bad, Owner: bad, Category: bad, Factor: bad, Status: bad}}, Reason: bad}
		if _, err := s.SaveAnalysis(ctx, a); err != nil {
			t.Errorf("save analysis %q: %v", bad, err)
		}
		if back, err := s.Analysis(ctx, tv.TicketID, 0); err != nil {
			t.Errorf("load analysis %q: %v", bad, err)
		} else if clean(bad) == bad && (back.Writer != bad || back.Findings[0].Summary != bad || back.Actions[0].Title != bad) {
			t.Errorf("analysis of %q changed: %+v", bad, back)
		}
		if _, err := s.CreateToken(ctx, store.Token{Hash: "h" + bad, Name: bad, Role: bad, Customer: bad}); err != nil {
			t.Errorf("token %q: %v", bad, err)
		}
		if tok, err := s.TokenByHash(ctx, "h"+bad); err != nil || (clean(bad) == bad && tok.Name != bad) {
			t.Errorf("token %q back: %+v, %v", bad, tok, err)
		}
	}
	for _, q := range append(hostile, `needle "`, `needle -`, `"needle`, `needle OR`, `OR needle`, `-needle`) {
		for _, cust := range []string{"", q} {
			if _, err := s.Search(ctx, q, store.SearchOptions{Customer: cust}); err != nil {
				t.Errorf("search %q (customer %q): %v", q, cust, err)
			}
		}
	}
	// Every ticket is still there and findable.
	if got := search(t, s, "needle", store.SearchOptions{Limit: 200}); len(got) != len(hostile) {
		t.Errorf("needle: %d hits, want %d", len(got), len(hostile))
	}
	if got := search(t, s, `needle "`, store.SearchOptions{Limit: 200}); len(got) != len(hostile) {
		t.Errorf(`needle ": %d hits, want %d`, len(got), len(hostile))
	}
	if st, err := s.QueueStats(ctx); err != nil || st.Queued != int64(len(hostile)) {
		t.Errorf("queue = %+v, %v; want %d queued", st, err, len(hostile))
	}
}

// clean tells whether every database stores s unchanged (PostgreSQL text
// cannot hold NUL or invalid UTF-8).
func clean(s string) string {
	if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
		return ""
	}
	return s
}

// Queue tests.

// queueOptions are the options of the queue tests: fast polling and retries.
func queueOptions(analyse store.AnalyseFunc) store.Options {
	return store.Options{
		Analyse:      analyse,
		Workers:      4,
		PollInterval: 100 * time.Millisecond,
		RetryDelay:   func(int) time.Duration { return 50 * time.Millisecond },
		JobTimeout:   20 * time.Second,
		RescueAfter:  25 * time.Second,
	}
}

// waitDone waits until n jobs completed and none is left to run.
func waitDone(t *testing.T, s store.Store, n int64, within time.Duration) store.QueueStats {
	t.Helper()
	deadline := time.Now().Add(within)
	var (
		st  store.QueueStats
		err error
	)
	for time.Now().Before(deadline) {
		st, err = s.QueueStats(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if st.Completed >= n && st.Queued == 0 && st.Running == 0 {
			return st
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("queue not done after %v: %+v, want %d completed", within, st, n)
	return st
}

// ingestClosed ingests n closed tickets for analysis.
func ingestClosed(t *testing.T, s store.Store, n int) []store.TicketVersion {
	t.Helper()
	out := make([]store.TicketVersion, n)
	for i := range n {
		out[i] = Ticket(i, fmt.Sprintf("Customer%d", i%5), fmt.Sprintf("Incident %d", i),
			fmt.Sprintf("Service %d went down; restarted it.", i), true)
		if res := mustIngest(t, s, out[i], true); res.JobID == 0 {
			t.Fatalf("ticket %d: no job enqueued", i)
		}
	}
	return out
}

// checkOneAnalysisEach asserts that each ticket has exactly one analysis,
// made from its stored version by Analyse, each by a different job.
func checkOneAnalysisEach(t *testing.T, s store.Store, tickets []store.TicketVersion) {
	t.Helper()
	jobs := map[int64]string{}
	for _, tv := range tickets {
		metas, err := s.Analyses(ctxOf(t), tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		if len(metas) != 1 {
			t.Errorf("%s has %d analyses, want exactly 1", tv.TicketID, len(metas))
			continue
		}
		got, err := s.Analysis(ctxOf(t), tv.TicketID, 1)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.Ticket(ctxOf(t), tv.TicketID)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Analyse(ctxOf(t), stored)
		want.TicketID, want.Version, want.TicketVersion = tv.TicketID, 1, stored.Version
		want.Customer, want.ClosedAt, want.CreatedAt, want.Reason, want.JobID = stored.Customer, stored.ClosedAt, got.CreatedAt, "ingest", got.JobID
		sameAnalysis(t, got, want)
		if got.JobID == 0 || jobs[got.JobID] != "" {
			t.Errorf("%s: job id %d missing or shared with %s", tv.TicketID, got.JobID, jobs[got.JobID])
		}
		jobs[got.JobID] = tv.TicketID
	}
}

func testQueueAll(t *testing.T, h Harness) {
	const n = 200
	s := Open(t, h.NewDSN(t), queueOptions(Analyse))
	tickets := ingestClosed(t, s, n)
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != n {
		t.Fatalf("before start: %+v, %v; want %d queued", st, err, n)
	}
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	st := waitDone(t, s, n, 2*time.Minute)
	if st.Completed != n || st.Failed != 0 {
		t.Errorf("queue = %+v, want %d completed and none failed", st, n)
	}
	if err := s.Stop(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	checkOneAnalysisEach(t, s, tickets)
}

// flaky fails the first failures calls for each ticket.
type flaky struct {
	mu       sync.Mutex
	failures int
	calls    map[string]int
}

func (f *flaky) analyse(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
	f.mu.Lock()
	f.calls[tv.TicketID]++
	n := f.calls[tv.TicketID]
	f.mu.Unlock()
	if n <= f.failures {
		return store.Analysis{}, fmt.Errorf("model unavailable (call %d)", n)
	}
	return Analyse(ctx, tv)
}

func testQueueRetry(t *testing.T, h Harness) {
	f := &flaky{failures: 2, calls: map[string]int{}}
	s := Open(t, h.NewDSN(t), queueOptions(f.analyse))
	tickets := ingestClosed(t, s, 3)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	st := waitDone(t, s, 3, time.Minute)
	if st.Failed != 0 {
		t.Errorf("queue = %+v, want no failed job", st)
	}
	checkOneAnalysisEach(t, s, tickets)
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, tv := range tickets {
		if f.calls[tv.TicketID] != 3 {
			t.Errorf("%s analysed %d times, want 3 (two failures, one success)", tv.TicketID, f.calls[tv.TicketID])
		}
	}
}

func testQueueIdempotent(t *testing.T, h Harness) {
	count, calls := countingAnalyse()
	s := Open(t, h.NewDSN(t), queueOptions(count))
	tv := Ticket(1, "Acme", "Webhook", "delivered twice", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	// The webhook is retried after the analysis was made.
	if res := mustIngest(t, s, tv, true); !res.Duplicate || res.JobID != 0 {
		t.Errorf("redelivery = %+v, want a duplicate without a job", res)
	}
	time.Sleep(300 * time.Millisecond)
	waitDone(t, s, 1, time.Minute)
	checkOneAnalysisEach(t, s, []store.TicketVersion{tv})
	if n := calls(); n != 1 {
		t.Errorf("analysed %d times, want 1", n)
	}
}

// countingAnalyse is Analyse counting its calls.
func countingAnalyse() (analyse store.AnalyseFunc, calls func() int) {
	var (
		mu sync.Mutex
		n  int
	)
	analyse = func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		mu.Lock()
		n++
		mu.Unlock()
		return Analyse(ctx, tv)
	}
	return analyse, func() int {
		mu.Lock()
		defer mu.Unlock()
		return n
	}
}

// testQueueRerun runs a job again whose analysis was stored but which the
// queue had not yet marked completed when its process died: the analysis is
// neither made nor stored a second time.
func testQueueRerun(t *testing.T, h Harness) {
	dsn := h.NewDSN(t)
	s := Open(t, dsn, queueOptions(Analyse))
	tv := Ticket(1, "Acme", "Crash", "the process died after the commit", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// As if the completion had never reached the database.
	h.Exec(t, dsn, `UPDATE river_job SET state = 'available', finalized_at = NULL`)

	count, calls := countingAnalyse()
	s = Open(t, dsn, queueOptions(count))
	if st, err := s.QueueStats(ctxOf(t)); err != nil || st.Queued != 1 {
		t.Fatalf("queue before the re-run = %+v, %v; want the job available again", st, err)
	}
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	checkOneAnalysisEach(t, s, []store.TicketVersion{tv})
	if n := calls(); n != 0 {
		t.Errorf("the re-run job analysed the ticket %d times, want 0", n)
	}
}

func testQueueReanalyse(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), queueOptions(Analyse))
	tv := Ticket(1, "Acme", "Backup failed", "tape missing", true)
	mustIngest(t, s, tv, true)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, 1, time.Minute)
	tv2 := Ticket(1, "Acme", "Backup failed", "tape missing; found it", true)
	mustIngest(t, s, tv2, false)
	id, err := s.Reanalyse(ctxOf(t), tv.TicketID, "new prompt")
	if err != nil || id == 0 {
		t.Fatalf("Reanalyse = %d, %v", id, err)
	}
	waitDone(t, s, 2, time.Minute)
	metas, err := s.Analyses(ctxOf(t), tv.TicketID)
	if err != nil {
		t.Fatal(err)
	}
	if len(metas) != 2 || metas[1].Version != 2 || metas[1].TicketVersion != 2 || metas[1].Reason != "new prompt" || metas[0].Reason != "ingest" {
		t.Fatalf("analyses = %+v, want a second one of ticket version 2 for the reason given", metas)
	}
	a, err := s.Analysis(ctxOf(t), tv.TicketID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != 2 || a.JobID != id || !strings.Contains(a.Technical, "found it") {
		t.Errorf("latest analysis = v%d job %d %q, want v2 by job %d of the new text", a.Version, a.JobID, a.Technical, id)
	}
}

// testQueueStopMidway stops the workers while analyses are in flight,
// without letting them finish, then runs the queue again from a new store.
func testQueueStopMidway(t *testing.T, h Harness) {
	const n = 60
	dsn := h.NewDSN(t)
	var (
		mu      sync.Mutex
		started int
	)
	slow := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		mu.Lock()
		started++
		mu.Unlock()
		select {
		case <-ctx.Done():
			return store.Analysis{}, ctx.Err()
		case <-time.After(40 * time.Millisecond):
		}
		return Analyse(ctx, tv)
	}
	s, err := store.Open(ctxOf(t), dsn, queueOptions(slow))
	if err != nil {
		t.Fatal(err)
	}
	tickets := ingestClosed(t, s, n)
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); ; {
		st, err := s.QueueStats(ctxOf(t))
		if err != nil {
			t.Fatal(err)
		}
		if st.Completed >= 10 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers too slow: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	stopCtx, cancel := context.WithTimeout(ctxOf(t), time.Millisecond)
	err = s.Stop(stopCtx)
	cancel()
	if err != nil {
		t.Fatalf("stop: %v", err)
	}
	before, _ := s.QueueStats(ctxOf(t))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if before.Completed >= n {
		t.Fatalf("all %d jobs finished before the stop; the test proves nothing", n)
	}
	t.Logf("stopped with %+v", before)

	s = Open(t, dsn, queueOptions(Analyse))
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, n, 2*time.Minute)
	checkOneAnalysisEach(t, s, tickets)
}

// testQueueTwoStores runs workers in two stores on one database, as two
// processes would: every ticket is analysed exactly once.
func testQueueTwoStores(t *testing.T, h Harness) {
	const n = 100
	dsn := h.NewDSN(t)
	var (
		mu    sync.Mutex
		calls = map[string]int{}
	)
	count := func(who string) store.AnalyseFunc {
		return func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
			mu.Lock()
			calls[who]++
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			return Analyse(ctx, tv)
		}
	}
	a := Open(t, dsn, queueOptions(count("a")))
	b := Open(t, dsn, queueOptions(count("b")))
	for _, s := range []store.Store{a, b} {
		if err := s.Start(ctxOf(t)); err != nil {
			t.Fatal(err)
		}
	}
	tickets := ingestClosed(t, a, n)
	waitDone(t, b, n, 2*time.Minute)
	checkOneAnalysisEach(t, a, tickets)
	mu.Lock()
	defer mu.Unlock()
	if calls["a"]+calls["b"] != n {
		t.Errorf("%d analyses run, want %d", calls["a"]+calls["b"], n)
	}
	t.Logf("store a ran %d analyses, store b %d", calls["a"], calls["b"])
}

func testQueueNoAnalyser(t *testing.T, h Harness) {
	s := Open(t, h.NewDSN(t), store.Options{})
	if err := s.Start(ctxOf(t)); !errors.Is(err, store.ErrNoAnalyser) {
		t.Errorf("Start: err = %v, want ErrNoAnalyser", err)
	}
	if err := s.Stop(ctxOf(t)); err != nil {
		t.Errorf("Stop of a store never started: %v", err)
	}
}

// The killed-worker test runs workers in a child process (this test binary
// again) and kills it with SIGKILL mid-run.
const (
	childEnvDSN = "DEBRIEF_STORETEST_CHILD_DSN"
	// killAfter is how many analyses the worker process completes.
	killAfter = 40
)

// ChildMain must be called first thing in TestMain of a package that runs
// the suite. In the worker process the killed-worker test starts, it works
// jobs until it is killed and never returns; otherwise it returns at once.
func ChildMain() {
	dsn := os.Getenv(childEnvDSN)
	if dsn == "" {
		return
	}
	// The first killAfter analyses succeed; the next ones hang, so that the
	// process is surely in the middle of jobs when it is killed.
	var calls atomic.Int64
	slow := func(ctx context.Context, tv store.TicketVersion) (store.Analysis, error) {
		if calls.Add(1) > killAfter {
			<-ctx.Done()
			return store.Analysis{}, ctx.Err()
		}
		time.Sleep(5 * time.Millisecond)
		return Analyse(ctx, tv)
	}
	opts := queueOptions(slow)
	opts.JobTimeout, opts.RescueAfter = time.Hour, 2*time.Hour
	s, err := store.Open(context.Background(), dsn, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "storetest child:", err)
		os.Exit(3)
	}
	if err := s.Start(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "storetest child:", err)
		os.Exit(3)
	}
	select {} // until killed
}

func killOptions(analyse store.AnalyseFunc) store.Options {
	o := queueOptions(analyse)
	// A job whose worker died is taken over after 2 seconds.
	o.JobTimeout, o.RescueAfter = time.Second, 2*time.Second
	return o
}

func testQueueKilled(t *testing.T, h Harness) {
	if testing.Short() {
		t.Skip("starts a worker process")
	}
	const n = 200
	dsn := h.NewDSN(t)
	s, err := store.Open(ctxOf(t), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tickets := ingestClosed(t, s, n)

	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	child := exec.Command(exe, "-test.run=^$")
	child.Env = append(os.Environ(), childEnvDSN+"="+dsn)
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			_ = child.Process.Kill()
			_ = child.Wait()
		}
	}()
	deadline := time.Now().Add(time.Minute)
	var st store.QueueStats
	for {
		if st, err = s.QueueStats(ctxOf(t)); err != nil {
			t.Fatal(err)
		}
		// Kill it while it is working on jobs, once it has done some.
		if st.Completed >= killAfter && st.Running > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker process completed too little: %+v", st)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	killed = true
	st, _ = s.QueueStats(ctxOf(t))
	t.Logf("killed the worker process at %+v", st)
	if st.Completed >= n || st.Running == 0 {
		t.Fatalf("no job was left running by the kill (%+v); the test proves nothing", st)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = Open(t, dsn, killOptions(Analyse))
	if err := s.Start(ctxOf(t)); err != nil {
		t.Fatal(err)
	}
	waitDone(t, s, n, 3*time.Minute)
	checkOneAnalysisEach(t, s, tickets)
}

// testClosed uses a store after Close: errors, no panic.
func testClosed(t *testing.T, h Harness) {
	s, err := store.Open(ctxOf(t), h.NewDSN(t), queueOptions(Analyse))
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
