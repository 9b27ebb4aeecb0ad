package auth_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
)

func TestRoles(t *testing.T) {
	cases := []struct {
		have, need auth.Role
		want       bool
	}{
		{auth.RoleAdmin, auth.RoleAgent, true},
		{auth.RoleAgent, auth.RoleAgent, true},
		{auth.RoleViewer, auth.RoleAgent, false},
		{auth.RoleViewer, auth.RolePublic, true},
		{auth.RolePublic, auth.RoleViewer, false},
	}
	for _, c := range cases {
		if got := c.have.Allows(c.need); got != c.want {
			t.Errorf("%q.Allows(%q) = %v, want %v", c.have, c.need, got, c.want)
		}
	}
	for _, s := range []string{"admin", "agent", "viewer"} {
		if r, err := auth.ParseRole(s); err != nil || string(r) != s {
			t.Errorf("ParseRole(%q) = %q, %v", s, r, err)
		}
	}
	if _, err := auth.ParseRole("root"); err == nil {
		t.Error("ParseRole(root) accepted")
	}
	bound := &auth.Caller{Role: auth.RoleViewer, Customer: "Acme"}
	if !bound.Sees("Acme") || bound.Sees("Other") || !bound.CustomerBound() {
		t.Error("a customer-bound viewer's scope is wrong")
	}
	if staff := (&auth.Caller{Role: auth.RoleViewer}); !staff.Sees("Other") || staff.CustomerBound() {
		t.Error("an unbound viewer's scope is wrong")
	}
}

// TestTokenCache: a stored token resolves to its caller; a deleted one
// keeps working from the cache until TokenTTL has passed, then not.
func TestTokenCache(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "debrief.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	secret, hash, err := auth.NewToken()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, auth.TokenPrefix) || hash != auth.HashToken(secret) || strings.Contains(hash, secret) {
		t.Fatalf("token %q, hash %q", secret, hash)
	}
	id, err := st.CreateToken(ctx, store.Token{Hash: hash, Role: "viewer", Customer: "Acme"})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	tc := auth.NewTokenCache(st, func() time.Time { return now })
	c, err := tc.Caller(ctx, secret)
	if err != nil || c.Role != auth.RoleViewer || c.Customer != "Acme" || c.TokenID != id {
		t.Fatalf("Caller = %+v, %v", c, err)
	}
	if _, err := tc.Caller(ctx, "dbf_wrong"); !errors.Is(err, auth.ErrUnknownToken) {
		t.Errorf("an unknown token: %v", err)
	}
	if err := st.DeleteToken(ctx, id); err != nil {
		t.Fatal(err)
	}
	now = now.Add(auth.TokenTTL - time.Second)
	if _, err := tc.Caller(ctx, secret); err != nil {
		t.Errorf("within the TTL the cached token still works: %v", err)
	}
	now = now.Add(2 * time.Second)
	if _, err := tc.Caller(ctx, secret); !errors.Is(err, auth.ErrUnknownToken) {
		t.Errorf("after the TTL a deleted token: %v, want ErrUnknownToken", err)
	}
}
