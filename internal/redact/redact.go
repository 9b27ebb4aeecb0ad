// Package redact makes debrief's reports safe to share outside the team: it learns
// the identifiers of one ticket (the customer, the people, e-mail addresses, phone
// numbers, IP addresses, host names and ticket ids) and replaces each, wherever it
// appears, with a stable placeholder such as [CUSTOMER], [PERSON-2] or [HOST-1].
// Leaks checks a text, such as a hosted model's answer, for identifiers left in it.
//
// It knows people from the ticket's fields (the contact, message authors, also
// authors given as e-mail addresses) and from the message bodies: those an
// honorific, a greeting or a verb of contact introduces, and those an embedded
// given-name gazetteer finds in context (gazetteer/NOTICE names its sources).
// Options.Extra adds names it cannot find. Every identifier is matched in all its
// variants, generated once in New: any case, no diacritics, typographic quotes
// and dashes folded, Markdown escapes read through; a person's surname and given
// name alone, initials and login shapes; the customer's short forms; ticket ids
// with any separator. A name part that is also an ordinary word (Will, Grace) is
// replaced only where it reads as the name. Matches and People expose the matcher
// and the people to other checks; ShareName names shareable files.
//
// Matching is built once, in New, and runs in one linear sweep over the text: literal
// terms through two tries (whole-word terms, and distinctive terms matched even inside
// longer words) and shapes (e-mail, phone, IPv4/IPv6, host names, ticket ids) through
// small hand-written scanners. When a replacement touches characters that a
// neighbouring match reads (pbs01.lab, Hale-Smith), String sweeps again until nothing
// changes, so that its output is a fixed point: String(String(s)) == String(s).
//
// Placeholders are plain text and never swallow Markdown structure: the characters
// around an identifier (table pipes, quote markers, link brackets, backticks, a URL's
// scheme and path) are kept. Where a placeholder would read as a Markdown link
// ("[HOST-1](...)") or link definition ("[PERSON-1]: thanks" on a line of its own),
// its bracket is escaped ("\[HOST-1](...)"), except in code.
package redact

import (
	"net/netip"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Options tunes a Redactor.
type Options struct {
	// Extra lists more terms to redact (organisation-specific), e.g. project code
	// names. Each becomes [REDACTED-n], or the placeholder of its kind when it is an
	// e-mail address, phone number, IP address or host name.
	Extra []string
	// Keep lists terms never redacted even if they look like identifiers: SLA names,
	// priorities, team names, directive titles. A Keep term matches whole words, in
	// any case. It does not shield an identifier that starts inside it and runs past
	// it. The ticket's SLA, priority and state names are kept without being listed.
	Keep []string
}

// Redactor replaces the identifiers of one ticket with placeholders. It is immutable
// once made and safe for concurrent use.
type Redactor struct {
	m      *matcher
	known  [numKinds]map[string]string // canonical key → placeholder, for identifiers found by shape
	people []string                    // the people's names, as learned
}

// maxPasses bounds String's repetition; real text settles in one or two passes.
const maxPasses = 16

// New learns the identifiers of t: the customer's name (and its forms), contact,
// e-mail and phone; the ticket id and the linked tickets' ids; the people (the contact,
// then message authors with role customer or agent, in event order); and, from every
// text field and message body, e-mail addresses, phone numbers, IPv4/IPv6 addresses,
// host names and ids of the ticket id's shape. It is deterministic: the same ticket
// and options give the same placeholders. t may be nil (only opts.Extra is learned).
func New(t *ticket.Ticket, opts Options) *Redactor {
	b := newBuilder(opts)
	m := b.learn(t, opts)
	return &Redactor{m: m, known: b.known, people: b.people}
}

// String replaces every identifier in s with its placeholder. Identifiers New learned
// get their numbered placeholder; ones String recognises only by their shape (an
// e-mail address, phone number, IP address, host name or ticket id New never saw) get
// the kind's unnumbered one, such as [EMAIL-?].
func (r *Redactor) String(s string) string {
	for range maxPasses {
		out, changed, settled := r.pass(s)
		s = out
		if !changed || settled {
			break
		}
	}
	return s
}

// pass makes one sweep over s and reports whether it replaced anything, and whether
// the result is settled: no replacement touched text that another match reads, so
// that a further pass would change nothing.
func (r *Redactor) pass(s string) (out string, changed, settled bool) {
	var b strings.Builder
	var code codeTracker
	last := 0
	settled = true
	cut := r.m.scan(s, func(h hit) {
		settled = settled && r.m.settled(s, h.start, h.end)
		if !changed {
			b.Grow(len(s) + len(s)/8)
			changed = true
		}
		b.WriteString(s[last:h.start])
		if needsEscape(s, h.start, h.end) && !code.inCode(s, h.start) {
			b.WriteByte('\\')
		}
		b.WriteString(r.placeholder(s[h.start:h.end], h))
		last = h.end
	})
	if !changed {
		return s, false, true
	}
	b.WriteString(s[last:])
	return b.String(), true, settled && !cut
}

// placeholder returns the placeholder for the identifier text found as h.
func (r *Redactor) placeholder(text string, h hit) string {
	if h.e != nil {
		return h.e.ph
	}
	if ph, ok := r.known[h.k][canonKey(h.k, text)]; ok {
		return ph
	}
	return unknownPlaceholder[h.k]
}

// Ticket returns a redacted deep copy of t: String applied to every string field and
// message body. Times and flags are copied as they are, and so are event kinds and
// roles that are the format's own values (message, agent, ...), which carry nothing
// of the customer. It returns nil for nil.
func (r *Redactor) Ticket(t *ticket.Ticket) *ticket.Ticket {
	if t == nil {
		return nil
	}
	c := *t
	c.ID = r.String(t.ID)
	c.Subject = r.String(t.Subject)
	c.Customer = ticket.Customer{
		Name:    r.String(t.Customer.Name),
		Contact: r.String(t.Customer.Contact),
		Email:   r.String(t.Customer.Email),
		Phone:   r.String(t.Customer.Phone),
	}
	c.Priority = r.String(t.Priority)
	c.Team = r.String(t.Team)
	c.SLA = r.String(t.SLA)
	c.CloseReason = r.String(t.CloseReason)
	if t.Links != nil {
		c.Links = make([]ticket.Link, len(t.Links))
		for i, l := range t.Links {
			c.Links[i] = ticket.Link{ID: r.String(l.ID), Kind: r.String(l.Kind)}
		}
	}
	if t.Events != nil {
		c.Events = make([]ticket.Event, len(t.Events))
		for i, e := range t.Events {
			if !knownKind(e.Kind) {
				e.Kind = ticket.Kind(r.String(string(e.Kind)))
			}
			e.Author = r.String(e.Author)
			if !knownRole(e.Role) {
				e.Role = ticket.Role(r.String(string(e.Role)))
			}
			e.Body = r.String(e.Body)
			e.State = r.String(e.State)
			e.Priority = r.String(e.Priority)
			c.Events[i] = e
		}
	}
	return &c
}

func knownKind(k ticket.Kind) bool {
	return k == ticket.KindMessage || k == ticket.KindState || k == ticket.KindPriority
}

func knownRole(r ticket.Role) bool {
	return r == ticket.RoleCustomer || r == ticket.RoleAgent || r == ticket.RoleSystem
}

// Terms returns the literal identifiers the Redactor replaces, sorted and without
// duplicates: the customer's name and its distinctive forms, people's full names and name parts,
// e-mail addresses and their domains, phone numbers, addresses, host names and ticket
// ids as they appear in the ticket. Matching is case- and diacritic-insensitive.
// Name parts that are also ordinary words (Will, Grace) are not terms: they match
// only where they read as the name, so a guard looking for them as words would
// find the ordinary word. Identifiers known only by
// a canonical key (a bare machine number such as "VM 101") are not terms, nor are
// spellings that contain another term (the name with another legal suffix, an
// e-mail written with "[at]"): a guard that looks for the terms finds those too.
func (r *Redactor) Terms() []string {
	var out []string
	for _, t := range []*trie{r.m.word, r.m.any} {
		for _, e := range t.entries {
			if !e.keep && !e.derived && !e.common {
				out = append(out, e.text)
			}
		}
	}
	sort.Strings(out)
	return compact(out)
}

func compact(s []string) []string {
	if len(s) == 0 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// Leaks returns the identifiers of the ticket that s still contains, each once, in
// order of first appearance, as written in s. It is the check for model output: it
// matches exactly as String does, so String(s) never leaks.
func (r *Redactor) Leaks(s string) []string {
	var out []string
	seen := map[string]bool{}
	r.m.scan(s, func(h hit) {
		text := s[h.start:h.end]
		if h.e == nil {
			if _, ok := r.known[h.k][canonKey(h.k, text)]; !ok {
				return
			}
		}
		if !seen[text] {
			seen[text] = true
			out = append(out, text)
		}
	})
	return out
}

// Match is one identifier found in a text: where it is, as written, and the
// placeholder String writes for it.
type Match struct {
	Start, End  int
	Text        string
	Placeholder string
}

// Matches returns the identifiers of s in order, found exactly as String finds
// them (every variant of every known identifier, and the shapes), with their
// placeholders. Identifiers recognised only by shape that the ticket never had are
// included with the kind's unnumbered placeholder. A check that text names nobody
// (a redacted narrative) calls it, or Leaks, so that it uses the same variants.
func (r *Redactor) Matches(s string) []Match {
	var out []Match
	r.m.scan(s, func(h hit) {
		text := s[h.start:h.end]
		out = append(out, Match{Start: h.start, End: h.end, Text: text, Placeholder: r.placeholder(text, h)})
	})
	return out
}

// People returns the names of the people the Redactor knows, in the order it
// learned them: the contact, the message authors (a name read from an author's
// e-mail address too) and the people the messages name, found by an honorific, a
// greeting or the given-name gazetteer and its context. A blameless check looks
// for them, and for their placeholders, next to a failure.
func (r *Redactor) People() []string { return slices.Clone(r.people) }

// ipKey returns the canonical form of an IP address, or text itself if it does not
// parse (so that 10.020.0.13 and 10.20.0.13 differ only if netip cannot read them).
func ipKey(text string) string {
	if a, err := netip.ParseAddr(text); err == nil {
		return a.String()
	}
	// netip rejects IPv4 octets with leading zeros; normalise them by hand.
	parts := strings.Split(text, ".")
	if len(parts) == 4 {
		for i, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil || n > 255 {
				return text
			}
			parts[i] = strconv.Itoa(n)
		}
		return strings.Join(parts, ".")
	}
	return strings.ToLower(text)
}
