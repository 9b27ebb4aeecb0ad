package store

import "testing"

func TestMatches(t *testing.T) {
	const text = "Quorum lost on the PVE cluster.\nThe nodes were rebooted; password reset by hand."
	cases := []struct {
		query string
		want  bool
	}{
		{"quorum", true},
		{"QUORUM cluster", true},
		{"quorum falcon", false},
		{`"quorum lost"`, true},
		{`"lost quorum"`, false},
		{"node", true},      // stem of "nodes"
		{"rebooting", true}, // same stem as "rebooted"
		{"quorum -password", false},
		{"falcon OR cluster", true},
		{"falcon OR -cluster", false},
		{"", false},
		{"* NEAR( :", false},
		{"pass", false}, // whole words only
	}
	for _, c := range cases {
		if got := Matches(c.query, text); got != c.want {
			t.Errorf("Matches(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

func TestWithoutExclusions(t *testing.T) {
	cases := map[string]string{
		"quorum -password":          `"quorum"`,
		`"quorum lost" -"a b" OR x`: `"quorum lost" or "x"`,
		"-only":                     "",
		"":                          "",
	}
	for q, want := range cases {
		if got := WithoutExclusions(q); got != want {
			t.Errorf("WithoutExclusions(%q) = %q, want %q", q, got, want)
		}
	}
}

func FuzzMatches(f *testing.F) {
	f.Add(`"a b" -c OR d`, "a b d")
	f.Fuzz(func(t *testing.T, q, text string) {
		if Matches(q, text) && len(parseQuery(q)) == 0 {
			t.Errorf("Matches(%q) with no searchable word", q)
		}
	})
}
