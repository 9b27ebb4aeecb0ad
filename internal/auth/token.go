package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// TokenPrefix starts every API token, so a leaked one is easy to recognise.
const TokenPrefix = "dbf_"

// NewToken returns a new random API token and the hash the store keeps of it.
func NewToken() (secret, hash string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("auth: token: %w", err)
	}
	secret = TokenPrefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, HashToken(secret), nil
}

// HashToken is the SHA-256 of a token, hex-encoded: all the store keeps.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// ErrUnknownToken means the token is not stored (never issued, or revoked).
var ErrUnknownToken = errors.New("unknown or revoked API token")

// TokenStore is what the token cache reads.
type TokenStore interface {
	// TokenByHash returns the token with this hash, or store.ErrNotFound.
	TokenByHash(ctx context.Context, hash string) (store.Token, error)
}

// TokenTTL is how long a lookup is remembered: a deleted token stops
// working within it.
const TokenTTL = 10 * time.Second

// maxCachedTokens bounds the cache; it is emptied when full.
const maxCachedTokens = 10000

// TokenCache remembers recent token lookups for TokenTTL, so a busy client
// does not cost a database read per request. It is safe for concurrent use.
type TokenCache struct {
	store TokenStore
	now   func() time.Time
	mu    sync.Mutex
	m     map[string]cachedToken
}

type cachedToken struct {
	c       *Caller
	expires time.Time
}

// NewTokenCache returns a cache over st; now is its clock (time.Now if nil).
func NewTokenCache(st TokenStore, now func() time.Time) *TokenCache {
	if now == nil {
		now = time.Now
	}
	return &TokenCache{store: st, now: now, m: map[string]cachedToken{}}
}

// Caller returns the caller a token secret stands for: ErrUnknownToken if
// no such token is stored, another error if the store failed.
func (tc *TokenCache) Caller(ctx context.Context, secret string) (*Caller, error) {
	hash := HashToken(secret)
	now := tc.now()
	tc.mu.Lock()
	ct, hit := tc.m[hash]
	tc.mu.Unlock()
	if hit && now.Before(ct.expires) {
		return ct.c, nil
	}
	t, err := tc.store.TokenByHash(ctx, hash)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, ErrUnknownToken
	case err != nil:
		return nil, fmt.Errorf("auth: token lookup: %w", err)
	}
	c := &Caller{Role: Role(t.Role), Customer: t.Customer, TokenID: t.ID, Name: t.Name}
	tc.mu.Lock()
	if len(tc.m) >= maxCachedTokens {
		clear(tc.m)
	}
	tc.m[hash] = cachedToken{c: c, expires: now.Add(TokenTTL)}
	tc.mu.Unlock()
	return c, nil
}
