package storetest

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

// RunHardening runs the suite's tests of what a restart or a second process
// must not forget (issue 11): webhook replays, the order of ticket versions
// and token ids.
func RunHardening(t *testing.T, h Harness) {
	t.Run("DeliveriesAcrossStores", func(t *testing.T) { testDeliveries(t, h) })
	t.Run("DeliveriesConcurrent", func(t *testing.T) { testDeliveriesConcurrent(t, h) })
	t.Run("StaleVersionRefused", func(t *testing.T) { testStale(t, h) })
	t.Run("TokenIDsNotReused", func(t *testing.T) { testTokenIDs(t, h) })
}

// testDeliveries: a delivery key is remembered until it expires, by every
// store on the database, and after a reopen.
func testDeliveries(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	a := Open(t, dsn, store.Options{Clock: clock})
	b := Open(t, dsn, store.Options{Clock: clock})
	ctx := ctxOf(t)
	expires := now.Add(5 * time.Minute)
	record := func(s store.Store, key string) bool {
		t.Helper()
		first, err := s.RecordDelivery(ctx, key, expires)
		if err != nil {
			t.Fatal(err)
		}
		return first
	}
	if !record(a, "sha256=aa") {
		t.Fatal("first delivery refused")
	}
	if record(a, "sha256=aa") || record(b, "sha256=aa") {
		t.Error("replay accepted")
	}
	if !record(b, "sha256=bb") {
		t.Error("another delivery refused")
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	c := Open(t, dsn, store.Options{Clock: clock})
	if record(c, "sha256=aa") {
		t.Error("replay accepted after a reopen")
	}
	mu.Lock()
	now = expires.Add(time.Second)
	mu.Unlock()
	expires = now.Add(5 * time.Minute)
	if !record(c, "sha256=aa") {
		t.Error("a key past its expiry is still remembered")
	}
	// A delivery that could not be stored is forgotten, and its retry accepted.
	if err := c.ForgetDelivery(ctx, "sha256=bb"); err != nil {
		t.Fatal(err)
	}
	if !record(c, "sha256=bb") || record(c, "sha256=bb") {
		t.Error("a forgotten delivery is not accepted exactly once")
	}
	if _, err := c.RecordDelivery(ctx, "", expires); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty key: %v, want ErrInvalid", err)
	}
}

// testDeliveriesConcurrent: of the same delivery arriving at two stores at
// once many times, exactly one is first.
func testDeliveriesConcurrent(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	stores := []store.Store{Open(t, dsn, store.Options{}), Open(t, dsn, store.Options{})}
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		firsts int
	)
	for i := range 16 {
		wg.Go(func() {
			first, err := stores[i%2].RecordDelivery(ctxOf(t), "sha256=same", time.Now().Add(time.Minute))
			if err != nil {
				t.Error(err)
				return
			}
			if first {
				mu.Lock()
				firsts++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if firsts != 1 {
		t.Errorf("%d of 16 deliveries were first, want 1", firsts)
	}
}

// testStale: a version that changed before the stored one is refused and
// changes nothing; so is an open version of the same instant as a closed one.
func testStale(t *testing.T, h Harness) {
	s := Open(t, h.newDSN(t), store.Options{})
	ctx := ctxOf(t)
	open := Ticket(1, "Acme", "s", "first", false)
	open.ChangedAt = epoch.Add(2 * time.Hour)
	closed := Ticket(1, "Acme", "s", "first", true)
	closed.ChangedAt = epoch.Add(3 * time.Hour)
	mustIngest(t, s, open, false)
	mustIngest(t, s, closed, true)
	if _, err := s.IngestTicket(ctx, open, true); !errors.Is(err, store.ErrStale) {
		t.Errorf("old open version: %v, want ErrStale", err)
	}
	sameInstant := Ticket(1, "Acme", "s", "first, edited", false)
	sameInstant.ChangedAt = closed.ChangedAt
	if _, err := s.IngestTicket(ctx, sameInstant, true); !errors.Is(err, store.ErrStale) {
		t.Errorf("open version of the closed one's instant: %v, want ErrStale", err)
	}
	if got, err := s.Ticket(ctx, "T-0001"); err != nil || got.Version != 2 || !got.Closed {
		t.Errorf("latest = v%d closed %v (%v), want v2 closed", got.Version, got.Closed, err)
	}
	// The same instant and closed (a correction), or later (a reopening), are stored.
	fixed := Ticket(1, "Acme", "s corrected", "first", true)
	fixed.ChangedAt = closed.ChangedAt
	if res := mustIngest(t, s, fixed, false); res.Version != 3 {
		t.Errorf("correction stored as %+v", res)
	}
	reopened := Ticket(1, "Acme", "s", "first, then more", false)
	reopened.ChangedAt = closed.ChangedAt.Add(time.Hour)
	if res := mustIngest(t, s, reopened, false); res.Version != 4 {
		t.Errorf("reopening stored as %+v", res)
	}
	// A version that does not say when it changed is not judged.
	unknown := Ticket(1, "Acme", "s", "no time given", false)
	if res := mustIngest(t, s, unknown, false); res.Version != 5 {
		t.Errorf("version without ChangedAt stored as %+v", res)
	}
	// ... and leaves the stored last change in force.
	if _, err := s.IngestTicket(ctx, open, false); !errors.Is(err, store.ErrStale) {
		t.Errorf("old version after one without ChangedAt: %v, want ErrStale", err)
	}
	// Concurrent stale versions, batched together with fresh ones, are refused one by one.
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			old := Ticket(1, "Acme", "s", "stale "+string(rune('a'+i)), false)
			old.ChangedAt = epoch
			if _, err := s.IngestTicket(ctx, old, false); !errors.Is(err, store.ErrStale) {
				t.Errorf("stale %d: %v", i, err)
			}
			fresh := Ticket(100+i, "Acme", "s", "fresh", true)
			fresh.ChangedAt = epoch
			if _, err := s.IngestTicket(ctx, fresh, false); err != nil {
				t.Errorf("fresh %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if vs, err := s.TicketVersions(ctx, "T-0001"); err != nil || len(vs) != 5 {
		t.Errorf("versions = %d, %v; want 5", len(vs), err)
	}
}

// testTokenIDs: a deleted token's id is never given to a new one.
func testTokenIDs(t *testing.T, h Harness) {
	dsn := h.newDSN(t)
	s := Open(t, dsn, store.Options{})
	ctx := ctxOf(t)
	var last int64
	for _, hash := range []string{"h1", "h2"} {
		id, err := s.CreateToken(ctx, store.Token{Hash: hash, Role: "admin", Name: hash})
		if err != nil {
			t.Fatal(err)
		}
		last = id
	}
	if err := s.DeleteToken(ctx, last); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = Open(t, dsn, store.Options{})
	id, err := s.CreateToken(ctx, store.Token{Hash: "h3", Role: "admin", Name: "h3"})
	if err != nil {
		t.Fatal(err)
	}
	if id <= last {
		t.Errorf("new token got id %d; the deleted token had %d", id, last)
	}
}
