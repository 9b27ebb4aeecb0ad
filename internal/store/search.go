package store

import (
	"context"
	"fmt"
	"iter"
	"strings"
)

// SearchOptions narrows a search.
type SearchOptions struct {
	// Customer, if set, keeps only that customer's tickets.
	Customer string
	// Limit is the maximum number of hits: 20 if zero, at most 200.
	Limit int
}

// Snippet markers: MarkedSnippet encloses each match of a snippet in them,
// as the API's JSON and the CLI show snippets.
const (
	SnippetOpen  = "**"
	SnippetClose = "**"
)

// Hit is one search result: a ticket, with its latest analysis.
type Hit struct {
	TicketID string
	// Version is the latest analysis version, 0 if the ticket has none yet.
	Version int
	// TicketVersion is the latest ticket version.
	TicketVersion int
	Customer      string
	Subject       string
	// Snippet is a plain-text excerpt of the ticket or its reports.
	Snippet string
	// Highlights are the matched words of Snippet, in order and disjoint;
	// each surface marks them up its own way (see MarkedSnippet).
	Highlights []Span
	// Rank orders hits: higher is better. Values are only comparable within
	// one search on one database kind.
	Rank float64
}

// Span is a part of a text: the bytes text[Start:End].
type Span struct {
	Start, End int
}

// MarkedSnippet returns the snippet with each match between SnippetOpen and
// SnippetClose.
func (h Hit) MarkedSnippet() string {
	return MarkSpans(h.Snippet, h.Highlights, SnippetOpen, SnippetClose)
}

// MarkSpans returns text with each span between open and close. Spans must
// be in order, disjoint and within text; others are ignored. A surface that
// must escape the text (HTML) uses Segments instead.
func MarkSpans(text string, spans []Span, open, close string) string {
	var b strings.Builder
	b.Grow(len(text) + len(spans)*(len(open)+len(close)))
	for seg, matched := range Segments(text, spans) {
		if matched {
			b.WriteString(open)
			b.WriteString(seg)
			b.WriteString(close)
		} else {
			b.WriteString(seg)
		}
	}
	return b.String()
}

// Segments yields text in order as its parts between the spans (false) and
// the spans (true), skipping empty parts. Spans out of order, overlapping
// or outside text are ignored.
func Segments(text string, spans []Span) iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		last := 0
		for _, sp := range spans {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(text) {
				continue
			}
			if sp.Start > last && !yield(text[last:sp.Start], false) {
				return
			}
			if !yield(text[sp.Start:sp.End], true) {
				return
			}
			last = sp.End
		}
		if last < len(text) {
			yield(text[last:], false)
		}
	}
}

// The markers the databases are asked to put around matches (SQLite's
// highlight(), PostgreSQL's ts_headline); unmark turns them into spans.
const (
	hlOpen  = '\x02'
	hlClose = '\x03'
)

// unmark removes the match markers from text and returns where the marked
// parts are. A close without an open is dropped; an open without a close
// runs to the end.
func unmark(text string) (string, []Span) {
	if !strings.ContainsAny(text, string(hlOpen)+string(hlClose)) {
		return text, nil
	}
	var (
		b     strings.Builder
		spans []Span
		open  = -1
	)
	b.Grow(len(text))
	for _, r := range text {
		switch {
		case r == hlOpen && open < 0:
			open = b.Len()
		case r == hlClose && open >= 0:
			if b.Len() > open {
				spans = append(spans, Span{open, b.Len()})
			}
			open = -1
		case r == hlOpen || r == hlClose:
		default:
			b.WriteRune(r)
		}
	}
	if open >= 0 && b.Len() > open {
		spans = append(spans, Span{open, b.Len()})
	}
	return b.String(), spans
}

// Search implements Store.
func (c *core[TTx]) Search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	if opts.Limit <= 0 {
		opts.Limit = 20
	}
	opts.Limit = min(opts.Limit, 200)
	hits, err := c.b.search(ctx, query, opts)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return hits, nil
}

// Unindexed implements Store.
func (c *core[TTx]) Unindexed(ctx context.Context) (int64, error) {
	n, err := c.b.unindexed(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: search index lag: %w", err)
	}
	return n, nil
}
