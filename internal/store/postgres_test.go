package store_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
	"github.com/jackc/pgx/v5"
)

// postgresDSN returns the DSN of the test server from DEBRIEF_TEST_POSTGRES,
// skipping the test when it is not set.
func postgresDSN(tb testing.TB) string {
	dsn := os.Getenv("DEBRIEF_TEST_POSTGRES")
	if dsn == "" {
		tb.Skip("DEBRIEF_TEST_POSTGRES is not set")
	}
	return dsn
}

// newPostgresSchema creates a schema of its own for one test (dropped at
// its end) and returns a DSN whose search_path selects it, so that tests
// and concurrent runs never share tables.
func newPostgresSchema(tb testing.TB) string {
	base := postgresDSN(tb)
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("DEBRIEF_TEST_POSTGRES: %v", err)
	}
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	schema := "storetest_" + hex.EncodeToString(rnd[:])
	execPostgres(tb, base, "CREATE SCHEMA "+schema)
	tb.Cleanup(func() { execPostgres(tb, base, "DROP SCHEMA "+schema+" CASCADE") })
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func execPostgres(tb testing.TB, dsn, query string) {
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

var postgresHarness = storetest.Harness{
	NewDSN: func(t *testing.T) string { return newPostgresSchema(t) },
	Exec:   func(t *testing.T, dsn, query string) { execPostgres(t, dsn, query) },
}

func TestPostgres(t *testing.T) {
	postgresDSN(t)
	storetest.Run(t, postgresHarness)
}

func TestPostgresBadDSN(t *testing.T) {
	_, err := store.Open(t.Context(), "postgres://user:sekrit@127.0.0.1:1/none?connect_timeout=2", store.Options{})
	if err == nil {
		t.Fatal("open of an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "sekrit") {
		t.Errorf("error %q reveals the password", err)
	}
}

func BenchmarkSearchPostgres(b *testing.B) {
	dsn := newPostgresSchema(b)
	s, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	benchSearch(b, s)
}

func BenchmarkIngestPostgres(b *testing.B) {
	dsn := newPostgresSchema(b)
	s, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	benchIngest(b, s)
}
