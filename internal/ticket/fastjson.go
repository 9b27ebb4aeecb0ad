package ticket

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// fastDecode decodes a ticket document in the usual shape straight into r,
// several times faster than encoding/json: stats over a folder of tickets is
// mostly decoding. It reports false for anything unusual (a type mismatch, a
// key that matches only case-insensitively, invalid JSON, ...), and the caller
// then decodes with encoding/json, which gives the same result on valid input
// and the precise error otherwise. FuzzFastDecode checks the two agree.
func fastDecode(data []byte, r *raw) bool {
	// One copy of the document; simple strings are substrings of it, with no
	// allocation each.
	d := &decoder{b: data, s: string(data)}
	if !d.object(r.field) {
		return false
	}
	d.space()
	return d.i == len(d.b)
}

type decoder struct {
	b     []byte
	s     string // b as a string
	i     int
	depth int // how deep skip is inside unknown values
}

// maxSkipDepth bounds the nesting of an unknown value the fast path passes
// over. Deeper values go to encoding/json, which refuses nesting past its own
// limit with an error: skip recursing without a bound let a body of nested
// brackets exhaust the stack and end the process.
const maxSkipDepth = 64

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) peek() byte {
	d.space()
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *decoder) eat(c byte) bool {
	if d.peek() == c {
		d.i++
		return true
	}
	return false
}

// null consumes a null literal if one comes next.
func (d *decoder) null() bool {
	if d.peek() == 'n' && d.i+4 <= len(d.b) && string(d.b[d.i:d.i+4]) == "null" {
		d.i += 4
		return true
	}
	return false
}

// object decodes {"key": value, ...}, calling field for each key; field decodes
// the value and reports false to abandon the fast path.
func (d *decoder) object(field func(d *decoder, key string) bool) bool {
	if d.null() {
		return true
	}
	if !d.eat('{') {
		return false
	}
	if d.eat('}') {
		return true
	}
	for {
		if d.peek() != '"' {
			return false
		}
		key, ok := d.str()
		if !ok || !d.eat(':') || !field(d, key) {
			return false
		}
		if d.eat(',') {
			continue
		}
		return d.eat('}')
	}
}

// array decodes [value, ...], calling elem for each element.
func (d *decoder) array(elem func(d *decoder) bool) bool {
	if d.null() {
		return true
	}
	if !d.eat('[') {
		return false
	}
	if d.eat(']') {
		return true
	}
	for {
		if !elem(d) {
			return false
		}
		if d.eat(',') {
			continue
		}
		return d.eat(']')
	}
}

// str decodes a string; strings with escapes or unusual bytes go through
// encoding/json so their meaning is exactly the standard one.
func (d *decoder) str() (string, bool) {
	if d.peek() != '"' {
		return "", false
	}
	start := d.i
	end := -1
	for k := start + 1; k < len(d.b); {
		j := bytes.IndexByte(d.b[k:], '"')
		if j < 0 {
			return "", false
		}
		q := k + j
		bs := 0
		for p := q - 1; p > start && d.b[p] == '\\'; p-- {
			bs++
		}
		if bs%2 == 0 {
			end = q
			break
		}
		k = q + 1 // an escaped quote
	}
	if end < 0 {
		return "", false
	}
	d.i = end + 1
	raw := d.s[start+1 : end]
	simple := true
	for k := 0; k < len(raw); k++ {
		if c := raw[k]; c < 0x20 {
			return "", false
		} else if c == '\\' || c >= utf8.RuneSelf {
			simple = false
			break
		}
	}
	if simple {
		return raw, true
	}
	if !strings.Contains(raw, "\\") && utf8.ValidString(raw) && !hasControl(raw) {
		return raw, true
	}
	var out string
	if json.Unmarshal(d.b[start:d.i], &out) != nil {
		return "", false
	}
	return out, true
}

func hasControl(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 0x20 {
			return true
		}
	}
	return false
}

// strField decodes a string or null into *dst (null leaves it unchanged, as
// encoding/json does).
func (d *decoder) strField(dst *string) bool {
	if d.null() {
		return true
	}
	s, ok := d.str()
	if ok {
		*dst = s
	}
	return ok
}

// strPtr decodes a string into a new pointer; null sets nil.
func (d *decoder) strPtr(dst **string) bool {
	if d.null() {
		*dst = nil
		return true
	}
	s, ok := d.str()
	if ok {
		*dst = &s
	}
	return ok
}

// skip passes over any value of an unknown key.
func (d *decoder) skip() bool {
	switch c := d.peek(); {
	case c == '"':
		_, ok := d.str()
		return ok
	case c == '{' || c == '[':
		if d.depth >= maxSkipDepth {
			return false
		}
		d.depth++
		defer func() { d.depth-- }()
		if c == '{' {
			return d.object(func(d *decoder, _ string) bool { return d.skip() })
		}
		return d.array(func(d *decoder) bool { return d.skip() })
	case c == 't' || c == 'f' || c == 'n' || c == '-' || (c >= '0' && c <= '9'):
		// A literal or a number: its validity is checked by encoding/json on
		// the slow path, so only take the common, plainly valid forms here.
		start := d.i
		for d.i < len(d.b) {
			switch b := d.b[d.i]; {
			case b >= '0' && b <= '9', b >= 'a' && b <= 'z', b == '-', b == '+', b == '.', b == 'E':
				d.i++
				continue
			}
			break
		}
		return json.Valid(d.b[start:d.i])
	}
	return false
}

// The ticket's keys. A key that differs from one of these only by case makes
// fastDecode give up, because encoding/json matches keys case-insensitively.
func (r *raw) field(d *decoder, key string) bool {
	switch key {
	case "id":
		return d.strPtr(&r.ID)
	case "subject":
		return d.strField(&r.Subject)
	case "customer":
		return d.object(r.Customer.field)
	case "priority":
		return d.strField(&r.Priority)
	case "type":
		return d.strField(&r.Type)
	case "team":
		return d.strField(&r.Team)
	case "sla":
		return d.strField(&r.SLA)
	case "created_at":
		return d.strPtr(&r.CreatedAt)
	case "closed_at":
		return d.strPtr(&r.ClosedAt)
	case "close_reason":
		return d.strField(&r.CloseReason)
	case "links":
		if d.null() {
			r.Links = nil
			return true
		}
		r.Links = r.Links[:0]
		return d.array(func(d *decoder) bool {
			var l Link
			if !d.object(l.field) {
				return false
			}
			r.Links = append(r.Links, l)
			return true
		})
	case "events":
		if d.null() {
			r.Events = nil
			return true
		}
		r.Events = r.Events[:0]
		return d.array(func(d *decoder) bool {
			var e rawEvent
			if !d.object(e.field) {
				return false
			}
			r.Events = append(r.Events, e)
			return true
		})
	}
	return !foldsTo(key, rawKeys) && d.skip()
}

func (c *Customer) field(d *decoder, key string) bool {
	switch key {
	case "name":
		return d.strField(&c.Name)
	case "contact":
		return d.strField(&c.Contact)
	case "email":
		return d.strField(&c.Email)
	case "phone":
		return d.strField(&c.Phone)
	}
	return !foldsTo(key, customerKeys) && d.skip()
}

func (l *Link) field(d *decoder, key string) bool {
	switch key {
	case "id":
		return d.strField(&l.ID)
	case "kind":
		return d.strField(&l.Kind)
	}
	return !foldsTo(key, linkKeys) && d.skip()
}

func (e *rawEvent) field(d *decoder, key string) bool {
	switch key {
	case "at":
		return d.strPtr(&e.At)
	case "kind":
		return d.strPtr(&e.Kind)
	case "author":
		return d.strField(&e.Author)
	case "role":
		return d.strField(&e.Role)
	case "public":
		switch {
		case d.null():
			e.Public = nil
			return true
		case d.peek() == 't' && d.i+4 <= len(d.b) && string(d.b[d.i:d.i+4]) == "true":
			d.i += 4
			v := true
			e.Public = &v
			return true
		case d.peek() == 'f' && d.i+5 <= len(d.b) && string(d.b[d.i:d.i+5]) == "false":
			d.i += 5
			v := false
			e.Public = &v
			return true
		}
		return false
	case "body":
		return d.strField(&e.Body)
	case "state":
		return d.strField(&e.State)
	case "priority":
		return d.strField(&e.Priority)
	}
	return !foldsTo(key, eventKeys) && d.skip()
}

var (
	rawKeys      = []string{"id", "subject", "customer", "priority", "type", "team", "sla", "created_at", "closed_at", "close_reason", "links", "events"}
	customerKeys = []string{"name", "contact", "email", "phone"}
	linkKeys     = []string{"id", "kind"}
	eventKeys    = []string{"at", "kind", "author", "role", "public", "body", "state", "priority"}
)

// foldsTo reports whether key matches one of keys case-insensitively (as
// encoding/json would match it), having not matched exactly.
func foldsTo(key string, keys []string) bool {
	for _, k := range keys {
		if len(k) == len(key) && equalFoldASCII(k, key) {
			return true
		}
	}
	// encoding/json also folds the Kelvin sign and long s onto k and s.
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return true
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
