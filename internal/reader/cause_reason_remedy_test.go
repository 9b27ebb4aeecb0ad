package reader

import "testing"

func TestReasonForRemedy(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Because the new release needs another scope, you'll need to approve the app again under Settings.", true},
		{"Because the tank water is soft, I'd recommend a descaler only once a year.", true},
		{"As the backup agent is older than 5.0, please update it before the next run.", false},
		{"Because the mailbox was over quota, the server rejected every new message.", false},
		{"Because each upload gets its own ID, every upload makes a new entry.", false},
		{"As discussed, the router in the cupboard has failed.", false},
		{"The import fails because the column order changed, so please resend the file.", false},
	} {
		if got := reasonForRemedy(c.s); got != c.want {
			t.Errorf("reasonForRemedy(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
