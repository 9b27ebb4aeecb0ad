package reader

import (
	"slices"
	"strings"
)

// Staff's terse note of an account made and its invitation sent (round
// 132, docs/quality.md "Round 132"): "Aisha created with role HR Admin,
// invite sent.", "Kavya added as client user on AMI-M-20931, upload rights
// only, invitation sent." A request fulfilled is fix (labelling.md's
// border: restored only with a result stated); the invitation gone to the
// new user is the result these writers state. The account created or added
// in an earlier clause, and the sentence ending on "invite(s) /
// invitation(s) sent" (or "sent to <address>"). Tuning rows missed before:
// styles68 12, 83 07, 83 17, 86 09, 88 11; the wording's one row labelled
// fix alone: styles86 17 ("Practice account ... created in CaseLink, 3
// dentist users, invites sent."). "Rota app invite sent." alone (styles29
// 03, fix) has no account clause and is not read.

// inviteMade are the words of the account made in the earlier clause.
var inviteMade = newWordSet(map[string]bool{"created": true, "added": true})

// inviteSentVerbs are the words inviteSent looks for, a set made once.
var inviteSentVerbs = wordSetOf("created", "added")

// inviteSent reports the note (see above): text is the sentence, ts its
// tokens.
func inviteSent(text string, ts []string) bool {
	n := len(ts)
	if n < 4 || n > 30 || !slices.Contains(ts, "sent") || !inviteSentVerbs.anyIn(ts) {
		return false
	}
	cut := strings.LastIndexAny(text, ",;")
	if cut < 0 {
		return false
	}
	var buf [16]string
	tail := tokens(text[cut+1:], buf[:0])
	if len(tail) < 2 || len(tail) > 6 {
		return false
	}
	switch tail[0] {
	case "invite", "invites", "invitation", "invitations":
	default:
		return false
	}
	if tail[1] != "sent" || len(tail) > 2 && tail[2] != "to" {
		return false
	}
	for _, t := range ts[:n-len(tail)] {
		if inviteMade.has(t) {
			return true
		}
		switch t {
		case "not", "no", "will", "can", "should", "if", "when", "once":
			return false
		}
	}
	return false
}
