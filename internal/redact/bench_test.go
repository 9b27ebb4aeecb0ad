package redact

import (
	"strings"
	"testing"
)

// report returns about n bytes of realistic Markdown report: the golden thread,
// repeated, with its identifiers.
func report(tb testing.TB, n int) string {
	thread := goldenThread(tb)
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(thread)
	}
	return b.String()[:n]
}

func benchString(b *testing.B, n int) {
	tk := readThread(b)
	r := New(tk, Options{Keep: []string{"SLA8", "P1", "Support - Proxmox"}})
	s := report(b, n)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = r.String(s)
	}
}

// BenchmarkString20KB redacts a typical report (target: well under 1 ms).
func BenchmarkString20KB(b *testing.B) { benchString(b, 20<<10) }

// BenchmarkString5MB redacts a 5 MB body (target: well under a second).
func BenchmarkString5MB(b *testing.B) { benchString(b, 5<<20) }

// BenchmarkNew learns a realistic ticket's identifiers.
func BenchmarkNew(b *testing.B) {
	tk := readThread(b)
	opts := Options{Keep: []string{"SLA8", "P1", "Support - Proxmox"}}
	b.ReportAllocs()
	for b.Loop() {
		_ = New(tk, opts)
	}
}
