package store

import (
	"context"
	"fmt"
)

// FallbackTickets implements Store: it reads the fallback flag of the latest
// analyses, not their reports.
func (c *core[TTx]) FallbackTickets(ctx context.Context) ([]string, error) {
	fail := func(err error) ([]string, error) {
		return nil, fmt.Errorf("store: list tickets whose analysis fell back: %w", err)
	}
	rs, err := c.b.reader().query(ctx, `SELECT t.id FROM tickets t
		JOIN analyses a ON a.ticket_id = t.id AND a.version = t.latest_analysis
		WHERE a.fallback ORDER BY t.id`)
	if err != nil {
		return fail(err)
	}
	defer rs.Close()
	out := []string{}
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			return fail(err)
		}
		out = append(out, id)
	}
	if err := rs.Err(); err != nil {
		return fail(err)
	}
	return out, nil
}
