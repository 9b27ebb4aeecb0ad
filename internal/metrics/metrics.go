// Package metrics keeps the service's counters and histograms and writes them in
// the Prometheus text exposition format for /metrics. It is deliberately small:
// the handful of series debrief exposes need no client library.
package metrics

import (
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Registry holds metrics and writes them in registration order.
type Registry struct {
	mu      sync.Mutex
	metrics []writer
}

type writer interface {
	write(w io.Writer) error
}

// Counter is a monotonically increasing count, optionally split by one label.
type Counter struct {
	name, help, label string
	mu                sync.Mutex
	values            map[string]*atomic.Uint64
}

// NewCounter registers a counter; label may be empty for an unlabelled counter.
func (r *Registry) NewCounter(name, help, label string) *Counter {
	c := &Counter{name: name, help: help, label: label, values: map[string]*atomic.Uint64{}}
	r.add(c)
	return c
}

func (r *Registry) add(m writer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.metrics = append(r.metrics, m)
}

// Add adds n to the series with the given label value ("" when unlabelled).
func (c *Counter) Add(labelValue string, n uint64) {
	c.mu.Lock()
	v, ok := c.values[labelValue]
	if !ok {
		v = &atomic.Uint64{}
		c.values[labelValue] = v
	}
	c.mu.Unlock()
	v.Add(n)
}

// Inc adds one.
func (c *Counter) Inc(labelValue string) { c.Add(labelValue, 1) }

// Value returns the count of a series.
func (c *Counter) Value(labelValue string) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.values[labelValue]; ok {
		return v.Load()
	}
	return 0
}

func (c *Counter) write(w io.Writer) error {
	header(w, c.name, c.help, "counter")
	c.mu.Lock()
	keys := make([]string, 0, len(c.values))
	for k := range c.values {
		keys = append(keys, k)
	}
	c.mu.Unlock()
	sort.Strings(keys)
	if len(keys) == 0 && c.label == "" {
		keys = []string{""}
	}
	for _, k := range keys {
		_, err := fmt.Fprintf(w, "%s%s %d\n", c.name, labels(c.label, k), c.Value(k))
		if err != nil {
			return err
		}
	}
	return nil
}

// GaugeFunc is a value read when the metrics are written.
type GaugeFunc struct {
	name, help, label string
	read              func() (map[string]float64, error)
}

// NewGaugeFunc registers gauges computed at scrape time: read returns a value per
// label value (the key "" when label is empty).
func (r *Registry) NewGaugeFunc(name, help, label string, read func() (map[string]float64, error)) {
	r.add(&GaugeFunc{name: name, help: help, label: label, read: read})
}

func (g *GaugeFunc) write(w io.Writer) error {
	vals, err := g.read()
	if err != nil {
		return nil // a failing source leaves its series out rather than failing the scrape
	}
	header(w, g.name, g.help, "gauge")
	for _, k := range slices.Sorted(maps.Keys(vals)) {
		if _, err := fmt.Fprintf(w, "%s%s %s\n", g.name, labels(g.label, k), num(vals[k])); err != nil {
			return err
		}
	}
	return nil
}

// Histogram counts observations in cumulative buckets.
type Histogram struct {
	name, help string
	bounds     []float64
	mu         sync.Mutex
	counts     []uint64
	sum        float64
	count      uint64
}

// NewHistogram registers a histogram with the given upper bounds (sorted).
func (r *Registry) NewHistogram(name, help string, bounds []float64) *Histogram {
	h := &Histogram{name: name, help: help, bounds: slices.Sorted(slices.Values(bounds)), counts: make([]uint64, len(bounds))}
	r.add(h)
	return h
}

// Observe records one value.
func (h *Histogram) Observe(v float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, b := range h.bounds {
		if v <= b {
			h.counts[i]++
		}
	}
	h.sum += v
	h.count++
}

func (h *Histogram) write(w io.Writer) error {
	header(w, h.name, h.help, "histogram")
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, b := range h.bounds {
		fmt.Fprintf(w, "%s_bucket{le=%q} %d\n", h.name, num(b), h.counts[i])
	}
	fmt.Fprintf(w, "%s_bucket{le=\"+Inf\"} %d\n", h.name, h.count)
	fmt.Fprintf(w, "%s_sum %s\n", h.name, num(h.sum))
	_, err := fmt.Fprintf(w, "%s_count %d\n", h.name, h.count)
	return err
}

// Write writes every metric in the text exposition format (version 0.0.4).
func (r *Registry) Write(w io.Writer) error {
	r.mu.Lock()
	ms := slices.Clone(r.metrics)
	r.mu.Unlock()
	for _, m := range ms {
		if err := m.write(w); err != nil {
			return err
		}
	}
	return nil
}

// ContentType is the exposition format's media type.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

func header(w io.Writer, name, help, typ string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, escapeHelp(help), name, typ)
}

func labels(label, value string) string {
	if label == "" {
		return ""
	}
	return "{" + label + "=\"" + escapeLabel(value) + "\"}"
}

// The exposition format's escapes: HELP text escapes backslash and newline,
// label values the double quote too. A Replacer is safe for concurrent use,
// so each is built once.
var (
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
	labelEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
)

func escapeHelp(s string) string { return helpEscaper.Replace(s) }

func escapeLabel(s string) string { return labelEscaper.Replace(s) }

func num(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
