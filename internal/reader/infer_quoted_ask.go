package reader

import "strings"

// A message the software showed, quoted in the customer's sentence ("it gets
// to 99% and then says "Upload failed, please try again"", "NorthOrder says
// "Account on hold - please contact Credit Control""), is the software's
// words: its "please" asks nothing of staff. Read as the customer's, it cast
// a request vote beside the sentence's fault, a request no customer made.
// Round 219: in the tuning openings (styles to styles122) 19 sentences in 19
// sets quote such a message (17 incidents: styles4 01, 6 01, 14 06, 15 06, 21
// 11, 24 14, 53 01, 68 06, 82 05, 83 02, 88 02, 91 11, 103 10, 110 16, 111
// 06, 113 13, 120 10; a question's recorded "please hold", styles11 05; a
// service request's, styles112 05), and each cast a request vote from the
// quotation (a "please" or a modal with a requested thing: "No licence
// available - contact your administrator"). Alone the change turns no ticket,
// but without it the request majority causeOutweighs weighs
// (infer_caused_subject.go) would hold a quoted ask (styles113 13, an
// incident).

// quoteMarks open and close a quotation: straight and typographic double
// quotes. Single quotes are left, being apostrophes as often.
const quoteMarks = "\"\u201c\u201d"

// askTokens returns the words of text, tokenised as ts, that may ask
// something of staff: ts itself, or, when text quotes, its words outside
// each closed quotation (an unclosed one is kept).
func askTokens(text string, ts []string) []string {
	if !strings.ContainsAny(text, quoteMarks) {
		return ts
	}
	var b strings.Builder
	rest := text
	for {
		i := strings.IndexAny(rest, quoteMarks)
		if i < 0 {
			break
		}
		_, w := firstRune(rest[i:])
		j := strings.IndexAny(rest[i+w:], quoteMarks)
		if j < 0 {
			break
		}
		_, w2 := firstRune(rest[i+w+j:])
		b.WriteString(rest[:i])
		b.WriteByte(' ')
		rest = rest[i+w+j+w2:]
	}
	b.WriteString(rest)
	return tokens(b.String(), nil)
}

// firstRune returns the first rune of s and its width in bytes.
func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
