// Package ticket defines debrief's ticket format, the public contract for a
// helpdesk ticket and its events, and reads and validates it.
//
// A ticket is a JSON document (see docs/ticket-format.md). Parsing is strict
// about what the metrics depend on (ids, timestamps, roles, event kinds) and
// lenient about everything else: unknown fields are ignored and events that
// arrive out of order are sorted with a warning rather than rejected.
package ticket

import (
	"strings"
	"time"
)

// Role says who wrote a message.
type Role string

// The roles a message author can have.
const (
	RoleCustomer Role = "customer"
	RoleAgent    Role = "agent"
	RoleSystem   Role = "system"
)

// Kind says what an event records.
type Kind string

// The kinds of event.
const (
	// KindMessage is a message: public (customer-visible) or an internal note.
	KindMessage Kind = "message"
	// KindState is a change of the ticket's state (new, open, pending_customer, ...).
	KindState Kind = "state"
	// KindPriority is a change of the ticket's priority.
	KindPriority Kind = "priority"
)

// StateNew is the state a ticket starts in at CreatedAt.
const StateNew = "new"

// Ticket is one helpdesk ticket with its history.
type Ticket struct {
	ID       string   `json:"id"`
	Subject  string   `json:"subject,omitempty"`
	Customer Customer `json:"customer,omitzero"`
	Priority string   `json:"priority,omitempty"`
	// Type is the kind of ticket (see Types); "" when the source does not say.
	Type        string    `json:"type,omitempty"`
	Team        string    `json:"team,omitempty"`
	SLA         string    `json:"sla,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	ClosedAt    time.Time `json:"closed_at,omitzero"`
	CloseReason string    `json:"close_reason,omitempty"`
	Links       []Link    `json:"links,omitempty"`
	Events      []Event   `json:"events"`
}

// Customer is the organisation and person that raised the ticket.
type Customer struct {
	Name    string `json:"name,omitempty"`
	Contact string `json:"contact,omitempty"`
	Email   string `json:"email,omitempty"`
	Phone   string `json:"phone,omitempty"`
}

// Link is a reference to another ticket, such as an internal coordination ticket.
type Link struct {
	ID   string `json:"id"`
	Kind string `json:"kind,omitempty"`
}

// Event is one entry of a ticket's history.
type Event struct {
	At   time.Time `json:"at"`
	Kind Kind      `json:"kind"`
	// Message fields.
	Author string `json:"author,omitempty"`
	Role   Role   `json:"role,omitempty"`
	Public bool   `json:"public"`
	Body   string `json:"body,omitempty"`
	// State events: the new state.
	State string `json:"state,omitempty"`
	// Priority events: the new priority.
	Priority string `json:"priority,omitempty"`
}

// Closed reports whether the ticket has been closed.
func (t *Ticket) Closed() bool { return !t.ClosedAt.IsZero() }

// IsPublicAgentMessage reports whether e is a customer-visible message from an agent:
// what counts as a response or an update.
func (e *Event) IsPublicAgentMessage() bool {
	return e.Kind == KindMessage && e.Role == RoleAgent && e.Public
}

// IsPublicCustomerMessage reports whether e is a message the customer wrote.
func (e *Event) IsPublicCustomerMessage() bool {
	return e.Kind == KindMessage && e.Role == RoleCustomer && e.Public
}

// AutoClosed reports whether the ticket was closed by the helpdesk rather than by a
// person, as the close reason tells ("inactivity", "auto", "timeout", "automatic").
func (t *Ticket) AutoClosed() bool {
	switch t.CloseReason {
	case "inactivity", "auto", "automatic", "timeout", "auto_close", "autoclose":
		return true
	}
	return false
}

// The ticket types. A source's own names map to these (NormalizeType).
const (
	TypeIncident       = "incident"
	TypeServiceRequest = "service_request"
	TypeQuestion       = "question"
	TypeChange         = "change"
)

// Types lists the ticket types.
var Types = []string{TypeIncident, TypeServiceRequest, TypeQuestion, TypeChange}

// typeSeparators reads a hyphen or an underscore in a type name as a space.
var typeSeparators = strings.NewReplacer("-", " ", "_", " ")

// NormalizeType maps a helpdesk's name for a ticket type to one of Types:
// Zammad, Jira Service Management, ServiceNow and common CSV exports name them
// "Incident", "Service Request", "Problem", "Question", "Change Request", "Bug",
// "Task" and so on. It returns "" for a name it does not know.
func NormalizeType(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = typeSeparators.Replace(n)
	switch n {
	case "incident", "problem", "bug", "defect", "outage", "fault", "break fix", "breakfix", "major incident",
		"system incident", "alert", "error":
		return TypeIncident
	case "service request", "request", "servicerequest", "service", "task", "sub task", "subtask",
		"access request", "new feature", "feature", "feature request", "improvement", "request for service",
		"service request with approvals", "support", "support request", "new user", "order", "hd service",
		"helpdesk service", "help desk service", "request for information":
		return TypeServiceRequest
	case "question", "inquiry", "enquiry", "information", "info", "how to", "howto", "general question",
		"get it help", "ask a question", "consultation":
		return TypeQuestion
	case "change", "change request", "normal change", "standard change", "emergency change", "rfc", "request for change",
		"deployment", "release", "maintenance":
		return TypeChange
	}
	return ""
}
