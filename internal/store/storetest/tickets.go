package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

func testTicketVersions(t *testing.T, h Harness) {
	now := time.Date(2026, 4, 2, 10, 11, 12, 123456789, time.FixedZone("CEST", 2*3600))
	s := Open(t, h.newDSN(t), store.Options{Clock: func() time.Time { return now }})
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
	s := Open(t, h.newDSN(t), store.Options{})
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
	s := Open(t, h.newDSN(t), store.Options{})
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

// testConditionalIngest stores versions derived from a given one only while
// it is still the latest (compare and set), from concurrent callers too.
func testConditionalIngest(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
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

// testConcurrentIngest ingests from many goroutines at once, with tickets
// and contents repeating across them: the versions, duplicates and jobs
// reported must add up with what is stored.
func testConcurrentIngest(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
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
