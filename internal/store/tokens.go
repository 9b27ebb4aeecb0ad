package store

import (
	"context"
	"fmt"
	"time"
)

// Token is an API token. Only the SHA-256 hash of the secret is stored.
type Token struct {
	ID        int64
	Hash      string
	Role      string
	Customer  string
	Name      string
	CreatedAt time.Time
}

// Tokens.

// CreateToken implements Store.
func (c *core[TTx]) CreateToken(ctx context.Context, t Token) (int64, error) {
	if t.Hash == "" {
		return 0, fmt.Errorf("store: create token: empty hash: %w", ErrInvalid)
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = c.now()
	}
	var id int64
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.queryRow(ctx, `INSERT INTO tokens (hash, role, customer, name, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			t.Hash, t.Role, t.Customer, t.Name, c.b.timeArg(t.CreatedAt)).Scan(&id)
	})
	if c.b.isUniqueViolation(err) {
		err = ErrExists
	}
	if err != nil {
		return 0, fmt.Errorf("store: create token %q: %w", t.Name, err)
	}
	return id, nil
}

const tokenColumns = `id, hash, role, customer, name, created_at`

func scanToken(r row) (Token, error) {
	var t Token
	err := r.Scan(&t.ID, &t.Hash, &t.Role, &t.Customer, &t.Name, scanTime{&t.CreatedAt})
	return t, err
}

// TokenByHash implements Store.
func (c *core[TTx]) TokenByHash(ctx context.Context, hash string) (Token, error) {
	t, err := scanToken(c.b.reader().queryRow(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE hash = $1`, hash))
	if isNoRows(err) {
		err = ErrNotFound
	}
	if err != nil {
		// The hash is a credential: keep it out of error messages.
		return Token{}, fmt.Errorf("store: load token by hash: %w", err)
	}
	return t, nil
}

// Tokens implements Store.
func (c *core[TTx]) Tokens(ctx context.Context) ([]Token, error) {
	rs, err := c.b.reader().query(ctx, `SELECT `+tokenColumns+` FROM tokens ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: list tokens: %w", err)
	}
	defer rs.Close()
	out := []Token{}
	for rs.Next() {
		t, err := scanToken(rs)
		if err != nil {
			return nil, fmt.Errorf("store: list tokens: %w", err)
		}
		out = append(out, t)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("store: list tokens: %w", err)
	}
	return out, nil
}

// DeleteToken implements Store.
func (c *core[TTx]) DeleteToken(ctx context.Context, id int64) error {
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		var got int64
		err := q.queryRow(ctx, `DELETE FROM tokens WHERE id = $1 RETURNING id`, id).Scan(&got)
		if isNoRows(err) {
			return ErrNotFound
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete token %d: %w", id, err)
	}
	return nil
}

// Close implements Store.
