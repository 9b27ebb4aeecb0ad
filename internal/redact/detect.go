package redact

import (
	"net/netip"
	"strings"
	"unicode/utf8"
)

// kind is the kind of an identifier; it names its placeholder.
type kind uint8

const (
	kindNone kind = iota
	kindCustomer
	kindTicket
	kindPerson
	kindEmail
	kindPhone
	kindIP
	kindHost
	kindExtra
	numKinds
)

var kindNames = [numKinds]string{"", "CUSTOMER", "TICKET", "PERSON", "EMAIL", "PHONE", "IP", "HOST", "REDACTED"}

// unknownPlaceholder is written for an identifier that String recognises by its shape
// but that New did not see in the ticket, so it has no number.
var unknownPlaceholder = func() (p [numKinds]string) {
	for k := kindCustomer; k < numKinds; k++ {
		p[k] = "[" + kindNames[k] + "-?]"
	}
	p[kindCustomer] = "[CUSTOMER]"
	return
}()

// run is one run of a ticket-id shape: a class ('L' letters, 'D' digits, or a
// separator byte itself) and its length.
type run struct {
	class byte
	n     int
}

// shape is the pattern of a ticket id, such as [L1 D3 '-' D3] for G204-117.
type shape []run

func classOf(c byte) byte {
	switch {
	case isDigit(c):
		return 'D'
	case isLetter(c):
		return 'L'
	}
	return c
}

// shapeOf returns the shape of id, and whether it is distinctive enough to find other
// ids by: it must mix letters and digits and contain nothing but ASCII letters,
// digits and punctuation.
func shapeOf(id string) (shape, bool) {
	var sh shape
	letters, digits := false, false
	for i := 0; i < len(id); {
		c := id[i]
		if c <= ' ' || c >= utf8.RuneSelf {
			return nil, false
		}
		cls := classOf(c)
		j := i
		for j < len(id) && classOf(id[j]) == cls {
			j++
		}
		letters = letters || cls == 'L'
		digits = digits || cls == 'D'
		sh = append(sh, run{cls, j - i})
		i = j
	}
	if !letters || !digits || !isWordByte(id[0]) || !isWordByte(id[len(id)-1]) {
		return nil, false
	}
	return sh, true
}

func (sh shape) match(tok string) bool {
	k := 0
	for j := 0; j < len(tok); k++ {
		if k >= len(sh) {
			return false
		}
		cls := classOf(tok[j])
		st := j
		for j < len(tok) && classOf(tok[j]) == cls {
			j++
		}
		if sh[k].class != cls || sh[k].n != j-st {
			return false
		}
	}
	return k == len(sh)
}

// Longest runs the scanners read. A run longer than that is no identifier, and
// neither is any part of it: longRuns remembers where it ends, so that the starts
// inside it ("a.a.a.a...") cost nothing, and so that replacing something after it
// cannot make its tail acceptable on String's next pass.
const (
	maxLocal  = 64  // an e-mail address's local part
	maxDomain = 253 // a domain or host name
	maxToken  = 64  // a ticket id
	maxIPv6   = 45  // an IPv6 address in text form
)

// longRuns holds, per scanner, the end of the too-long run a scan is inside (0 none).
type longRuns struct{ host, local, ip6, id int }

// skipRun returns the end of the run of bytes in class from j.
func skipRun(s string, j int, class func(byte) bool) int {
	for j < len(s) && class(s[j]) {
		j++
	}
	return j
}

// continues reports whether an identifier may go on past a run of letters and digits
// ending at s[w]: an address, host or id character followed by a letter or digit (or
// IPv6's "::"), or, after digits, a phone number's separator followed by more of it.
func (m *matcher) continues(s string, w int, digitsOnly bool) bool {
	if w+1 >= len(s) {
		return false
	}
	n, after := s[w], s[w+1]
	switch {
	case plainStop[n] || m.shapeSep[n]:
		return wordASCII[after] || after >= utf8.RuneSelf || n == ':' && after == ':' // fe80::1
	case digitsOnly && (n == ' ' || n == '(' || n == ')'):
		return isDigit(after) || after == '(' || after == ' '
	}
	return false
}

// plainStop marks the characters that, after a word, may continue an identifier.
var plainStop = func() (t [256]bool) {
	for _, c := range "@.-_%+:" {
		t[c] = true
	}
	return
}()

func isHostRunChar(c byte) bool { return isLabelChar(c) || c == '.' }
func isIPv6Char(c byte) bool    { return isHex(c) || c == ':' || c == '.' }

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isHex(c byte) bool    { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

// isLabelChar reports whether c may appear in a host name.
func isLabelChar(c byte) bool { return isDigit(c) || isLetter(c) || c == '-' }

// isLocalChar reports whether c may appear in the local part of an e-mail address.
func isLocalChar(c byte) bool {
	return isDigit(c) || isLetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// detect recognises an identifier by its shape at s[i], a word start, and returns its
// end and kind, or (0, kindNone). lr carries the too-long runs of the current scan.
func (m *matcher) detect(s string, i int, lr *longRuns) (int, kind) {
	c := s[i]
	switch {
	case c == '+' || c == '(':
		if e := scanPhone(s, i); e > 0 {
			return e, kindPhone
		}
		return 0, kindNone
	case c == ':':
		if e := scanIPv6(s, i, lr); e > 0 {
			return e, kindIP
		}
		return 0, kindNone
	case c >= utf8.RuneSelf || !wordASCII[c]:
		return 0, kindNone
	}
	// The first run of letters and digits, and whether an identifier may go on past it.
	w, letters, digits := i, false, false
	for ; w < len(s) && wordASCII[s[w]]; w++ {
		if s[w] <= '9' {
			digits = true
		} else {
			letters = true
		}
	}
	if letters && mayDodge(s, w) {
		if e := scanDodged(s, i); e > 0 {
			return e, kindEmail
		}
	}
	if !m.continues(s, w, !letters) && !afterScheme(s, i) {
		return m.single(s, i, w, letters, digits) // a plain word is none
	}
	switch byteAt(s, w) {
	case ':': // an IPv6 address, or a run before a port or a time
		if e := scanIPv6(s, i, lr); e > 0 {
			return e, kindIP
		}
		return m.single(s, i, w, letters, digits)
	case ' ', '(', ')': // digits, then more of a phone number
		if e := scanPhone(s, i); e > 0 {
			return e, kindPhone
		}
		return 0, kindNone
	}
	if isDigit(c) {
		if e := scanIPv4(s, i); e > 0 {
			return e, kindIP
		}
	}
	if e := scanIPv6(s, i, lr); e > 0 {
		return e, kindIP
	}
	if e := scanEmail(s, i, lr); e > 0 {
		return e, kindEmail
	}
	if isDigit(c) {
		if e := scanPhone(s, i); e > 0 {
			return e, kindPhone
		}
	}
	if len(m.shapes) > 0 && i >= lr.id {
		idChar := func(c byte) bool { return isDigit(c) || isLetter(c) || m.shapeSep[c] }
		j := i
		for j < len(s) && j-i <= maxToken && idChar(s[j]) {
			j++
		}
		if j-i > maxToken {
			lr.id = skipRun(s, j, idChar)
		}
		for j > i && m.shapeSep[s[j-1]] {
			j--
		}
		if i >= lr.id && !isWordAt(s, j) {
			for _, sh := range m.shapes {
				if sh.match(s[i:j]) {
					return j, kindTicket
				}
			}
		}
	}
	// Host names: the dotted token, and its first label.
	if i < lr.host {
		return 0, kindNone
	}
	j := i
	for j < len(s) && isHostRunChar(s[j]) {
		if j-i > maxDomain {
			lr.host = skipRun(s, j, isHostRunChar)
			return 0, kindNone
		}
		j++
	}
	for j > i && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if isWordAt(s, j) {
		return 0, kindNone
	}
	tok := s[i:j]
	if afterScheme(s, i) && hasLetter(tok) {
		return j, kindHost // a URL's host, whatever its shape
	}
	if strings.IndexByte(tok, '.') > 0 && isFQDN(tok) {
		return j, kindHost
	}
	lab := tok
	if k := strings.IndexByte(tok, '.'); k >= 0 {
		lab = tok[:k]
		if k+1 < len(tok) && isDigit(tok[k+1]) {
			return 0, kindNone // a version number: pve-manager-8.1
		}
	}
	for len(lab) > 0 && lab[len(lab)-1] == '-' {
		lab = lab[:len(lab)-1]
	}
	if isHostLike(lab) {
		return i + len(lab), kindHost
	}
	return 0, kindNone
}

// single returns the identifier that is the run of letters and digits s[i:w] on its
// own: a phone number without separators, a ticket id or a machine name.
func (m *matcher) single(s string, i, w int, letters, digits bool) (int, kind) {
	switch {
	case !digits || isWordAt(s, w):
	case !letters:
		if e := scanPhone(s, i); e > 0 {
			return e, kindPhone // 02079460321
		}
	default:
		for _, sh := range m.shapes {
			if sh.match(s[i:w]) {
				return w, kindTicket
			}
		}
		if isHostLike(s[i:w]) {
			return w, kindHost
		}
	}
	return 0, kindNone
}

// byteAt returns s[i], or 0 past the end.
func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func afterScheme(s string, i int) bool { return i >= 3 && s[i-3:i] == "://" }

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// validLabels counts the labels of a dotted name, returns the last, and reports
// whether every label is a valid host label.
func validLabels(name string) (n int, tld string, ok bool) {
	for name != "" {
		lab := name
		if k := strings.IndexByte(name, '.'); k >= 0 {
			lab, name = name[:k], name[k+1:]
			if name == "" {
				return 0, "", false
			}
		} else {
			name = ""
		}
		if lab == "" || len(lab) > 63 || lab[0] == '-' || lab[len(lab)-1] == '-' {
			return 0, "", false
		}
		for i := 0; i < len(lab); i++ {
			if !isLabelChar(lab[i]) {
				return 0, "", false
			}
		}
		n++
		tld = lab
	}
	return n, tld, n > 0
}

func alphaLen(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return true
}

// validDomain reports whether d is a plausible e-mail domain: two or more labels, the
// last alphabetic.
func validDomain(d string) bool {
	n, tld, ok := validLabels(d)
	return ok && n >= 2 && alphaLen(tld, 2, 24)
}

// isFQDN reports whether tok, found in running text, names a host: dotted labels
// ending in a lower-case top-level domain that is a known one, or, with three labels
// or more, any that is not a file extension (so pvesm.log and backup.tar.gz are not hosts).
func isFQDN(tok string) bool {
	n, tld, ok := validLabels(tok)
	if !ok || n < 2 || !alphaLen(tld, 2, 24) {
		return false
	}
	if strings.ToLower(tld) != tld {
		return false // ASP.NET, Node.JS
	}
	if knownTLD[tld] {
		return true
	}
	return n >= 3 && !fileExt[tld]
}

// knownTLD lists top-level domains common enough to count with only two labels.
var knownTLD = setOf("com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "uk", "us", "eu",
	"de", "fr", "nl", "ie", "be", "ch", "es", "au", "nz", "ca", "info", "biz", "example", "test",
	"invalid", "localhost", "local", "lan", "internal", "intranet", "corp", "home", "arpa", "cloud",
	"app", "dev", "online", "site")

// fileExt lists file extensions that look like top-level domains.
var fileExt = setOf("txt", "log", "json", "yaml", "yml", "xml", "csv", "md", "go", "py", "js", "ts",
	"sh", "ps", "exe", "dll", "zip", "gz", "tar", "tgz", "bz", "xz", "conf", "cfg", "ini", "pdf",
	"doc", "docx", "xls", "xlsx", "ppt", "pptx", "png", "jpg", "jpeg", "gif", "svg", "html", "htm",
	"css", "sql", "bak", "tmp", "iso", "img", "vmdk", "rpm", "deb", "msi", "bat", "cmd", "eml",
	"msg", "pst", "ost", "old", "new", "orig", "lock", "pem", "crt", "key", "cer", "pfx", "db",
	"sqlite", "toml", "env", "service", "timer", "socket", "mount", "rs", "java", "class", "jar",
	"war", "rb", "pl", "php", "asp", "aspx", "c", "h", "cpp", "hpp", "cs", "vbs", "dat", "bin")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isHostLike reports whether lab, a dash-joined run of letters and digits, reads as a
// machine name rather than a word or version: pbs01, pve-node03, web-01 (a zero-padded
// number at the end); FO-LT-11 (three parts or more ending in a number);
// DESKTOP-AB12CD3 (a name and a mixed serial).
func isHostLike(lab string) bool {
	if len(lab) < 3 || !isLetter(lab[0]) || !hasDigit(lab) {
		return false // a machine name starts with a letter: not 2026-02-17T07
	}
	if k := strings.IndexByte(lab, '-'); k > 0 && advisories[strings.ToLower(lab[:k])] {
		return false // CVE-2021-44228, GHSA-..., RHSA-2024-1234: public advisories
	}
	parts := strings.Count(lab, "-") + 1
	first, last := lab, lab
	if k := strings.IndexByte(lab, '-'); k >= 0 {
		first, last = lab[:k], lab[strings.LastIndexByte(lab, '-')+1:]
	}
	if last == "" {
		return false
	}
	// (a) a zero-padded number at the end.
	d := len(last)
	for d > 0 && isDigit(last[d-1]) {
		d--
	}
	if nd := len(last) - d; nd >= 2 && last[d] == '0' {
		if parts >= 2 {
			return true
		}
		if d >= 2 && alphaLen(last[:d], 2, 32) {
			return true // pbs01, srv001
		}
	}
	// (b) three parts or more, ending in a number of two digits or more.
	if parts >= 3 && d == 0 && len(last) >= 2 {
		return true
	}
	// (c) a name and a mixed serial.
	return parts >= 2 && alphaLen(first, 2, 32) && len(last) >= 5 && hasLetter(last) && hasDigit(last)
}

// advisories are prefixes of public advisory and standard ids, which name no host.
var advisories = setOf("cve", "cwe", "ghsa", "rhsa", "rhba", "dsa", "dla", "usn", "snyk", "msrc", "rfc", "iso", "osv", "pysec", "go")

// scanIPv4 matches a dotted-quad IPv4 address at s[i] and returns its end, or 0.
func scanIPv4(s string, i int) int {
	if i >= 2 && s[i-1] == '.' && isDigit(s[i-2]) {
		return 0 // the tail of a longer dotted number
	}
	j := i
	for o := 0; o < 4; o++ {
		st, v := j, 0
		for j < len(s) && isDigit(s[j]) && j-st < 3 {
			v = v*10 + int(s[j]-'0')
			j++
		}
		if j == st || v > 255 || j < len(s) && isDigit(s[j]) {
			return 0
		}
		if o < 3 {
			if j >= len(s) || s[j] != '.' {
				return 0
			}
			j++
		}
	}
	if isWordAt(s, j) || j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		return 0
	}
	return j
}

// scanIPv6 matches an IPv6 address at s[i] and returns its end, or 0. Times such as
// 07:43:03 are not addresses.
func scanIPv6(s string, i int, lr *longRuns) int {
	if i < lr.ip6 {
		return 0
	}
	// Fast rejection: a hex group of at most four digits then ':' (or "::").
	j := i
	for j < len(s) && j-i <= 4 && isHex(s[j]) {
		j++
	}
	if j >= len(s) || s[j] != ':' || j-i > 4 || (j == i && (j+1 >= len(s) || s[j+1] != ':')) {
		return 0
	}
	colons, hex := 0, 0
	for j = i; j < len(s); j++ {
		if j-i > maxIPv6 {
			lr.ip6 = skipRun(s, j, isIPv6Char)
			return 0
		}
		c := s[j]
		switch {
		case isHex(c):
			hex++
		case c == ':':
			colons++
		case c == '.' && j+1 < len(s) && isDigit(s[j+1]):
		default:
			goto done
		}
	}
done:
	if colons < 2 || hex < 3 {
		return 0
	}
	if colons < 7 && !strings.Contains(s[i:j], "::") && !(colons == 6 && strings.IndexByte(s[i:j], '.') > 0) {
		return 0 // not a full address (07:05:56), nor a compressed or IPv4-mapped one
	}
	cand := s[i:j]
	a, err := netip.ParseAddr(cand)
	if err != nil && strings.HasSuffix(cand, ":") && !strings.HasSuffix(cand, "::") {
		cand = cand[:len(cand)-1]
		a, err = netip.ParseAddr(cand)
	}
	if err != nil || !a.Is6() {
		return 0
	}
	end := i + len(cand)
	if isWordAt(s, end) {
		return 0
	}
	return end
}

// scanPhone matches a telephone number at s[i] and returns its end, or 0:
// international (+44 20 7946 0321, +1 (555) 123-4567, +44 (0)20 ..., 0044 ...),
// national with a trunk 0 or area code in brackets (020 7946 0321, 07700 900123,
// (555) 123-4567) and North American with consistent dashes or dots (555-123-4567,
// 1-800-555-0199). Dates, times, durations and plain numbers are not phones.
func scanPhone(s string, i int) int {
	if i >= 2 && (s[i-1] == '.' || s[i-1] == ',') && isDigit(s[i-2]) {
		return 0
	}
	j := i
	intl := false
	if s[j] == '+' {
		intl = true
		j++
	}
	var groups [8]int
	ng, nd, end := 0, 0, 0
	var sep byte // the first separator between groups; 0 none
	sepMixed, spaces := false, false
	for {
		paren := false
		if j < len(s) && s[j] == '(' {
			paren = true
			j++
		}
		st := j
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		g := j - st
		if g == 0 || ng == len(groups) {
			break
		}
		if paren {
			if j >= len(s) || s[j] != ')' {
				break
			}
			j++
		}
		groups[ng] = g
		ng++
		nd += g
		end = j
		if nd > 15 {
			return 0
		}
		k := j
		var sp byte
		if k < len(s) && (s[k] == ' ' || s[k] == '-' || s[k] == '.') {
			sp = s[k]
			k++
		}
		if k < len(s) && (isDigit(s[k]) || s[k] == '(' && k+1 < len(s) && isDigit(s[k+1])) {
			if sp != 0 && sp != ' ' {
				if sep == 0 {
					sep = sp
				} else if sep != sp {
					sepMixed = true
				}
			}
			spaces = spaces || sp == ' '
			j = k
			continue
		}
		break
	}
	if ng == 0 || isWordAt(s, end) || end < len(s)-1 && (s[end] == '.' || s[end] == ':' || s[end] == ',' || s[end] == '/') && isDigit(s[end+1]) {
		return 0
	}
	first := s[i]
	if intl {
		first = '+'
	}
	switch {
	case intl:
		if nd >= 8 && nd <= 15 {
			return end
		}
	case first == '(' || first == '0':
		if strings.HasPrefix(s[i:], "00") {
			if nd >= 10 && nd <= 15 {
				return end
			}
			return 0
		}
		if nd < 10 || nd > 11 || ng > 5 {
			return 0
		}
		for g := 0; g < ng; g++ {
			if groups[g] < 2 {
				return 0
			}
		}
		return end
	default:
		// North American: 3-3-4 or 1-3-3-4 with the same dash or dot throughout.
		if spaces || sepMixed || sep == 0 {
			return 0
		}
		g := groups[:ng]
		if ng == 4 && g[0] == 1 && first == '1' {
			g = g[1:]
		}
		if len(g) == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4 {
			return end
		}
	}
	return 0
}

// phoneKey returns the canonical key of a phone number: its last ten digits, so that
// +44 20 7946 0321 and 020 7946 0321 are the same number.
func phoneKey(p string) string {
	var b [10]byte
	n := 0
	for i := len(p) - 1; i >= 0 && n < len(b); i-- {
		if isDigit(p[i]) {
			n++
			b[len(b)-n] = p[i]
		}
	}
	return string(b[len(b)-n:])
}

// isKeyword reports whether w is a word that introduces a machine name: "node pve3",
// "VM 101", "laptop FO-LT-07" (singular or plural).
func isKeyword(w string) bool {
	if n := len(w); n > 2 && (w[n-1] == 's' || w[n-1] == 'S') {
		w = w[:n-1]
	}
	var k1, k2 string
	switch len(w) {
	case 2:
		k1, k2 = "pc", "vm"
	case 4:
		k1, k2 = "node", "host"
	case 6:
		k1, k2 = "server", "laptop"
	case 7:
		k1 = "desktop"
	case 8:
		k1 = "hostname"
	case 11:
		k1 = "workstation"
	default:
		return false
	}
	return strings.EqualFold(w, k1) || k2 != "" && strings.EqualFold(w, k2)
}

// keywordHost reports the machine name that follows a keyword at s[i], if any: a token
// with a digit, not a year ("Windows Server 2019"), a time, a quantity or a version.
func keywordHost(s string, i int) (start, end int) {
	j := i
	for j < len(s) && isLetter(s[j]) && j-i <= 12 {
		j++
	}
	if j-i < 2 || j-i > 12 || isWordAt(s, j) {
		return 0, 0
	}
	if !isKeyword(s[i:j]) {
		return 0, 0
	}
	k := j
	if k < len(s) && s[k] == ':' {
		k++
	}
	k += spaceRun(s, k)
	if k < len(s) && s[k] == '#' {
		k++
	}
	if k == j {
		return 0, 0
	}
	e := k
	for e < len(s) && (isLabelChar(s[e]) || s[e] == '_' || s[e] == '.') {
		if e-k > maxDomain {
			return 0, 0
		}
		e++
	}
	for e > k && (s[e-1] == '.' || s[e-1] == '-' || s[e-1] == '_') {
		e--
	}
	tok := s[k:e]
	if tok == "" || !isWordByte(tok[0]) || !hasDigit(tok) || isWordAt(s, e) ||
		e+1 < len(s) && (s[e] == ':' || s[e] == '/' || s[e] == ',') && isDigit(s[e+1]) {
		return 0, 0
	}
	if strings.IndexByte(tok, '.') >= 0 && !hasLetter(tok) {
		return 0, 0 // a version or a decimal
	}
	d := 0
	for d < len(tok) && isDigit(tok[d]) {
		d++
	}
	if d == len(tok) && len(tok) == 4 && (tok[:2] == "19" || tok[:2] == "20") {
		return 0, 0 // a year
	}
	if d > 0 && d < len(tok) && units[strings.ToLower(tok[d:])] {
		return 0, 0 // 16GB, 3rd, 5m
	}
	return k, e
}

var units = setOf("st", "nd", "rd", "th", "s", "m", "h", "d", "ms", "min", "mins", "k", "kb", "mb",
	"gb", "tb", "g", "x", "pct", "hz", "mhz", "ghz", "w", "v", "c", "gbe", "tib", "gib", "mib")
