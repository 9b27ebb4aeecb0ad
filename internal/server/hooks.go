package server

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/archive"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/zammad"
)

// zammadHook receives Zammad's webhook: the signature is checked, the delivery
// is merged into the ticket stored so far, and a closed ticket is analysed.
func (s *Server) zammadHook(w http.ResponseWriter, r *http.Request, _ *caller) {
	if len(s.cfg.ZammadSecret) == 0 {
		writeError(w, http.StatusNotFound, "not_found", "the Zammad webhook is not configured")
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	if !zammad.VerifySignature(body, r.Header.Get("X-Hub-Signature"), s.cfg.ZammadSecret) {
		writeError(w, http.StatusUnauthorized, "bad_signature", "X-Hub-Signature does not match the body")
		return
	}
	p, err := zammad.Parse(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_payload", err.Error())
		return
	}
	// Deliveries of one ticket are merged one at a time in this process;
	// across processes the store refuses a merge into a version that is no
	// longer the latest, and the delivery is merged again.
	unlock := s.locks.lock(p.TicketID())
	defer unlock()
	for attempt := 1; ; attempt++ {
		t, tv, ok := s.mergeZammad(w, r, p)
		if !ok {
			return
		}
		res, err := s.cfg.Store.IngestTicket(r.Context(), tv, t.Closed())
		if errors.Is(err, store.ErrConflict) && attempt < maxMergeAttempts {
			s.log.Debug("zammad delivery raced another; merging again", "ticket", t.ID, "attempt", attempt)
			continue
		}
		s.answerIngest(w, t, res, err)
		return
	}
}

// maxMergeAttempts bounds how often a delivery is merged again after losing
// a race with another process's delivery of the same ticket.
const maxMergeAttempts = 5

// mergeZammad merges a delivery into the latest stored version of its
// ticket. The version to store names the one it was merged into (Base). On
// failure it answers the request and returns false.
func (s *Server) mergeZammad(w http.ResponseWriter, r *http.Request, p *zammad.Payload) (*ticket.Ticket, store.TicketVersion, bool) {
	var (
		prev *ticket.Ticket
		base int
	)
	tv, err := s.cfg.Store.Ticket(r.Context(), p.TicketID())
	switch {
	case err == nil:
		base = tv.Version
		if prev, _, err = ticket.ParseWith(tv.Raw, "", s.cfg.Engine.Config().Dates); err != nil {
			prev = nil // an unreadable earlier version is replaced by this delivery
		}
	case !errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusServiceUnavailable, "store_error", "the store is unavailable; retry later")
		return nil, tv, false
	}
	t := zammad.Merge(prev, p)
	raw, err := json.Marshal(t)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the ticket")
		return nil, tv, false
	}
	// Validate as any ticket would be.
	if _, _, err := ticket.ParseWith(raw, "zammad ticket "+t.ID, s.cfg.Engine.Config().Dates); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_ticket", err.Error())
		return nil, tv, false
	}
	next := archive.TicketVersion(t, raw)
	next.Base = &base
	return t, next, true
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
func (s *Server) genericHook(w http.ResponseWriter, r *http.Request, _ *caller) {
	if len(s.cfg.WebhookSecret) == 0 {
		writeError(w, http.StatusNotFound, "not_found", "the generic webhook is not configured")
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	ts, err := strconv.ParseInt(r.Header.Get(HeaderTimestamp), 10, 64)
	if err != nil {
		writeError(w, http.StatusUnauthorized, "bad_timestamp", HeaderTimestamp+" must be the Unix time of sending, in seconds")
		return
	}
	sent := time.Unix(ts, 0)
	if d := s.cfg.Clock().Sub(sent); d > ReplayWindow || d < -ReplayWindow {
		writeError(w, http.StatusUnauthorized, "stale_timestamp", fmt.Sprintf("the delivery's timestamp is more than %v from the server's clock", ReplayWindow))
		return
	}
	sig := strings.TrimSpace(r.Header.Get(HeaderSignature))
	if !hmac.Equal([]byte(sig), []byte(SignGeneric(s.cfg.WebhookSecret, ts, body))) {
		writeError(w, http.StatusUnauthorized, "bad_signature", HeaderSignature+" does not match the timestamp and body")
		return
	}
	// Seen signatures are kept in the store until the window closes, so a
	// replay is refused after a restart and by every process.
	first, err := s.cfg.Store.RecordDelivery(r.Context(), sig, sent.Add(ReplayWindow))
	if err != nil {
		s.log.Error("record webhook delivery", "err", err)
		writeError(w, http.StatusServiceUnavailable, "store_error", "the delivery could not be recorded; retry later")
		return
	}
	if !first {
		writeError(w, http.StatusConflict, "replayed", "this delivery was already received")
		return
	}
	s.ingestJSON(w, r, body)
	if sw, ok := w.(*statusWriter); ok && sw.status >= http.StatusInternalServerError {
		// Not stored: the sender's retry of this very delivery must be accepted.
		if err := s.cfg.Store.ForgetDelivery(context.WithoutCancel(r.Context()), sig); err != nil {
			s.log.Warn("forget webhook delivery", "err", err)
		}
	}
}
