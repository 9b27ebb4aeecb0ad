package api_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/api"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/store/storetest"
)

// The regression tests of issue 11's leaks to a customer-bound viewer: its
// reports, in every kind and format, are made from what the customer could
// see; its search matches only that text; its hits' subjects are redacted
// like the ticket. Each runs on SQLite, and on PostgreSQL when
// DEBRIEF_TEST_POSTGRES is set.

// Secrets only staff may read: an internal note, an internal link, and the
// finding drawn from a cause given only internally.
const (
	secretNote = "admin password reset to Winter2026 by hand, do not tell them"
	secretWord = "Winter2026"
	secretLink = "INT-9931"
	falcon     = "Project Falcon" // a redact.extra term of the configuration
)

// leakConfig is the examples' configuration with falcon to redact.
func leakConfig(t *testing.T) string {
	b, err := os.ReadFile(exampletest.Config)
	if err != nil {
		t.Fatal(err)
	}
	logo, err := filepath.Abs(filepath.Join(filepath.Dir(exampletest.Config), "logo.png"))
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte("logo: logo.png"), []byte("logo: "+logo), 1)
	p := filepath.Join(t.TempDir(), "debrief.yaml")
	b = append(b, []byte("\nredact:\n  extra: [\""+falcon+"\"]\n")...)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// leakTicket is the first example ticket with the staff-only secrets added.
func leakTicket(t *testing.T) []byte {
	var tk map[string]any
	if err := json.Unmarshal(example(t, "01-pve-down.json"), &tk); err != nil {
		t.Fatal(err)
	}
	tk["subject"] = "PVE Down (" + falcon + ")"
	tk["links"] = []map[string]string{{"id": secretLink, "kind": "internal"}}
	events := tk["events"].([]any)
	events = append(events,
		map[string]any{"at": "2026-02-17T07:50:00Z", "kind": "message", "author": "Alex Carter", "role": "agent", "public": false,
			"body": secretNote + "."},
		map[string]any{"at": "2026-02-17T08:10:00Z", "kind": "message", "author": "Alex Carter", "role": "agent", "public": false,
			"body": "The cause was a firmware bug in the RAID controller."})
	tk["events"] = events
	b, err := json.Marshal(tk)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// leakEnv is a server over the store at dsn holding the analysed leakTicket.
func leakEnv(t *testing.T, dsn string) *env {
	e := newEnvWith(t, dsn, leakConfig(t))
	if code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], leakTicket(t)); code != 201 {
		t.Fatalf("post: %d %s", code, b)
	}
	e.waitAnalyses("G204-117", 1)
	return e
}

// leakStores are the stores the leak tests run on.
func leakStores(t *testing.T) map[string]func(t *testing.T) string {
	return map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return storetest.MigratedSQLite(t) },
		"postgres": func(t *testing.T) string { return storetest.NewPostgresSchema(t) },
	}
}

// readable is the text of a report file: the file itself, or the XML of
// every part of a DOCX or ODT.
func readable(t *testing.T, file string, b []byte) string {
	if !strings.HasSuffix(file, ".docx") && !strings.HasSuffix(file, ".odt") {
		return string(b)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var all strings.Builder
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		part, _ := io.ReadAll(rc)
		rc.Close()
		all.Write(part)
	}
	return all.String()
}

func TestCustomerReportsHideStaffOnly(t *testing.T) {
	for name, dsn := range leakStores(t) {
		t.Run(name, func(t *testing.T) {
			e := leakEnv(t, dsn(t))
			// Staff read the secrets: what the customer must not.
			_, staff := e.do("GET", "/api/v1/tickets/G204-117/analyses/latest/technical.md", e.tokens["viewer"], nil)
			for _, s := range []string{secretWord, secretLink, "internal note", "firmware bug"} {
				if !strings.Contains(string(staff), s) {
					t.Fatalf("the staff report does not mention %q, so this test proves nothing:\n%s", s, staff)
				}
			}
			for _, file := range []string{"technical.md", "executive.md", "technical.html", "executive.html",
				"technical.docx", "executive.docx", "technical.odt", "executive.odt", "technical.pdf"} {
				for _, query := range []string{"", "?redact=1", "?redact=0"} {
					code, b := e.do("GET", "/api/v1/tickets/G204-117/analyses/latest/"+file+query, e.tokens["birch"], nil)
					if code != 200 || len(b) == 0 {
						t.Errorf("%s%s: %d", file, query, code)
						continue
					}
					text := readable(t, file, b)
					for _, s := range []string{secretWord, secretLink, "internal note", "Internal note", "firmware bug", falcon, "Birchwood"} {
						if strings.Contains(text, s) {
							t.Errorf("the customer's %s%s reads %q", file, query, s)
						}
					}
				}
			}
			// The figures stay those of the ticket: the first response is the same.
			_, own := e.do("GET", "/api/v1/tickets/G204-117/analyses/1/technical.md", e.tokens["birch"], nil)
			if !strings.Contains(string(own), "11 minutes (697s)") {
				t.Errorf("the customer's report lost the first response time:\n%s", own)
			}
			// The ticket itself: no internal note, no link.
			_, tk := e.do("GET", "/api/v1/tickets/G204-117", e.tokens["birch"], nil)
			if bytes.Contains(tk, []byte(secretWord)) || bytes.Contains(tk, []byte(secretLink)) || bytes.Contains(tk, []byte("Falcon")) {
				t.Errorf("the customer's ticket leaks: %s", tk)
			}
		})
	}
}

// search polls a search until the index holds the ticket for the staff viewer.
func (e *env) searchIndexed(q string) {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, b := e.do("GET", "/api/v1/search?q="+url.QueryEscape(q), e.tokens["viewer"], nil)
		if bytes.Contains(b, []byte(`"G204-117"`)) {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("search %q: staff do not find the ticket after 20s: %s", q, b)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func TestCustomerSearchSeesOnlyItsView(t *testing.T) {
	for name, dsn := range leakStores(t) {
		t.Run(name, func(t *testing.T) {
			e := leakEnv(t, dsn(t))
			e.searchIndexed(secretWord) // staff find the internal note
			hits := func(q string) []api.SearchHit {
				code, b := e.do("GET", "/api/v1/search?q="+url.QueryEscape(q), e.tokens["birch"], nil)
				var out []api.SearchHit
				if code != 200 || json.Unmarshal(b, &out) != nil {
					t.Fatalf("search %q: %d %s", q, code, b)
				}
				return out
			}
			for _, q := range []string{secretWord, `"firmware bug"`, "raid controller", secretLink, "Falcon"} {
				if got := hits(q); len(got) != 0 {
					t.Errorf("the customer's search for %q finds text it may not see: %+v", q, got)
				}
			}
			got := hits("quorum")
			if len(got) != 1 || got[0].Ticket != "G204-117" {
				t.Fatalf("the customer's search for a word it sees: %+v", got)
			}
			if strings.Contains(got[0].Subject, "Falcon") || !strings.Contains(got[0].Subject, "[REDACTED") {
				t.Errorf("the hit's subject is not redacted like the ticket: %q", got[0].Subject)
			}
			_, tk := e.do("GET", "/api/v1/tickets/G204-117", e.tokens["birch"], nil)
			var shown struct{ Subject string }
			json.Unmarshal(tk, &shown)
			if shown.Subject != got[0].Subject {
				t.Errorf("hit subject %q, ticket subject %q", got[0].Subject, shown.Subject)
			}
			// Excluding a word only staff see changes nothing for the customer
			// (else the exclusion would tell the word is there); excluding a
			// word it sees does.
			if got := hits("quorum -" + secretWord); len(got) != 1 {
				t.Errorf("quorum -%s: %+v, want the ticket: a hidden word must not exclude it", secretWord, got)
			}
			if got := hits("quorum -cluster"); len(got) != 0 {
				t.Errorf("quorum -cluster: %+v, want nothing", got)
			}
		})
	}
}
