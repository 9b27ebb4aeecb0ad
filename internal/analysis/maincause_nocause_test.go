package analysis

import "testing"

// TestFindsNoCause: a sentence saying the cause was not found is told apart
// from one that states a cause or rules a place out.
func TestFindsNoCause(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"The provider tested the broadband line end to end and found no fault, and the afternoon loss stopped on Thursday without anything changing on our side, so we don't have a firm explanation.", true},
		{"As discussed, description search on your account is returning results again, and we have not been able to reproduce the problem from our side or find anything in the search service logs that explains it.", true},
		{"Our workshop ran the old player for a week and couldn't make it freeze, so I'm afraid we haven't found a definite cause.", true},
		{"We're still looking into why their pledges weren't recorded.", true},
		{"We haven’t yet identified the root cause.", true},
		{"I couldn't find any reason for the reset in the logs.", true},
		{"We haven't been able to find out why the unit restarts.", true},
		// near misses: a cause stated, a place ruled out, a step not done
		{"The provider tested the line and found no fault on it.", false},
		{"We found the cause: the certificate had expired overnight.", false},
		{"The job hadn't run because the scheduler was paused after the upgrade.", false},
		{"We haven't changed anything on our side since March.", false},
		{"The import couldn't find the file, which is why the prices stayed the same.", false},
		{"Nobody had renewed the certificate, so the broker refused every handshake.", false},
	}
	for _, c := range cases {
		if got := findsNoCause(c.text); got != c.want {
			t.Errorf("findsNoCause(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
