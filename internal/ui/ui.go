// Package ui is debrief's web interface: server-rendered pages (html/template,
// templates in templates/, assets embedded) over the use cases of package
// service, for the caller of the browser's session. One route table (Routes)
// lists every page with the least role that may open it; package server
// mounts it beside the JSON API.
//
// Security: a session cookie (HttpOnly, SameSite=Lax, Secure behind TLS)
// stands for the API token it was exchanged for; every form carries the
// session's CSRF token and every unsafe request passes
// http.CrossOriginProtection; a Content-Security-Policy forbids inline script
// and any request leaving the server.
package ui

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// Sessions is the part of the store that keeps the browsers' sessions.
type Sessions interface {
	CreateSession(ctx context.Context, s store.Session) error
	SessionByHash(ctx context.Context, hash string, now time.Time) (store.Session, error)
	DeleteSession(ctx context.Context, hash string) error
}

// Config configures the web interface.
type Config struct {
	Service *service.Service
	// Tokens resolves the API tokens people sign in with.
	Tokens *auth.TokenCache
	// TokenByHash reads the token a sign-in resolved (its id and name).
	TokenStore auth.TokenStore
	Sessions   Sessions
	Logger     *slog.Logger
	// Clock is the time source (default time.Now).
	Clock func() time.Time
	// SessionTTL is how long a session lasts (default 12 hours).
	SessionTTL time.Duration
	// SecureCookies marks the session cookie Secure even on plain HTTP
	// requests (behind a proxy that ends TLS). Requests over TLS always
	// get Secure cookies.
	SecureCookies bool
}

// UI serves the web interface. Create it with New.
type UI struct {
	cfg   Config
	svc   *service.Service
	log   *slog.Logger
	pages map[string]*template.Template
	once  *oneTime
	cop   *http.CrossOriginProtection
}

// New returns the web interface for cfg.
func New(cfg Config) (*UI, error) {
	if cfg.Service == nil || cfg.Tokens == nil || cfg.Sessions == nil || cfg.TokenStore == nil {
		return nil, errors.New("ui: a service, a token cache, a token store and a session store are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	u := &UI{cfg: cfg, svc: cfg.Service, log: cfg.Logger, pages: pages, once: newOneTime(cfg.Clock), cop: http.NewCrossOriginProtection()}
	u.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.fail(w, r, nil, http.StatusForbidden, "This form was sent from another site and was refused.")
	}))
	return u, nil
}

// Route is one page of the route table.
type Route struct {
	Method, Pattern string
	// Role is the least role that may open it; auth.RolePublic needs no session.
	Role    auth.Role
	handler func(w http.ResponseWriter, r *http.Request, p *request)
}

// Routes is the web interface's route table. The handlers of a zero UI are
// not callable: it only lists the routes.
func (u *UI) Routes() []Route {
	return []Route{
		{"GET", "/signin", auth.RolePublic, u.signinForm},
		{"POST", "/signin", auth.RolePublic, u.signin},
		{"GET", "/signin/once/{code}", auth.RolePublic, u.signinOnce},
		{"POST", "/signout", auth.RoleViewer, u.signout},
		{"GET", "/{$}", auth.RoleViewer, u.dashboard},
		{"GET", "/tickets", auth.RoleViewer, u.ticketList},
		{"GET", "/tickets/{id}", auth.RoleViewer, u.ticketPage},
		{"GET", "/tickets/{id}/diff", auth.RoleViewer, u.ticketDiff},
		{"GET", "/tickets/{id}/files/{version}/{file}", auth.RoleViewer, u.ticketFile},
		{"POST", "/tickets/{id}/reanalyse", auth.RoleAgent, u.reanalyse},
		{"GET", "/library", auth.RoleViewer, u.library},
		{"GET", "/monthly", auth.RoleViewer, u.monthlyPage},
		{"GET", "/monthly/charts/{chart}", auth.RoleViewer, u.monthlyChart},
		{"GET", "/monthly/file/{format}", auth.RoleViewer, u.monthlyFile},
		{"GET", "/actions", auth.RoleAgent, u.actionList},
		{"POST", "/actions/{id}", auth.RoleAgent, u.changeAction},
	}
}

// Register adds every page and the assets to mux.
func (u *UI) Register(mux *http.ServeMux) {
	for _, rt := range u.Routes() {
		mux.Handle(rt.Method+" "+rt.Pattern, u.secure(u.authorize(rt)))
	}
	assets, _ := fs.Sub(assetFS, "assets")
	files := http.FileServerFS(assets)
	mux.Handle("GET /assets/", u.secure(http.StripPrefix("/assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	}))))
}

// csp forbids inline script and any request to another origin.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure adds the security headers and the cross-origin check of unsafe
// requests.
func (u *UI) secure(next http.Handler) http.Handler {
	return u.cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r)
	}))
}

// request is what a page handler knows of its request: the caller and its
// session (nil on public pages).
type request struct {
	caller  *auth.Caller
	session *store.Session
}

// who names the person behind the session for the records of their changes.
func (p *request) who() string {
	if p.session == nil {
		return ""
	}
	if p.session.Token.Name != "" {
		return p.session.Token.Name
	}
	return "token " + itoa(p.session.Token.ID)
}

// page is the data every template gets.
type page struct {
	Title  string
	Nav    string
	CSRF   string
	Caller *auth.Caller
	Who    string
	Staff  bool // an agent or admin
	Data   any
}

// render answers with the page template name.
func (u *UI) render(w http.ResponseWriter, r *http.Request, p *request, status int, name, title string, data any) {
	t, ok := u.pages[name]
	if !ok {
		u.log.Error("ui: no template", "name", name)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	pg := page{Title: title, Nav: name, Data: data, Caller: auth.Anonymous}
	if p != nil && p.session != nil {
		pg.CSRF, pg.Caller, pg.Who = p.session.CSRF, p.caller, p.who()
		pg.Staff = p.caller.Role.Allows(auth.RoleAgent) && !p.caller.CustomerBound()
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", pg); err != nil {
		u.log.Error("ui: render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// fail answers with an error page; a fault (5xx) is logged with its cause.
// The message is the page's own: never a service message, which may name
// what the caller asked for in another customer's terms.
func (u *UI) fail(w http.ResponseWriter, r *http.Request, p *request, status int, msg string) {
	u.render(w, r, p, status, "error", http.StatusText(status), map[string]any{"Status": status, "Message": msg})
}

// statusOf maps the service's error codes to statuses and messages.
var statusOf = map[string]struct {
	status int
	msg    string
}{
	service.CodeNotFound:     {http.StatusNotFound, "There is nothing here, or nothing you may see."},
	service.CodeInvalid:      {http.StatusBadRequest, "The request is not valid."},
	service.CodeForbidden:    {http.StatusForbidden, "Your role may not do this."},
	service.CodeNotClosed:    {http.StatusConflict, "Only closed tickets are analysed."},
	service.CodeStore:        {http.StatusServiceUnavailable, "The archive is unavailable; try again shortly."},
	service.CodeExportFailed: {http.StatusInternalServerError, "The report could not be rendered."},
}

// serviceError answers with a use case's failure.
func (u *UI) serviceError(w http.ResponseWriter, r *http.Request, p *request, err error) {
	code := service.ErrorCode(err)
	st, ok := statusOf[code]
	if !ok {
		st.status, st.msg = http.StatusInternalServerError, "Something went wrong on our side."
	}
	if st.status >= 500 {
		u.log.Error("ui: request failed", "method", r.Method, "path", r.URL.Path, "status", st.status, "code", code, "err", err)
	}
	if code == service.CodeInvalid {
		var se *service.Error
		if errors.As(err, &se) {
			st.msg = se.Msg
		}
	}
	u.fail(w, r, p, st.status, st.msg)
}
