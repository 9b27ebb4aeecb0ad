package ui

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
)

// cookieName is the session cookie's name.
const cookieName = "debrief_session"

func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails (crypto/rand panics instead)
	return base64.RawURLEncoding.EncodeToString(b)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// authorize loads the session, checks the role and, on unsafe methods, the
// form's CSRF token, before a page's handler.
func (u *UI) authorize(rt Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := &request{caller: auth.Anonymous}
		if s, ok := u.session(r); ok {
			p.session = &s
			p.caller = &auth.Caller{Role: auth.Role(s.Token.Role), Customer: s.Token.Customer, TokenID: s.Token.ID}
		} else if rt.Role != auth.RolePublic {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, "/signin?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			u.fail(w, r, nil, http.StatusUnauthorized, "Your session has ended: sign in again.")
			return
		}
		if !p.caller.Role.Allows(rt.Role) {
			u.fail(w, r, p, http.StatusForbidden, "Your role may not open this page.")
			return
		}
		if r.Method == http.MethodPost && p.session != nil {
			got := r.PostFormValue("csrf")
			if subtle.ConstantTimeCompare([]byte(got), []byte(p.session.CSRF)) != 1 {
				u.fail(w, r, p, http.StatusForbidden, "The form has expired: reload the page and try again.")
				return
			}
		}
		rt.handler(w, r, p)
	})
}

// session returns the request's unexpired session.
func (u *UI) session(r *http.Request) (store.Session, bool) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" {
		return store.Session{}, false
	}
	s, err := u.cfg.Sessions.SessionByHash(r.Context(), auth.HashToken(c.Value), u.cfg.Clock())
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) {
			u.log.Error("ui: session lookup", "err", err)
		}
		return store.Session{}, false
	}
	return s, true
}

// safeNext keeps a redirect target on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

func (u *UI) signinForm(w http.ResponseWriter, r *http.Request, p *request) {
	if p.session != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	u.render(w, r, p, http.StatusOK, "signin", "Sign in", map[string]string{"Next": safeNext(r.URL.Query().Get("next"))})
}

// signin exchanges an API token for a session. The form needs no CSRF
// token (there is no session yet): http.CrossOriginProtection refuses it
// from another site.
func (u *UI) signin(w http.ResponseWriter, r *http.Request, p *request) {
	secret := strings.TrimSpace(r.PostFormValue("token"))
	next := safeNext(r.PostFormValue("next"))
	if secret == "" {
		u.render(w, r, p, http.StatusBadRequest, "signin", "Sign in", map[string]string{"Next": next, "Error": "Enter an API token."})
		return
	}
	if !u.startSession(w, r, p, secret) {
		u.render(w, r, p, http.StatusUnauthorized, "signin", "Sign in", map[string]string{"Next": next, "Error": "This token is unknown or revoked."})
		return
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// startSession opens a session for the token secret and sets its cookie;
// false if the token is unknown (a store failure answers itself).
func (u *UI) startSession(w http.ResponseWriter, r *http.Request, p *request, secret string) bool {
	if _, err := u.cfg.Tokens.Caller(r.Context(), secret); err != nil {
		if !errors.Is(err, auth.ErrUnknownToken) {
			u.log.Error("ui: token lookup", "err", err)
		}
		return false
	}
	tok, err := u.cfg.TokenStore.TokenByHash(r.Context(), auth.HashToken(secret))
	if err != nil {
		return false
	}
	now := u.cfg.Clock()
	id := randomToken()
	s := store.Session{Hash: auth.HashToken(id), Token: tok, CSRF: randomToken(), CreatedAt: now, ExpiresAt: now.Add(u.cfg.SessionTTL)}
	if err := u.cfg.Sessions.CreateSession(r.Context(), s); err != nil {
		u.log.Error("ui: create session", "err", err)
		return false
	}
	u.log.Info("ui: signed in", "token", tok.ID, "role", tok.Role)
	http.SetCookie(w, &http.Cookie{
		Name: cookieName, Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: u.secureCookie(r), MaxAge: int(u.cfg.SessionTTL / time.Second),
	})
	return true
}

// secureCookie tells whether the session cookie must be Secure: over TLS,
// behind a proxy that says it ended TLS (X-Forwarded-Proto), or when
// configured. (A forged header only makes the cookie stricter.)
func (u *UI) secureCookie(r *http.Request) bool {
	return r.TLS != nil || u.cfg.SecureCookies || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

func (u *UI) signout(w http.ResponseWriter, r *http.Request, p *request) {
	if err := u.cfg.Sessions.DeleteSession(r.Context(), p.session.Hash); err != nil {
		u.log.Error("ui: sign out", "err", err)
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: u.secureCookie(r), MaxAge: -1})
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}

// oneTime keeps one-time sign-in codes (debrief serve --demo prints one):
// each stands for an API token, works once and expires.
type oneTime struct {
	now   func() time.Time
	mu    sync.Mutex
	codes map[string]oneTimeCode
}

type oneTimeCode struct {
	secret  string
	expires time.Time
}

func newOneTime(now func() time.Time) *oneTime {
	return &oneTime{now: now, codes: map[string]oneTimeCode{}}
}

// take returns the token of code and forgets it.
func (o *oneTime) take(code string) (string, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	c, ok := o.codes[code]
	delete(o.codes, code)
	if !ok || !o.now().Before(c.expires) {
		return "", false
	}
	return c.secret, true
}

// OneTimeLink returns the path of a link that signs in once, within ttl,
// with the API token secret. The code lives in this process only.
func (u *UI) OneTimeLink(secret string, ttl time.Duration) string {
	code := randomToken()
	u.once.mu.Lock()
	u.once.codes[code] = oneTimeCode{secret: secret, expires: u.cfg.Clock().Add(ttl)}
	u.once.mu.Unlock()
	return "/signin/once/" + code
}

func (u *UI) signinOnce(w http.ResponseWriter, r *http.Request, p *request) {
	secret, ok := u.once.take(r.PathValue("code"))
	if !ok || !u.startSession(w, r, p, secret) {
		u.render(w, r, p, http.StatusUnauthorized, "signin", "Sign in", map[string]string{"Next": "/", "Error": "This sign-in link was used already or has expired: sign in with a token."})
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
