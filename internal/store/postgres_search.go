package store

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// The text search configuration; the SQLite index stems with porter too.
const pgTextSearchConfig = "english"

// searchTimeout bounds a search on the server.
const searchTimeout = 30 * time.Second

func (b *pgBackend) indexTicket(ctx context.Context, q querier, seq int64, _ bool, subject, text string) error {
	return q.exec(ctx, `UPDATE tickets SET ticket_tsv =
		setweight(to_tsvector('`+pgTextSearchConfig+`', $2), 'A') || setweight(to_tsvector('`+pgTextSearchConfig+`', $3), 'C')
		WHERE seq = $1`, seq, subject, text)
}

func (b *pgBackend) indexReports(ctx context.Context, q querier, seq int64, technical, executive string) error {
	return q.exec(ctx, `UPDATE tickets SET report_tsv =
		setweight(to_tsvector('`+pgTextSearchConfig+`', $2), 'B')
		WHERE seq = $1`, seq, technical+"\n\n"+executive)
}

// search ranks with ts_rank over the weighted vector (subject A, reports B,
// ticket text C), divided by 1 + the log of the document length, and makes
// snippets with ts_headline for the returned hits only, from their first
// 100,000 characters (ts_headline's cost grows with the text). The query is
// parsed like SQLite's and passed on normalised, with repeated terms
// dropped and at most maxQueryTerms, which bounds the cost of ranking and
// headlines. ts_headline marks matches with the characters unmark turns
// into spans.
func (b *pgBackend) search(ctx context.Context, query string, opts SearchOptions) ([]Hit, error) {
	hits := []Hit{}
	query = webQuery(parseQuery(query))
	if query == "" {
		return hits, nil
	}
	// A search must not outlive its caller on the server, even if the
	// connection is lost without a cancel request reaching the server.
	tx, err := b.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, err
	}
	defer b.rollback(ctx, tx)
	if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = `+strconv.Itoa(int(searchTimeout.Milliseconds()))); err != nil {
		return nil, err
	}
	rs, err := pgQuerier{tx}.query(ctx, `WITH q AS (SELECT websearch_to_tsquery('`+pgTextSearchConfig+`', $1) AS q),
		top AS (
			SELECT t.id, t.latest_analysis, t.latest_version, t.customer, t.subject, ts_rank(t.search, q.q, 1) AS score
			FROM tickets t, q
			WHERE t.search @@ q.q AND ($2 = '' OR t.customer = $2)
			ORDER BY score DESC, t.id
			LIMIT $3)
		SELECT top.id, top.latest_analysis, top.latest_version, top.customer, top.subject,
			ts_headline('`+pgTextSearchConfig+`', left(concat_ws(E'\n', top.subject, a.technical, a.executive, v.body), 100000), q.q,
				'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "'),
			top.score
		FROM top CROSS JOIN q
		JOIN ticket_versions v ON v.ticket_id = top.id AND v.version = top.latest_version
		LEFT JOIN analyses a ON a.ticket_id = top.id AND a.version = top.latest_analysis
		ORDER BY top.score DESC, top.id`, query, opts.Customer, opts.Limit)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var (
			h     Hit
			score float32
		)
		if err := rs.Scan(&h.TicketID, &h.Version, &h.TicketVersion, &h.Customer, &h.Subject, &h.Snippet, &score); err != nil {
			return nil, err
		}
		h.Snippet, h.Highlights = unmark(h.Snippet)
		h.Rank = float64(score)
		hits = append(hits, h)
	}
	return hits, rs.Err()
}

// webQuery renders groups back as websearch_to_tsquery input, normalised:
// "a" "b c" -"d" or "e". It returns "" for no groups.
func webQuery(groups []queryGroup) string {
	var out []string
	for _, g := range groups {
		var parts []string
		for _, p := range g.pos {
			parts = append(parts, `"`+p+`"`)
		}
		for _, p := range g.neg {
			parts = append(parts, `-"`+p+`"`)
		}
		out = append(out, strings.Join(parts, " "))
	}
	return strings.Join(out, " or ")
}
