package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

func testTokens(t *testing.T, h Harness) {
	clock := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	s := Open(t, h.newDSN(t), store.Options{Clock: func() time.Time { return clock }})
	ctx := ctxOf(t)
	sum := sha256.Sum256([]byte("secret-1"))
	tok := store.Token{Hash: hex.EncodeToString(sum[:]), Role: "admin", Name: "ops"}
	id, err := s.CreateToken(ctx, tok)
	if err != nil || id == 0 {
		t.Fatalf("CreateToken = %d, %v", id, err)
	}
	tok2 := store.Token{Hash: "h2", Role: "customer", Customer: "Acme", Name: "acme portal", CreatedAt: epoch}
	id2, err := s.CreateToken(ctx, tok2)
	if err != nil || id2 == id {
		t.Fatalf("CreateToken = %d, %v", id2, err)
	}
	got, err := s.TokenByHash(ctx, tok.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != id || got.Hash != tok.Hash || got.Role != tok.Role || got.Customer != "" || got.Name != tok.Name ||
		!got.CreatedAt.Equal(clock) {
		t.Errorf("TokenByHash = %+v, want %+v with id %d created at %v", got, tok, id, clock)
	}
	if _, err := s.CreateToken(ctx, store.Token{Hash: tok.Hash, Name: "again"}); !errors.Is(err, store.ErrExists) {
		t.Errorf("duplicate hash: err = %v, want ErrExists", err)
	}
	if _, err := s.CreateToken(ctx, store.Token{Name: "no hash"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty hash: err = %v, want ErrInvalid", err)
	}
	all, err := s.Tokens(ctx)
	if err != nil || len(all) != 2 || all[0].ID != id || all[1].ID != id2 || all[1].Customer != "Acme" || !all[1].CreatedAt.Equal(epoch) {
		t.Errorf("Tokens = %+v, %v", all, err)
	}
	if err := s.DeleteToken(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.TokenByHash(ctx, tok.Hash); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleted token: err = %v, want ErrNotFound", err)
	}
	if err := s.DeleteToken(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("delete twice: err = %v, want ErrNotFound", err)
	}
}
