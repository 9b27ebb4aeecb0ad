package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
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
		return "", "", fmt.Errorf("server: token: %w", err)
	}
	secret = TokenPrefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, HashToken(secret), nil
}

// HashToken is the SHA-256 of a token, hex-encoded: all the store keeps.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// ParseRole validates a role name.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleAdmin, RoleAgent, RoleViewer:
		return r, nil
	}
	return "", fmt.Errorf("unknown role %q (want admin, agent or viewer)", s)
}

// tokenCache remembers recent token lookups for a few seconds, so a busy client
// does not cost a database read per request; a deleted token stops working
// within tokenTTL.
type tokenCache struct {
	store store.Store
	now   func() time.Time
	mu    sync.Mutex
	m     map[string]cachedToken
}

type cachedToken struct {
	c       *caller
	expires time.Time
}

const tokenTTL = 10 * time.Second

func newTokenCache(st store.Store, now func() time.Time) *tokenCache {
	return &tokenCache{store: st, now: now, m: map[string]cachedToken{}}
}

func (s *Server) authenticate(w http.ResponseWriter, r *http.Request) (*caller, bool) {
	h := r.Header.Get("Authorization")
	secret, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || strings.TrimSpace(secret) == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="debrief"`)
		writeError(w, http.StatusUnauthorized, "unauthorized", "send an API token: Authorization: Bearer <token>")
		return nil, false
	}
	hash := HashToken(strings.TrimSpace(secret))
	tc := s.tokens
	now := tc.now()
	tc.mu.Lock()
	ct, hit := tc.m[hash]
	tc.mu.Unlock()
	if hit && now.Before(ct.expires) {
		return ct.c, true
	}
	t, err := tc.store.TokenByHash(r.Context(), hash)
	switch {
	case errors.Is(err, store.ErrNotFound):
		w.Header().Set("WWW-Authenticate", `Bearer realm="debrief", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "unauthorized", "unknown or revoked API token")
		return nil, false
	case err != nil:
		s.log.Error("token lookup", "err", err)
		writeError(w, http.StatusServiceUnavailable, "unavailable", "the token store is unavailable")
		return nil, false
	}
	c := &caller{Role: Role(t.Role), Customer: t.Customer, TokenID: t.ID}
	tc.mu.Lock()
	if len(tc.m) > 10000 {
		clear(tc.m)
	}
	tc.m[hash] = cachedToken{c: c, expires: now.Add(tokenTTL)}
	tc.mu.Unlock()
	return c, true
}
