package api_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/debriefhq/debrief/internal/api"
	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/exampletest"
	"github.com/debriefhq/debrief/internal/server"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/store/storetest"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/zammad"
)

type env struct {
	t      *testing.T
	srv    *httptest.Server
	store  store.Store
	tokens map[string]string // name -> secret
	secret []byte
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, storetest.MigratedSQLite(t), exampletest.Config)
}

// newEnvWith is newEnv over the store at dsn under the configuration file cfgPath.
func newEnvWith(t *testing.T, dsn, cfgPath string) *env {
	t.Helper()
	return newEnvOn(t, envOptions{dsn: dsn, config: cfgPath})
}

// envOptions vary the test server: its database (a SQLite file or a
// PostgreSQL DSN, shared by several servers as by several processes), its
// configuration file, body limit (1 MiB if 0) and accepted dates.
type envOptions struct {
	dsn, config string
	maxBody     int64
	dates       ticket.Dates
	// wrap, if set, wraps the store the server uses (to inject faults).
	wrap func(store.Store) store.Store
}

func newEnvOn(t *testing.T, o envOptions) *env {
	t.Helper()
	eng := engineFor(t, cmp.Or(o.config, "../../examples/debrief.yaml"), o.dates)
	ctx := context.Background()
	st, err := store.Open(ctx, o.dsn, store.Options{
		Analyse: service.Analyser(eng), Workers: 2, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &env{t: t, store: st, tokens: map[string]string{}, secret: []byte("hook-secret")}
	for name, tok := range map[string]store.Token{
		"admin":  {Role: "admin"},
		"agent":  {Role: "agent"},
		"viewer": {Role: "viewer"},
		"birch":  {Role: "viewer", Customer: "Birchwood Lodges Ltd"},
		"other":  {Role: "viewer", Customer: "Someone Else plc"},
	} {
		secret, hash, err := auth.NewToken()
		if err != nil {
			t.Fatal(err)
		}
		tok.Hash, tok.Name = hash, name
		if _, err := st.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
		e.tokens[name] = secret
	}
	served := st
	if o.wrap != nil {
		served = o.wrap(st)
	}
	s, err := server.New(server.Config{Store: served, Engine: eng, ZammadSecret: e.secret, WebhookSecret: e.secret, MaxBody: cmp.Or(o.maxBody, 1<<20)})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(s.Handler())
	t.Cleanup(e.srv.Close)
	return e
}

// exampleEngine is the deterministic engine of the configuration file path.
func exampleEngine(t *testing.T, path string) *engine.Engine {
	t.Helper()
	return engineFor(t, path, ticket.Dates{})
}

// engineFor is exampleEngine accepting the ticket dates given.
func engineFor(t *testing.T, path string, dates ticket.Dates) *engine.Engine {
	t.Helper()
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Dates = dates
	eng, err := engine.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func (e *env) do(method, path, token string, body []byte, hdr ...string) (int, []byte) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 400 {
		var ae api.Error
		if err := json.Unmarshal(b, &ae); err != nil || ae.Error == "" || ae.Code == "" {
			e.t.Errorf("%s %s: %d without a JSON error: %s", method, path, resp.StatusCode, b)
		}
	}
	return resp.StatusCode, b
}

func example(t *testing.T, name string) []byte {
	b, err := os.ReadFile(exampletest.Tickets + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitAnalyses polls until ticket id has n analysis versions.
func (e *env) waitAnalyses(id string, n int) []api.AnalysisSummary {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		code, b := e.do("GET", "/api/v1/tickets/"+id+"/analyses", e.tokens["admin"], nil)
		var got []api.AnalysisSummary
		if code == 200 {
			json.Unmarshal(b, &got)
			if len(got) >= n {
				return got
			}
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("ticket %s: %d analyses after 20s, want %d (last answer %d %s)", id, len(got), n, code, b)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func TestTicketLifecycle(t *testing.T) {
	e := newEnv(t)
	pve := example(t, "01-pve-down.json")
	code, b := e.do("POST", "/api/v1/tickets", e.tokens["agent"], pve)
	if code != 201 || !strings.Contains(string(b), `"analysis_queued":true`) {
		t.Fatalf("post: %d %s", code, b)
	}
	// A webhook retry of the same content stores nothing new.
	code, b = e.do("POST", "/api/v1/tickets", e.tokens["agent"], pve)
	if code != 200 || !strings.Contains(string(b), `"duplicate":true`) {
		t.Fatalf("duplicate post: %d %s", code, b)
	}
	as := e.waitAnalyses("G204-117", 1)
	if as[0].Version != 1 || as[0].Writer != "deterministic" || as[0].ConfigHash == "" {
		t.Errorf("analysis %+v", as[0])
	}
	code, b = e.do("GET", "/api/v1/tickets/G204-117/analyses/1/technical.md", e.tokens["viewer"], nil)
	if code != 200 || !strings.Contains(string(b), "11 minutes (697s)") || !strings.Contains(string(b), "Birchwood") {
		t.Fatalf("technical report: %d %.200s", code, b)
	}
	code, b = e.do("GET", "/api/v1/tickets/G204-117/analyses/latest/executive.md?redact=1", e.tokens["viewer"], nil)
	if code != 200 || strings.Contains(string(b), "Birchwood") || !strings.Contains(string(b), "[CUSTOMER]") {
		t.Fatalf("redacted executive report: %d %.300s", code, b)
	}
	// The customer's own viewer always gets the redacted report.
	code, b = e.do("GET", "/api/v1/tickets/G204-117/analyses/1/technical.md", e.tokens["birch"], nil)
	if code != 200 || strings.Contains(string(b), "Morgan Hale") {
		t.Fatalf("customer viewer report: %d leaks or fails", code)
	}
	code, b = e.do("GET", "/api/v1/tickets/G204-117", e.tokens["birch"], nil)
	if code != 200 || strings.Contains(string(b), "Birchwood") || strings.Contains(string(b), "Sam is checking") {
		t.Fatalf("customer viewer ticket: %d %s", code, b)
	}
	// Exports of the same report, plain and redacted.
	for _, f := range []struct{ file, magic string }{{"technical.pdf", "%PDF"}, {"executive.docx", "PK"}, {"technical.odt", "PK"}, {"technical.html", "<!DOCTYPE html>"}} {
		code, b = e.do("GET", "/api/v1/tickets/G204-117/analyses/1/"+f.file+"?redact=1", e.tokens["viewer"], nil)
		if code != 200 || !bytes.HasPrefix(b, []byte(f.magic)) {
			t.Errorf("%s: %d %.40q", f.file, code, b)
		}
	}
	if _, b = e.do("GET", "/api/v1/tickets/G204-117/analyses/1/technical.html?redact=1", e.tokens["viewer"], nil); bytes.Contains(b, []byte("Birchwood")) {
		t.Error("redacted HTML export leaks the customer")
	}
	// Re-analysis adds a version and never overwrites.
	code, _ = e.do("POST", "/api/v1/tickets/G204-117/reanalyse", e.tokens["agent"], nil)
	if code != 202 {
		t.Fatalf("reanalyse: %d", code)
	}
	as = e.waitAnalyses("G204-117", 2)
	if as[0].Version != 1 || as[1].Version != 2 {
		t.Errorf("versions %+v", as)
	}
	code, b = e.do("GET", "/api/v1/search?q=quorum", e.tokens["viewer"], nil)
	if code != 200 || !strings.Contains(string(b), `"ticket":"G204-117"`) {
		t.Errorf("search: %d %s", code, b)
	}
	code, b = e.do("GET", "/api/v1/search?q=quorum", e.tokens["other"], nil)
	if code != 200 || strings.Contains(string(b), "G204-117") {
		t.Errorf("another customer's viewer finds the ticket: %d %s", code, b)
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		if code, _ := e.do("GET", path, "", nil); code != 200 {
			t.Errorf("%s: %d", path, code)
		}
	}
	code, b = e.do("GET", "/metrics", "", nil)
	if code != 200 || !strings.Contains(string(b), `debrief_tickets_ingested_total{outcome="duplicate"} 1`) || !strings.Contains(string(b), `debrief_jobs{state="completed"}`) {
		t.Errorf("metrics: %d %s", code, b)
	}
}

// TestEveryRouteChecksAuth: for every protected route, no token and a wrong token
// are refused, a weaker role is forbidden, and another customer's viewer sees nothing.
func TestEveryRouteChecksAuth(t *testing.T) {
	e := newEnv(t)
	if code, _ := e.do("POST", "/api/v1/tickets", e.tokens["agent"], example(t, "01-pve-down.json")); code != 201 {
		t.Fatal("setup post failed")
	}
	e.waitAnalyses("G204-117", 1)
	// The customer's archived monthly report, as serve builds it on the first of the month.
	if _, err := e.store.SaveMonthlyReport(context.Background(), store.MonthlyRecord{Month: "2026-02",
		Scope: "customer:Birchwood Lodges Ltd", Markdown: "# report", Figures: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	var a api.API
	for _, rt := range a.Routes() {
		if rt.Role == auth.RolePublic {
			continue
		}
		path := strings.NewReplacer("{id}", "G204-117", "{version}", "1", "{file}", "technical.md").Replace(rt.Pattern)
		switch {
		case rt.Pattern == "/api/v1/search":
			path += "?q=quorum"
		case strings.HasPrefix(rt.Pattern, "/api/v1/reports/"):
			// The customer's monthly report: another customer's viewer may not ask for it.
			path = strings.NewReplacer("{file}", "monthly.json", "{chart}", "volume-by-priority", "{version}", "latest").Replace(rt.Pattern) +
				"?month=2026-02&customer=Birchwood+Lodges+Ltd"
		}
		t.Run(rt.Method+" "+rt.Pattern, func(t *testing.T) {
			if code, _ := e.do(rt.Method, path, "", nil); code != 401 {
				t.Errorf("no token: %d, want 401", code)
			}
			if code, _ := e.do(rt.Method, path, "dbf_wrong", nil); code != 401 {
				t.Errorf("wrong token: %d, want 401", code)
			}
			if rt.Role.Rank() > auth.RoleViewer.Rank() {
				if code, _ := e.do(rt.Method, path, e.tokens["viewer"], nil); code != 403 {
					t.Errorf("viewer on an %s route: %d, want 403", rt.Role, code)
				}
				return
			}
			code, b := e.do(rt.Method, path, e.tokens["other"], nil)
			if rt.Pattern == "/api/v1/search" || rt.Pattern == "/api/v1/reports/monthly/archive" { // lists: filtered
				if code != 200 || strings.Contains(string(b), "G204-117") || strings.Contains(string(b), "Birchwood") {
					t.Errorf("another customer's viewer: %d %s", code, b)
				}
			} else if code != 404 {
				t.Errorf("another customer's viewer: %d, want 404", code)
			}
			if code, _ := e.do(rt.Method, path, e.tokens["birch"], nil); code != 200 {
				t.Errorf("the customer's own viewer: %d, want 200", code)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	e := newEnv(t)
	agent := e.tokens["agent"]
	cases := []struct {
		name string
		body []byte
		want int
	}{
		{"malformed JSON", []byte(`{"id": "X",`), 400},
		{"wrong types", []byte(`{"id": 5, "created_at": true}`), 400},
		{"missing fields", []byte(`{"events": []}`), 400},
		{"empty", nil, 400},
		{"unknown SLA", []byte(`{"id":"X","sla":"gold","created_at":"2026-01-01T00:00:00Z"}`), 422},
		{"too large", bytes.Repeat([]byte("a"), 2<<20), 413},
	}
	for _, c := range cases {
		if code, _ := e.do("POST", "/api/v1/tickets", agent, c.body); code != c.want {
			t.Errorf("%s: %d, want %d", c.name, code, c.want)
		}
	}
	// Metacharacters in every field are stored and served back intact.
	evil := `'; DROP TABLE tickets; -- </table> # <script>alert(1)</script> | * NEAR( "`
	tk := map[string]any{"id": "EVIL-1" + evil[:3], "subject": evil, "customer": map[string]string{"name": evil, "contact": evil},
		"created_at": "2026-01-05T09:00:00Z", "closed_at": "2026-01-05T10:00:00Z",
		"events": []map[string]any{{"at": "2026-01-05T09:00:00Z", "kind": "message", "role": "customer", "author": evil, "body": evil},
			{"at": "2026-01-05T09:10:00Z", "kind": "message", "role": "agent", "author": evil, "body": evil}}}
	body, _ := json.Marshal(tk)
	code, b := e.do("POST", "/api/v1/tickets", agent, body)
	if code != 201 {
		t.Fatalf("evil ticket: %d %s", code, b)
	}
	id := tk["id"].(string)
	e.waitAnalyses(id, 1)
	if code, b := e.do("GET", "/api/v1/tickets/"+id, e.tokens["viewer"], nil); code != 200 || !bytes.Contains(b, []byte("DROP TABLE")) {
		t.Errorf("evil ticket read back: %d", code)
	}
	if code, _ := e.do("GET", "/api/v1/search?q="+strings.ReplaceAll(`"NEAR( * -`, " ", "+"), e.tokens["viewer"], nil); code != 200 {
		t.Errorf("search with FTS metacharacters: %d", code)
	}
	if code, _ := e.do("GET", "/api/v1/tickets/"+id+"/analyses/abc/technical.md", e.tokens["viewer"], nil); code != 400 {
		t.Errorf("bad version: %d", code)
	}
	if code, _ := e.do("GET", "/api/v1/tickets/"+id+"/analyses/1/secret.md", e.tokens["viewer"], nil); code != 404 {
		t.Errorf("unknown report: %d", code)
	}
	if code, _ := e.do("GET", "/api/v1/search", e.tokens["viewer"], nil); code != 400 {
		t.Errorf("search without q: %d", code)
	}
	// The server is still up.
	if code, _ := e.do("GET", "/healthz", "", nil); code != 200 {
		t.Errorf("healthz after bad input: %d", code)
	}
}

func TestZammadWebhook(t *testing.T) {
	e := newEnv(t)
	for i := 1; i <= 7; i++ {
		body, err := os.ReadFile(fmt.Sprintf("../zammad/testdata/delivery-%d.json", i))
		if err != nil {
			t.Fatal(err)
		}
		if code, b := e.do("POST", "/hooks/zammad", "", body, "X-Hub-Signature", "sha1=00"); code != 401 {
			t.Fatalf("bad signature: %d %s", code, b)
		}
		code, b := e.do("POST", "/hooks/zammad", "", body, "X-Hub-Signature", zammad.Sign(body, e.secret))
		if code != 201 && code != 200 {
			t.Fatalf("delivery %d: %d %s", i, code, b)
		}
		if i == 2 { // Zammad retries a delivery: nothing new is stored
			code, b := e.do("POST", "/hooks/zammad", "", body, "X-Hub-Signature", zammad.Sign(body, e.secret))
			if code != 200 || !strings.Contains(string(b), `"duplicate":true`) {
				t.Errorf("redelivery: %d %s", code, b)
			}
		}
	}
	as := e.waitAnalyses("31412", 1)
	if len(as) != 1 {
		t.Errorf("analyses %+v", as)
	}
	_, b := e.do("GET", "/api/v1/tickets/31412/analyses/1/technical.md", e.tokens["admin"], nil)
	if !strings.Contains(string(b), "Cannot open client files on the NAS") {
		t.Errorf("report: %.300s", b)
	}
}

// TestZammadMergeAcrossServers delivers the articles of one ticket to two
// servers sharing one store (two debrief serve processes) at the same time:
// every article ends up in the stored ticket, as when delivered one by one.
// (State changes depend on the order deliveries arrive in, so only the
// messages are compared.)
func TestZammadMergeAcrossServers(t *testing.T) {
	var deliveries [][]byte
	for i := 1; i <= 7; i++ {
		body, err := os.ReadFile(fmt.Sprintf("../zammad/testdata/delivery-%d.json", i))
		if err != nil {
			t.Fatal(err)
		}
		deliveries = append(deliveries, body)
	}
	events := func(e *env) int {
		_, b := e.do("GET", "/api/v1/tickets/31412", e.tokens["admin"], nil)
		tk, _, err := ticket.Parse(b, "stored")
		if err != nil {
			t.Fatalf("stored ticket: %v", err)
		}
		n := 0
		for _, ev := range tk.Events {
			if ev.Kind == ticket.KindMessage {
				n++
			}
		}
		return n
	}
	seq := newEnv(t)
	for _, body := range deliveries {
		if code, b := seq.do("POST", "/hooks/zammad", "", body, "X-Hub-Signature", zammad.Sign(body, seq.secret)); code >= 300 {
			t.Fatalf("sequential delivery: %d %s", code, b)
		}
	}
	want := events(seq)

	for round := range 3 {
		e := newEnv(t)
		other, err := server.New(server.Config{Store: e.store, Engine: exampleEngine(t, exampletest.Config), ZammadSecret: e.secret, MaxBody: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		second := httptest.NewServer(other.Handler())
		t.Cleanup(second.Close)
		urls := []string{e.srv.URL, second.URL}
		var wg sync.WaitGroup
		for i, body := range deliveries {
			wg.Go(func() {
				req, _ := http.NewRequest("POST", urls[i%2]+"/hooks/zammad", bytes.NewReader(body))
				req.Header.Set("X-Hub-Signature", zammad.Sign(body, e.secret))
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode >= 300 {
					t.Errorf("round %d, delivery %d: %d %s", round, i+1, resp.StatusCode, b)
				}
			})
		}
		wg.Wait()
		if got := events(e); got != want {
			t.Errorf("round %d: the stored ticket has %d messages, want %d as delivered one by one", round, got, want)
		}
	}
}

func TestGenericWebhook(t *testing.T) {
	e := newEnv(t)
	body := example(t, "05-escalated-payroll.json")
	now := time.Now().Unix()
	sig := api.SignGeneric(e.secret, now, body)
	ts := fmt.Sprint(now)
	if code, _ := e.do("POST", "/hooks/generic", "", body, api.HeaderTimestamp, ts, api.HeaderSignature, "sha256=00"); code != 401 {
		t.Errorf("bad signature: %d", code)
	}
	old := now - 3600
	if code, _ := e.do("POST", "/hooks/generic", "", body, api.HeaderTimestamp, fmt.Sprint(old), api.HeaderSignature, api.SignGeneric(e.secret, old, body)); code != 401 {
		t.Errorf("stale timestamp: %d", code)
	}
	if code, b := e.do("POST", "/hooks/generic", "", body, api.HeaderTimestamp, ts, api.HeaderSignature, sig); code != 201 {
		t.Fatalf("signed delivery: %d %s", code, b)
	}
	if code, _ := e.do("POST", "/hooks/generic", "", body, api.HeaderTimestamp, ts, api.HeaderSignature, sig); code != 409 {
		t.Errorf("replayed delivery: %d, want 409", code)
	}
	e.waitAnalyses("G207-005", 1)
}

// TestOpenAPIMatchesRoutes: every route is documented and every documented
// operation is served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	b, err := os.ReadFile("../../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		OpenAPI string                               `yaml:"openapi"`
		Paths   map[string]map[string]map[string]any `yaml:"paths"`
	}
	if err := yaml.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q", spec.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		for method, op := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
			if _, ok := op["responses"]; !ok {
				t.Errorf("%s %s has no responses", method, path)
			}
		}
	}
	var a api.API
	served := map[string]bool{}
	keys := server.Routes()
	for _, rt := range a.Routes() {
		keys = append(keys, rt.Method+" "+rt.Pattern)
	}
	for _, key := range keys {
		served[key] = true
		if !documented[key] {
			t.Errorf("route %s is not in docs/openapi.yaml", key)
		}
	}
	for key := range documented {
		if !served[key] {
			t.Errorf("docs/openapi.yaml documents %s, which is not served", key)
		}
	}
}
