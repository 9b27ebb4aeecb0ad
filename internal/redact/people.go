package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// notNames are capitalised words that follow such cues without being names.
var notNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"team", "support", "service", "desk", "helpdesk", "the", "our", "your", "all", "everyone", "microsoft", "google", "windows",
	"office", "teams", "outlook", "customer", "engineering", "operations", "management", "sales", "it", "we", "you", "again", "in", "advance")

// mentionedPeople returns the names a text introduces with an honorific (one to
// three capitalised words: "Mr Smith", "Dr. Mary-Jane O'Neill") or a greeting or
// verb of contact (two or three: "Dear Anna Berg", "call Priya Natarajan", "cc:
// Jo Mensah", "Regards,\nSam Lee"), none of them a word such cues also precede
// ("Dear Support Team", "Hi All").
func mentionedPeople(text string) []string {
	if len(text) > 1<<20 {
		text = text[:1<<20]
	}
	return mentions(text, tokens(text))
}

func mentions(text string, toks []token) []string {
	var out []string
	gapOK := func(a, b int, punct string) bool {
		g := text[toks[a].end:toks[b].start]
		if punct != "" && strings.HasPrefix(g, punct) {
			g = g[len(punct):]
		}
		return g != "" && strings.TrimSpace(g) == ""
	}
	for k := 0; k+1 < len(toks); k++ {
		w := toks[k].text
		least, punct := 2, ""
		switch {
		case honorificCues[w]:
			least, punct = 1, "."
		case contactCues[w]:
			switch strings.ToLower(w) {
			case "cc":
				punct = ":"
			case "regards", "thanks":
				punct = ","
			}
		case toCues[w] && toks[k+1].text == "to" && gapOK(k, k+1, ""):
			k++
		default:
			continue
		}
		n := 0
		for n < 3 && k+1+n < len(toks) && mentionWord(toks[k+1+n].text) {
			p := ""
			if n == 0 {
				p = punct
			}
			if !gapOK(k+n, k+1+n, p) {
				break
			}
			n++
		}
		if n < least {
			continue
		}
		names := make([]string, n)
		ok := true
		for i := range n {
			names[i] = toks[k+1+i].text
			ok = ok && !notNames[strings.ToLower(names[i])]
		}
		if ok {
			out = append(out, strings.Join(names, " "))
		}
		k += n
	}
	return out
}

var (
	honorificCues = setOf("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
	contactCues   = setOf("Dear", "Hi", "Hello", "Hey", "call", "Call", "contact", "Contact", "ask", "Ask",
		"cc", "Cc", "CC", "regards", "Regards", "thanks", "Thanks")
	toCues = setOf("spoke", "Spoke", "speak", "Speak", "talked", "Talked", "escalated", "Escalated", "assigned", "Assigned")
)

// mentionWord reports whether w is written as a name: a capital, then lower-case
// letters and apostrophes, with hyphenated parts (Mary-Jane, Jean-luc).
func mentionWord(w string) bool {
	for i, p := range strings.Split(w, "-") {
		r, n := utf8.DecodeRuneInString(p)
		if i == 0 && !unicode.IsUpper(r) || n == len(p) && i == 0 {
			return false
		}
		if unicode.IsUpper(r) {
			p = p[n:]
		}
		if p == "" {
			return false
		}
		if strings.HasPrefix(p, "c") && i == 0 && len(p) > 2 && strings.HasPrefix(w, "Mc") {
			p = strings.TrimLeft(p[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") // McAllister
		}
		prev := 'x'
		for _, c := range p {
			if !unicode.IsLower(c) && c != '\'' && c != '\u2019' && !(unicode.IsUpper(c) && (prev == '\'' || prev == '\u2019')) {
				return false // O'Brien, D’Souza
			}
			prev = c
		}
	}
	return true
}

// token is one word of a message body: letters, with the hyphens and apostrophes
// inside a name (Jean-Luc, O'Neill).
type token struct {
	start, end int
	text       string
}

// tokens splits text into words.
func tokens(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				j += n
				continue
			}
			if r == '-' || r == '\'' || r == '\u2019' {
				if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, token{i, j, text[i:j]})
		i = j
	}
	return out
}

// bare returns w without a possessive ending ('s, ’s).
func bare(w string) string {
	for _, suf := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// capitalised reports whether w, each part of it between hyphens, begins with a
// capital and w is not written in capitals throughout.
func capitalised(w string) bool {
	w = bare(w)
	lower := false
	for _, p := range strings.Split(w, "-") {
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
		lower = lower || strings.IndexFunc(p, unicode.IsLower) >= 0
	}
	return lower
}

// givenName reports whether w (capitalised) is a given name of the gazetteer and
// no ordinary word; every part of a hyphenated name must be a name (Jean-Luc).
func givenName(w string) bool {
	w = bare(w)
	if notNames[strings.ToLower(w)] {
		return false
	}
	if parts := strings.Split(w, "-"); len(parts) > 1 {
		// Jean-Luc, Mary-Jane: every part a name, one at least no ordinary word.
		distinct := false
		for _, p := range parts {
			if wordClass(p)&(wGiven|wName) == 0 {
				return false
			}
			distinct = distinct || isNameWord(p)
		}
		return distinct
	}
	return isNameWord(w)
}

// surnameLike reports whether w, after a given name, reads as a surname: capitalised,
// and a name of the gazetteer or no ordinary word (Okonkwo, O'Neill, Martin).
func surnameLike(w string) bool {
	w = bare(w)
	if len(w) < 2 || !capitalised(w) || notNames[strings.ToLower(w)] {
		return false
	}
	if strings.ContainsAny(w, "'\u2019") {
		return true // O'Neill, D'Souza
	}
	c := wordClass(w)
	return c&(wGiven|wName) != 0 || c&wCommon == 0
}

// personCues are the words after which a capitalised name is a person's.
var personCues = setOf("and", "by", "with", "per", "cc", "from", "thanks", "thank", "hi", "hello",
	"hey", "dear", "ask", "asked", "told", "tell", "call", "called", "contact", "contacted", "ping",
	"pinged", "emailed", "email", "cheers", "regards", "spoke", "talked", "colleague", "manager",
	"engineer", "technician", "assign", "assigned", "attn", "fao", "via", "or")

// particles join a given name to a surname in lower case.
var particles = setOf("de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "dos", "das",
	"bin", "ibn", "al", "el", "ter", "ten", "le", "la")

// weakCues precede teams and products as often as people.
var weakCues = setOf("and", "by", "with", "from", "via", "or")

// doneVerbs say what a person did or said.
var doneVerbs = setOf("says", "said", "asked", "wrote", "confirms", "confirmed", "reports", "reported",
	"sent", "rang", "called", "took", "ran", "found", "saw", "told", "replied", "agreed", "approved",
	"restarted", "rebooted", "checked", "fixed", "reset", "replaced", "updated", "installed", "escalated",
	"restored", "resolved", "tested", "deployed", "emailed", "phoned", "started", "opened", "closed",
	"raised", "logged", "noticed", "spotted", "applied", "changed", "configured", "cleared", "unlocked")

// greetings are the words after which a name may be written in lower case.
var greetings = setOf("hi", "hello", "hey", "dear", "thanks", "thank", "thx", "cheers", "ta")

// notAddressed are words that follow a greeting without being a name.
var notAddressed = setOf("dear", "friend", "friends", "colleague", "colleagues", "buddy", "bro", "sis", "all", "everyone", "everybody", "guys", "team", "mate", "folks", "both", "you",
	"again", "much", "so", "very", "heaps", "lots", "loads", "tons", "anyway", "sir", "madam", "there",
	"for", "in", "a", "the", "to", "and", "we", "i", "it", "this", "that", "will", "ok", "okay", "yes", "no")

// personVerbs follow a person who does something ("Ravi restarted", "Fatima is checking").
var personVerbs = setOf("is", "was", "has", "had", "will", "would", "can", "could", "says", "said",
	"asked", "wrote", "confirms", "confirmed", "reports", "reported", "thinks", "knows", "sent", "rang",
	"called", "took", "made", "ran", "found", "saw", "went", "came", "gave", "told", "got", "left",
	"set", "put", "began", "built", "broke", "forgot", "did", "does", "should", "must", "may", "might",
	"replied", "restarted", "started", "checked", "fixed", "tried", "needs", "wants", "agreed", "approved",
	"are", "were", "have")

// bodyPeople returns the names of the people a message body names: those an
// honorific, a greeting or a verb of contact introduces (mentionedPeople), and
// those the given-name gazetteer finds in context: a given name followed by a
// capitalised surname ("Jean-Luc Martin"), a given name after "and", "by",
// "with", "per", "cc" and the like or followed by a verb ("Ravi restarted", "Fatima
// and Jonas are checking"), two capitalised words that are no ordinary words in
// the same places ("by Chidi Okonkwo"), and a name in lower case after a greeting or
// thanks ("thanks oluwaseun").
func bodyPeople(text string) []string {
	if len(text) > 1<<20 {
		text = text[:1<<20]
	}
	toks := tokens(text)
	out := mentions(text, toks)
	adjacent := func(a, b int) bool { // toks[a] and toks[b] separated by one space
		return b < len(toks) && a >= 0 && toks[b].start-toks[a].end == 1 && text[toks[a].end] == ' '
	}
	lowerAt := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[k].text)
	}
	cueBefore := func(k int) bool {
		if k == 0 || !personCues[lowerAt(k-1)] {
			return false
		}
		gap := strings.TrimSpace(text[toks[k-1].end:toks[k].start])
		return gap == "" || gap == ":" || gap == ","
	}
	// doneAfter: a verb of something done follows ("Fatima restarted", "Aisha said"),
	// not "is" or "has", which follow products as often.
	doneAfter := func(k int) bool {
		if !adjacent(k, k+1) {
			return false
		}
		return doneVerbs[toks[k+1].text]
	}
	verbAfter := func(k int) bool {
		if !adjacent(k, k+1) {
			return false
		}
		w := lowerAt(k + 1)
		return w == toks[k+1].text && (personVerbs[w] || len(w) > 5 && strings.HasSuffix(w, "ed"))
	}
	// strongCue: the word before toks[k] is addressed to or names a person (not "by"
	// or "and", which precede teams and products as often).
	strongCue := func(k int) bool { return cueBefore(k) && !weakCues[lowerAt(k-1)] }
	// doerBy: "by" or "with" after a verb of something done ("started by", "reported
	// by"), not "from Confluent Cloud" or "by Cloud Engineering".
	doerBy := func(k int) bool {
		if k < 2 || !cueBefore(k) || lowerAt(k-1) != "by" && lowerAt(k-1) != "with" {
			return false
		}
		v := lowerAt(k - 2)
		return doneVerbs[v] || len(v) > 4 && strings.HasSuffix(v, "ed")
	}
	capNext := func(k int) bool { return adjacent(k, k+1) && capitalised(toks[k+1].text) }
	for k := 0; k < len(toks); k++ {
		w := toks[k].text
		if !capitalised(w) {
			// "thanks oluwaseun", "hi dmitri,"
			if k > 0 && greetings[lowerAt(k-1)] && strings.TrimSpace(text[toks[k-1].end:toks[k].start]) == "" &&
				w == strings.ToLower(w) && !notAddressed[w] && !isCommonWord(w) && endsPhrase(text, toks[k].end) &&
				(letters(w) >= 5 || letters(w) >= 3 && wordClass(w)&(wGiven|wName) != 0) {
				// A short word the gazetteer does not know is more often a team or role ("dear dba").
				out = append(out, strings.ToUpper(w[:1])+w[1:])
			}
			continue
		}
		given := givenName(w) // a given name, or a name from the international list
		english := given && (strings.Contains(w, "-") || wordClass(bare(w))&wGiven != 0)
		switch {
		case particles[toks[min(k+1, len(toks)-1)].text] && adjacent(k, k+1) && adjacent(k+1, k+2) &&
			surnameLike(toks[k+2].text) && mentionWord(bare(toks[k+2].text)) &&
			(given || mentionWord(bare(w)) && !isCommonWord(bare(w)) && !notNames[strings.ToLower(bare(w))] &&
				(strongCue(k) || doerBy(k) || verbAfter(k+2))):
			// "Anouk de Vries", "Ludwig van Beethoven"
			name := bare(w) + " " + toks[k+1].text + " " + bare(toks[k+2].text)
			out = append(out, name)
			k += 2
		case given && adjacent(k, k+1) && surnameLike(toks[k+1].text) && mentionWord(bare(toks[k+1].text)) &&
			(english || wordClass(bare(toks[k+1].text))&(wGiven|wName) != 0):
			// "Jean-Luc Martin", "Jan Wiberg"; a surname-only first word ("Hellman
			// Kubernetes") needs a second word the gazetteer knows.
			name := bare(w) + " " + bare(toks[k+1].text)
			if toks[k+1].text == bare(toks[k+1].text) && adjacent(k+1, k+2) && givenName(toks[k+1].text) && surnameLike(toks[k+2].text) && mentionWord(bare(toks[k+2].text)) {
				name += " " + bare(toks[k+2].text)
				k++
			}
			out = append(out, name)
			k++
		case given && !capNext(k) && (english && (cueBefore(k) || verbAfter(k)) || strongCue(k) || doneAfter(k) ||
			lowerAt(k+1) == "and" && k+2 < len(toks) && givenName(toks[k+2].text) ||
			lowerAt(k-1) == "and" && k >= 2 && givenName(toks[k-2].text)):
			// "Ravi restarted", "per Aisha", "Fatima and Jonas"; not "by Cloud Engineering".
			out = append(out, bare(w))
		case !isCommonWord(bare(w)) && !notNames[strings.ToLower(bare(w))] && mentionWord(bare(w)) && adjacent(k, k+1) &&
			surnameLike(toks[k+1].text) && mentionWord(bare(toks[k+1].text)) && !isCommonWord(bare(toks[k+1].text)) &&
			(strongCue(k) || doerBy(k) || verbAfter(k+1)):
			out = append(out, bare(w)+" "+bare(toks[k+1].text)) // "started by Chidi Okonkwo", "Chidi Okonkwo confirmed"
			k++
		case cueBefore(k) && greetings[lowerAt(k-1)] && !isCommonWord(bare(w)) && !notNames[strings.ToLower(bare(w))] && endsPhrase(text, toks[k].end):
			out = append(out, bare(w)) // "Thanks Oluwaseun!"
		}
	}
	return out
}

// endsPhrase reports whether nothing but punctuation or the end of the line follows s[:i].
func endsPhrase(s string, i int) bool {
	i += spaceRun(s, i)
	return i >= len(s) || strings.IndexByte(",.!:;\n\r)", s[i]) >= 0
}
