package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune folds r for matching: lower case, without diacritics (é → e, ł → l,
// ß stays), and typographic variants to their ASCII forms (’ ‘ ʼ ′ → ', – — ‐ ‑ → -).
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	// Wider than reader.StraightApostrophes on purpose: a name typed with ʼ ′ ´ is the same name.
	case '\u2019', '\u2018', '\u02bc', '\u2032', '\u00b4':
		return '\''
	case '\u2013', '\u2014', '\u2010', '\u2011', '\u2212':
		return '-'
	case '\u00a0', '\u202f', '\u2007':
		return ' '
	}
	r = unicode.ToLower(r)
	if r >= 0xC0 && r < 0x180 {
		if b := latinBase[r-0xC0]; b != 0 {
			return rune(b)
		}
	}
	return r
}

// latinBase maps the lower-case letters of Latin-1 Supplement and Latin Extended-A
// (U+00C0–U+017F) to their base letter; 0 keeps the rune.
var latinBase = func() (t [0xC0]byte) {
	for base, runes := range map[byte]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşš", 't': "ţťŧ", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range runes {
			t[r-0xC0] = base
		}
	}
	return
}()

// commonNameAt reports whether s[i:j], a name part that is also an ordinary word
// (Will, Grace, Mark, Bond), reads as the name: capitalised but not in capitals,
// and not first in its sentence unless what follows makes it the subject or the
// one addressed ("Will restarted the spooler", "Will, can you check", "Will's
// laptop"), never "Will you check" or "May I ask".
func commonNameAt(s string, i, j int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLower(r) {
		return afterGreeting(s, i) && endsPhrase(s, j) // "thanks will," "hi mark."
	}
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, c := range s[i+n : j] {
		lower = lower || unicode.IsLower(c)
	}
	if !lower && j-i > n {
		return false // WILL, MAY
	}
	if !sentenceStart(s, i) {
		return true
	}
	if j < len(s) && (s[j] == ',' || s[j] == ':' || s[j] == '\'' || strings.HasPrefix(s[j:], "\u2019")) {
		return true
	}
	k := j + spaceRun(s, j)
	e := k
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	if e+1 < len(s) && s[e] == '-' && strings.EqualFold(s[k:e], "re") {
		k = e + 1 // re-ran, re-sent
		for e = k; e < len(s) && isLetter(s[e]); e++ {
		}
	}
	w := strings.ToLower(s[k:e])
	return k > j && (len(w) > 4 && strings.HasSuffix(w, "ed") || subjectVerbs[w])
}

// subjectVerbs follow a person who does or says something.
var subjectVerbs = setOf("here", "and", "says", "said", "asked", "asks", "wrote", "writes", "confirms", "reports",
	"thinks", "thought", "knows", "sent", "rang", "called", "took", "made", "ran", "found", "saw",
	"went", "came", "gave", "told", "got", "left", "set", "put", "began", "built", "broke", "forgot")

// sentenceStart reports whether s[i] begins a sentence, a line, a heading, a list
// item, a quotation or a table cell.
//
// An opening quotation mark begins one: a report quotes a message from a
// sentence's start ("The customer wrote “Change CHG-4410 approved”"), so that
// a name part that is an ordinary word is read in a quotation as it is read
// in the message, and redacted in both or in neither.
func sentenceStart(s string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch c := s[k]; c {
		case '"':
			if k == 0 || strings.IndexByte(" \t\n(", s[k-1]) >= 0 {
				return true // an opening straight quote
			}
			continue
		case ' ', '\t', '>', '*', '_', '(', '[', '#', '|', '-', '`':
			continue
		case '\n', '.', '!', '?', ':':
			return true
		default:
			if c >= 0x80 {
				r, n := utf8.DecodeLastRuneInString(s[:k+1])
				if r == '\u201c' || r == '\u2018' {
					return true
				}
				if r == '\u00a0' || r == '\u2014' || r == '\u2013' {
					k -= n - 1
					continue
				}
			}
			return false
		}
	}
	return true
}

// afterTicketCue reports whether the number at s[i] follows "#" or a word that
// announces a ticket ("ticket", "case", "incident", "ref", "no.", ...), with an
// optional "#", "no." or colon between.
func afterTicketCue(s string, i int) bool {
	k := i
	if k > 0 && s[k-1] == '#' {
		return true
	}
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t' || s[k-1] == ':' || s[k-1] == '#') {
		k--
	}
	if k == i {
		return false
	}
	e := k
	if k > 0 && s[k-1] == '.' {
		k--
		e = k
	}
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	if k > 0 && isWordBefore(s, k) {
		return false
	}
	return ticketCues[strings.ToLower(s[k:e])]
}

// ticketCues are the words after which a bare number is a ticket's.
var ticketCues = setOf("ticket", "tickets", "case", "cases", "incident", "incidents", "inc", "ref",
	"reference", "no", "nr", "number", "num", "issue", "request", "req", "sr", "call", "job", "problem",
	"change", "task", "id")

// afterGreeting reports whether the word before s[i] is a greeting or thanks.
func afterGreeting(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == ',') {
		k--
	}
	e := k
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return e > k && e < i && greetings[strings.ToLower(s[k:e])] && !isWordBefore(s, k)
}
