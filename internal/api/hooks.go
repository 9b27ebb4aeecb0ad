package api

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/zammad"
)

// zammadHook receives Zammad's webhook: the signature is checked, and the
// service merges the delivery into the ticket stored so far.
func (a *API) zammadHook(w http.ResponseWriter, r *http.Request, _ *auth.Caller) {
	body, ok := hookBody(w, r, a.cfg.ZammadSecret, "Zammad")
	if !ok {
		return
	}
	if !zammad.VerifySignature(body, r.Header.Get("X-Hub-Signature"), a.cfg.ZammadSecret) {
		WriteError(w, http.StatusUnauthorized, "bad_signature", "X-Hub-Signature does not match the body")
		return
	}
	p, err := zammad.Parse(body)
	if err != nil {
		WriteError(w, http.StatusBadRequest, "invalid_payload", err.Error())
		return
	}
	res, err := a.svc.IngestZammad(r.Context(), p)
	a.answerIngest(w, r, res, err)
}

// hookBody reads the body of a delivery to the webhook called name, which
// is off (404) without a secret; it answers the request itself on failure.
func hookBody(w http.ResponseWriter, r *http.Request, secret []byte, name string) ([]byte, bool) {
	if len(secret) == 0 {
		WriteError(w, http.StatusNotFound, "not_found", "the "+name+" webhook is not configured")
		return nil, false
	}
	return readBody(w, r)
}

// Generic webhook headers: the sender signs "<timestamp>.<body>" with
// HMAC-SHA256 and sends the Unix timestamp and "sha256=<hex>".
const (
	HeaderTimestamp = "X-Debrief-Timestamp"
	HeaderSignature = "X-Debrief-Signature"
	// ReplayWindow is how far a timestamp may be from the server's clock.
	ReplayWindow = 5 * time.Minute
)

// SignGeneric returns the X-Debrief-Signature value for body sent at ts.
func SignGeneric(secret []byte, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "%d.", ts)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// genericHook receives a ticket in debrief's format from any system that signs
// its deliveries; a delivery outside the replay window or seen before is refused.
func (a *API) genericHook(w http.ResponseWriter, r *http.Request, _ *auth.Caller) {
	body, ok := hookBody(w, r, a.cfg.WebhookSecret, "generic")
	if !ok {
		return
	}
	ts, err := strconv.ParseInt(r.Header.Get(HeaderTimestamp), 10, 64)
	if err != nil {
		WriteError(w, http.StatusUnauthorized, "bad_timestamp", HeaderTimestamp+" must be the Unix time of sending, in seconds")
		return
	}
	sent := time.Unix(ts, 0)
	if d := a.cfg.Clock().Sub(sent); d > ReplayWindow || d < -ReplayWindow {
		WriteError(w, http.StatusUnauthorized, "stale_timestamp", fmt.Sprintf("the delivery's timestamp is more than %v from the server's clock", ReplayWindow))
		return
	}
	sig := strings.TrimSpace(r.Header.Get(HeaderSignature))
	if !hmac.Equal([]byte(sig), []byte(SignGeneric(a.cfg.WebhookSecret, ts, body))) {
		WriteError(w, http.StatusUnauthorized, "bad_signature", HeaderSignature+" does not match the timestamp and body")
		return
	}
	// Seen signatures are kept in the store until the window closes, so a
	// replay is refused after a restart and by every process.
	first, err := a.svc.RecordDelivery(r.Context(), sig, sent.Add(ReplayWindow))
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	if !first {
		WriteError(w, http.StatusConflict, "replayed", "this delivery was already received")
		return
	}
	if err := a.ingestJSON(w, r, body); service.ErrorCode(err) == service.CodeStore {
		// Not stored: the sender's retry of this very delivery must be accepted.
		if err := a.svc.ForgetDelivery(context.WithoutCancel(r.Context()), sig); err != nil {
			a.log.Warn("forget webhook delivery", "err", err)
		}
	}
}
