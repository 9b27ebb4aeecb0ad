// Package zammad maps Zammad's webhook payloads (a ticket with its triggering
// article, or with an "articles" list from a custom payload) into debrief's
// ticket format, and verifies their X-Hub-Signature.
//
// Zammad's default payload carries one article per delivery, so a ticket is
// built up across deliveries: Merge folds a delivery into the ticket stored from
// earlier ones. States, priorities, senders and the internal flag map as
// documented in docs/api.md.
package zammad

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Payload is the part of Zammad's webhook JSON that debrief reads.
type Payload struct {
	Ticket   Ticket    `json:"ticket"`
	Article  *Article  `json:"article"`
	Articles []Article `json:"articles"`
}

// Ticket is Zammad's ticket object.
type Ticket struct {
	ID       int64  `json:"id"`
	Number   string `json:"number"`
	Title    string `json:"title"`
	State    string `json:"state"`
	Priority Named  `json:"priority"`
	// Type is Zammad's ticket type attribute ("Incident", "Problem", "Request
	// for Change"), a string or an object with a name; absent in many setups.
	Type         Named     `json:"type"`
	Group        Named     `json:"group"`
	Customer     User      `json:"customer"`
	Organization Named     `json:"organization"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
	CloseAt      time.Time `json:"close_at"`
}

// Named is a Zammad object referred to by name (priority, group, organization).
type Named struct {
	Name string `json:"name"`
}

// UnmarshalJSON accepts both an object with a name and a bare string.
func (n *Named) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &n.Name)
	}
	type plain Named
	return json.Unmarshal(b, (*plain)(n))
}

// User is a Zammad user.
type User struct {
	Firstname    string `json:"firstname"`
	Lastname     string `json:"lastname"`
	Email        string `json:"email"`
	Phone        string `json:"phone"`
	Organization string `json:"organization"`
}

// Name is the user's full name.
func (u User) Name() string { return strings.TrimSpace(u.Firstname + " " + u.Lastname) }

// Article is a Zammad article: a message or an internal note.
type Article struct {
	ID          int64     `json:"id"`
	Body        string    `json:"body"`
	ContentType string    `json:"content_type"`
	CreatedAt   time.Time `json:"created_at"`
	CreatedBy   User      `json:"created_by"`
	From        string    `json:"from"`
	Internal    bool      `json:"internal"`
	Sender      string    `json:"sender"`
	Type        string    `json:"type"`
}

// empty reports whether a is no article at all: Zammad sends "article": {}
// on deliveries without one (a state change, the close), and that must not
// become a message. A real article has an id; one without an id counts only
// if it has a body.
func (a Article) empty() bool {
	return a.ID == 0 && strings.TrimSpace(articleText(a)) == ""
}

// Parse decodes a webhook body.
func Parse(body []byte) (*Payload, error) {
	var p Payload
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, fmt.Errorf("zammad: payload: %w", err)
	}
	if p.Ticket.ID == 0 && p.Ticket.Number == "" {
		return nil, errors.New("zammad: payload: no ticket (want Zammad's webhook payload with a ticket object)")
	}
	if p.Ticket.CreatedAt.IsZero() {
		return nil, errors.New("zammad: payload: ticket.created_at missing")
	}
	return &p, nil
}

// TicketID is the debrief ticket id for a Zammad ticket: its number, else its id.
func (p *Payload) TicketID() string {
	if p.Ticket.Number != "" {
		return p.Ticket.Number
	}
	return fmt.Sprint(p.Ticket.ID)
}

// StateFor maps a Zammad state to debrief's state names.
func StateFor(zammad string) string {
	switch s := strings.ToLower(strings.TrimSpace(zammad)); s {
	case "pending reminder":
		return "pending_customer"
	case "pending close":
		return "pending_close"
	default:
		return strings.ReplaceAll(s, " ", "_")
	}
}

// PriorityFor maps a Zammad priority name ("3 high") to debrief's ("high").
func PriorityFor(zammad string) string {
	s := strings.TrimSpace(zammad)
	if i := strings.IndexByte(s, ' '); i > 0 && strings.Trim(s[:i], "0123456789") == "" {
		s = s[i+1:]
	}
	return s
}

// Merge folds a delivery into prev, the ticket built from earlier deliveries (nil
// for the first), and returns the updated ticket: new articles are added (by
// article id, so a redelivery adds nothing), state and priority changes become
// events, and a closed state sets closed_at.
func Merge(prev *ticket.Ticket, p *Payload) *ticket.Ticket {
	t := &ticket.Ticket{}
	if prev != nil {
		*t = *prev
		t.Events = slices.Clone(prev.Events)
	}
	zt := &p.Ticket
	t.ID = p.TicketID()
	t.Subject = zt.Title
	t.Team = zt.Group.Name
	t.CreatedAt = zt.CreatedAt.UTC()
	t.Customer = ticket.Customer{
		Name:    cmp.Or(strings.TrimSpace(zt.Organization.Name), strings.TrimSpace(zt.Customer.Organization), strings.TrimSpace(zt.Customer.Name())),
		Contact: zt.Customer.Name(),
		Email:   zt.Customer.Email,
		Phone:   zt.Customer.Phone,
	}
	at := zt.UpdatedAt.UTC()
	if at.IsZero() || at.Before(t.CreatedAt) {
		at = t.CreatedAt
	}

	seen := map[string]bool{}
	for _, e := range t.Events {
		if e.Kind == ticket.KindMessage {
			seen[e.At.Format(time.RFC3339Nano)+"\x00"+e.Body] = true
		}
	}
	articles := p.Articles
	if p.Article != nil {
		articles = append(articles, *p.Article)
	}
	for _, a := range articles {
		if a.empty() {
			continue
		}
		e := articleEvent(a, t.CreatedAt)
		key := e.At.Format(time.RFC3339Nano) + "\x00" + e.Body
		if seen[key] {
			continue
		}
		seen[key] = true
		t.Events = append(t.Events, e)
	}

	if typ := ticket.NormalizeType(zt.Type.Name); typ != "" {
		t.Type = typ
	}
	// A delivery older than what is stored (deliveries race, and Zammad
	// retries) adds its articles but moves no state back: an old "open"
	// must not reopen the closed ticket.
	if prev != nil && olderThan(at, prev) {
		t.Subject, t.Team, t.Customer, t.Type = prev.Subject, prev.Team, prev.Customer, prev.Type
		slices.SortStableFunc(t.Events, func(a, b ticket.Event) int { return a.At.Compare(b.At) })
		return t
	}
	if prio := PriorityFor(zt.Priority.Name); prio != "" && prio != t.Priority {
		if t.Priority != "" {
			t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindPriority, Priority: prio})
		}
		t.Priority = prio
	}
	if state := StateFor(zt.State); state != "" && state != currentState(t) {
		switch state {
		case "closed", "merged", "removed":
		default:
			t.Events = append(t.Events, ticket.Event{At: at, Kind: ticket.KindState, State: state})
		}
	}
	switch StateFor(zt.State) {
	case "closed", "merged":
		if t.ClosedAt.IsZero() {
			t.ClosedAt = at
			if !zt.CloseAt.IsZero() && !zt.CloseAt.Before(t.CreatedAt) {
				t.ClosedAt = zt.CloseAt.UTC()
			}
			t.CloseReason = StateFor(zt.State)
		}
	default:
		t.ClosedAt, t.CloseReason = time.Time{}, "" // reopened
	}
	slices.SortStableFunc(t.Events, func(a, b ticket.Event) int { return a.At.Compare(b.At) })
	return t
}

// olderThan reports whether a delivery updated at at predates prev: it is
// before prev's last change, or at that instant with prev already closed.
func olderThan(at time.Time, prev *ticket.Ticket) bool {
	last := prev.LastChange()
	return at.Before(last) || at.Equal(last) && prev.Closed()
}

func currentState(t *ticket.Ticket) string {
	s := ticket.StateNew
	for _, e := range t.Events {
		if e.Kind == ticket.KindState {
			s = e.State
		}
	}
	return s
}

func articleEvent(a Article, created time.Time) ticket.Event {
	e := ticket.Event{Kind: ticket.KindMessage, At: a.CreatedAt.UTC(), Public: !a.Internal, Body: articleText(a)}
	if e.At.IsZero() || e.At.Before(created) {
		e.At = created
	}
	switch strings.ToLower(a.Sender) {
	case "customer":
		e.Role = ticket.RoleCustomer
	case "agent":
		e.Role = ticket.RoleAgent
	default:
		e.Role = ticket.RoleSystem
	}
	e.Author = cmp.Or(strings.TrimSpace(a.CreatedBy.Name()), strings.TrimSpace(fromName(a.From)))
	return e
}

// fromName takes the display name of "Emily Adams <emily@example.com>".
func fromName(from string) string {
	if i := strings.IndexByte(from, '<'); i > 0 {
		return strings.Trim(strings.TrimSpace(from[:i]), `"`)
	}
	return strings.TrimSpace(from)
}

var (
	blockTag = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/li|/tr|/h[1-6])\s*/?>`)
	anyTag   = regexp.MustCompile(`(?s)<[^>]*>`)
	blanks   = regexp.MustCompile(`\n{3,}`)
)

// articleText is an article's body as plain text: HTML bodies lose their tags
// (line breaks kept) and entities are decoded.
func articleText(a Article) string {
	if !strings.Contains(strings.ToLower(a.ContentType), "html") {
		return a.Body
	}
	s := blockTag.ReplaceAllString(a.Body, "\n")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return strings.TrimSpace(blanks.ReplaceAllString(s, "\n\n"))
}

// VerifySignature checks Zammad's X-Hub-Signature header ("sha1=<hex>"): the
// HMAC-SHA1 of the body under the webhook's secret token.
func VerifySignature(body []byte, header string, secret []byte) bool {
	sig, ok := strings.CutPrefix(strings.TrimSpace(header), "sha1=")
	if !ok {
		return false
	}
	got, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

// Sign returns the X-Hub-Signature value for body, as Zammad computes it.
func Sign(body, secret []byte) string {
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return "sha1=" + hex.EncodeToString(mac.Sum(nil))
}
