package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// The PostgreSQL helpers are storetest's, shared with other packages' tests.
var (
	postgresDSN       = storetest.PostgresDSN
	newPostgresSchema = storetest.NewPostgresSchema
	execPostgres      = storetest.ExecPostgres
)

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
