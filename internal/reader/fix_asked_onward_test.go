package reader

import "testing"

func TestAskedOnward(t *testing.T) {
	cases := map[string]bool{
		"Asked the vendor whether the limit can be raised.":  true,
		"We've asked the hosting desk to move the record.":   true,
		"I've asked Brightline and Norcom.":                  true,
		"Asked him to unplug the dock for ten seconds.":      false,
		"Asked whether you could send the log":               true,
		"She asked us to restart it":                         false,
		"I asked the site manager to power-cycle the panel.": false,
	}
	for s, want := range cases {
		var buf [64]string
		if got := askedOnward(tokens(s, buf[:0])); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
