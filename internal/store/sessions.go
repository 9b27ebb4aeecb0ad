package store

import (
	"context"
	"fmt"
	"time"
)

// Sessions of the web interface: a browser signs in with an API token and
// gets a session. Only the hash of the session id is stored, with the token
// it stands for: deleting the token ends its sessions, and every serve
// process sharing the database knows every session.

// Session is a signed-in browser.
type Session struct {
	// Hash is the SHA-256 (hex) of the session id the browser holds.
	Hash string
	// Token is the API token the session was opened with.
	Token Token
	// CSRF is the session's form token.
	CSRF      string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// Sessions keeps the web interface's sessions.
type Sessions interface {
	// CreateSession stores a session (s.Token.ID names its token) and
	// deletes the expired ones.
	CreateSession(ctx context.Context, s Session) error
	// SessionByHash returns the unexpired session with this hash, with its
	// token, at now; ErrNotFound if there is none or its token is gone.
	SessionByHash(ctx context.Context, hash string, now time.Time) (Session, error)
	// DeleteSession ends a session; ending an unknown one is not an error.
	DeleteSession(ctx context.Context, hash string) error
}

// CreateSession implements Sessions.
func (c *core[TTx]) CreateSession(ctx context.Context, s Session) error {
	if s.CreatedAt.IsZero() {
		s.CreatedAt = c.now()
	}
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		if err := q.exec(ctx, `DELETE FROM web_sessions WHERE expires_at < $1`, c.b.timeArg(normTime(s.CreatedAt))); err != nil {
			return err
		}
		return q.exec(ctx, `INSERT INTO web_sessions (hash, token_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
			s.Hash, s.Token.ID, s.CSRF, c.b.timeArg(normTime(s.CreatedAt)), c.b.timeArg(normTime(s.ExpiresAt)))
	})
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

// SessionByHash implements Sessions.
func (c *core[TTx]) SessionByHash(ctx context.Context, hash string, now time.Time) (Session, error) {
	var s Session
	err := c.b.reader().queryRow(ctx, `SELECT s.hash, s.csrf, s.created_at, s.expires_at,
		t.id, t.hash, t.role, t.customer, t.name, t.created_at
		FROM web_sessions s JOIN tokens t ON t.id = s.token_id
		WHERE s.hash = $1 AND s.expires_at > $2`, hash, c.b.timeArg(normTime(now))).Scan(
		&s.Hash, &s.CSRF, scanTime{&s.CreatedAt}, scanTime{&s.ExpiresAt},
		&s.Token.ID, &s.Token.Hash, &s.Token.Role, &s.Token.Customer, &s.Token.Name, scanTime{&s.Token.CreatedAt})
	if isNoRows(err) {
		err = ErrNotFound
	}
	if err != nil {
		// The hash is a credential: keep it out of error messages.
		return Session{}, fmt.Errorf("store: load session: %w", err)
	}
	return s, nil
}

// DeleteSession implements Sessions.
func (c *core[TTx]) DeleteSession(ctx context.Context, hash string) error {
	err := c.inTx(ctx, func(_ TTx, q querier) error {
		return q.exec(ctx, `DELETE FROM web_sessions WHERE hash = $1`, hash)
	})
	if err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}
