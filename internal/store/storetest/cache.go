package storetest

import (
	"errors"
	"testing"

	"github.com/debriefhq/debrief/internal/store"
)

func testCache(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	s := Open(t, dsn, store.Options{})
	ctx := ctxOf(t)
	if _, ok, err := s.CacheGet(ctx, "k1"); ok || err != nil {
		t.Fatalf("empty cache: %v %v", ok, err)
	}
	val := []byte("{\"overview\":\"text with ' quotes and \\u0000\"}\x00\xff")
	if err := s.CachePut(ctx, "k1", val); err != nil {
		t.Fatal(err)
	}
	if err := s.CachePut(ctx, "k1", []byte("other")); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.CacheGet(ctx, "k1")
	if err != nil || !ok || string(got) != string(val) {
		t.Fatalf("cache get = %q %v %v, want the first value byte for byte", got, ok, err)
	}
	if err := s.CachePut(ctx, "", val); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty key: %v", err)
	}
	// Entries survive a reopen: results are paid for once.
	s.Close()
	s = Open(t, dsn, store.Options{})
	if _, ok, _ := s.CacheGet(ctx, "k1"); !ok {
		t.Error("cache entry lost on reopen")
	}
}
