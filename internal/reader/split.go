package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBody bounds the text read from one message: statements that matter are in
// its first 64 KiB, and the bound keeps reading time linear and small.
const maxBody = 64 << 10

// Span is one sentence of a message body as its author wrote it: Text is the
// sentence with white space folded, Start and End its byte offsets in the body.
type Span struct {
	Text       string
	Start, End int
}

// Sentences splits a message body into the sentences its author wrote.
//
//   - A line break is not a sentence end when the line was hard-wrapped: the line
//     does not end a sentence and the next line's first word would not have fitted
//     on it (the text was wrapped at a width).
//     A line ending with ':' goes on into a lower-case clause that starts with
//     a joining word ("handshake:" then "since the certificate ..."); a form's
//     field line ("Site: x") does not wrap into a line that starts with a capital.
//     A body without a capital letter shows no width (split_caseless.go).
//   - A blank line, a bullet or a numbered item, and a short line (a salutation, a
//     heading) end a sentence.
//   - Within a line, a sentence ends at '.', '!' or '?' followed by white space
//     (or by a closing bracket or quote and a capital), except after a common
//     abbreviation ("e.g.", "ext.", "Mr.") or an initial ("J. Smith", not "in
//     pool B."); "min." after a number ends one. An emoji face or gesture
//     between words ends a chat sentence ("np 😊 closing this now"). An
//     ellipsis before a lower-case word, and a stop inside a quotation or a
//     bracket the sentence goes on after, end none.
//   - Quoted replies (lines starting with '>', "On ... wrote:", "-----Original
//     Message-----", a "From:" header block) and the signature (a "-- " line, or a
//     sign-off such as "Best regards" and what follows it) are not the author's
//     words and are dropped.
//
// Offsets refer to body; a body longer than 64 KiB is read up to that bound.
func Sentences(body string) []Span { return sentences(body, nil) }

// sentences is Sentences appending to out, so that a reader of many messages
// keeps their sentences in one buffer.
func sentences(body string, out []Span) []Span {
	base := len(out)
	if len(body) > maxBody {
		body = body[:maxBody]
		for len(body) > 0 && !utf8.RuneStart(body[len(body)-1]) {
			body = body[:len(body)-1]
		}
	}
	var lbuf, cbuf [16]line
	lines := authorLines(body, lbuf[:0])
	width, near := wrapWidth(lines)
	if near >= 2 && caseless(body) {
		near = 0 // round 237: no capital, no evidence of a wrap width (split_caseless.go)
	}
	cur := cbuf[:0]
	flush := func() {
		if len(cur) > 0 {
			out = splitParagraph(body, cur, out)
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		if bullet(l.text) {
			flush()
			k := strings.IndexByte(l.text, ' ') + 1
			l.text = strings.TrimLeft(l.text[k:], " ")
			l.start += len(lines[i].text) - len(l.text)
			l.runes = utf8.RuneCountInString(l.text)
		}
		cur = append(cur, l)
		if i+1 < len(lines) && !wrapped(l, lines[i+1], width, near) {
			flush()
		}
	}
	flush()
	return out[:base+len(trimCourtesies(out[base:]))]
}

// salutations open a message; they are not part of its first sentence.
var salutations = []string{"greetings", "hi all", "hello all", "hi team", "hello team", "dear all", "dear team",
	"dear sir", "dear sirs", "dear colleagues", "good morning", "good afternoon", "good evening", "hello", "hi", "hey", "dear"}

// trimCourtesies drops the salutation that opens a message ("Greetings", "Dear
// team,", "Hi John,") and an inline sign-off with everything after it ("...
// regards, the support team"): they are courtesies, not statements. A thanks
// for something with the message's statements still to come ("Many thanks
// for your request." after the greeting) is dropped alone: what follows is
// the message, not a signature.
func trimCourtesies(in []Span) []Span {
	out := in[:0]
	for i, sp := range in {
		lower := foldable(sp.Text)
		if signOffStart(lower) && !thanksThenStatement(sp.Text) {
			if thanksFor(lower) && statementsAfter(in[i+1:]) {
				continue
			}
			break
		}
		if i == 0 || len(out) == 0 {
			if cut := salutationEnd(sp.Text); cut > 0 { // on the text: lower-casing may change offsets
				rest := strings.TrimLeft(sp.Text[cut:], " ,!:;-")
				if !hasWord(rest) || greetedName(rest) {
					continue
				}
				// Text is folded: where folding changed its length (white
				// space, a byte that is not UTF-8) the offset is kept within the span.
				sp.Start = min(sp.Start+len(sp.Text)-len(rest), sp.End)
				sp.Text = rest
			}
		}
		out = append(out, sp)
	}
	return out
}

// thanksFor reports whether a sentence (from foldable) that signOffStart
// took for a sign-off thanks for something: "many thanks for your request.".
// The other thanks ("thanks for ...", "thank you for ...") are never taken
// for a sign-off (signOffStart), so only "many thanks" is asked here.
func thanksFor(lower string) bool { return hasPrefixFold(lower, "many thanks for ") }

// thanksThenStatement reports whether a sentence opens with "Many thanks,"
// and goes on to a statement of four words or more that ends in a full stop
// or an exclamation mark: "Many thanks, confirmed from our side too."
// (styles33), "Many thanks, Hannah - all looks right from our end."
// (styles38), both labelled restored and dropped as a sign-off. A signature
// after the thanks ("Many thanks, Hannah Price, DayBook Support") ends in
// neither.
func thanksThenStatement(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < len("many thanks,") || !strings.EqualFold(t[:len("many thanks,")], "many thanks,") {
		return false
	}
	rest := strings.TrimSpace(t[len("many thanks,"):])
	return (strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "!")) && len(strings.Fields(rest)) >= 4
}

// statementsAfter reports whether the spans after a sign-off hold more than a
// signature: a sentence that ends in a full stop, a question mark or an
// exclamation mark and has more than six words. A signature's lines (a name,
// a role, a company, a phone number) end in none of them. Seen in the
// messages of a care-software desk that open "Many thanks for your
// request." and close "Kind regards," (styles75 15, 16 and 17: nine labelled
// sentences, fixes and questions among them, had been dropped with the thanks).
func statementsAfter(rest []Span) bool {
	for _, sp := range rest {
		t := strings.TrimSpace(sp.Text)
		if signOffStart(foldable(t)) {
			return false
		}
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
			if len(strings.Fields(t)) > 6 {
				return true
			}
		}
	}
	return false
}

// greetedName reports whether what follows a salutation is only whom it
// greets, ended by '!' or ',': "Hi Julian!", "Hello there!", "Hi all,".
func greetedName(rest string) bool {
	if !strings.HasSuffix(rest, "!") && !strings.HasSuffix(rest, ",") {
		return false
	}
	ws := strings.Fields(strings.TrimRight(rest, "!,"))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !greeted.has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// greeted are the lower-case words a greeting may name: "hi there!", "hey folks!".
var greeted = newWordSet(map[string]bool{"there": true, "all": true, "everyone": true, "team": true, "folks": true, "guys": true, "both": true})

// foldable returns s when it is ASCII, else s lower-cased: the tests of
// salutations, sign-offs and reply headers fold ASCII case themselves
// (hasPrefixFold), so an ASCII line needs no lower-cased copy. A string that is
// not ASCII is lower-cased as before, as lower-casing may change its length.
func foldable(s string) string {
	if !isASCII(s) {
		return strings.ToLower(s)
	}
	return s
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with p, a lowercase ASCII word,
// ignoring ASCII case: strings.HasPrefix(strings.ToLower(s), p) for s from foldable.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

func hasSuffixFold(s, p string) bool { return len(s) >= len(p) && hasPrefixFold(s[len(s)-len(p):], p) }

func equalFold(s, p string) bool { return len(s) == len(p) && hasPrefixFold(s, p) }

// salutationEnd returns where the salutation opening a sentence (from foldable) ends,
// or 0 when it opens with none. "dear X," ends at its comma when one follows
// within four words.
func salutationEnd(lower string) int {
	if lower == "" || !salutationFirst[lowerByte(lower[0])] {
		return 0
	}
	for _, s := range salutationsBy[lowerByte(lower[0])] {
		if !hasPrefixFold(lower, s) || (len(lower) > len(s) && isWordByte(lowerByte(lower[len(s)]))) {
			continue
		}
		end := len(s)
		if i := strings.IndexByte(lower, ','); i >= 0 && strings.Count(lower[:i], " ") <= 4 && (s == "dear" || s == "hi" || s == "hello" || s == "hey" || s == "good morning" || s == "good afternoon" || s == "good evening") {
			end = i + 1
		}
		return end
	}
	return 0
}

// salutationFirst and signOffFirst mark the letters a salutation or a
// sign-off begins with: most sentences begin with neither.
var salutationFirst, signOffFirst = firstBytes(salutations), firstBytes(signOffs)

// salutationsBy and signOffsBy are the salutations and sign-offs by their
// first letter, each list in the order of the whole.
var salutationsBy, signOffsBy = byFirstByte(salutations), byFirstByte(signOffs)

func byFirstByte(words []string) (t [256][]string) {
	for _, w := range words {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}

func firstBytes(words []string) (t [256]bool) {
	for _, w := range words {
		t[w[0]] = true
	}
	return t
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// signOffStart reports whether a sentence (from foldable) starts with a sign-off
// followed by a comma or nothing but a name ("regards, the team").
func signOffStart(lower string) bool {
	if lower == "" || !signOffFirst[lowerByte(lower[0])] {
		return false
	}
	for _, s := range signOffsBy[lowerByte(lower[0])] {
		if s == "best" || s == "thanks" || s == "thank you" || s == "cheers" {
			continue // "thanks, it works now" is a statement
		}
		if hasPrefixFold(lower, s) && (len(lower) == len(s) || lower[len(s)] == ',' || (lower[len(s)] == ' ' && len(lower) < len(s)+40)) {
			return true
		}
	}
	return false
}

// line is one line of a body, its text trimmed of surrounding white space.
type line struct {
	text  string
	start int // offset of text in the body
	runes int // utf8.RuneCountInString(text)
}

func (l line) blank() bool { return l.text == "" }

// authorLines returns the body's lines up to the first quoted reply or
// signature, dropping quoted lines, appended to out.
func authorLines(body string, out []line) []line {
	for off := 0; off <= len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		raw := body[off:end]
		lead := len(raw) - len(strings.TrimLeft(raw, " \t\r\f\v"))
		text := strings.TrimSpace(raw)
		if stop(text, body[end:]) {
			break
		}
		if strings.HasPrefix(text, ">") {
			text = ""
		}
		out = append(out, line{text: text, start: off + lead, runes: utf8.RuneCountInString(text)})
		off = end + 1
	}
	return out
}

// stop reports whether a line starts the quoted reply or the signature.
func stop(text, rest string) bool {
	if text == "--" || text == "-- " || strings.HasPrefix(text, "-----Original Message") ||
		strings.HasPrefix(text, "________________") || strings.HasPrefix(text, "-------- Forwarded") ||
		strings.HasPrefix(text, "---------- Forwarded") || dashedBanner(text) {
		return true
	}
	lower := foldable(text)
	if hasPrefixFold(lower, "on ") && hasSuffixFold(lower, "wrote:") || len(text) < 200 && wroteLine(text) {
		return true
	}
	if hasPrefixFold(lower, "on ") && strings.ContainsAny(text, "@<,") {
		// A mail client wrapped the reply header: "On Mon, 1 Dec 2026 at
		// 09:14, Jane <jane@example.org>" then "wrote:" on the next line.
		if next := strings.TrimSpace(firstLines(strings.TrimPrefix(rest, "\n"), 1)); hasSuffixFold(next, "wrote:") && len(next) < 60 {
			return true
		}
	}
	if hasPrefixFold(lower, "from:") {
		// A reply header block: From: followed by Sent:/Date:/Subject: lines, or
		// by To: when From: names an address. A form's "From: <place>" and
		// "To: <place>" (a move, a transfer) are not a header.
		next := strings.ToLower(strings.TrimSpace(firstLines(rest, 3)))
		return strings.Contains(next, "sent:") || strings.Contains(next, "date:") || strings.Contains(next, "subject:") ||
			strings.Contains(next, "to:") && strings.ContainsAny(text, "@<")
	}
	if foreignFrom(text) {
		// The same block from a mail client in another language: "Da:" then
		// "Inviato:", "Von:" then "Gesendet:", "De :" then "Envoyé :".
		for _, line := range strings.Split(strings.ToLower(firstLines(strings.TrimPrefix(rest, "\n"), 3)), "\n") {
			line = strings.TrimSpace(line)
			for _, l := range headerLabels {
				if strings.HasPrefix(line, l) {
					return true
				}
			}
		}
	}
	return signOff(lower) && len(strings.TrimSpace(rest)) < 200
}

// dashedBanner reports whether text is a mail client's banner before a
// quoted or forwarded message, in any language: a few words between runs of
// dashes ("-----Messaggio originale-----", "-------- Message d'origine
// --------", "-----Ursprüngliche Nachricht-----").
func dashedBanner(text string) bool {
	if !strings.HasPrefix(text, "-----") || !strings.HasSuffix(text, "-----") || len(text) > 80 {
		return false
	}
	inner := strings.Trim(text, "- ")
	n := len(strings.Fields(inner))
	return n >= 1 && n <= 4 && strings.IndexFunc(inner, unicode.IsLetter) >= 0
}

// wroteVerbs end the line that introduces a quoted reply in mail clients'
// languages ("Le lun. 2 mars 2026 à 09:15, Marc a écrit :", "Am 02.03.2026
// schrieb Anna Weber:", "Il giorno lun 2 mar 2026 Giulia ha scritto:").
var wroteVerbs = []string{"wrote:", "a écrit :", "a écrit:", "schrieb:", "ha scritto:", "escribió:", "escreveu:",
	"schreef:", "skrev:", "napisał:", "kirjoitti:", "írta:", "napsal:"}

// wroteMark reports strings.ContainsAny(text, "@<0123456789"), a date's,
// a time's or an address's mark, without making ContainsAny's set of its
// characters at each call (round 215: it is asked of every line).
func wroteMark(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == '@' || c == '<' || c-'0' < 10 {
			return true
		}
	}
	return false
}

// wroteLine reports whether text introduces a quoted reply: it ends with a
// verb of wroteVerbs after a date, a time or an address.
func wroteLine(text string) bool {
	if !wroteMark(text) {
		return false // every verb needs one: lowering text first would be wasted
	}
	l := strings.ToLower(text)
	for _, v := range wroteVerbs {
		if strings.HasSuffix(l, v) && len(l) > len(v)+8 {
			return true
		}
	}
	return false
}

// foreignFrom reports whether text opens a reply header block in another
// language than English: a sender's label ("Da:", "Von:", "De :", "Van:")
// and a name or an address after it.
func foreignFrom(text string) bool {
	label, value, ok := strings.Cut(text, ":")
	if !ok || strings.TrimSpace(value) == "" {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "da", "von", "de", "van", "från", "fra", "od", "lähettäjä", "remetente":
		return true
	}
	return false
}

// headerLabels are the labels after a sender's in a reply header block, in
// the languages of foreignFrom: sent, date, to and subject.
var headerLabels = []string{"inviato:", "gesendet:", "envoyé :", "envoyé:", "enviado:", "verzonden:", "skickat:",
	"sendt:", "wysłano:", "datum:", "data:", "fecha:", "date :", "oggetto:", "betreff:", "objet :", "objet:",
	"asunto:", "onderwerp:", "ämne:", "emne:", "temat:", "assunto:", "a:", "an:", "à :", "para:", "aan:", "till:", "til:", "do:"}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	off := 0
	for ; n > 0; n-- {
		i := strings.IndexByte(s[min(off, len(s)):], '\n')
		if i < 0 {
			return s
		}
		off += i + 1
	}
	return s[:min(off, len(s))]
}

// signOffs open a signature block on a line of their own.
var signOffs = []string{"regards", "best regards", "kind regards", "warm regards", "best wishes", "many thanks",
	"thanks and regards", "thanks & regards", "thanks", "thank you", "cheers", "sincerely", "yours sincerely",
	"yours faithfully", "br", "rgds", "best", "sent from my iphone", "sent from my android", "thanks in advance"}

// signOff reports whether a line (from foldable) is only a sign-off ("Best regards,").
func signOff(lower string) bool {
	lower = strings.TrimRight(lower, " ,.!-")
	if lower != "" {
		for _, s := range signOffsBy[lowerByte(lower[0])] {
			if equalFold(lower, s) {
				return true
			}
		}
	}
	// Mail apps' footers: "Sent from my iPhone", "Sent from Outlook for
	// Android", "Get Outlook for iOS", "Sent from Mail for Windows".
	if lower == "" || lowerByte(lower[0]) != 's' && lowerByte(lower[0]) != 'g' {
		return false
	}
	for _, p := range mailFooters {
		if hasPrefixFold(lower, p) {
			return true
		}
	}
	return false
}

var mailFooters = []string{"sent from my ", "sent from outlook", "sent from mail for", "sent from yahoo", "sent from gmail",
	"sent from samsung", "sent from proton", "get outlook for "}

// wrapWidth estimates the width the body was wrapped at, and how many lines
// come within 10 characters of it (evidence of a wrap): the longest line of at
// most 100 characters (wider lines were not wrapped by a mail client) that
// another line comes near. One line longer than the rest, a writer's own
// break or a pasted line ("... within 3 to" of 88 characters among lines of
// 72, styles86 LP-090412), does not set the width: against it the lines
// wrapped at 72 looked short and were cut ("our payment system didn't get"
// then "a reply from the bank ...", quoted as the cause from its second
// line). Where no two lines come near each other, the longest line stands,
// with near 1 (no width evidence).
func wrapWidth(lines []line) (width, near int) {
	longest, nearLongest := 0, 0
	for _, l := range lines {
		n := l.runes
		if n > 100 || n <= width && n <= longest {
			continue
		}
		k := 0
		for _, m := range lines {
			if m.runes <= n && m.runes >= n-10 {
				k++
			}
		}
		if n > longest {
			longest, nearLongest = n, k
		}
		if k >= 2 && n > width {
			width, near = n, k
		}
	}
	if width == 0 {
		return longest, nearLongest
	}
	return width, near
}

// wrapped reports whether the line text continues on next: it does not end a
// sentence, and either it ends with a word that cannot end a sentence ("the",
// "and", "was"), or the next line is only the short tail of a sentence, or the
// body shows a wrap width (two or more lines near it) and the next line's first
// word would not have fitted within it.
func wrapped(l line, next line, width, near int) bool {
	if next.blank() || bullet(next.text) || chatStamp(next.text) {
		return false
	}
	text, n := l.text, l.runes
	if n < 20 || n > 100 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch last {
	case ':':
		// "... failing at the TLS handshake:" then "since the certificate
		// was renewed ...": a line ending with a colon goes on when the next
		// line goes on in words, lower-case, from a word that joins a clause
		// to what came before. A value, a path or a log line after a colon
		// ("below:" then "ph_link"), and a new clause or question ("two
		// things:" then "which amounts ...?") are their own.
		return lowerWords(next.text)
	case '.':
		// "… at the same time, e.g." then "Bella and Duke …", "... signed
		// off by Prof." then "Hale on Monday", "... we counted approx." then
		// "40 failed logins": a line ending with an abbreviation or an
		// initial was wrapped where the sentence goes on. ("... went
		// offline, etc." then "We rebooted ..." ends.) A capital letter
		// there ("... connected to B.") is an initial only when the text
		// was wrapped at a width and the next word would not have fitted,
		// or the next line goes on in lower case.
		if !abbreviation(text[:len(text)-1], next.text) {
			return false
		}
		if k := strings.LastIndexAny(text, " \t("); len(text)-k-1 == 2 {
			r, _ := utf8.DecodeRuneInString(next.text)
			return unicode.IsLower(r) || widthWrapped(n, near, width, next.text)
		}
		return true
	case '!', '?', ';':
		return false
	}
	if fieldLine(text) && fieldLine(next.text) {
		// Two fields of a form, one a line, whatever the first ends with
		// ("Bookings affected: none that I know of" then "Preferred contact: email").
		return false
	}
	lastWord := strings.ToLower(text[strings.LastIndexAny(text, " \t")+1:])
	if continuing.has(lastWord) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next.text); unicode.IsUpper(r) && (fieldLine(text) || fieldLine(next.text)) {
		// A form's fields ("Site: x", "Domain: y (registered ...)") are one a
		// line: a field line does not wrap into a line that starts anew.
		return false
	}
	if words := strings.Count(next.text, " ") + 1; words <= 3 && n >= 30 && strings.ContainsAny(next.text[len(next.text)-1:], ".!?") && !upperNext(next.text) {
		return true
	}
	return widthWrapped(n, near, width, next.text)
}

// chatStamp reports whether a line opens on a chat transcript's time stamp
// ("[10:08] Amira: What format ...", "[10:08 AM]"): each such line is a new
// message, never the wrapped end of the line before, however long that is.
func chatStamp(s string) bool {
	return len(s) > 6 && s[0] == '[' && s[1] >= '0' && s[1] <= '9' && strings.IndexByte(s[:min(len(s), 12)], ']') > 0 &&
		strings.IndexByte(s[:min(len(s), 12)], ':') > 0
}

// widthWrapped reports whether a line of n runes was wrapped at the body's
// width: the body shows one (near lines close to it), the line is not longer
// than it, and the next line's first word would not have fitted.
func widthWrapped(n, near, width int, next string) bool {
	first := next
	if i := strings.IndexAny(first, " \t"); i >= 0 {
		first = first[:i]
	}
	return n >= 40 && n <= width && width >= 50 && near >= 2 && n+1+utf8.RuneCountInString(first) > width-8
}

// lowerWords reports whether a line goes on in words: it holds three words
// or more and starts with a lower-case word of clauseJoiners.
func lowerWords(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) || strings.Count(s, " ") < 2 {
		return false
	}
	return clauseJoiners.has(s[:strings.IndexByte(s, ' ')])
}

// clauseJoiners are words that join what follows them to the clause before.
var clauseJoiners = newWordSet(map[string]bool{"since": true, "because": true, "as": true, "after": true, "before": true,
	"when": true, "while": true, "until": true, "unless": true, "so": true, "and": true, "but": true, "or": true,
	"due": true, "with": true, "without": true, "once": true, "then": true, "whereas": true, "though": true,
	"although": true, "caused": true, "following": true, "from": true})

// fieldLine reports whether a line is a form's field: a capitalised name of
// at most three words and a colon, then its value ("Requested date/time: ...").
func fieldLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	i := strings.IndexByte(s, ':')
	if i <= 0 || i+1 >= len(s) || s[i+1] != ' ' || strings.Count(s[:i], " ") > 2 {
		return false
	}
	for _, r := range s[:i] {
		if !unicode.IsLetter(r) && r != ' ' && r != '/' && r != '-' {
			return false
		}
	}
	return true
}

// continuing are words a sentence does not end with: a line ending in one was wrapped.
var continuing = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true,
	"with": true, "was": true, "were": true, "is": true, "are": true, "that": true, "because": true, "by": true,
	"for": true, "in": true, "on": true, "at": true, "from": true, "which": true, "has": true, "have": true,
	"had": true, "be": true, "been": true, "due": true, "caused": true, "our": true, "your": true, "their": true, "its": true})

// bullet reports whether a line starts a list item ("- ", "* ", "1. ", "2) ").
func bullet(s string) bool {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "• ") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// abbreviations do not end a sentence when followed by a full stop: titles
// before a name ("Prof. Hale", "Revd. Baines"), Latin and shortened words
// inside a clause ("e.g.", "approx.", "Listeria spp. not detected").
var abbreviations = newWordSet(map[string]bool{
	"e.g": true, "i.e": true, "mr": true, "mrs": true, "ms": true, "dr": true, "vs": true,
	"approx": true, "st": true, "fig": true, "ref": true, "cf": true, "eg": true, "ie": true, "min": true, "max": true,
	"ext": true, "incl": true, "excl": true, "tel": true, "dept": true,
	"prof": true, "revd": true, "capt": true, "sgt": true, "eng": true, "spp": true, "subsp": true,
	"ca": true, "esp": true, "viz": true, "resp": true, "al": true, "w.r.t": true, "n.b": true,
})

// endingAbbreviations may end a sentence: they end one before a capitalised
// word ("... went offline, etc. We rebooted", "Acme Ltd. The invoice ..."),
// and not before a lower-case word ("etc. and", "5 p.m. the job") or a
// number or code ("no. 5", "hire no. HR-402917", "pp. 12").
var endingAbbreviations = newWordSet(map[string]bool{"etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jr": true, "sr": true, "a.m": true, "p.m": true, "no": true, "nos": true, "nr": true, "vol": true, "pp": true})

// splitParagraph splits the joined lines of one paragraph into sentences.
func splitParagraph(body string, ls []line, out []Span) []Span {
	// Walk the lines as one text; a sentence may span lines.
	type piece struct {
		start, end int
	}
	var pbuf [8]piece
	cur := pbuf[:0]
	emit := func() {
		if len(cur) == 0 {
			return
		}
		var text string
		if len(cur) == 1 {
			text = fold(body[cur[0].start:cur[0].end]) // a sentence on one line needs no copy
		} else {
			var b strings.Builder
			for i, p := range cur {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(body[p.start:p.end])
			}
			text = fold(b.String())
		}
		if text != "" && hasWord(text) {
			out = append(out, Span{Text: text, Start: cur[0].start, End: cur[len(cur)-1].end})
		}
		cur = cur[:0]
	}
	for _, l := range ls {
		s := l.text
		from := 0
		var next terminators
		for i := 0; i < len(s); i++ {
			if i = next.from(s, i); i < 0 {
				break
			}
			c := s[i]
			if c == 0xF0 {
				// An emoji face or gesture ends a chat sentence that words
				// follow: "np 😊 closing this chat now". (An ASCII face does
				// not: "Now all are active :) thank you" was labelled one.)
				e := emoticonEnd(s, i)
				if e < 0 || e >= len(s) || !isSpace(s[e]) || !letterNext(s[e:]) || !hasWord(s[from:i]) {
					continue
				}
				for from < i && isSpace(s[from]) {
					from++
				}
				cur = append(cur, piece{l.start + from, l.start + e})
				emit()
				from = e
				i = e - 1
				continue
			}
			// Runs of terminators ("?!", "...") end together.
			j := i
			for j+1 < len(s) && (s[j+1] == '.' || s[j+1] == '!' || s[j+1] == '?') {
				j++
			}
			// A closing bracket or quote after the stop belongs to the
			// sentence: "(... and retested.) I'll close it".
			if j+1 < len(s) && closer(s[j+1]) {
				k := j + 1
				for k < len(s) && closer(s[k]) {
					k++
				}
				if k < len(s) && isSpace(s[k]) && upperNext(s[k:]) {
					j = k - 1
				}
			}
			if j+1 < len(s) && !isSpace(s[j+1]) {
				i = j
				continue
			}
			if c == '.' && j == i && abbreviation(s[:i], s[j+1:]) {
				i = j
				continue
			}
			if c == '.' && j > i && s[j] == '.' && lowerNext(s[j+1:]) {
				// An ellipsis before a lower-case word leaves the sentence
				// open: "entered it as +351 0912 ... with an extra 0".
				i = j
				continue
			}
			if inAside(s[from:i], s[j+1:]) {
				// A quotation or a bracketed aside inside a sentence that
				// goes on after it: `the link says "This link has expired.
				// Request a new one." as soon as I click it`.
				i = j
				continue
			}
			// A face or a gesture after the stop belongs to the sentence
			// it closes: "Thanks for reaching out! 👋".
			if j+2 < len(s) && s[j+1] == ' ' && s[j+2] == 0xF0 {
				if e := emoticonEnd(s, j+2); e > 0 && (e == len(s) || isSpace(s[e])) {
					j = e - 1
				}
			}
			for from < i && isSpace(s[from]) {
				from++
			}
			cur = append(cur, piece{l.start + from, l.start + j + 1})
			emit()
			from = j + 1
			i = j
		}
		for from < len(s) && isSpace(s[from]) {
			from++
		}
		if from < len(s) {
			cur = append(cur, piece{l.start + from, l.start + len(s)})
		}
	}
	emit()
	return out
}

// terminatorBytes are the bytes a sentence may end at: the stops and the
// first byte of an emoji.
var terminatorBytes = [...]byte{'.', '!', '?', 0xF0}

// emoticonEnd returns where the emoji face or gesture at s[i], after a space,
// ends with its modifiers, or -1 when s[i] starts none.
func emoticonEnd(s string, i int) int {
	if i > 0 && !isSpace(s[i-1]) {
		return -1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !faceEmoji(r) {
		return -1
	}
	e := i + n
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if r != 0xFE0F && (r < 0x1F3FB || r > 0x1F3FF) && !faceEmoji(r) {
			break
		}
		e += n
	}
	return e
}

// faceEmoji reports whether r is an emoji face, a hand gesture or a party
// popper: the emoji chat writers close a sentence with.
func faceEmoji(r rune) bool {
	return r >= 0x1F600 && r <= 0x1F64F || r >= 0x1F910 && r <= 0x1F92F || r >= 0x1F970 && r <= 0x1F97A ||
		r >= 0x1F44A && r <= 0x1F450 || r == 0x1F389 || r == 0x1F38A
}

// letterNext reports whether the first non-space rune of s is a letter.
func letterNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return unicode.IsLetter(r)
}

// terminators finds the sentence terminators of a line in order, with one
// strings.IndexByte per terminator and occurrence rather than a test per byte.
type terminators struct {
	at    [len(terminatorBytes)]int // the next of each of terminatorBytes found, -1 for none left
	known bool
}

// from returns the index of the first terminator of s at or after i, or -1;
// i never decreases from one call to the next.
func (t *terminators) from(s string, i int) int {
	first := -1
	for k, c := range terminatorBytes {
		p := t.at[k]
		if !t.known || p >= 0 && p < i {
			if p = strings.IndexByte(s[i:], c); p >= 0 {
				p += i
			}
			t.at[k] = p
		}
		if p >= 0 && (first < 0 || p < first) {
			first = p
		}
	}
	t.known = true
	return first
}

// abbreviation reports whether the full stop between before and after ends
// no sentence: before ends with an abbreviation or a single-letter initial.
// after is the text after the stop (and any closing bracket or quote).
func abbreviation(before, after string) bool {
	k := len(before)
	for k > 0 && !isSpace(before[k-1]) && before[k-1] != '(' {
		k--
	}
	w := before[k:]
	if w == "" || len(w) > 8 {
		return false
	}
	var lb [8]byte // the word lower-cased, without allocating
	for i := 0; i < len(w); i++ {
		lb[i] = lowerByte(w[i])
	}
	lw := lb[:len(w)]
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " \t\r\n"))
	switch {
	case abbreviations.has(string(lw)):
		// "30 min." after a number is minutes ending a sentence; "min. 5 GB"
		// is a minimum.
		return !((string(lw) == "min" || string(lw) == "max") && afterNumber(before[:k]))
	case endingAbbreviations.has(string(lw)):
		return !unicode.IsUpper(next) || codeNext(after)
	}
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.IsUpper(r) {
		return false
	}
	if unicode.IsLower(next) {
		// A sentence does not begin in lower case after an initial: "the E.
		// coli count", "S. aureus".
		return true
	}
	// A capital letter is an initial ("J. Smith", "by J. Smith") unless it
	// follows a lower-case word that does not precede a name ("in pool B.",
	// "show rev F."), or a word that opens sentences follows it ("in Zone A.
	// So the change ...", "Tier A. The penalty ...").
	if opensSentence(after) {
		return false
	}
	prev := strings.TrimRight(before[:k], " \t")
	p := prev[strings.LastIndexAny(prev, " \t(")+1:]
	if p == "" || !isLowerWord(p) {
		return true
	}
	return beforeName.has(p)
}

// codeNext reports whether the first word of s holds a digit: a number or a
// code ("HR-402917", "#12").
func codeNext(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	for i := 0; i < len(s) && !isSpace(s[i]); i++ {
		if s[i] >= '0' && s[i] <= '9' || s[i] == '#' {
			return true
		}
	}
	return false
}

// sentenceOpeners are capitalised words that open a sentence and are no
// surname: after "Zone A." or "rev F." they start a new one.
var sentenceOpeners = newWordSet(map[string]bool{"The": true, "This": true, "That": true, "These": true, "Those": true,
	"It": true, "Its": true, "I": true, "I'm": true, "I've": true, "I'll": true, "We": true, "We've": true, "We'll": true,
	"You": true, "They": true, "He": true, "She": true, "There": true, "So": true, "Then": true, "But": true,
	"And": true, "Also": true, "Please": true, "Our": true, "My": true, "Your": true, "All": true, "No": true,
	"Not": true, "Now": true, "Still": true, "After": true, "Since": true, "When": true, "If": true, "Can": true,
	"Could": true, "Is": true, "Are": true, "Was": true, "Do": true, "Does": true, "Did": true, "What": true, "Why": true})

// opensSentence reports whether the first word of s is one of sentenceOpeners.
func opensSentence(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	e := 0
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z' || s[e] == '\'') {
		e++
	}
	return e > 0 && sentenceOpeners.has(s[:e])
}

// beforeName are lower-case words a person's initial may follow.
var beforeName = newWordSet(map[string]bool{"by": true, "from": true, "to": true, "with": true, "cc": true, "and": true,
	"or": true, "contact": true, "ask": true, "call": true, "dear": true, "hi": true, "hello": true, "thanks": true,
	"for": true, "of": true, "via": true, "see": true, "per": true, "at": true, "in": true, "on": true, "as": true,
	"under": true, "than": true, "like": true, "about": true, "told": true, "asked": true, "emailed": true, "is": true, "was": true})

// isLowerWord reports whether s is a word of lower-case ASCII letters.
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// afterNumber reports whether text ends with a number ("30 ", "40+ ").
func afterNumber(text string) bool {
	text = strings.TrimRight(text, " \t+~")
	return text != "" && text[len(text)-1] >= '0' && text[len(text)-1] <= '9'
}

// inAside reports whether a stop between before (the sentence's text on
// its line so far) and after stands inside a quotation or a bracket that
// closes later on the line, with the sentence going on after it in lower
// case or after a comma, a colon, a semicolon or a dash.
func inAside(before, after string) bool {
	var closeAt int
	switch {
	case strings.IndexByte(before, '"') >= 0 && strings.Count(before, "\"")%2 == 1:
		closeAt = strings.IndexByte(after, '"')
	case strings.Contains(before, "“") && strings.Count(before, "“") > strings.Count(before, "”"):
		closeAt = strings.Index(after, "”")
		if closeAt >= 0 {
			closeAt += len("”") - 1
		}
	case strings.IndexByte(before, '(') >= 0 && strings.Count(before, "(") > strings.Count(before, ")"):
		closeAt = strings.IndexByte(after, ')')
	default:
		return false
	}
	if closeAt < 0 {
		return false
	}
	rest := after[closeAt+1:]
	for rest != "" && (rest[0] == '.' || rest[0] == '!' || rest[0] == '?' || closer(rest[0])) {
		rest = rest[1:]
	}
	if rest == "" || !isSpace(rest[0]) && !strings.ContainsRune(",;:", rune(rest[0])) {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" {
		return false
	}
	return strings.ContainsRune(",;:-–", rune(rest[0])) || lowerNext(rest)
}

// lowerNext reports whether the first word of s starts in lower case.
func lowerNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return unicode.IsLower(r)
}

// upperNext reports whether the first word of s starts with a capital.
func upperNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return unicode.IsUpper(r)
}

// closer reports whether c closes a bracket or a quote.
func closer(c byte) bool { return c == ')' || c == ']' || c == '"' || c == '\'' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// hasWord reports whether s holds a letter or digit (a lone "." is no sentence).
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// foldLook marks the bytes fold must look at: control characters, bytes of
// runes beyond ASCII, and space (two in a row fold).
var foldLook = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x7f || c == ' '
	}
	return t
}()

// fold trims s, folds runs of white space to one space and drops control characters.
func fold(s string) string {
	s = strings.TrimSpace(s)
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if foldLook[c] && (c != ' ' || i+1 < len(s) && s[i+1] == ' ') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
