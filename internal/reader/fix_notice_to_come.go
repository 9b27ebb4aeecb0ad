package reader

import "strings"

// Round 104: a notice the person will get. Staff tell what the customer or a
// user will receive next ("They'll each get an email to set a password.",
// "You'll get an updated confirmation by email."): the consequence of a step
// told beside it, or a promise, not a step; most writers label it none.
// Counted over every tuning set (styles to styles90, -styleserrorstp): 13
// false fix rows in 13 sets, 1 true:
//   - false: styles 03 ("His temporary password will be given to him in person
//     at induction on Monday."), styles21 08, styles23 12 ("Tenants will get
//     the usual SMS ..."), styles43 09, styles48 13, styles51 03 ("He'll have
//     had an e-mail from us ..."), styles53 11, styles59 03 ("His manager will
//     get his temporary password ..."), styles66 17, styles81 02, styles83 07,
//     styles84 03, styles85 14 ("You'll get an updated confirmation by
//     email.")
//   - true: styles62 16 ("He'll get an e-mail from ... to set a password, the
//     link lasts 24 hours."): the same shape, labelled otherwise. Its twin in
//     styles77 08 ("She'll get an e-mail to set her password, link lasts 48
//     h.", true) stays a fix only because ", link" reads as an instruction
//     after the break.
// Left: the notice with an instruction ("You'll get an email from SunTrack to
// set your password; after that, sign in to the app ...", styles7 21; "...
// - please tap Approve.", styles80 16), and the writer's own "I'll"/"we'll".

// noticeGet are the verbs after "will" that open a notice.
var noticeGet = newWordSet(map[string]bool{"get": true, "receive": true})

// noticeBe are the participles after "will be" of a notice.
var noticeBe = newWordSet(map[string]bool{"given": true, "sent": true, "emailed": true, "e-mailed": true, "posted": true,
	"texted": true})

// noticeToCome reports whether a sentence opens on what someone will receive
// (above): "will" or a "-'ll" within its first four words, not the writer's
// or a thing's ("I'll", "we'll", "it'll"), then (after "each", "also" or
// "then") get or receive, "be" given or sent, or "have" an item or "had" it;
// no "please", no writer's perfect ("...; I've put a short note on each
// voided invoice", styles70 02, true) and no instruction after a clause
// break.
func noticeToCome(text string, ts []string) bool {
	k := -1
	for i := 0; i < len(ts) && i < 4; i++ {
		t := ts[i]
		if t == "i" || t == "we" || t == "it" || t == "this" || t == "that" || t == "there" {
			return false
		}
		if t == "will" && i > 0 || strings.HasSuffix(t, "'ll") {
			if t == "i'll" || t == "we'll" || t == "it'll" || t == "that'll" || t == "there'll" {
				return false
			}
			k = i + 1
			break
		}
	}
	for k > 0 && k < len(ts) && (ts[k] == "each" || ts[k] == "also" || ts[k] == "then") {
		k++
	}
	if k < 0 || k+1 >= len(ts) {
		return false
	}
	switch {
	case noticeGet.has(ts[k]):
	case ts[k] == "be" && noticeBe.has(ts[k+1]):
	case ts[k] == "have" && (ts[k+1] == "a" || ts[k+1] == "an" || ts[k+1] == "had"):
	default:
		return false
	}
	for _, t := range ts {
		if t == "please" || t == "i've" || t == "we've" {
			return false
		}
	}
	return !instructionAfterBreak(text)
}
