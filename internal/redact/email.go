package redact

import "strings"

// scanEmail matches an e-mail address at s[i] and returns its end, or 0.
func scanEmail(s string, i int, lr *longRuns) int {
	if i < lr.local {
		return 0
	}
	j := i
	for j < len(s) && isLocalChar(s[j]) {
		if j-i > maxLocal {
			lr.local = skipRun(s, j, isLocalChar)
			return 0
		}
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return 0
	}
	k := j + 1
	if b := lineBreak(s, k); b > k && k < len(s) && s[k] != ' ' {
		k = b // "payable@" at the end of a line
	}
	for k < len(s) && (isLabelChar(s[k]) || s[k] == '.') {
		if k-j > maxDomain {
			return 0
		}
		k++
		if s[k-1] == '-' {
			if b := lineBreak(s, k); b > k {
				k = b // "northwind-" at the end of a line: a label never ends with a dash
			}
		}
	}
	for k > j+1 && (s[k-1] == '.' || s[k-1] == '-') {
		k--
	}
	if !validDomain(emailKey(s[j+1:k])) || isWordAt(s, k) {
		return 0
	}
	return k
}

// lineBreak returns the end of the white space (with any Markdown quote markers)
// at s[k] when it holds a line break or is followed by a host label, as where an
// address was wrapped; else k.
func lineBreak(s string, k int) int {
	e := k
	for e < len(s) && (s[e] == ' ' || s[e] == '\t' || s[e] == '\n' || s[e] == '\r' || s[e] == '>') {
		e++
	}
	if e == k || e-k > 16 || e >= len(s) || !isLabelChar(s[e]) || s[e] == '-' {
		return k
	}
	return e
}

// emailKey returns an e-mail address as one string: without the white space of a
// wrapped line, and with "[at]", "(at)", " at ", "[dot]" and the like as "@" and ".".
func emailKey(text string) string {
	if !strings.ContainsAny(text, " \t\n\r>[({") {
		return strings.ToLower(text)
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		if n, sym := dodgeSep(text, i); n > 0 {
			b.WriteByte(sym)
			i += n
			continue
		}
		if c := text[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '>' {
			b.WriteByte(lowerASCII[c])
		}
		i++
	}
	return b.String()
}

// dodgeSep reads a spelled-out "@" or "." at s[i] (with the spaces around it):
// "[at]", "(at)", "{at}", "[@]", " at ", "[dot]", "(dot)", "{dot}", " dot ". It
// returns its length and the symbol, or 0.
func dodgeSep(s string, i int) (int, byte) {
	j := i + spaceRun(s, i)
	if j >= len(s) {
		return 0, 0
	}
	var sym byte
	k := j
	switch c := s[j]; {
	case c == '[' || c == '(' || c == '{':
		close := map[byte]byte{'[': ']', '(': ')', '{': '}'}[c]
		w := j + 1
		for w < len(s) && w-j <= 4 && s[w] != close {
			w++
		}
		if w >= len(s) || s[w] != close {
			return 0, 0
		}
		switch strings.ToLower(strings.TrimSpace(s[j+1 : w])) {
		case "at", "@":
			sym = '@'
		case "dot", ".":
			sym = '.'
		default:
			return 0, 0
		}
		k = w + 1
	case j > i && (c == 'a' || c == 'A' || c == 'd' || c == 'D'):
		w := j
		for w < len(s) && isLetter(s[w]) {
			w++
		}
		switch strings.ToLower(s[j:w]) {
		case "at":
			sym = '@'
		case "dot":
			sym = '.'
		default:
			return 0, 0
		}
		if w >= len(s) || s[w] != ' ' {
			return 0, 0
		}
		k = w
	default:
		return 0, 0
	}
	k += spaceRun(s, k)
	if k >= len(s) || !isLabelChar(s[k]) {
		return 0, 0
	}
	return k - i, sym
}

// mayDodge is scanDodged's cheap pre-check at the end w of a word: what follows
// may continue an address spelled to dodge harvesters (a bracket, " at ", " dot ",
// or a dot or underscore inside a local part).
func mayDodge(s string, w int) bool {
	if w+1 >= len(s) {
		return false
	}
	switch s[w] {
	case '[', '(', '{':
		return true
	case '.', '_':
		return isLabelChar(s[w+1])
	case ' ':
		c := s[w+1]
		if c == '[' || c == '(' || c == '{' {
			return true
		}
		if w+4 < len(s) && (c|0x20 == 'a' && s[w+2]|0x20 == 't' && s[w+3] == ' ' ||
			c|0x20 == 'd' && s[w+2]|0x20 == 'o' && s[w+3]|0x20 == 't' && s[w+4] == ' ') {
			return true
		}
	}
	return false
}

// scanDodged matches an e-mail address written to dodge harvesters at s[i]:
// "chidi [dot] okonkwo [at] northwind-traders [dot] example", "jo(at)example.com",
// "jo.smith at example.com". The "@" must be spelled out; a plain " at " needs a
// dotted local part or a spelled-out dot, so that "at" in a sentence is none. It
// returns the end, or 0.
func scanDodged(s string, i int) int {
	j, _, _ := dottedRun(s, i)
	n, sym := dodgeSep(s, j)
	if n == 0 || sym != '@' {
		return 0
	}
	plainAt := !strings.ContainsAny(s[j:j+n], "[({")
	k, labels, spelled := dottedRun(s, j+n)
	if labels < 2 {
		return 0
	}
	dom := emailKey(s[j+n : k])
	if !validDomain(dom) {
		return 0
	}
	if plainAt && !spelled && !strings.ContainsAny(s[i:j], "._") {
		return 0
	}
	if plainAt && !spelled && !knownTLD[dom[strings.LastIndexByte(dom, '.')+1:]] {
		return 0
	}
	return k
}

// dottedRun reads labels joined by "." or a spelled-out dot from s[i] and returns
// its end, the number of labels and whether a dot was spelled out.
func dottedRun(s string, i int) (end, labels int, spelled bool) {
	end = i
	for end-i <= maxDomain {
		k := end
		for k < len(s) && k-i <= maxDomain && isLocalChar(s[k]) && s[k] != '.' {
			k++
		}
		if k == end {
			return end, labels, spelled
		}
		labels++
		end = k
		if k+1 < len(s) && s[k] == '.' && isLabelChar(s[k+1]) {
			end = k + 1
			continue
		}
		if n, sym := dodgeSep(s, k); n > 0 && sym == '.' {
			end = k + n
			spelled = true
			continue
		}
		return end, labels, spelled
	}
	return i, 0, false // too long for an address
}
