package api_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestMonthlyReportAndActionsOverHTTP(t *testing.T) {
	e := newEnv(t)
	for _, f := range []string{"01-pve-down.json", "05-escalated-payroll.json"} {
		if code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], example(t, f)); code != 201 {
			t.Fatalf("post %s: %d %s", f, code, b)
		}
	}
	e.waitAnalyses("G204-117", 1)

	// The internal report names tickets; the customer's external one does not.
	code, b := e.do("GET", "/api/v1/reports/monthly.json?month=2026-02", e.tokens["agent"], nil)
	if code != 200 || !strings.Contains(string(b), `"month": "2026-02"`) || !strings.Contains(string(b), "G204-117") {
		t.Fatalf("internal monthly: %d %.300s", code, b)
	}
	code, b = e.do("GET", "/api/v1/reports/monthly?month=2026-02&format=json", e.tokens["birch"], nil)
	if code != 200 || strings.Contains(string(b), "G204-117") || !strings.Contains(string(b), `"external": true`) {
		t.Errorf("the customer's report: %d %.300s", code, b)
	}
	code, b = e.do("GET", "/api/v1/reports/monthly.pdf?month=2026-02", e.tokens["birch"], nil)
	if code != 200 || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("the customer's PDF: %d", code)
	}
	for _, bad := range []string{"month=2026-13", "month=Feb", "format=xls"} {
		if code, _ := e.do("GET", "/api/v1/reports/monthly?"+bad, e.tokens["agent"], nil); code != 400 && code != 404 {
			t.Errorf("%s: %d, want 400 or 404", bad, code)
		}
	}

	// Actions: listed for agents, done with who and when, never for viewers.
	code, b = e.do("GET", "/api/v1/actions?status=open", e.tokens["agent"], nil)
	var list struct {
		Actions []struct {
			ID     int64  `json:"id"`
			Ticket string `json:"ticket"`
			Status string `json:"status"`
		} `json:"actions"`
	}
	if err := json.Unmarshal(b, &list); code != 200 || err != nil || len(list.Actions) == 0 {
		t.Fatalf("actions: %d %v %.300s", code, err, b)
	}
	id := list.Actions[0].ID
	path := fmt.Sprintf("/api/v1/actions/%d/", id)
	if code, _ := e.do("POST", path+"done", e.tokens["viewer"], nil); code != 403 {
		t.Errorf("a viewer marked an action done: %d", code)
	}
	code, b = e.do("POST", path+"done", e.tokens["agent"], []byte(`{"note":"alert rule deployed"}`))
	if code != 200 || !strings.Contains(string(b), `"status":"done"`) {
		t.Fatalf("done: %d %s", code, b)
	}
	code, b = e.do("POST", path+"assign", e.tokens["admin"], []byte(`{"owner":"Network lead","due":"2026-03-31"}`))
	if code != 200 || !strings.Contains(string(b), `"owner":"Network lead"`) || !strings.Contains(string(b), `"status":"done"`) {
		t.Fatalf("assign: %d %s", code, b)
	}
	code, b = e.do("GET", path+"events", e.tokens["agent"], nil)
	if code != 200 || !strings.Contains(string(b), `"who":"agent","kind":"done"`) || !strings.Contains(string(b), `"who":"admin","kind":"assigned"`) ||
		!strings.Contains(string(b), "alert rule deployed") {
		t.Errorf("events: %d %s", code, b)
	}
	for _, c := range []struct{ path, body string }{
		{path + "assign", `{}`}, {path + "assign", `{"due":"next week"}`}, {path + "done", `{"bogus":1}`},
		{"/api/v1/actions/abc/done", ``}, {"/api/v1/actions/999999/done", ``},
	} {
		if code, _ := e.do("POST", c.path, e.tokens["agent"], []byte(c.body)); code != 400 && code != 404 {
			t.Errorf("%s %s: %d, want 400 or 404", c.path, c.body, code)
		}
	}
	if code, _ := e.do("GET", "/api/v1/actions?status=pending", e.tokens["agent"], nil); code != 400 {
		t.Errorf("unknown status: %d, want 400", code)
	}
}

// Methods a route does not serve get 405 with Allow; the bearer scheme is
// case-insensitive; an unknown SLA does not show the server's file names.
func TestHTTPDetails(t *testing.T) {
	e := newEnv(t)
	code, b := e.do("DELETE", "/api/v1/tickets/X", e.tokens["agent"], nil)
	if code != 405 || !strings.Contains(string(b), `"code":"method_not_allowed"`) {
		t.Errorf("DELETE: %d %s", code, b)
	}
	req, _ := http.NewRequest("PUT", e.srv.URL+"/api/v1/search", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || !strings.Contains(resp.Header.Get("Allow"), "GET") {
		t.Errorf("PUT search: %d Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	if code, _ := e.do("GET", "/api/v1/nothing", e.tokens["agent"], nil); code != 404 {
		t.Errorf("unknown route: %d", code)
	}
	for _, scheme := range []string{"bearer", "BEARER", "Bearer"} {
		req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/search?q=x", nil)
		req.Header.Set("Authorization", scheme+" "+e.tokens["viewer"])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("scheme %q: %d", scheme, resp.StatusCode)
		}
	}
	code, b = e.do("POST", "/api/v1/tickets", e.tokens["agent"], []byte(`{"id":"X","sla":"gold","created_at":"2026-01-01T00:00:00Z"}`))
	if code != 422 || strings.Contains(string(b), ".yaml") || !strings.Contains(string(b), "gold") {
		t.Errorf("unknown SLA: %d %s", code, b)
	}
}

// A shareable report's file name never carries the ticket id its content hides.
func TestRedactedDownloadNames(t *testing.T) {
	e := newEnv(t)
	if code, _ := e.do("POST", "/api/v1/tickets", e.tokens["agent"], example(t, "01-pve-down.json")); code != 201 {
		t.Fatal("post failed")
	}
	e.waitAnalyses("G204-117", 1)
	for _, c := range []struct {
		path, token string
		redacted    bool
	}{
		{"/api/v1/tickets/G204-117/analyses/latest/technical.pdf?redact=1", "agent", true},
		{"/api/v1/tickets/G204-117/analyses/latest/executive.md?redact=1", "agent", true},
		{"/api/v1/tickets/G204-117/analyses/latest/technical.docx", "birch", true},
		{"/api/v1/tickets/G204-117/analyses/latest/technical.odt", "agent", false},
	} {
		req, _ := http.NewRequest("GET", e.srv.URL+c.path, nil)
		req.Header.Set("Authorization", "Bearer "+e.tokens[c.token])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		cd := resp.Header.Get("Content-Disposition")
		if resp.StatusCode != 200 || cd == "" || strings.Contains(cd, "G204") == c.redacted || strings.Contains(cd, "redacted-") != c.redacted {
			t.Errorf("%s as %s: %d %q", c.path, c.token, resp.StatusCode, cd)
		}
	}
}
