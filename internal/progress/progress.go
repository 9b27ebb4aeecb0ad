// Package progress draws a one-line progress bar for long command-line work,
// on a terminal only, so logs and pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Bar is a progress bar; its methods are safe for concurrent use. A nil *Bar
// does nothing, so callers need not check whether one is shown.
type Bar struct {
	mu     sync.Mutex
	w      io.Writer
	label  string
	total  int
	done   int
	failed int
	start  time.Time
	last   time.Time
	now    func() time.Time
}

// IsTerminal reports whether w is a character device (a terminal).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// New returns a bar for total items drawn on w, or nil when w is not a terminal
// (or total is below 2, where a bar says nothing).
func New(w io.Writer, label string, total int) *Bar {
	if total < 2 || !IsTerminal(w) {
		return nil
	}
	return newBar(w, label, total, time.Now)
}

// NewCounter returns a running count for work of unknown size (items read
// from a stream), or nil when w is not a terminal.
func NewCounter(w io.Writer, label string) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	return newBar(w, label, 0, time.Now)
}

func newBar(w io.Writer, label string, total int, now func() time.Time) *Bar {
	t := now()
	return &Bar{w: w, label: label, total: total, start: t, now: now}
}

// Add records n finished items, failed of which failed, and redraws at most ten times a second.
func (b *Bar) Add(n, failed int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	b.failed += failed
	if t := b.now(); t.Sub(b.last) >= 100*time.Millisecond || b.done == b.total {
		b.last = t
		b.draw(t)
	}
}

// Finish draws the final state and ends the line.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.draw(b.now())
	fmt.Fprintln(b.w)
}

func (b *Bar) draw(t time.Time) {
	if b.total == 0 { // a counter
		rate := 0.0
		if el := t.Sub(b.start).Seconds(); el > 0 {
			rate = float64(b.done) / el
		}
		fmt.Fprintf(b.w, "\r%s %d %.0f/s", b.label, b.done, rate)
		if b.failed > 0 {
			fmt.Fprintf(b.w, " (%d failed)", b.failed)
		}
		return
	}
	const width = 30
	filled := 0
	if b.total > 0 {
		filled = b.done * width / b.total
	}
	rate := 0.0
	if el := t.Sub(b.start).Seconds(); el > 0 {
		rate = float64(b.done) / el
	}
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(b.w, "\r%s [%s] %d/%d %3d%% %.0f/s", b.label, bar, b.done, b.total, b.done*100/max(b.total, 1), rate)
	if b.failed > 0 {
		fmt.Fprintf(b.w, " (%d failed)", b.failed)
	}
}
