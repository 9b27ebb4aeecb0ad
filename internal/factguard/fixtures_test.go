package factguard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// claimCase is one fixture of testdata/claims: a text, the ticket it speaks of,
// and for a false claim the kind and phrase of the problem it must raise.
type claimCase struct {
	file, name, ticket string
	redacted           bool
	kind               Kind
	phrase, text       string
	// tag is the kind of claim (in the corpus files), which may differ from the kind of problem.
	tag string
}

// loadClaims reads the fixtures matching pattern. A fixture is a block of
// "key: value" lines after a "# name" line, blocks separated by blank lines;
// a file's name, without ".txt", is the kind of problem its claims raise.
func loadClaims(t testing.TB, pattern string) []claimCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures %s: %v", pattern, err)
	}
	var out []claimCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		kind := Kind(strings.TrimSuffix(filepath.Base(f), ".txt"))
		for i, block := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
			if strings.TrimSpace(block) == "" {
				continue
			}
			tc := claimCase{file: f, kind: kind}
			for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
				if name, ok := strings.CutPrefix(line, "# "); ok {
					tc.name = name
					continue
				}
				key, val, ok := strings.Cut(line, ": ")
				if !ok {
					t.Fatalf("%s block %d: line %q is not \"key: value\"", f, i+1, line)
				}
				switch key {
				case "ticket":
					tc.ticket = val
				case "redacted":
					tc.redacted = val == "true"
				case "phrase":
					tc.phrase = val
				case "kind":
					tc.kind = Kind(val)
				case "tag":
					tc.tag = val
				case "text":
					tc.text = val
				default:
					t.Fatalf("%s block %d: unknown key %q", f, i+1, key)
				}
			}
			if tc.ticket == "" || tc.text == "" {
				t.Fatalf("%s block %d: a fixture needs a ticket and a text", f, i+1)
			}
			if tc.name == "" {
				tc.name = tc.text
			}
			out = append(out, tc)
		}
	}
	return out
}
