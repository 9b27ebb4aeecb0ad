package redact

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/ticket"
)

// builder collects the identifiers of a ticket, in priority order, for New.
type builder struct {
	m      *matcher                    // the terms so far, in priority order
	seen   map[string]bool             // folded (or exact, for case-sensitive) terms already added
	keep   map[string]bool             // folded Keep terms
	known  [numKinds]map[string]string // canonical key → placeholder
	count  [numKinds]int
	parts  map[string]string // folded part of a person's name → the person's placeholder
	people []string          // the people's full names, in the order learned
	shapes []shape
}

func newBuilder(opts Options) *builder {
	b := &builder{
		m:     &matcher{word: newTrie(), any: newTrie()},
		seen:  map[string]bool{},
		keep:  map[string]bool{},
		parts: map[string]string{},
	}
	for k := range b.known {
		b.known[k] = map[string]string{}
	}
	b.count[kindTicket] = 1 // [TICKET] is the ticket itself; links count from 2
	for _, k := range opts.Keep {
		b.addKeep(k)
	}
	return b
}

func (b *builder) addKeep(k string) {
	k = strings.TrimSpace(k)
	f := foldKey(k)
	if f == "" || b.keep[f] {
		return
	}
	b.keep[f] = true
	b.m.word.add(entry{text: k, keep: true, bound: true})
}

// term adds a literal term with its placeholder. exact makes it case-sensitive;
// anywhere lets it match inside longer words (distinctive multi-word or dotted terms).
func (b *builder) term(text, ph string, exact, anywhere bool) {
	b.add(entry{text: text, ph: ph, exact: exact, bound: !anywhere})
}

// variant adds a spelling of a term that contains it, matched anywhere.
func (b *builder) variant(text, ph string) {
	b.add(entry{text: text, ph: ph, derived: true})
}

func (b *builder) add(e entry) {
	text, exact := e.text, e.exact
	if strings.ContainsFunc(text, unicode.IsSpace) {
		text = strings.Join(strings.Fields(text), " ")
	}
	f := foldKey(text)
	if f == "" || b.keep[f] || b.seen[f] || exact && b.seen["\x00"+text] || hasPlaceholder(text) {
		return
	}
	if exact {
		b.seen["\x00"+text] = true
	} else {
		b.seen[f] = true
	}
	e.text = text
	if e.bound {
		b.m.word.add(e)
	} else {
		b.m.any.add(e)
	}
}

// hasPlaceholder reports whether s contains a placeholder, which String steps over.
func hasPlaceholder(s string) bool {
	for i := strings.IndexByte(s, '['); i >= 0; {
		if placeholderEnd(s, i) > 0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], '[')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func (b *builder) next(k kind) string {
	b.count[k]++
	return "[" + kindNames[k] + "-" + strconv.Itoa(b.count[k]) + "]"
}

const customerPH = "[CUSTOMER]"

// legalSuffixes end company names; the name is also known without them.
var legalSuffixes = setOf("ltd", "ltd.", "limited", "llc", "l.l.c.", "inc", "inc.", "incorporated",
	"gmbh", "plc", "llp", "lp", "corp", "corp.", "corporation", "co", "co.", "ag", "sa", "s.a.",
	"bv", "b.v.", "nv", "n.v.", "pty", "pty.", "sarl", "srl", "oy", "ab", "kg", "ug", "cic", "&",
	"sas", "sa.", "spa", "s.p.a.", "sl", "s.l.", "as", "a/s", "aps", "kk", "lda", "ltda", "pte", "bhd", "sdn", "llc.")

// suffixForms are written after a company's name to find it with another legal form.
var suffixForms = []string{"Ltd", "Ltd.", "Limited", "LLC", "Inc", "Inc.", "GmbH", "plc", "LLP",
	"Corp", "Corp.", "Co", "Co.", "AG", "SA", "BV", "Pty Ltd", "Pty. Ltd."}

// commonFirstWords never stand for a customer on their own.
var commonFirstWords = setOf("the", "new", "north", "south", "east", "west", "central", "general",
	"united", "first", "global", "national", "international", "royal", "city", "county", "british",
	"american", "european", "great", "old", "saint", "st", "all", "best", "smart", "total", "prime",
	"premier", "advanced", "digital", "modern", "green", "blue", "red", "black", "white", "golden",
	"silver", "star", "sun", "support", "service", "services", "data", "tech", "systems", "group")

// customer adds the customer's name in its forms: as given, without its legal suffix,
// with other legal suffixes, with "&" and "and" swapped, and joined by "-", "_" or
// nothing (as in domains and tenant names). A possessive needs no form of its own:
// "Birchwood Lodges's" becomes "[CUSTOMER]'s".
func (b *builder) customer(name string) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return
	}
	const ph = customerPH
	b.nameTerm(strings.Join(words, " "), ph)
	if b.m.custWords == nil {
		b.m.custWords = map[string]bool{}
		for w := range legalSuffixes {
			if w != "&" {
				b.m.custWords[w] = true
			}
		}
	}
	for _, w := range words[1:] {
		if f := foldKey(strings.TrimRight(w, ",")); len(f) >= 2 && f != "and" && f != "&" {
			b.m.custWords[f] = true
		}
	}
	base := words
	for len(base) > 1 && legalSuffixes[strings.ToLower(strings.TrimRight(base[len(base)-1], ","))] {
		base = base[:len(base)-1]
	}
	base[len(base)-1] = strings.TrimRight(base[len(base)-1], ",")
	var forms [][]string
	forms = append(forms, base)
	if alt, ok := swapAnd(base); ok {
		forms = append(forms, alt)
	}
	for _, f := range forms {
		s := strings.Join(f, " ")
		b.nameTerm(s, ph)
		for _, suf := range suffixForms {
			b.variant(s+" "+suf, ph)
			b.variant(s+", "+suf, ph)
		}
	}
	b.customerPrefixes(forms)
	var plain []string // the words without "&" and "and"
	for _, w := range base {
		if w != "&" && !strings.EqualFold(w, "and") {
			plain = append(plain, w)
		}
	}
	if len(plain) > 1 {
		for _, sep := range []string{"-", "_", ""} {
			b.term(strings.Join(plain, sep), ph, false, true)
		}
	}
}

// customerPrefixes adds the leading words of the customer's name, which people
// shorten it to ("Orchard Lane" for Orchard Lane Bakery, "Maple & Birch" for Maple
// & Birch Architects): in any case when one of them is no ordinary word, else only
// as capitalised in the name or in capitals; never a run of words such as "North
// West" or "Support Services" that many names begin with.
func (b *builder) customerPrefixes(forms [][]string) {
	for _, f := range forms {
		for n := 2; n < len(f); n++ {
			if last := strings.ToLower(f[n-1]); last == "&" || last == "and" || last == "of" || last == "the" {
				continue
			}
			distinct, generic := false, true
			for _, w := range f[:n] {
				l := strings.ToLower(strings.TrimRight(w, ","))
				if l == "&" || l == "and" {
					continue
				}
				distinct = distinct || !isCommonWord(l) && !commonFirstWords[l]
				generic = generic && commonFirstWords[l]
			}
			s := strings.Join(f[:n], " ")
			switch {
			case generic:
			case distinct:
				b.term(s, customerPH, false, false)
				var plain []string
				for _, w := range f[:n] {
					if w != "&" && !strings.EqualFold(w, "and") {
						plain = append(plain, w)
					}
				}
				for _, sep := range []string{"", "-", "_"} {
					b.term(strings.Join(plain, sep), customerPH, false, false) // vantagepoint, vantage-point
				}
			default:
				b.term(s, customerPH, true, false)
				b.term(strings.ToUpper(s), customerPH, true, false)
			}
		}
	}
}

// customerWord adds the first word of the customer's name on its own, whole-word,
// as written and in capitals ("Birchwood", "BIRCHWOOD", and "Birchwood's"), when it
// is distinctive: four letters or more and not a common word.
func (b *builder) customerWord(name string) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return
	}
	w := strings.TrimRight(words[0], ",.")
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || commonFirstWords[strings.ToLower(w)] || isCommonWord(w) || letters(w) != len(r) {
		return
	}
	b.term(w, customerPH, true, false)
	b.term(strings.ToUpper(w), customerPH, true, false)
}

func swapAnd(words []string) ([]string, bool) {
	out := make([]string, len(words))
	swapped := false
	for i, w := range words {
		switch {
		case w == "&":
			out[i], swapped = "and", true
		case strings.EqualFold(w, "and"):
			out[i], swapped = "&", true
		default:
			out[i] = w
		}
	}
	return out, swapped
}

// nameTerm adds a name: several words are matched anywhere, case-insensitively; one
// word is matched whole, case-insensitively from five letters, else case-sensitively.
func (b *builder) nameTerm(s, ph string) {
	switch {
	case strings.Contains(s, " ") && len(s) >= 5:
		b.term(s, ph, false, true)
	case letters(s) >= 5:
		b.term(s, ph, false, false)
	default:
		b.term(s, ph, true, false)
	}
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// honorifics are not parts of a name to redact on their own.
var honorifics = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "jr", "sr", "ii", "iii")

// person adds a person's name and returns their placeholder: the full name (any
// case, also "Last, First" and without titles or middle names), the initials with
// the surname (J. Smith), the usual login shapes (jsmith, j.smith, john.smith,
// john_smith, smithj, ...), and each part of two letters or more on its own, whole
// word: in any case unless it is an ordinary word (Will, Grace, Bond), which
// matches only where it reads as the name (commonNameAt). Parts of one or two
// letters (Jo, Li) are not matched alone.
func (b *builder) person(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	full := strings.Join(words, " ")
	key := foldKey(full)
	if ph, ok := b.known[kindPerson][key]; ok {
		return ph
	}
	ph := b.next(kindPerson)
	b.known[kindPerson][key] = ph
	b.people = append(b.people, full)
	if len(words) > 1 {
		b.term(full, ph, false, true)
	}
	// Without titles ("Dr. Jane Smith"), "Last, First" and "First Last" without middle names.
	var bare []string
	for _, w := range words {
		if !honorifics[strings.ToLower(strings.TrimRight(w, "."))] {
			bare = append(bare, w)
		}
	}
	if len(bare) > 1 {
		first, last := bare[0], bare[len(bare)-1]
		b.term(strings.Join(bare, " "), ph, false, true)
		b.term(last+", "+strings.Join(bare[:len(bare)-1], " "), ph, false, true)
		b.term(first+" "+last, ph, false, true)
		b.logins(first, last, ph)
		if parts := strings.Split(last, "-"); len(parts) > 1 {
			for _, p := range parts {
				b.logins(first, p, ph) // mfernandez for Fernández-López
			}
		}
	}
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if honorifics[strings.ToLower(w)] {
			continue
		}
		sub := []string{w}
		if strings.ContainsAny(w, "-'\u2019") {
			sub = append(sub, strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '\u2019' })...)
		}
		for _, p := range sub {
			b.namePart(p, ph)
		}
	}
	return ph
}

// namePart adds one part of a person's name on its own.
func (b *builder) namePart(p, ph string) {
	n := letters(p)
	switch {
	case n < 3:
		return
	case isCommonWord(p):
		b.add(entry{text: p, ph: ph, bound: true, common: true})
	default:
		b.term(p, ph, false, false)
	}
	if _, ok := b.parts[foldKey(p)]; !ok {
		b.parts[foldKey(p)] = ph
	}
}

// logins adds the usual login and handle shapes of a first and last name: jsmith,
// j.smith, john.smith, john_smith, john-smith, johnsmith, smithj, smith.john,
// jsmith-pc and the initials with the surname (J. Smith, J Smith). Shapes that spell
// an ordinary word are left out.
func (b *builder) logins(first, last, ph string) {
	f, l := asciiName(first), asciiName(last)
	if len(f) < 1 || len(l) < 2 {
		return
	}
	i := f[:1]
	for _, s := range []string{i + l, i + "." + l, i + "_" + l, f + "." + l, f + "_" + l, f + "-" + l,
		f + l, l + i, l + "." + f, l + "_" + f, l + "." + i, l + f} {
		if len(s) >= 4 && !isCommonWord(s) {
			b.term(s, ph, false, false)
		}
	}
	for _, s := range []string{strings.ToUpper(i) + ". " + last, strings.ToUpper(i) + "." + last, strings.ToUpper(i) + " " + last} {
		b.term(s, ph, true, false)
	}
}

// organisation reports whether a name a message gives like a person's is,
// or begins, the customer's or the team's name ("Onda Norte" of "Onda Norte
// TV"): the customer's forms redact it already, and it names no person (the
// fact guard's blame check reads People). A first word alone ("Grace" of
// "Grace Hospital") may be a person's name too.
func organisation(name string, t *ticket.Ticket) bool {
	for _, org := range []string{t.Customer.Name, t.Team} {
		if org != "" && (strings.EqualFold(org, name) ||
			strings.Contains(name, " ") && strings.HasPrefix(strings.ToLower(org), strings.ToLower(name)+" ")) {
			return true
		}
	}
	return false
}

// asciiName returns a name part folded to lower-case ASCII letters, as logins spell it.
func asciiName(s string) string {
	var out []byte
	for _, r := range s {
		r = foldRune(r)
		if 'a' <= r && r <= 'z' {
			out = append(out, byte(r))
		}
	}
	return string(out)
}

// author adds a message's author: a person by name, or one given as an e-mail
// address, whose name is read from its local part (rahul.mehta@... is Rahul Mehta).
func (b *builder) author(a string) {
	a = strings.TrimSpace(a)
	if a == "" {
		return
	}
	if scanEmail(a, 0, &longRuns{}) != len(a) {
		if last, first, ok := strings.Cut(a, ","); ok && !strings.Contains(first, ",") &&
			strings.TrimSpace(first) != "" && !strings.ContainsAny(a, "@0123456789") {
			a = strings.TrimSpace(first) + " " + strings.TrimSpace(last) // "Smith, Jonathan"
		}
		b.person(a)
		return
	}
	local := a[:strings.LastIndexByte(a, '@')]
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) >= 2 && len(parts) <= 3 && !genericLocal[strings.ToLower(local)] {
		var name []string
		for _, p := range parts {
			if letters(p) != len(p) || len(p) < 2 {
				name = nil
				break
			}
			name = append(name, strings.ToUpper(p[:1])+strings.ToLower(p[1:]))
		}
		if name != nil {
			b.person(strings.Join(name, " "))
		}
	}
	b.email(a)
}

// ticketID adds a ticket id with its placeholder and learns its shape.
func (b *builder) ticketID(id, ph string) string {
	id = strings.TrimSpace(id)
	if id == "" {
		return ""
	}
	key := strings.ToUpper(id)
	if p, ok := b.known[kindTicket][key]; ok {
		return p
	}
	if ph == "" {
		ph = b.next(kindTicket)
	}
	b.known[kindTicket][key] = ph
	b.term(id, ph, false, false)
	b.idVariants(id, ph)
	if sh, ok := shapeOf(id); ok {
		dup := false
		for _, o := range b.shapes {
			dup = dup || o.equal(sh)
		}
		if !dup {
			b.shapes = append(b.shapes, sh)
		}
	}
	return ph
}

// idVariants adds the spellings of a ticket id written with another separator or
// none, in any case (INC-20417: INC 20417, inc20417, INC_20417, INC#20417), and
// its number on its own where "ticket", "case", "incident", "#" and the like
// announce it ("ticket #20417").
func (b *builder) idVariants(id, ph string) {
	// The id's parts between separators (QX7-2041: QX7, 2041), or, when it has
	// none, its runs of letters and of digits (INC0071234: INC, 0071234).
	runs := strings.FieldsFunc(id, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(runs) == 1 {
		runs = runs[:0]
		for i := 0; i < len(id); {
			j := i
			for j < len(id) && isDigit(id[j]) == isDigit(id[i]) && (isDigit(id[j]) || isLetter(id[j]) || id[j] >= utf8.RuneSelf) {
				j++
			}
			if j == i {
				i++
				continue
			}
			runs = append(runs, id[i:j])
			i = j
		}
	}
	if len(runs) < 2 {
		return
	}
	for _, sep := range []string{"", " ", "-", "_", "#", " #", ".", "/", ": ", " - ", "-#"} {
		b.add(entry{text: strings.Join(runs, sep), ph: ph, bound: true, derived: true})
	}
	if len(runs) >= 3 && hasLetter(strings.Join(runs[1:len(runs)-1], "")) {
		// JIRA-OPS-118 is also written OPS-118.
		for _, sep := range []string{"-", " ", ""} {
			b.add(entry{text: strings.Join(runs[1:], sep), ph: ph, bound: true, derived: true})
		}
	}
	last := runs[len(runs)-1]
	if isDigit(last[0]) && len(last) >= 3 {
		b.add(entry{text: last, ph: ph, bound: true, derived: true, cue: true})
		if t := strings.TrimLeft(last, "0"); t != last && len(t) >= 3 {
			b.add(entry{text: t, ph: ph, bound: true, derived: true, cue: true})
		}
	}
}

func (sh shape) equal(o shape) bool {
	if len(sh) != len(o) {
		return false
	}
	for i := range sh {
		if sh[i] != o[i] {
			return false
		}
	}
	return true
}

// genericLocal are mailbox names that say nothing about a person.
var genericLocal = setOf("info", "admin", "support", "sales", "accounts", "office", "help",
	"helpdesk", "contact", "hello", "mail", "noreply", "no-reply", "it", "billing", "enquiries",
	"reception", "service", "team", "webmaster", "postmaster", "root", "hr", "finance", "invoices")

// email adds an e-mail address (and its domain, local part and "at"/"dot" spellings).
func (b *builder) email(addr string) string {
	key := emailKey(addr)
	if key != strings.ToLower(addr) {
		// A wrapped or spelled-out address: learn it in its plain form too.
		ph := b.email(key)
		b.variant(addr, ph)
		return ph
	}
	if ph, ok := b.known[kindEmail][key]; ok {
		return ph
	}
	ph := b.next(kindEmail)
	b.known[kindEmail][key] = ph
	b.term(addr, ph, false, true)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ph
	}
	local, domain := addr[:at], addr[at+1:]
	for _, sep := range []string{" at ", "[at]", " [at] ", "(at)", " (at) "} {
		for _, dot := range []string{".", " dot ", "[dot]", " [dot] ", "(dot)", " (dot) "} {
			b.variant(local+sep+strings.ReplaceAll(domain, ".", dot), ph)
		}
	}
	if domain != "" {
		b.host(domain)
	}
	// The local part alone ("morgan.hale" as a login) stands for its person if it
	// contains a part of their name, else for the address if it is not generic.
	lph := ""
	for _, p := range strings.FieldsFunc(strings.ToLower(local), func(r rune) bool { return strings.ContainsRune("._-+", r) }) {
		if q, ok := b.parts[p]; ok && lph == "" {
			lph = q
		}
	}
	if lph == "" && strings.ContainsAny(local, "._-") && len(local) >= 4 && !genericLocal[strings.ToLower(local)] {
		lph = ph
	}
	if lph != "" && !genericLocal[strings.ToLower(local)] {
		b.term(local, lph, false, false)
	}
	return ph
}

// host adds a host name; a dotted one also lends its distinctive second-level label
// (one with a dash or digit, such as birchwood-lodges).
func (b *builder) host(h string) string {
	key := strings.ToLower(h)
	if ph, ok := b.known[kindHost][key]; ok {
		return ph
	}
	ph := b.next(kindHost)
	b.known[kindHost][key] = ph
	dotted := strings.Contains(h, ".")
	if hasLetter(h) && len(h) >= 3 {
		b.term(h, ph, false, dotted)
	}
	if labs := strings.Split(h, "."); len(labs) >= 2 {
		sld := labs[len(labs)-2]
		if len(labs) >= 3 && len(labs[len(labs)-1]) == 2 && secondLevel[strings.ToLower(sld)] {
			sld = labs[len(labs)-3] // example.co.uk
		}
		if len(sld) >= 4 && hasLetter(sld) && (strings.Contains(sld, "-") || hasDigit(sld)) {
			b.term(sld, ph, false, false)
		}
	}
	return ph
}

var secondLevel = setOf("co", "com", "org", "net", "ac", "gov", "ltd", "plc", "me", "sch", "nhs")

// detected adds an identifier found by its shape in the ticket's text.
func (b *builder) detected(k kind, text string) {
	key := canonKey(k, text)
	if key == "" {
		return
	}
	switch k {
	case kindEmail:
		b.email(text)
		return
	case kindHost:
		b.host(text)
		return
	case kindTicket:
		b.ticketID(text, "")
		return
	}
	ph, ok := b.known[k][key]
	if !ok {
		ph = b.next(k)
		b.known[k][key] = ph
	}
	b.term(text, ph, false, false)
}

// canonKey returns the key under which an identifier of kind k is known, so that
// spellings of the same one share a placeholder.
func canonKey(k kind, text string) string {
	switch k {
	case kindEmail:
		return emailKey(text)
	case kindHost:
		return strings.ToLower(text)
	case kindTicket:
		return strings.ToUpper(text)
	case kindPhone:
		return phoneKey(text)
	case kindIP:
		return ipKey(text)
	}
	return text
}

// learn adds everything New finds in t, in the order that numbers the placeholders
// and settles conflicts (an earlier term wins one spelled the same): the customer,
// the ticket and its links, the people (contact first, then authors in event order),
// the customer's e-mail and phone, the Extra terms, the customer's first word, the
// ticket's own SLA, priority and state names as Keep terms, and then whatever the
// text fields and message bodies contain, in order.
func (b *builder) learn(t *ticket.Ticket, opts Options) *matcher {
	if t != nil {
		b.customer(t.Customer.Name)
		b.ticketID(t.ID, "[TICKET]")
		for _, l := range t.Links {
			b.ticketID(l.ID, "")
		}
		b.author(t.Customer.Contact)
		for _, e := range t.Events {
			if e.Kind == ticket.KindMessage && (e.Role == ticket.RoleCustomer || e.Role == ticket.RoleAgent) {
				b.author(e.Author)
			}
		}
		// People the messages name without being authors: "call Priya Natarajan", "Dear Mr Smith".
		for _, e := range t.Events {
			for _, name := range bodyPeople(e.Body) {
				if !organisation(name, t) {
					b.person(name)
				}
			}
		}
		b.structured(kindEmail, t.Customer.Email)
		b.structured(kindPhone, t.Customer.Phone)
	}
	for _, x := range opts.Extra {
		b.extra(x)
	}
	if t == nil {
		return b.build()
	}
	b.customerWord(t.Customer.Name)
	// The ticket's own SLA, priority and state names are kept, unless they are one of
	// its identifiers (learned above, so they win).
	for _, k := range []string{t.SLA, t.Priority} {
		b.autoKeep(k)
	}
	for _, e := range t.Events {
		b.autoKeep(e.State)
		b.autoKeep(e.Priority)
	}
	m := b.build()
	for _, s := range textFields(t) {
		m.scan(s, func(h hit) {
			if h.e == nil {
				b.detected(h.k, s[h.start:h.end])
			}
		})
	}
	return b.build()
}

// autoKeep keeps a ticket's SLA, priority and state names, which reports quote and the
// metrics key on: single tokens such as SLA8, P1 or pending_customer.
func (b *builder) autoKeep(s string) {
	if f := foldKey(s); len(f) >= 2 && !strings.Contains(f, " ") && !b.seen[f] && !b.seen["\x00"+strings.TrimSpace(s)] {
		b.addKeep(s)
	}
}

// structured adds the customer's e-mail or phone field: by its shape when it has one,
// else literally.
func (b *builder) structured(k kind, field string) {
	field = strings.TrimSpace(field)
	if field == "" {
		return
	}
	var end int
	if k == kindEmail {
		end = scanEmail(field, 0, &longRuns{})
	} else {
		end = scanPhone(field, 0)
	}
	if end == len(field) {
		b.detected(k, field)
		return
	}
	ph := b.next(k)
	b.term(field, ph, false, k == kindEmail || strings.Contains(field, " "))
}

// extra adds an Options.Extra term: by its shape when it is an e-mail, phone, address
// or host, else as [REDACTED-n].
func (b *builder) extra(x string) {
	x = strings.TrimSpace(x)
	if x == "" {
		return
	}
	m := &matcher{word: newTrie(), any: newTrie()}
	m.setQuiet()
	if end, k := m.detect(x, 0, &longRuns{}); k != kindNone && end == len(x) {
		b.detected(k, x)
		return
	}
	if b.seen[foldKey(x)] {
		return
	}
	b.term(x, b.next(kindExtra), false, strings.Contains(x, " "))
}

// textFields lists every string of t in the order New reads them.
func textFields(t *ticket.Ticket) []string {
	out := []string{t.ID, t.Subject, t.Customer.Name, t.Customer.Contact, t.Customer.Email,
		t.Customer.Phone, t.Priority, t.Team, t.SLA, t.CloseReason}
	for _, l := range t.Links {
		out = append(out, l.ID, l.Kind)
	}
	for _, e := range t.Events {
		out = append(out, e.Author, e.Body, e.State, e.Priority)
	}
	return out
}

// build readies the matcher with the terms so far. Terms added later go into it too.
func (b *builder) build() *matcher {
	m := b.m
	m.setQuiet()
	m.shapes = b.shapes
	for _, sh := range b.shapes {
		for _, r := range sh {
			if r.class != 'L' && r.class != 'D' {
				m.shapeSep[r.class] = true
			}
		}
	}
	return m
}
