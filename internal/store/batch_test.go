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
	var batch []*ingestReq
	for i := range 5 {
		tv := TicketVersion{TicketID: fmt.Sprint("T", i), Raw: []byte(fmt.Sprint(`{"n":`, i, `}`)), SHA256: fmt.Sprint("sum", i), ReceivedAt: epochForTest}
		if i == 2 {
			tv.Raw = nil // NOT NULL: IngestTicket would refuse it before the database
		}
		batch = append(batch, &ingestReq{ctx: context.Background(), tv: tv, analyse: true, reply: make(chan ingestReply, 1)})
	}
	// The same content twice in one batch stores one version.
	batch = append(batch, &ingestReq{ctx: context.Background(), tv: batch[0].tv, analyse: true, reply: make(chan ingestReply, 1)})
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
	var good []*ingestReq
	for i := range 50 {
		good = append(good, &ingestReq{ctx: context.Background(), analyse: i%2 == 0, reply: make(chan ingestReply, 1),
			tv: TicketVersion{TicketID: fmt.Sprint("G", i), Raw: []byte("{}"), SHA256: fmt.Sprint("g", i), ReceivedAt: epochForTest}})
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

// epochForTest stands in for the ReceivedAt default IngestTicket sets
// before batching.
var epochForTest = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
