package reader

import "strings"

// noReplyAddress reports whether every "noreply" or "no-reply" in text is the
// start of an e-mail address: staff naming the sender of a message the
// customer will get ("an activation e-mail from noreply@gcportal.example",
// styles52; "You'll get the PDF from noreply@portcommunity.example", styles19;
// "the e-billing module sends as noreply@bills.example", styles45; "our
// default address (no-reply@signloop-mail.com ...)", styles26; styles11,
// styles43, styles55), not an automatic message saying that it is one ("This
// is a no-reply address", "Sent from a noreply mailbox").
func noReplyAddress(text string) bool {
	l := strings.ToLower(text)
	found := false
	for _, w := range [...]string{"no-reply", "noreply"} {
		for off := 0; ; {
			i := strings.Index(l[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			if off >= len(l) || l[off] != '@' {
				return false
			}
			found = true
		}
	}
	return found
}
