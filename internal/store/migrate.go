package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

//go:embed migrations
var migrationFS embed.FS

// migration is one numbered schema change, migrations/<dialect>/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the migrations of a dialect ("sqlite", "postgres"),
// checking that they are numbered 1, 2, 3... without gaps.
func loadMigrations(dialect string) ([]migration, error) {
	dir := path.Join("migrations", dialect)
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, _ := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: bad number: %w", name, err)
		}
		if v != len(out)+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", name, len(out)+1)
		}
		body, err := fs.ReadFile(migrationFS, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: strings.TrimSuffix(name, ".sql"), sql: string(body)})
	}
	return out, nil
}

// migrateSchema brings the schema up to date within an open transaction:
// it creates schema_version (with createTable), refuses a database newer
// than ms, and applies the missing migrations. It returns the versions
// before and after.
func migrateSchema(ctx context.Context, q querier, createTable string, ms []migration, now any) (from, to int, err error) {
	if err := q.exec(ctx, createTable); err != nil {
		return 0, 0, fmt.Errorf("create schema_version: %w", err)
	}
	if err := q.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&from); err != nil {
		return 0, 0, fmt.Errorf("read schema version: %w", err)
	}
	if from > len(ms) {
		return from, from, fmt.Errorf("database schema version %d, this binary knows up to %d (upgrade debrief): %w",
			from, len(ms), ErrSchemaTooNew)
	}
	for _, m := range ms[from:] {
		if err := q.exec(ctx, m.sql); err != nil {
			return from, m.version - 1, fmt.Errorf("apply migration %s: %w", m.name, err)
		}
		if err := q.exec(ctx, `INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)`,
			m.version, m.name, now); err != nil {
			return from, m.version - 1, fmt.Errorf("record migration %s: %w", m.name, err)
		}
	}
	return from, len(ms), nil
}
