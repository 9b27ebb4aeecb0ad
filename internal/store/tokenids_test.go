package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestMigrationKeepsTokens upgrades an archive made before token ids were AUTOINCREMENT (schema 5): its tokens
// keep their ids, and a new token is numbered after the largest, never
// reusing a deleted one's id from then on.
func TestMigrationKeepsTokens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	ms, err := loadMigrations("sqlite")
	if err != nil || len(ms) < 6 {
		t.Fatalf("migrations: %d, %v", len(ms), err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := migrateSchema(ctx, sqlQuerier{db}, sqliteSchemaVersionTable, ms[:5], "2026-01-01T00:00:00.000000Z"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int{1, 2, 5} {
		if _, err := db.Exec(`INSERT INTO tokens (id, hash, role, customer, name, created_at)
			VALUES (?, ?, 'admin', '', 'old', '2026-01-01T00:00:00.000000Z')`, id, "hash"+string(rune('0'+id))); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	toks, err := s.Tokens(ctx)
	if err != nil || len(toks) != 3 || toks[0].ID != 1 || toks[1].ID != 2 || toks[2].ID != 5 {
		t.Fatalf("tokens after the upgrade = %+v, %v", toks, err)
	}
	if err := s.DeleteToken(ctx, 5); err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateToken(ctx, Token{Hash: "new", Role: "viewer", Name: "new"})
	if err != nil || id != 6 {
		t.Errorf("new token id = %d, %v; want 6", id, err)
	}
}
