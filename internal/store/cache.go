package store

import (
	"context"
	"fmt"
)

// CacheGet implements Store.
func (c *core[TTx]) CacheGet(ctx context.Context, key string) ([]byte, bool, error) {
	var v []byte
	err := c.b.reader().queryRow(ctx, `SELECT value FROM llm_cache WHERE key = $1`, key).Scan(&v)
	switch {
	case isNoRows(err):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("store: cache get: %w", err)
	}
	return v, true, nil
}

// CachePut implements Store.
func (c *core[TTx]) CachePut(ctx context.Context, key string, value []byte) error {
	if key == "" {
		return fmt.Errorf("store: cache put: empty key: %w", ErrInvalid)
	}
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.exec(ctx, `INSERT INTO llm_cache (key, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
			key, value, c.b.timeArg(c.now()))
	})
	if err != nil {
		return fmt.Errorf("store: cache put: %w", err)
	}
	return nil
}
