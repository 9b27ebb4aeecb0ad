package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// benchEngine is the engine of the examples' configuration.
func benchEngine(tb testing.TB) *engine.Engine {
	cfg := exampletest.LoadConfig(tb)
	eng, err := engine.New(cfg, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return eng
}

// benchServers starts n servers over stores opened by open (n > 1 only makes
// sense for PostgreSQL, where the servers share one database) and returns their
// URLs and an agent token.
func benchServers(b *testing.B, n int, open func() store.Store) ([]string, string) {
	eng := benchEngine(b)
	secret, hash, _ := auth.NewToken()
	var urls []string
	for i := range n {
		st := open()
		b.Cleanup(func() { st.Close() })
		if i == 0 {
			if _, err := st.CreateToken(context.Background(), store.Token{Hash: hash, Role: "agent"}); err != nil {
				b.Fatal(err)
			}
		}
		s, err := New(Config{Store: st, Engine: eng})
		if err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer(s.Handler())
		b.Cleanup(srv.Close)
		urls = append(urls, srv.URL)
	}
	return urls, secret
}

// benchIngest posts closed tickets from 16 concurrent clients and reports the
// accepted rate and the 99th-percentile latency. It returns how many it
// posted and when it started.
func benchIngest(b *testing.B, urls []string, token string) (int, time.Time) {
	const clients = 16
	bodies := make([][]byte, 4096)
	for i := range bodies {
		bodies[i], _ = json.Marshal(tickettest.Synthetic(i, 12))
	}
	var seq atomic.Int64
	seq.Store(int64(time.Now().UnixNano() % 1e6 * 10000)) // fresh ids each run: no duplicates
	var mu sync.Mutex
	var lat []time.Duration
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	b.ResetTimer()
	var wg sync.WaitGroup
	per := b.N/clients + 1
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for range per {
				i := seq.Add(1)
				var t map[string]any
				json.Unmarshal(bodies[i%int64(len(bodies))], &t)
				t["id"] = "B" + itoa(i)
				body, _ := json.Marshal(t)
				req, _ := http.NewRequest("POST", urls[int(i)%len(urls)]+"/api/v1/tickets", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusCreated {
					b.Errorf("status %d", resp.StatusCode)
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
			_ = c
		}()
	}
	wg.Wait()
	el := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(len(lat))/el.Seconds(), "tickets/s")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	}
	return len(lat), start
}

func itoa(i int64) string { return string(appendInt(nil, i)) }

func appendInt(b []byte, i int64) []byte {
	if i >= 10 {
		b = appendInt(b, i/10)
	}
	return append(b, byte('0'+i%10))
}

// BenchmarkIngestHTTPSQLite: closed tickets accepted over HTTP on loopback with
// the embedded SQLite store. Target: at least 1,500/s with p99 under 50 ms.
func BenchmarkIngestHTTPSQLite(b *testing.B) {
	dir := b.TempDir()
	urls, token := benchServers(b, 1, func() store.Store {
		st, err := store.Open(context.Background(), filepath.Join(dir, "bench.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return st
	})
	benchIngest(b, urls, token)
}

// benchWorkers is the number of analysis workers of the queue benchmarks,
// the default of debrief serve and debrief import.
const benchWorkers = 128

// waitAnalysed waits until the queue of st has completed n jobs.
func waitAnalysed(b *testing.B, st store.Store, n int) {
	for {
		q, err := st.QueueStats(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if q.Failed > 0 {
			b.Fatalf("%d analyses failed", q.Failed)
		}
		if q.Completed >= int64(n) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitIndexed waits until the search index of st holds every change.
func waitIndexed(b *testing.B, st store.Store) {
	for {
		n, err := st.Unindexed(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// BenchmarkIngestAnalyseHTTPSQLite is BenchmarkIngestHTTPSQLite with the
// analysis workers running in the same process, as `debrief serve` runs
// them: each accepted ticket is analysed and archived (both reports,
// findings, actions, search index). analysed/s counts the archived analyses
// from the first request to the last analysis stored.
func BenchmarkIngestAnalyseHTTPSQLite(b *testing.B) {
	dir := b.TempDir()
	eng := benchEngine(b)
	var st store.Store
	urls, token := benchServers(b, 1, func() store.Store {
		var err error
		st, err = store.Open(context.Background(), filepath.Join(dir, "bench.db"),
			store.Options{Analyse: service.Analyser(eng), Workers: benchWorkers, PollInterval: 50 * time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		return st
	})
	cpu0 := processCPU()
	n, start := benchIngest(b, urls, token)
	waitAnalysed(b, st, n)
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "analysed/s")
	waitIndexed(b, st)
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "indexed/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/ticket")
	}
}

// BenchmarkQueueDrainSQLite: a backlog of 4,000 closed tickets is stored
// (their analyses queued), then the workers start; analysed/s is the rate at
// which the queue archives analyses (both reports, findings, actions) until
// it is empty, indexed/s the rate until the search index holds them too, and
// cpu-ms/analysis the processor time each costs until then (on 2 cores, 1 ms
// per analysis is 2,000 analyses/s at best).
func BenchmarkQueueDrainSQLite(b *testing.B) {
	eng := benchEngine(b)
	ctx := context.Background()
	const n = 4000
	tvs := make([]store.TicketVersion, n)
	for i := range tvs {
		t := tickettest.Synthetic(i, 12)
		raw, err := json.Marshal(t)
		if err != nil {
			b.Fatal(err)
		}
		tvs[i] = service.TicketVersion(t, raw)
	}
	var total, indexed, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), "drain.db"),
			store.Options{Analyse: service.Analyser(eng), Workers: benchWorkers, PollInterval: 50 * time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		var wg sync.WaitGroup
		for w := range 8 {
			wg.Go(func() {
				for i := w; i < n; i += 8 {
					if _, err := st.IngestTicket(ctx, tvs[i], true); err != nil {
						b.Error(err)
						return
					}
				}
			})
		}
		wg.Wait()
		b.StartTimer()
		cpu0, start := processCPU(), time.Now()
		if err := st.Start(ctx); err != nil {
			b.Fatal(err)
		}
		waitAnalysed(b, st, n)
		total += time.Since(start)
		waitIndexed(b, st)
		indexed += time.Since(start)
		cpu += processCPU() - cpu0
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "analysed/s")
	b.ReportMetric(float64(n*b.N)/indexed.Seconds(), "indexed/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n*b.N), "cpu-ms/analysis")
	}
}

func pgOpener(b *testing.B) func() store.Store {
	dsn := os.Getenv("DEBRIEF_TEST_POSTGRES")
	if dsn == "" {
		b.Skip("DEBRIEF_TEST_POSTGRES not set")
	}
	return func() store.Store {
		st, err := store.Open(context.Background(), dsn, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
}

// BenchmarkIngestHTTPPostgres1 and ...2: one and two servers sharing PostgreSQL.
func BenchmarkIngestHTTPPostgres1(b *testing.B) {
	urls, token := benchServers(b, 1, pgOpener(b))
	benchIngest(b, urls, token)
}

func BenchmarkIngestHTTPPostgres2(b *testing.B) {
	urls, token := benchServers(b, 2, pgOpener(b))
	benchIngest(b, urls, token)
}
