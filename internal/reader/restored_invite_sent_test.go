package reader

import "testing"

func TestInviteSent(t *testing.T) {
	checkPredicate(t, "inviteSent", func(s string) bool { return inviteSent(s, tokens(s, nil)) }, []predicateCase{
		{"Aisha created with role HR Admin, invite sent.", true},
		{"Kavya added as client user on AMI-M-20931, upload rights only, invitation sent.", true},
		{"Carer role added for Clare on Patrick's account, invite sent to 087 ***4410.", true},
		{"Harriet Cole added as a viewer to both sessions on ViewLoop; invitation sent.", true},
		{"Rota app invite sent.", false},                                    // no account made before it
		{"Account created, invite will be sent tomorrow.", false},           // a plan
		{"Account not created yet, invite sent to the old address.", false}, // a negation
		{"Invite sent, account created.", false},                            // the invite is not the last clause
		{"Login created, invite sent but it bounced back to us.", false},    // more after the invite
	})
}
