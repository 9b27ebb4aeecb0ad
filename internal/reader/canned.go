package reader

import (
	"hash/fnv"
	"strings"
	"sync"
	"unicode"
)

// Canned collects message texts seen across tickets: a text that appears in
// many tickets is a template (an automatic acknowledgement, a policy notice).
// It is safe for concurrent use. The zero value is not usable; use NewCanned.
type Canned struct {
	mu      sync.RWMutex
	min     int
	tickets map[uint64]map[string]struct{}
}

// NewCanned returns an empty collection in which a text counts as canned once
// it has been seen in at least min different tickets (min below 2 means 2).
func NewCanned(min int) *Canned {
	return &Canned{min: max(min, 2), tickets: map[uint64]map[string]struct{}{}}
}

// Add records that ticket id holds a message with body.
func (c *Canned) Add(id, body string) {
	k, ok := fingerprint(body)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.tickets[k]
	if s == nil {
		s = map[string]struct{}{}
		c.tickets[k] = s
	}
	if len(s) < c.min {
		s[id] = struct{}{}
	}
}

// Has reports whether body was seen in at least the minimum number of tickets.
// A nil Canned has nothing.
func (c *Canned) Has(body string) bool {
	if c == nil {
		return false
	}
	k, ok := fingerprint(body)
	if !ok {
		return false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.tickets[k]) >= c.min
}

// fingerprint hashes the letters of a body, lowercased, ignoring digits,
// punctuation and spacing (which carry ticket numbers and dates). Bodies with
// fewer than 20 letters have none: "thanks" is not a template.
func fingerprint(body string) (uint64, bool) {
	if len(body) > maxBody {
		body = body[:maxBody]
	}
	h := fnv.New64a()
	n := 0
	var b [4]byte
	for _, r := range strings.ToLower(body) {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		k := copy(b[:], string(r))
		h.Write(b[:k])
	}
	return h.Sum64(), n >= 20
}
