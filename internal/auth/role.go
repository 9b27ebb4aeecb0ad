// Package auth says who a caller is and what it may do: roles, the caller
// and its customer scope, API tokens (generation, hashing) and the cache of
// token lookups. It knows nothing of HTTP, so the API, the web interface and
// the CLI share it.
package auth

import "fmt"

// Role is what a token may do.
type Role string

// Roles, from least to most privileged.
const (
	RolePublic Role = ""
	RoleViewer Role = "viewer"
	RoleAgent  Role = "agent"
	RoleAdmin  Role = "admin"
)

// Rank orders roles: a role may do what any role of lower or equal rank may.
func (r Role) Rank() int {
	switch r {
	case RoleViewer:
		return 1
	case RoleAgent:
		return 2
	case RoleAdmin:
		return 3
	}
	return 0
}

// Allows reports whether r may do what needs role need.
func (r Role) Allows(need Role) bool { return r.Rank() >= need.Rank() }

// ParseRole validates a role name.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleAdmin, RoleAgent, RoleViewer:
		return r, nil
	}
	return "", fmt.Errorf("unknown role %q (want admin, agent or viewer)", s)
}

// Caller is who made a request.
type Caller struct {
	Role Role
	// Customer, if set, binds a viewer to this customer: it sees only that
	// customer's tickets, and only what the customer could see of them.
	Customer string
	TokenID  int64
	// Name is the token's name, recorded as who made a change.
	Name string
}

// Who names the caller in audit records: the token's name, else its id.
func (c *Caller) Who() string {
	switch {
	case c.Name != "":
		return c.Name
	case c.TokenID != 0:
		return fmt.Sprintf("token %d", c.TokenID)
	}
	return "debrief"
}

// Anonymous is the caller of a public route.
var Anonymous = &Caller{}

// Staff is a caller that sees everything, for use cases run by the
// system itself (the CLI, webhooks).
var Staff = &Caller{Role: RoleAdmin}

// Sees reports whether the caller may see a ticket of customer.
func (c *Caller) Sees(customer string) bool { return c.Customer == "" || c.Customer == customer }

// CustomerBound reports whether the caller is a viewer bound to a customer,
// who gets the customer's view of a ticket (no internal notes, redacted).
func (c *Caller) CustomerBound() bool { return c.Customer != "" }
