package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// TestBatchFallback writes a batch holding one request the database
// rejects: the batch is retried one by one, so only that request fails.
func TestBatchFallback(t *testing.T) {
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "b.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.(*core[*sql.Tx])
	var batch []*writeReq
	for i := range 5 {
		tv := TicketVersion{TicketID: fmt.Sprint("T", i), Raw: []byte(fmt.Sprint(`{"n":`, i, `}`)), SHA256: fmt.Sprint("sum", i), ReceivedAt: epochForTest}
		if i == 2 {
			tv.Raw = nil // NOT NULL: IngestTicket would refuse it before the database
		}
		batch = append(batch, &writeReq{ctx: context.Background(), tv: &tv, analyse: true, reply: make(chan writeReply, 1)})
	}
	// The same content twice in one batch stores one version.
	batch = append(batch, &writeReq{ctx: context.Background(), tv: batch[0].tv, analyse: true, reply: make(chan writeReply, 1)})
	c.batch.writing.Lock()
	c.batch.write(batch)
	c.batch.writing.Unlock()
	for i, r := range batch {
		rep := <-r.reply
		switch {
		case i == 2:
			if rep.err == nil {
				t.Errorf("request %d: stored a ticket without raw content", i)
			}
		case i == 5:
			if rep.err != nil || !rep.res.Duplicate || rep.res.JobID != 0 {
				t.Errorf("repeated request: %+v, %v; want a duplicate", rep.res, rep.err)
			}
		default:
			if rep.err != nil || rep.res.Version != 1 || rep.res.JobID == 0 {
				t.Errorf("request %d: %+v, %v; want version 1 with a job", i, rep.res, rep.err)
			}
		}
	}
	st, err := s.QueueStats(t.Context())
	if err != nil || st.Queued != 4 {
		t.Errorf("queue = %+v, %v; want 4 jobs", st, err)
	}

	// Without the bad request, one transaction stores the lot.
	var good []*writeReq
	for i := range 50 {
		good = append(good, &writeReq{ctx: context.Background(), analyse: i%2 == 0, reply: make(chan writeReply, 1),
			tv: &TicketVersion{TicketID: fmt.Sprint("G", i), Raw: []byte("{}"), SHA256: fmt.Sprint("g", i), ReceivedAt: epochForTest}})
	}
	c.batch.writing.Lock()
	c.batch.write(good)
	c.batch.writing.Unlock()
	jobs := map[int64]bool{}
	for i, r := range good {
		rep := <-r.reply
		if rep.err != nil || rep.res.TicketID != fmt.Sprint("G", i) || rep.res.Version != 1 {
			t.Fatalf("request %d: %+v, %v", i, rep.res, rep.err)
		}
		if (rep.res.JobID != 0) != (i%2 == 0) || jobs[rep.res.JobID] && rep.res.JobID != 0 {
			t.Errorf("request %d: job %d (analyse %v) missing, unexpected or shared", i, rep.res.JobID, i%2 == 0)
		}
		jobs[rep.res.JobID] = true
	}
}

// TestBatchAnalyses archives analyses in shared transactions, mixed with
// ingestions: versions follow each other, a job's analysis is stored once
// even when the job's result arrives twice, and an analysis of a missing
// ticket fails alone.
func TestBatchAnalyses(t *testing.T) {
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.(*core[*sql.Tx])
	ctx := context.Background()
	for i := range 3 {
		tv := TicketVersion{TicketID: fmt.Sprint("A", i), Raw: []byte("{}"), SHA256: fmt.Sprint("a", i), ReceivedAt: epochForTest, Closed: true}
		if _, err := s.IngestTicket(ctx, tv, false); err != nil {
			t.Fatal(err)
		}
	}
	analysis := func(id string) *Analysis {
		return &Analysis{TicketID: id, Technical: "# T " + id, Executive: "# E " + id, Writer: "test",
			Findings: []Finding{{Code: "F", Summary: "s"}}, Actions: []Action{{Title: "act"}}}
	}
	req := func(a *Analysis, job int64) *writeReq {
		return &writeReq{ctx: ctx, a: a, jobID: job, reply: make(chan writeReply, 1)}
	}
	batch := []*writeReq{
		req(analysis("A0"), 10),
		req(analysis("A0"), 11),
		req(analysis("A1"), 12),
		req(analysis("A1"), 12), // the same job's result twice
		{ctx: ctx, tv: &TicketVersion{TicketID: "N", Raw: []byte("{}"), SHA256: "n", ReceivedAt: epochForTest}, analyse: true, reply: make(chan writeReply, 1)},
		req(analysis("A2"), 0),
	}
	c.batch.writing.Lock()
	c.batch.write(batch)
	c.batch.writing.Unlock()
	want := []struct {
		version int
		existed bool
	}{{1, false}, {2, false}, {1, false}, {1, true}, {0, false}, {1, false}}
	for i, r := range batch {
		rep := <-r.reply
		if rep.err != nil || rep.version != want[i].version || rep.existed != want[i].existed {
			t.Errorf("request %d: version %d existed %v err %v; want %+v", i, rep.version, rep.existed, rep.err, want[i])
		}
	}
	if a, err := s.Analysis(ctx, "A1", 0); err != nil || a.Version != 1 || len(a.Findings) != 1 || len(a.Actions) != 1 {
		t.Errorf("A1 latest analysis = %+v, %v", a, err)
	}
	if v, ok, err := c.jobAnalysis(ctx, 11); err != nil || !ok || v != 2 {
		t.Errorf("job 11's analysis = %d, %v, %v; want version 2", v, ok, err)
	}

	// An analysis of a ticket that does not exist fails alone.
	batch = []*writeReq{req(analysis("A2"), 20), req(analysis("missing"), 21), req(analysis("A0"), 22)}
	c.batch.writing.Lock()
	c.batch.write(batch)
	c.batch.writing.Unlock()
	for i, r := range batch {
		rep := <-r.reply
		if bad := i == 1; bad != (rep.err != nil) {
			t.Errorf("request %d: err %v", i, rep.err)
		}
	}
	if _, ok, _ := c.jobAnalysis(ctx, 22); !ok {
		t.Error("job 22's analysis was lost with the failed batch")
	}
}

// epochForTest stands in for the ReceivedAt default IngestTicket sets
// before batching.
var epochForTest = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
