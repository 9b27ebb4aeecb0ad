package store_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

type atomicCounter struct {
	mu sync.Mutex
	n  int
}

func (c *atomicCounter) add() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	return c.n
}

// searchCorpus is the number of analysed tickets BenchmarkSearch searches.
const searchCorpus = 5000

var benchWords = []string{"mail", "relay", "firewall", "printer", "database", "timeout", "backup", "tape",
	"vpn", "certificate", "expired", "disk", "full", "dns", "latency", "kernel", "upgrade", "password", "login", "proxy"}

// benchSearch fills s with analysed tickets and runs a mix of queries.
func benchSearch(b *testing.B, s store.Store) {
	ctx := context.Background()
	for i := range searchCorpus {
		w1, w2, w3 := benchWords[i%len(benchWords)], benchWords[(i*7)%len(benchWords)], benchWords[(i*13)%len(benchWords)]
		tv := storetest.Ticket(i, fmt.Sprintf("Customer%d", i%20), fmt.Sprintf("%s %s problem %d", w1, w2, i),
			fmt.Sprintf("Customer reports %s trouble with %s after the %s change. Agent checked logs and %s.", w1, w2, w3, w3), true)
		if _, err := s.IngestTicket(ctx, tv, false); err != nil {
			b.Fatal(err)
		}
		stored, err := s.Ticket(ctx, tv.TicketID)
		if err != nil {
			b.Fatal(err)
		}
		a, _ := storetest.Analyse(ctx, stored)
		a.TicketID = tv.TicketID
		if _, err := s.SaveAnalysis(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	queries := []struct {
		q    string
		opts store.SearchOptions
	}{
		{"mail relay", store.SearchOptions{}},
		{"database timeout", store.SearchOptions{Customer: "Customer3"}},
		{`"certificate expired" OR dns`, store.SearchOptions{}},
		{"backup -tape", store.SearchOptions{Limit: 50}},
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		q := queries[i%len(queries)]
		if _, err := s.Search(ctx, q.q, q.opts); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// benchTicket is closed ticket i of the ingestion benchmarks: five
// messages, about 1.5 kB of JSON, like a short real ticket.
func benchTicket(i int) store.TicketVersion {
	var body strings.Builder
	for m := range 5 {
		w := func(k int) string { return benchWords[(i*7+m*3+k)%len(benchWords)] }
		fmt.Fprintf(&body, "Message %d: the %s on host-%d reported %s after the %s change; we checked the %s logs, "+
			"restarted the %s service and confirmed with the customer that %s works again.\n",
			m, w(0), i%97, w(1), w(2), w(3), w(4), w(5))
	}
	return storetest.Ticket(i, fmt.Sprintf("Customer%d", i%20), fmt.Sprintf("Incident %d: %s down", i, benchWords[i%len(benchWords)]),
		body.String(), true)
}

// benchIngest ingests closed tickets one at a time, each enqueuing its
// analysis.
func benchIngest(b *testing.B, s store.Store) {
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := s.IngestTicket(ctx, benchTicket(i), true); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}
