package metrics

import (
	"errors"
	"regexp"
	"strings"
	"sync"
	"testing"
)

func TestExposition(t *testing.T) {
	var r Registry
	c := r.NewCounter("debrief_http_requests_total", "HTTP requests by status class.", "code")
	plain := r.NewCounter("debrief_analyses_total", "Analyses stored.", "")
	r.NewGaugeFunc("debrief_jobs", "Jobs by state.", "state", func() (map[string]float64, error) {
		return map[string]float64{"queued": 3, "failed": 1}, nil
	})
	r.NewGaugeFunc("debrief_broken", "Never shown.", "", func() (map[string]float64, error) { return nil, errors.New("down") })
	h := r.NewHistogram("debrief_analysis_seconds", "Analysis latency.", []float64{0.01, 0.1, 1})
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); c.Inc("2xx"); h.Observe(0.05) }()
	}
	wg.Wait()
	c.Inc(`4"xx`)
	h.Observe(5)
	var b strings.Builder
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"# TYPE debrief_http_requests_total counter\n",
		`debrief_http_requests_total{code="2xx"} 50` + "\n",
		`debrief_http_requests_total{code="4\"xx"} 1` + "\n",
		"debrief_analyses_total 0\n",
		`debrief_jobs{state="failed"} 1` + "\n",
		`debrief_analysis_seconds_bucket{le="0.01"} 0` + "\n",
		`debrief_analysis_seconds_bucket{le="0.1"} 50` + "\n",
		`debrief_analysis_seconds_bucket{le="+Inf"} 51` + "\n",
		"debrief_analysis_seconds_count 51\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("exposition lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "debrief_broken") {
		t.Error("a failing gauge source was written")
	}
	_ = plain
	// Every sample line has the exposition format's shape.
	line := regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*"\})? [-+0-9.eInfNa]+$`)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, "#") && !line.MatchString(l) {
			t.Errorf("malformed sample line %q", l)
		}
	}
}
