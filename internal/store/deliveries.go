package store

import (
	"context"
	"fmt"
	"time"
)

// RecordDelivery implements Store. Expired keys are deleted in the same
// transaction, so the table holds one replay window's deliveries.
func (c *core[TTx]) RecordDelivery(ctx context.Context, key string, expires time.Time) (bool, error) {
	if key == "" {
		return false, fmt.Errorf("store: record delivery: empty key: %w", ErrInvalid)
	}
	var first bool
	err := c.retryUnique(func() error {
		return c.inTx(ctx, func(_ TTx, q querier) error {
			if err := q.exec(ctx, `DELETE FROM webhook_deliveries WHERE expires_at <= $1`, c.b.timeArg(c.now())); err != nil {
				return err
			}
			var got string
			err := q.queryRow(ctx, `INSERT INTO webhook_deliveries (signature, expires_at) VALUES ($1, $2)
				ON CONFLICT (signature) DO NOTHING RETURNING signature`, c.b.text(key), c.b.timeArg(expires)).Scan(&got)
			first = err == nil
			if isNoRows(err) {
				return nil // seen within its window
			}
			return err
		})
	})
	if err != nil {
		return false, fmt.Errorf("store: record delivery: %w", err)
	}
	return first, nil
}

// ForgetDelivery implements Store.
func (c *core[TTx]) ForgetDelivery(ctx context.Context, key string) error {
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.exec(ctx, `DELETE FROM webhook_deliveries WHERE signature = $1`, c.b.text(key))
	})
	if err != nil {
		return fmt.Errorf("store: forget delivery: %w", err)
	}
	return nil
}

// stale refuses tv when it would move its ticket backwards: its last change
// is before the stored latest version's (lastChanged, zero when unknown), or
// at the same instant but open where the stored version is closed.
func stale(tv TicketVersion, lastChanged time.Time, lastClosed bool) error {
	changed := normTime(tv.ChangedAt)
	if changed.IsZero() || lastChanged.IsZero() {
		return nil
	}
	if changed.Before(lastChanged) || (changed.Equal(lastChanged) && lastClosed && !tv.Closed) {
		return fmt.Errorf("ticket %q: this version last changed at %s, the stored one at %s: %w", tv.TicketID,
			changed.Format(time.RFC3339Nano), lastChanged.Format(time.RFC3339Nano), ErrStale)
	}
	return nil
}
