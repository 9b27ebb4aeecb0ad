package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/api"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/zammad"
)

// badInput is one case of testdata/bad-inputs.json.
type badInput struct {
	Name string `json:"name"`
	// Path is where the body goes: /api/v1/tickets (with an agent token, the
	// default), /hooks/generic or /hooks/zammad (signed).
	Path string `json:"path"`
	Body string `json:"body"`
	// Repeat builds a large body: prefix, unit times times, middle, closer
	// times times, suffix.
	Repeat *struct {
		Prefix string `json:"prefix"`
		Unit   string `json:"unit"`
		Times  int    `json:"times"`
		Middle string `json:"middle"`
		Closer string `json:"closer"`
		Suffix string `json:"suffix"`
	} `json:"repeat"`
	Status int    `json:"status"`
	Code   string `json:"code"`
	// ErrorContains must appear in the JSON error's message.
	ErrorContains string `json:"error_contains"`
	// ID is a ticket the body names, which must not be stored.
	ID string `json:"id"`
}

func (c *badInput) body() []byte {
	r := c.Repeat
	if r == nil {
		return []byte(c.Body)
	}
	return []byte(r.Prefix + strings.Repeat(r.Unit, r.Times) + r.Middle + strings.Repeat(r.Closer, r.Times) + r.Suffix)
}

// send posts body to path as the case's sender would: an agent, or a
// webhook signing it.
func (e *env) send(path string, body []byte) (int, []byte) {
	e.t.Helper()
	switch path {
	case "/hooks/generic":
		now := time.Now().Unix()
		return e.do("POST", path, "", body, api.HeaderTimestamp, fmt.Sprint(now), api.HeaderSignature, api.SignGeneric(e.secret, now, body))
	case "/hooks/zammad":
		return e.do("POST", path, "", body, "X-Hub-Signature", zammad.Sign(body, e.secret))
	}
	return e.do("POST", "/api/v1/tickets", e.tokens["agent"], body)
}

// TestBadInputCorpus sends every case of testdata/bad-inputs.json (the abuse
// run of issue 11, and what it found) to a live server: each gets its status
// and a JSON error, stores nothing, queues nothing, and the server stays up.
func TestBadInputCorpus(t *testing.T) {
	raw, err := os.ReadFile("testdata/bad-inputs.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []badInput
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	e := newEnvOn(t, envOptions{dsn: storetest.MigratedSQLite(t), maxBody: 16 << 20})
	queued := func() int64 {
		st, err := e.store.QueueStats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return st.Queued + st.Running + st.Completed + st.Failed
	}
	before := queued()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			code, b := e.send(c.Path, c.body())
			var ae api.Error
			if err := json.Unmarshal(b, &ae); err != nil {
				t.Fatalf("%d, not a JSON error: %.200s", code, b)
			}
			if code != c.Status || ae.Code != c.Code || !strings.Contains(ae.Error, c.ErrorContains) {
				t.Errorf("got %d %s %.300q; want %d %s containing %q", code, ae.Code, ae.Error, c.Status, c.Code, c.ErrorContains)
			}
			if c.ID != "" {
				if _, err := e.store.Ticket(t.Context(), c.ID); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("ticket %q stored (%v)", c.ID, err)
				}
			}
			if n := queued(); n != before {
				t.Errorf("%d analyses queued", n-before)
			}
			if code, _ := e.do("GET", "/healthz", "", nil); code != 200 {
				t.Fatalf("healthz: %d", code)
			}
		})
	}
	if len(cases) < 50 {
		t.Errorf("the corpus has %d cases; it lost some", len(cases))
	}
}

// closedAndOld returns a closed ticket and an older, open version of it.
func closedAndOld(t *testing.T) (closed, old []byte) {
	t.Helper()
	closed = example(t, "05-escalated-payroll.json")
	var doc map[string]any
	if err := json.Unmarshal(closed, &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "closed_at")
	delete(doc, "close_reason")
	events := doc["events"].([]any)
	doc["events"] = events[:len(events)/2]
	old, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return closed, old
}

// TestReplayAcrossRestarts: a generic webhook delivery replayed within its
// window is refused by a restarted server and by another one on the same
// database; an older version, freshly signed, never reopens the closed ticket.
func TestReplayAcrossRestarts(t *testing.T) {
	for name, newDSN := range leakStores(t) {
		t.Run(name, func(t *testing.T) {
			dsn := newDSN(t)
			closed, old := closedAndOld(t)
			now := time.Now().Unix()
			hdr := []string{api.HeaderTimestamp, fmt.Sprint(now), api.HeaderSignature, ""}
			sign := func(e *env, body []byte) []string {
				h := append([]string(nil), hdr...)
				h[3] = api.SignGeneric(e.secret, now, body)
				return h
			}
			first := newEnvOn(t, envOptions{dsn: dsn})
			if code, b := first.do("POST", "/hooks/generic", "", old, sign(first, old)...); code != 201 {
				t.Fatalf("old version: %d %s", code, b)
			}
			if code, b := first.do("POST", "/hooks/generic", "", closed, sign(first, closed)...); code != 201 {
				t.Fatalf("closed version: %d %s", code, b)
			}
			first.srv.Close()
			if err := first.store.Close(); err != nil {
				t.Fatal(err)
			}
			// The restarted server, and a second one beside it.
			for i, e := range []*env{newEnvOn(t, envOptions{dsn: dsn}), newEnvOn(t, envOptions{dsn: dsn})} {
				code, b := e.do("POST", "/hooks/generic", "", old, sign(e, old)...)
				if code != 409 || !strings.Contains(string(b), `"replayed"`) {
					t.Errorf("replayed old version: %d %s, want 409 replayed", code, b)
				}
				// The same old version signed anew is no replay, but older than the stored one.
				later := now + 1 + int64(i)
				code, b = e.do("POST", "/hooks/generic", "", old, api.HeaderTimestamp, fmt.Sprint(later), api.HeaderSignature, api.SignGeneric(e.secret, later, old))
				if code != 409 || !strings.Contains(string(b), `"stale_version"`) {
					t.Errorf("old version signed anew: %d %s, want 409 stale_version", code, b)
				}
				if code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], old); code != 409 {
					t.Errorf("old version through the API: %d %s, want 409", code, b)
				}
				_, b = e.do("GET", "/api/v1/tickets/G207-005", e.tokens["admin"], nil)
				tk, _, err := ticket.Parse(b, "stored")
				if err != nil || !tk.Closed() {
					t.Errorf("the stored ticket is no longer closed (%v)", err)
				}
			}
		})
	}
}

// TestDatesAtTheDoor: impossible dates get a 400 naming the field and queue
// nothing; a configured range admits older tickets, whose analysis succeeds.
func TestDatesAtTheDoor(t *testing.T) {
	for name, newDSN := range leakStores(t) {
		t.Run(name, func(t *testing.T) {
			e := newEnvOn(t, envOptions{dsn: newDSN(t), dates: ticket.Dates{Earliest: time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)}})
			for field, body := range map[string]string{
				"closed_at":  `{"id":"D1","created_at":"2026-02-17T07:05:56Z","closed_at":"9999-12-31T23:59:59Z"}`,
				"created_at": `{"id":"D2","created_at":"0001-01-01T00:00:00Z","closed_at":"2026-02-17T07:05:56Z"}`,
			} {
				code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], []byte(body))
				if code != 400 || !strings.Contains(string(b), field+": ") {
					t.Errorf("%s: %d %s, want 400 naming %s", field, code, b, field)
				}
			}
			old := `{"id":"D3","created_at":"1965-03-01T09:00:00Z","closed_at":"1965-03-01T12:00:00Z","events":[
				{"at":"1965-03-01T09:00:00Z","kind":"message","role":"customer","body":"The mainframe is down"},
				{"at":"1965-03-01T09:20:00Z","kind":"message","role":"agent","body":"Looking now"}]}`
			if code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], []byte(old)); code != 201 {
				t.Fatalf("1965 ticket with earliest 1960: %d %s", code, b)
			}
			e.waitAnalyses("D3", 1)
			_, b := e.do("GET", "/api/v1/tickets/D3/analyses/latest/technical.md", e.tokens["admin"], nil)
			if !strings.Contains(string(b), "20 minutes") {
				t.Errorf("report of the 1965 ticket: %.400s", b)
			}
		})
	}
}

// TestZammadEmptyArticle: "article": {} on the closing delivery adds no
// message, so the report claims no acknowledgement.
func TestZammadEmptyArticle(t *testing.T) {
	e := newEnv(t)
	for _, body := range []string{
		`{"ticket":{"id":9,"number":"Z9","title":"Printer","state":"open","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T09:00:00Z",
			"customer":{"firstname":"Lena","lastname":"Fischer"}},
			"article":{"id":1,"body":"The printer is jammed","sender":"Customer","created_at":"2026-03-16T09:00:00Z"}}`,
		`{"ticket":{"id":9,"number":"Z9","title":"Printer","state":"closed","created_at":"2026-03-16T09:00:00Z","updated_at":"2026-03-16T11:00:00Z",
			"customer":{"firstname":"Lena","lastname":"Fischer"}},"article":{}}`,
	} {
		if code, b := e.send("/hooks/zammad", []byte(body)); code >= 300 {
			t.Fatalf("delivery: %d %s", code, b)
		}
	}
	_, b := e.do("GET", "/api/v1/tickets/Z9", e.tokens["admin"], nil)
	tk, _, err := ticket.Parse(b, "stored")
	if err != nil || !tk.Closed() {
		t.Fatalf("stored ticket: %v", err)
	}
	for _, ev := range tk.Events {
		if ev.Kind == ticket.KindMessage && ev.Body == "" {
			t.Errorf("the empty article became a message: %+v", ev)
		}
	}
	e.waitAnalyses("Z9", 1)
	_, b = e.do("GET", "/api/v1/tickets/Z9/analyses/latest/technical.md", e.tokens["admin"], nil)
	if strings.Contains(strings.ToLower(string(b)), "acknowledgement was sent") {
		t.Errorf("the report claims an acknowledgement: %.600s", b)
	}
}

// failOnce is a real store whose next IngestTicket fails, as a busy or
// briefly unreachable database does.
type failOnce struct {
	store.Store
	fail atomic.Bool
}

func (f *failOnce) IngestTicket(ctx context.Context, tv store.TicketVersion, analyse bool) (store.IngestResult, error) {
	if f.fail.CompareAndSwap(true, false) {
		return store.IngestResult{}, errors.New("injected failure")
	}
	return f.Store.IngestTicket(ctx, tv, analyse)
}

// TestGenericWebhookRetryAfterFailure: a delivery the store could not keep
// (503) is not remembered as seen, so the sender's retry of the very same
// request is stored; a replay after that is refused.
func TestGenericWebhookRetryAfterFailure(t *testing.T) {
	f := &failOnce{}
	e := newEnvOn(t, envOptions{dsn: storetest.MigratedSQLite(t),
		wrap: func(s store.Store) store.Store { f.Store = s; return f }})
	body := example(t, "05-escalated-payroll.json")
	now := time.Now().Unix()
	hdr := []string{api.HeaderTimestamp, fmt.Sprint(now), api.HeaderSignature, api.SignGeneric(e.secret, now, body)}
	f.fail.Store(true)
	for _, want := range []int{503, 201, 409} {
		if code, b := e.do("POST", "/hooks/generic", "", body, hdr...); code != want {
			t.Errorf("got %d %s, want %d", code, b, want)
		}
	}
}
