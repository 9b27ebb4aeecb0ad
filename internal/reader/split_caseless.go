package reader

import (
	"unicode"
	"unicode/utf8"
)

// Round 237's splitter rule: a body written without a capital letter shows
// no wrap width.
//
// wrapWidth takes two lines near the longest for evidence that a mail client
// wrapped the body at a width, and widthWrapped then joins a line to the next
// when the next line's first word would not have fitted. Writers who never
// use a capital (the real sample's support staff and customers, every row of
// their comments one line) write one short statement a line, and two of
// those come near each other's length by chance: the join then runs a
// statement into the next one, and the next one's acts spread to both rows:
//   - "this query was added to protect a scenario of duplicated messages with
//     a very rare case," then "however, its been removed and handled in a
//     different way in ph_name release ( ph_version )" then "our team will
//     arrange with you for a uat and production deployment this week." read
//     as one sentence, a cause and an estimate on all three rows (Mendeley
//     fresh 1009691 5.1-5.3);
//   - "kindly note that this ticket is duplicate for the following ticket
//     ph_link" then "and we simulate that case and found ..." (dev 1007438
//     4.1-4.2), "... and its solved with the new release of mobile
//     application to prevent this behavior" then "we can close this ticket
//     ..." (4.3-4.4, a false closing on the fix);
//   - "where you able to run the other insert command on table ph_technical"
//     then "anyway please run the below instead on all arch schemas below"
//     (fresh 1004440 20.2-20.3, a false fix on the question), "if users are
//     not able to approve due to this," then "they can try refreshing the
//     page ..." (heldout 1007261 23.3-23.4), "please note that the fix has
//     been reflected in the production environment," then "we will consider
//     this ticket resolved ..." (heldout 1006849 83.1-83.2).
//
// Without a capital the text has lost the sign a wrap leaves (a new
// sentence's capital at a line's head), so the lines' lengths are no
// evidence: near is taken as none, and a line joins the next only where it
// cannot end a sentence (a last word that goes on, a colon before a joined
// clause, a short tail). A body with one capital anywhere keeps the width
// rule. The cost: a hard-wrapped body with no capital at all now splits at
// line ends where the last word does not plainly go on; three customer
// messages of the styles sets are such (styles70, styles79), one splits
// mid-clause ("... about her car and it" / "just rang and rang ..."), and no
// labelled act of theirs moved.

// caseless reports whether body holds a letter and no upper-case letter.
func caseless(body string) bool {
	letter := false
	for i := 0; i < len(body); {
		c := body[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				return false
			case c >= 'a' && c <= 'z':
				letter = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
		i += n
	}
	return letter
}
