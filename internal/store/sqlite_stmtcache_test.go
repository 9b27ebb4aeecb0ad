package store

import (
	"fmt"
	"path/filepath"
	"testing"
)

func TestStatementCache(t *testing.T) {
	db, err := openCachingDB(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := t.Context()
	// A script without arguments runs whole.
	if _, err := db.ExecContext(ctx, `CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := db.ExecContext(ctx, `INSERT INTO t (k, v) VALUES ($1, $2)`, i, fmt.Sprint("v", i)); err != nil {
			t.Fatal(err)
		}
	}
	// Rows of a cached statement read to the end release it.
	for range 3 {
		rows, err := db.QueryContext(ctx, `SELECT count(*) FROM t WHERE k >= $1`, 0)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		for rows.Next() {
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
		}
		if err := rows.Close(); err != nil || n != 10 {
			t.Fatalf("count = %d, %v", n, err)
		}
	}

	// The same query run again while its rows are open gets a statement of
	// its own instead of resetting the cached one.
	const q = `SELECT k, v FROM t WHERE k >= $1 ORDER BY k`
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	rows1, err := conn.QueryContext(ctx, q, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !rows1.Next() {
		t.Fatal("no first row")
	}
	rows2, err := conn.QueryContext(ctx, q, 8)
	if err != nil {
		t.Fatal(err)
	}
	var got2 []int
	for rows2.Next() {
		var (
			k int
			v string
		)
		_ = rows2.Scan(&k, &v)
		got2 = append(got2, k)
	}
	rows2.Close()
	var got1 []int
	for ok := true; ok && len(got1) < 100; ok = rows1.Next() {
		var (
			k int
			v string
		)
		_ = rows1.Scan(&k, &v)
		got1 = append(got1, k)
	}
	rows1.Close()
	if fmt.Sprint(got1) != "[5 6 7 8 9]" || fmt.Sprint(got2) != "[8 9]" {
		t.Errorf("interleaved rows: %v and %v, want [5 6 7 8 9] and [8 9]", got1, got2)
	}

	// More distinct statements than the cache holds still work.
	for i := range maxCachedStmts + 20 {
		var k int
		if err := conn.QueryRowContext(ctx, fmt.Sprintf(`SELECT k + %d FROM t WHERE k = $1`, i), 1).Scan(&k); err != nil || k != 1+i {
			t.Fatalf("statement %d: %d, %v", i, k, err)
		}
	}
	// A failing statement reports its error and leaves the cache usable.
	if _, err := conn.ExecContext(ctx, `INSERT INTO t (k, v) VALUES ($1, $2)`, 1, "dup"); err == nil {
		t.Error("duplicate key accepted")
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO t (k, v) VALUES ($1, $2)`, 100, "ok"); err != nil {
		t.Errorf("insert after a failure: %v", err)
	}
}
