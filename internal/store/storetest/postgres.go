package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PostgresDSN returns the DSN of the test server from DEBRIEF_TEST_POSTGRES,
// skipping the test when it is not set.
func PostgresDSN(tb testing.TB) string {
	dsn := os.Getenv("DEBRIEF_TEST_POSTGRES")
	if dsn == "" {
		tb.Skip("DEBRIEF_TEST_POSTGRES is not set")
	}
	return dsn
}

// NewPostgresSchema creates a schema of its own for one test (dropped at
// its end) and returns a DSN whose search_path selects it, so that tests
// and concurrent runs never share tables.
func NewPostgresSchema(tb testing.TB) string {
	base := PostgresDSN(tb)
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("DEBRIEF_TEST_POSTGRES: %v", err)
	}
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	schema := "storetest_" + hex.EncodeToString(rnd[:])
	ExecPostgres(tb, base, "CREATE SCHEMA "+schema)
	tb.Cleanup(func() { ExecPostgres(tb, base, "DROP SCHEMA "+schema+" CASCADE") })
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// ExecPostgres runs one SQL statement on the database at dsn.
func ExecPostgres(tb testing.TB, dsn, query string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, query); err != nil {
		tb.Fatalf("exec %q: %v", query, err)
	}
}
