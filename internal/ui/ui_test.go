package ui_test

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/demo"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/server"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// The customer a bound viewer is bound to, and another one whose tickets it
// must never see (both from the bundled examples).
const (
	ownCustomer   = "Birchwood Lodges Ltd"
	ownTicket     = "G204-117"
	otherCustomer = "Northgate Freight"
	otherTicket   = "G207-005"
	otherSubject  = "Payroll export fails"
)

// clock is a settable clock shared by the server and the test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is a running server over an archive of the analysed examples, with a
// token per role.
type env struct {
	srv    *httptest.Server
	st     store.Store
	clock  *clock
	tokens map[string]string // role name (or "customer") to secret
	ui     *server.Server
}

var (
	sharedOnce sync.Once
	shared     *env
	sharedErr  error
)

// newEnv starts the server; the archive is analysed once per test binary.
func newEnv(t testing.TB) *env {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = startEnv() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func startEnv() (*env, error) {
	ctx := context.Background()
	dir, err := tempDir()
	if err != nil {
		return nil, err
	}
	cfg, err := demo.Config(dir)
	if err != nil {
		return nil, err
	}
	eng, err := engine.New(cfg, nil)
	if err != nil {
		return nil, err
	}
	ck := &clock{t: time.Date(2026, 7, 10, 12, 0, 0, 0, time.UTC)}
	st, err := store.Open(ctx, filepath.Join(dir, "debrief.db"), store.Options{Analyse: service.Analyser(eng), PollInterval: 20 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	if err := st.Start(ctx); err != nil {
		return nil, err
	}
	srv, err := server.New(server.Config{Store: st, Engine: eng, Clock: ck.now})
	if err != nil {
		return nil, err
	}
	admin, err := demo.Seed(ctx, srv.Service(), st, 2*time.Minute)
	if err != nil {
		return nil, err
	}
	e := &env{st: st, clock: ck, tokens: map[string]string{"admin": admin}, ui: srv}
	for _, tk := range []struct{ name, role, customer string }{{"agent", "agent", ""}, {"viewer", "viewer", ""}, {"customer", "viewer", ownCustomer}} {
		secret, hash, err := auth.NewToken()
		if err != nil {
			return nil, err
		}
		if _, err := st.CreateToken(ctx, store.Token{Hash: hash, Role: tk.role, Customer: tk.customer, Name: tk.name}); err != nil {
			return nil, err
		}
		e.tokens[tk.name] = secret
	}
	e.srv = httptest.NewServer(srv.Handler())
	return e, nil
}

// client is a browser: a cookie jar, no redirects followed.
func (e *env) client(t testing.TB) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// signIn returns a client signed in as role.
func (e *env) signIn(t testing.TB, role string) *http.Client {
	t.Helper()
	c := e.client(t)
	res, _ := e.post(t, c, "/signin", url.Values{"token": {e.tokens[role]}, "next": {"/tickets"}})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/tickets" {
		t.Fatalf("sign in as %s: %d %s", role, res.StatusCode, res.Header.Get("Location"))
	}
	return c
}

func (e *env) get(t testing.TB, c *http.Client, path string) (*http.Response, string) {
	t.Helper()
	res, err := c.Get(e.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func (e *env) post(t testing.TB, c *http.Client, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the form token from a page.
func csrf(t testing.TB, body string) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no CSRF token in the page")
	}
	return m[1]
}

// TestPagesByRole opens every page as every role.
func TestPagesByRole(t *testing.T) {
	e := newEnv(t)
	pages := []struct {
		path string
		// want is the status by role: admin, agent, viewer, customer.
		want [4]int
		// contains must be in the body of a 200 page.
		contains string
	}{
		{"/", [4]int{200, 200, 200, 200}, "Service levels"},
		{"/tickets", [4]int{200, 200, 200, 200}, ownTicket},
		{"/tickets?breached=yes&sort=priority&order=asc", [4]int{200, 200, 200, 200}, `name="breached"`},
		{"/tickets?month=bad", [4]int{400, 400, 400, 400}, ""},
		{"/tickets/" + ownTicket, [4]int{200, 200, 200, 200}, "Executive summary"},
		{"/tickets/" + ownTicket + "/diff?from=1&to=1", [4]int{200, 200, 200, 200}, "0 lines changed"},
		{"/tickets/" + ownTicket + "/files/1/technical.pdf", [4]int{200, 200, 200, 200}, "%PDF"},
		{"/tickets/" + ownTicket + "/files/1/executive.md?redact=1", [4]int{200, 200, 200, 200}, "#"},
		{"/tickets/" + ownTicket + "/files/9/technical.md", [4]int{404, 404, 404, 404}, ""},
		{"/library?q=server", [4]int{200, 200, 200, 200}, "result"},
		{"/monthly?month=2026-02", [4]int{200, 200, 200, 200}, "2026-02"},
		{"/monthly?month=2026-13", [4]int{400, 400, 400, 400}, ""},
		{"/monthly/file/md?month=2026-02", [4]int{200, 200, 200, 200}, "2026"},
		{"/actions", [4]int{200, 200, 403, 403}, "Mark done"},
		{"/nowhere", [4]int{404, 404, 404, 404}, ""},
	}
	for i, role := range []string{"admin", "agent", "viewer", "customer"} {
		c := e.signIn(t, role)
		for _, p := range pages {
			res, body := e.get(t, c, p.path)
			if res.StatusCode != p.want[i] {
				t.Errorf("%s GET %s = %d, want %d", role, p.path, res.StatusCode, p.want[i])
				continue
			}
			if res.StatusCode == 200 && !strings.Contains(body, p.contains) {
				t.Errorf("%s GET %s: body lacks %q", role, p.path, p.contains)
			}
			if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				if !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") || res.Header.Get("X-Frame-Options") != "DENY" {
					t.Errorf("%s GET %s: security headers missing: %v", role, p.path, res.Header)
				}
			}
		}
	}
}

// TestNoSession: every page sends a browser without a session to sign in,
// and refuses a form.
func TestNoSession(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	for _, p := range []string{"/", "/tickets", "/tickets/" + ownTicket, "/library?q=x", "/monthly", "/actions", "/tickets/" + ownTicket + "/files/1/technical.md"} {
		res, body := e.get(t, c, p)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/signin?next=") {
			t.Errorf("GET %s without a session = %d %q", p, res.StatusCode, res.Header.Get("Location"))
		}
		if strings.Contains(body, ownCustomer) {
			t.Errorf("GET %s without a session shows data", p)
		}
	}
	if res, _ := e.post(t, c, "/tickets/"+ownTicket+"/reanalyse", url.Values{"csrf": {"x"}}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST without a session = %d, want 401", res.StatusCode)
	}
	res, _ := e.post(t, c, "/signin", url.Values{"token": {"dbf_not-a-token"}})
	if res.StatusCode != http.StatusUnauthorized || len(res.Cookies()) != 0 {
		t.Errorf("sign-in with an unknown token = %d, cookies %v", res.StatusCode, res.Cookies())
	}
	// An open redirect is refused.
	res, _ = e.post(t, c, "/signin", url.Values{"token": {e.tokens["viewer"]}, "next": {"//evil.example/"}})
	if res.Header.Get("Location") != "/" {
		t.Errorf("next=//evil.example/ redirects to %q", res.Header.Get("Location"))
	}
}

func TestSessionCookie(t *testing.T) {
	e := newEnv(t)
	c := e.client(t)
	res, _ := e.post(t, c, "/signin", url.Values{"token": {e.tokens["viewer"]}})
	var sc *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == "debrief_session" {
			sc = ck
		}
	}
	if sc == nil || !sc.HttpOnly || sc.SameSite != http.SameSiteLaxMode || sc.Secure || strings.Contains(sc.Value, e.tokens["viewer"]) {
		t.Fatalf("session cookie over plain HTTP = %+v", sc)
	}
	// Behind a proxy that ended TLS, the cookie is Secure.
	req, _ := http.NewRequest("POST", e.srv.URL+"/signin", strings.NewReader(url.Values{"token": {e.tokens["viewer"]}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	res, err := e.client(t).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if cs := res.Cookies(); len(cs) != 1 || !cs[0].Secure {
		t.Errorf("session cookie behind TLS = %+v", cs)
	}
}

// TestLibraryFacets: a selected facet keeps only the hits that have it.
func TestLibraryFacets(t *testing.T) {
	e := newEnv(t)
	c := e.signIn(t, "admin")
	_, all := e.get(t, c, "/library?q=the")
	_, p1 := e.get(t, c, "/library?q=the&priority=P1")
	count := func(body string) int { return strings.Count(body, `<a href="/tickets/`) }
	if count(all) < 3 || count(p1) == 0 || count(p1) >= count(all) {
		t.Fatalf("hits: %d without a facet, %d with priority P1", count(all), count(p1))
	}
	for _, id := range []string{"G205-344", "G206-311", "G206-020"} { // P3, P3, P2
		if strings.Contains(p1, `href="/tickets/`+id) {
			t.Errorf("priority P1 facet shows %s", id)
		}
	}
	if !strings.Contains(p1, `aria-current="true" class="selected">P1<`) {
		t.Error("the selected facet is not marked")
	}
}

func TestExpiredSession(t *testing.T) {
	e := newEnv(t)
	c := e.signIn(t, "viewer")
	if res, _ := e.get(t, c, "/tickets"); res.StatusCode != 200 {
		t.Fatalf("fresh session: %d", res.StatusCode)
	}
	e.clock.add(13 * time.Hour)
	defer e.clock.add(-13 * time.Hour)
	if res, _ := e.get(t, c, "/tickets"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("expired session: GET /tickets = %d, want a redirect to sign in", res.StatusCode)
	}
}

func TestRevokedTokenEndsSession(t *testing.T) {
	e := newEnv(t)
	secret, hash, _ := auth.NewToken()
	id, err := e.st.CreateToken(t.Context(), store.Token{Hash: hash, Role: "viewer", Name: "short-lived"})
	if err != nil {
		t.Fatal(err)
	}
	e.tokens["short"] = secret
	c := e.signIn(t, "short")
	if err := e.st.DeleteToken(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	if res, _ := e.get(t, c, "/tickets"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("session of a deleted token: GET /tickets = %d, want a redirect", res.StatusCode)
	}
}

func TestCSRF(t *testing.T) {
	e := newEnv(t)
	c := e.signIn(t, "agent")
	_, body := e.get(t, c, "/actions?status=open")
	token := csrf(t, body)
	id := regexp.MustCompile(`action="/actions/(\d+)"`).FindStringSubmatch(body)
	if id == nil {
		t.Fatal("no action to change")
	}
	for _, forged := range []string{"", "forged", token + "x"} {
		res, _ := e.post(t, c, "/actions/"+id[1], url.Values{"csrf": {forged}, "done": {"1"}})
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("CSRF %q: POST = %d, want 403", forged, res.StatusCode)
		}
	}
	if res, _ := e.post(t, c, "/signout", url.Values{"csrf": {"forged"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("sign-out with a forged token = %d, want 403", res.StatusCode)
	}
	// A cross-site form is refused even with the right token.
	req, _ := http.NewRequest("POST", e.srv.URL+"/actions/"+id[1], strings.NewReader(url.Values{"csrf": {token}, "done": {"1"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST = %d, want 403", res.StatusCode)
	}
	// The real token works, and the change shows.
	res, _ = e.post(t, c, "/actions/"+id[1], url.Values{"csrf": {token}, "done": {"1"}, "back": {"/actions?status=done"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST with the token = %d", res.StatusCode)
	}
	_, body = e.get(t, c, "/actions?status=done")
	if !strings.Contains(body, `action="/actions/`+id[1]+`"`) {
		t.Errorf("action %s not listed as done", id[1])
	}
	res, _ = e.post(t, c, "/actions/"+id[1], url.Values{"csrf": {token}, "done": {"0"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Errorf("reopen = %d", res.StatusCode)
	}
	// Sign-out ends the session.
	if res, _ := e.post(t, c, "/signout", url.Values{"csrf": {token}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign out = %d", res.StatusCode)
	}
	if res, _ := e.get(t, c, "/actions"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("after sign-out: GET /actions = %d, want a redirect", res.StatusCode)
	}
}

func TestReanalyse(t *testing.T) {
	e := newEnv(t)
	c := e.signIn(t, "viewer")
	_, body := e.get(t, c, "/tickets/"+ownTicket)
	if strings.Contains(body, "Re-analyse") {
		t.Error("a viewer is offered re-analysis")
	}
	if res, _ := e.post(t, c, "/tickets/"+ownTicket+"/reanalyse", url.Values{"csrf": {csrf(t, body)}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("viewer re-analyses: %d, want 403", res.StatusCode)
	}
	a := e.signIn(t, "agent")
	_, body = e.get(t, a, "/tickets/"+ownTicket)
	if !strings.Contains(body, "Re-analyse") {
		t.Error("an agent is not offered re-analysis")
	}
	res, _ := e.post(t, a, "/tickets/"+ownTicket+"/reanalyse", url.Values{"csrf": {csrf(t, body)}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("agent re-analyses: %d", res.StatusCode)
	}
	if _, body := e.get(t, a, res.Header.Get("Location")); !strings.Contains(body, "A new analysis is queued") {
		t.Error("no notice of the queued analysis")
	}
	deadline := time.Now().Add(time.Minute)
	for {
		metas, err := e.ui.Service().Analyses(t.Context(), auth.Staff, ownTicket)
		if err != nil {
			t.Fatal(err)
		}
		if len(metas) >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("re-analysis not made")
		}
		time.Sleep(50 * time.Millisecond)
	}
	_, body = e.get(t, a, "/tickets/"+ownTicket+"/diff?from=1&to=2")
	if !strings.Contains(body, "lines changed") && !strings.Contains(body, "line changed") {
		t.Errorf("diff page: %s", body)
	}
}

// TestDownloadNames: a redacted download is never named by its ticket.
func TestDownloadNames(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		role, path string
		named      bool
	}{
		{"admin", "/tickets/" + ownTicket + "/files/1/technical.pdf", true},
		{"admin", "/tickets/" + ownTicket + "/files/1/technical.pdf?redact=1", false},
		{"admin", "/tickets/" + ownTicket + "/files/1/executive.html?redact=1", false},
		{"admin", "/tickets/" + ownTicket + "/files/1/executive.md?redact=1", false},
		{"customer", "/tickets/" + ownTicket + "/files/1/executive.docx", false},
		{"customer", "/tickets/" + ownTicket + "/files/1/technical.html", false},
	} {
		res, _ := e.get(t, e.signIn(t, tc.role), tc.path)
		cd := res.Header.Get("Content-Disposition")
		if res.StatusCode != 200 || !strings.HasPrefix(cd, "attachment") || strings.Contains(cd, ownTicket) == !tc.named {
			t.Errorf("%s GET %s: %d, Content-Disposition %q", tc.role, tc.path, res.StatusCode, cd)
		}
	}
}

// TestCustomerSeesOnlyItsOwn: a viewer bound to a customer opening another
// customer's ticket, report, monthly report or search gets 404 or nothing,
// and nothing of the other customer in the body.
func TestCustomerSeesOnlyItsOwn(t *testing.T) {
	e := newEnv(t)
	c := e.signIn(t, "customer")
	for _, p := range []string{
		"/tickets/" + otherTicket,
		"/tickets/" + otherTicket + "/files/1/technical.md",
		"/tickets/" + otherTicket + "/files/1/executive.pdf?redact=1",
		"/tickets/" + otherTicket + "/diff?from=1&to=1",
		"/monthly?month=2026-06&customer=" + url.QueryEscape(otherCustomer),
		"/monthly/file/pdf?month=2026-06&customer=" + url.QueryEscape(otherCustomer),
		"/monthly/charts/priority.svg?month=2026-06&customer=" + url.QueryEscape(otherCustomer),
	} {
		res, body := e.get(t, c, p)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("customer GET %s = %d, want 404", p, res.StatusCode)
		}
		for _, leak := range []string{otherCustomer, otherSubject, "Payroll"} {
			if strings.Contains(body, leak) {
				t.Errorf("customer GET %s: body names %q", p, leak)
			}
		}
	}
	for _, p := range []string{"/library?q=payroll", "/library?q=export", "/tickets", "/tickets?customer=" + url.QueryEscape(otherCustomer), "/monthly?month=2026-06", "/"} {
		res, body := e.get(t, c, p)
		if res.StatusCode != 200 {
			t.Errorf("customer GET %s = %d", p, res.StatusCode)
		}
		for _, leak := range []string{otherCustomer, otherSubject, otherTicket} {
			if strings.Contains(body, leak) {
				t.Errorf("customer GET %s: body names %q", p, leak)
			}
		}
	}
	// Its own ticket shows, without the customer's internal fields.
	_, body := e.get(t, c, "/tickets/"+ownTicket)
	if !strings.Contains(body, ownTicket) || strings.Contains(body, "<dt>Team</dt>") {
		t.Errorf("customer's own ticket page: team shown or ticket missing: %.1500s", body)
	}
	// Staff see the other customer's ticket.
	s := e.signIn(t, "viewer")
	if res, body := e.get(t, s, "/tickets/"+otherTicket); res.StatusCode != 200 || !strings.Contains(body, otherSubject) {
		t.Errorf("staff GET other ticket = %d", res.StatusCode)
	}
}

// TestReportEscaped: ticket text in a report can never become markup.
func TestReportEscaped(t *testing.T) {
	e := newEnv(t)
	hostile := `{"id":"X-1","subject":"<script>alert(1)</script> ![x](http://evil.example/p.png)","customer":{"name":"Evil <b>Co</b>"},
	"priority":"P2","sla":"standard","created_at":"2026-07-01T09:00:00Z","closed_at":"2026-07-01T11:00:00Z",
	"events":[{"at":"2026-07-01T09:00:00Z","kind":"message","role":"customer","public":true,"body":"<img src=x onerror=alert(1)> [click](javascript:alert(1))"},
	{"at":"2026-07-01T10:00:00Z","kind":"message","role":"agent","public":true,"body":"fixed"}]}`
	if _, err := e.ui.Service().Ingest(t.Context(), []byte(hostile)); err != nil {
		t.Skipf("hostile ticket not accepted: %v", err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		if m, _ := e.ui.Service().Analyses(t.Context(), auth.Staff, "X-1"); len(m) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("not analysed")
		}
		time.Sleep(50 * time.Millisecond)
	}
	c := e.signIn(t, "admin")
	for _, p := range []string{"/tickets/X-1", "/tickets?q=script", "/library?q=alert"} {
		res, body := e.get(t, c, p)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", p, res.StatusCode)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "onerror=alert", `href="javascript:`, "http://evil.example", "<b>Co</b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: %q unescaped", p, bad)
			}
		}
	}
}

func tempDir() (string, error) { return os.MkdirTemp("", "debrief-ui-test-") }

var (
	idRe        = regexp.MustCompile(` id="([^"]+)"`)
	describedRe = regexp.MustCompile(`<a class="cite" href="#([^"]+)" aria-describedby="([^"]+)">`)
	tipRe       = regexp.MustCompile(`<span class="tip" role="tooltip" id="[^"]+">([^<]*)</span>`)
)

// TestTicketPageSources: the reports of the ticket page cite each
// sentence's sources in a tooltip tied to its link, which leads to a row of
// the timeline; ids are unique across the tabs. Staff see an internal note
// as such; a customer-bound viewer never sees one, nor its words.
func TestTicketPageSources(t *testing.T) {
	e := newEnv(t)
	const internalNote = "Taking the compute nodes offline" // G204-117's internal note
	for _, role := range []string{"admin", "customer"} {
		_, body := e.get(t, e.signIn(t, role), "/tickets/"+ownTicket)
		ids := map[string]int{}
		for _, m := range idRe.FindAllStringSubmatch(body, -1) {
			ids[m[1]]++
		}
		for id, n := range ids {
			if n > 1 {
				t.Errorf("%s: id %q is given %d times", role, id, n)
			}
		}
		cites := describedRe.FindAllStringSubmatch(body, -1)
		if len(cites) < 10 {
			t.Fatalf("%s: %d citations on the ticket page", role, len(cites))
		}
		rows := 0
		for _, m := range cites {
			if ids[m[2]] != 1 {
				t.Errorf("%s: citation described by %q, which the page does not hold once", role, m[2])
			}
			if ids[m[1]] != 1 {
				t.Errorf("%s: citation leads to #%s, which the page does not hold once", role, m[1])
			}
			if strings.HasPrefix(m[1], "timeline-") {
				rows++
				if !strings.Contains(body, `<tr id="`+m[1]+`">`) {
					t.Errorf("%s: citation leads to #%s, not a timeline row", role, m[1])
				}
			}
		}
		if rows == 0 {
			t.Errorf("%s: no citation leads to a timeline row", role)
		}
		for _, tab := range []string{"panel-technical", "panel-executive"} {
			_, panel, _ := strings.Cut(body, `id="`+tab+`"`)
			panel, _, _ = strings.Cut(panel, `role="tabpanel"`)
			if !strings.Contains(panel, `class="cite"`) {
				t.Errorf("%s: %s cites no source", role, tab)
			}
		}
		tips := strings.Builder{}
		for _, m := range tipRe.FindAllStringSubmatch(body, -1) {
			tips.WriteString(m[1] + "\n")
		}
		switch role {
		case "admin":
			if !strings.Contains(tips.String(), ", internal note: ") || !strings.Contains(tips.String(), internalNote) {
				t.Error("admin: no tooltip shows the internal note as such")
			}
		case "customer":
			for _, leak := range []string{", internal note", internalNote} {
				if strings.Contains(body, leak) {
					t.Errorf("customer: the page shows %q", leak)
				}
			}
			if strings.Contains(tips.String(), ownCustomer) {
				t.Error("customer: a tooltip is not redacted")
			}
		}
	}
}

var chartSrcRe = regexp.MustCompile(`<img src="(/monthly/charts/[^"]+)"`)

// TestMonthlyArchivedPage: a month that is over shows its archived report,
// says so, and draws its charts from it; live=1 builds it again. A
// customer-bound viewer gets its customer's archived version.
func TestMonthlyArchivedPage(t *testing.T) {
	e := newEnv(t)
	const month = "2026-02"
	if err := e.ui.Service().ArchiveMonth(t.Context(), month, "test"); err != nil {
		t.Fatal(err)
	}
	for _, role := range []string{"admin", "customer"} {
		c := e.signIn(t, role)
		_, body := e.get(t, c, "/monthly?month="+month)
		if !strings.Contains(body, "As archived on") {
			t.Errorf("%s: the archived report is not shown as such", role)
		}
		charts := chartSrcRe.FindAllStringSubmatch(body, -1)
		if len(charts) == 0 {
			t.Fatalf("%s: no chart", role)
		}
		for _, m := range charts {
			src := strings.ReplaceAll(m[1], "&amp;", "&")
			if !strings.Contains(src, "archived=1") {
				t.Errorf("%s: chart %s not drawn from the archive", role, src)
			}
			if res, svg := e.get(t, c, src); res.StatusCode != 200 || !strings.Contains(svg, "<svg") {
				t.Errorf("%s: GET %s = %d", role, src, res.StatusCode)
			}
		}
		if role == "customer" && (strings.Contains(body, otherCustomer) || !strings.Contains(body, "Service report for")) {
			t.Error("customer: not its customer's external report")
		}
		if _, live := e.get(t, c, "/monthly?month="+month+"&live=1"); strings.Contains(live, "As archived on") {
			t.Errorf("%s: live=1 shows the archived report", role)
		}
	}
}
