package store

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"
)

// indexTicket and indexReports mark the ticket changed for the indexer: it
// is the next change, after every one committed before.
func (b *sqliteBackend) indexTicket(ctx context.Context, q querier, seq int64, _ bool, _, _ string) error {
	return b.markChanged(ctx, q, seq)
}

func (b *sqliteBackend) indexReports(ctx context.Context, q querier, seq int64, _, _ string) error {
	return b.markChanged(ctx, q, seq)
}

func (b *sqliteBackend) markChanged(ctx context.Context, q querier, seq int64) error {
	return q.exec(ctx, `UPDATE tickets SET changed = (SELECT max(changed) FROM tickets) + 1 WHERE seq = $1`, seq)
}

func (b *sqliteBackend) unindexed(ctx context.Context) (int64, error) { return b.ix.unindexed(ctx) }

// highlightLimit is the longest text (in characters) handed to FTS5's
// highlight(), whose cost grows with the square of the text's length;
// longer texts are highlighted in Go (see markTerms).
const highlightLimit = 16384

// search ranks with bm25, weighting the subject over the reports over the
// ticket text. Snippets are cut in Go from the highlighted texts of the
// returned hits only: FTS5's snippet() and highlight() are quadratic, and
// tickets can hold long log pastes. A search sees every change committed
// before it began, unless the index lags by more than searchWait.
func (b *sqliteBackend) search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	hits := []Hit{}
	groups := parseQuery(query)
	match := fts5Query(groups)
	if match == "" {
		return hits, nil
	}
	if err := b.ix.catchUp(ctx); err != nil {
		return nil, err
	}
	found, err := b.ix.search(ctx, match, opts.Customer, opts.Limit)
	if err != nil || len(found) == 0 {
		return hits, err
	}
	seqs := make([]int64, len(found))
	for i, f := range found {
		seqs[i] = f.seq
	}
	// One parameter, a JSON array, for any number of hits.
	list, err := json.Marshal(seqs)
	if err != nil {
		return nil, err
	}
	rs, err := b.reader().query(ctx, `SELECT seq, id, latest_analysis, latest_version, customer, subject
		FROM tickets WHERE seq IN (SELECT value FROM json_each($1))`, string(list))
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	bySeq := make(map[int64]Hit, len(found))
	for rs.Next() {
		var (
			seq int64
			h   Hit
		)
		if err := rs.Scan(&seq, &h.TicketID, &h.Version, &h.TicketVersion, &h.Customer, &h.Subject); err != nil {
			return nil, err
		}
		bySeq[seq] = h
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	var terms []string
	for _, f := range found {
		h, ok := bySeq[f.seq]
		if !ok {
			continue
		}
		for i := range f.texts {
			if f.long[i] {
				if terms == nil {
					terms = queryTerms(groups)
				}
				f.texts[i] = markTerms(f.texts[i], terms)
			}
		}
		h.Snippet, h.Highlights = snippet(f.texts[:]...)
		h.Rank = f.score
		hits = append(hits, h)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Rank, a.Rank), cmp.Compare(a.TicketID, b.TicketID))
	})
	return hits, nil
}

// fts5Query renders groups as an SQLite FTS5 expression in which every
// phrase is a string, so that it is never a syntax error:
// ("a" AND "b c") NOT ("d") OR ("e"). It returns "" for no groups.
func fts5Query(groups []queryGroup) string {
	quote := func(ps []string) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = `"` + p + `"`
		}
		return out
	}
	var out []string
	for _, g := range groups {
		expr := strings.Join(quote(g.pos), " AND ")
		if len(g.neg) > 0 {
			expr = "(" + expr + ") NOT (" + strings.Join(quote(g.neg), " OR ") + ")"
		}
		out = append(out, "("+expr+")")
	}
	return strings.Join(out, " OR ")
}
