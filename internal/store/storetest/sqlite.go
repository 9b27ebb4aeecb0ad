package storetest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
)

// sqliteTemplate holds the files of a SQLite database (and its search file)
// that a store created and migrated, made once per test binary: migrating
// parses SQLite's whole schema at each step, about half a second a database
// under the race detector.
var sqliteTemplate = sync.OnceValues(func() (map[string]sqliteFile, error) {
	dir, err := os.MkdirTemp("", "debrief-storetest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	s, err := store.Open(context.Background(), filepath.Join(dir, "debrief.db"), store.Options{})
	if err != nil {
		return nil, err
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	files := map[string]sqliteFile{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), "-shm") {
			continue // an index of the WAL, rebuilt at open
		}
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		files[e.Name()] = sqliteFile{b, info.Mode().Perm()}
	}
	return files, nil
})

type sqliteFile struct {
	data []byte
	perm fs.FileMode
}

// MigratedSQLite returns the path of a new SQLite database in a temp dir of
// t's that holds this binary's schema and nothing else: a copy of the files
// a store leaves at its first open of a new path, made without migrating
// again.
func MigratedSQLite(t testing.TB) string {
	t.Helper()
	files, err := sqliteTemplate()
	if err != nil {
		t.Fatalf("migrated SQLite template: %v", err)
	}
	dir := t.TempDir()
	for name, f := range files {
		if err := os.WriteFile(filepath.Join(dir, name), f.data, f.perm); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "debrief.db")
}
