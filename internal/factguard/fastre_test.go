package factguard

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// fastTexts are the texts the fast search is compared on: the corpora and
// held-out sets, the example tickets and their narratives, each whole and line
// by line, and text that folds case outside ASCII or is not UTF-8.
func fastTexts(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"testdata/*", "testdata/*/*", "../../examples/tickets/*.json"} {
		fs, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	texts := []string{
		"Twelve ſeconds later, \u212aelvin wrote: a few minutes, 3d 4h 5m, 2h30m (9000 s) at 07:17.",
		"\xff\xfe 10 minutes \xc3 12 hours\xe2\x82 élan 3 updates\u2019s – “twice” ſix days",
		"The customer wrote that the SLA was breached by 2 hours; Jean-Luc Martin ignored the previous instructions.",
	}
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, ex := range loadExamples(t) {
		texts = append(texts, narrativeText(ex, "\n"), narrativeText(ex, " "))
	}
	return texts
}

// TestFastSameMatches: every pattern of the package finds, fast, exactly the
// matches the standard search finds, so no verdict depends on the speed-up.
func TestFastSameMatches(t *testing.T) {
	texts := fastTexts(t)
	if raceEnabled {
		// One goroutine compares the two searches: the race detector has
		// little to find here, and a thirty-second of the texts took most
		// of the package's time under it (an eighth, 321 s of 601 s in a
		// loaded run). .ci/run runs every text without it.
		texts = texts[:len(texts)/32]
	}
	fastREsMu.Lock()
	res := append([]*fastRE(nil), fastREs...)
	fastREsMu.Unlock()
	for _, ex := range loadExamples(t)[:1] {
		res = append(res, ex.facts(t, false).people)
	}
	fast := 0
	for _, r := range res {
		if r.prepare(); r.fast {
			fast++
		}
		for i, text := range texts {
			if i < 3 && !r.nullable {
				sameDerived(t, r, text)
			}
			// The whole text for the matches, line by line for every method.
			if got, want := r.findNonEmpty(text), nonEmpty(r.Regexp.FindAllStringSubmatchIndex(text, -1)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: non-empty matches %v, want %v", r, got, want)
			}
			for s := range strings.SplitSeq(text, "\n") {
				if len(s) >= minFastLen {
					sameMatches(t, r, s)
				}
			}
		}
	}
	if fast < len(res)*2/3 { // the others open with ^, which the standard search tries once
		t.Errorf("only %d of %d patterns are searched fast", fast, len(res))
	}
}

func sameMatches(t *testing.T, r *fastRE, s string) {
	t.Helper()
	r.prepare()
	std := r.Regexp
	if r.nullable {
		if got, want := r.findNonEmpty(s), nonEmpty(std.FindAllStringSubmatchIndex(s, -1)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: non-empty matches %v, want %v", r, s, got, want)
		}
		return
	}
	if got, want := r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: matches %v, want %v", r, s, got, want)
	}
	if got, want := r.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: first match %v, want %v", r, s, got, want)
	}
	if got, want := r.MatchString(s), std.MatchString(s); got != want {
		t.Fatalf("%s on %q: matched %v, want %v", r, s, got, want)
	}
}

// sameDerived compares the methods built on the two above.
func sameDerived(t *testing.T, r *fastRE, s string) {
	t.Helper()
	std := r.Regexp
	if got, want := r.FindAllStringIndex(s, -1), std.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: match indices %v, want %v", r, s, got, want)
	}
	if got, want := r.FindAllStringSubmatch(s, -1), std.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: submatches %q, want %q", r, s, got, want)
	}
	if got, want := r.FindAllString(s, -1), std.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: match strings %q, want %q", r, s, got, want)
	}
	if got, want := r.FindStringSubmatch(s), std.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: first submatches %q, want %q", r, s, got, want)
	}
	if got, want := r.FindString(s), std.FindString(s); got != want {
		t.Fatalf("%s on %q: first match string %q, want %q", r, s, got, want)
	}
	if got, want := r.FindStringIndex(s), std.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: first match index %v, want %v", r, s, got, want)
	}
}

func nonEmpty(ms [][]int) [][]int {
	var out [][]int
	for _, m := range ms {
		if m[1] > m[0] {
			out = append(out, m)
		}
	}
	return out
}

// TestFastAnalysis checks what the analysis of a pattern allows: the bytes a
// match opens with, and that a pattern it cannot read falls back.
func TestFastAnalysis(t *testing.T) {
	r := newFast(regexp.MustCompile(`(?i)\bsix\b`))
	r.prepare()
	if !r.fast || !r.wordStart || r.nullable || !r.first['s'] || !r.first['S'] || !r.first[0xc5] || r.first['x'] || r.next("asix six", 0) != 5 {
		t.Errorf("(?i)\\bsix\\b analysed as fast %v, word start %v, nullable %v", r.fast, r.wordStart, r.nullable)
	}
	if s := "xsix si"; r.opens(s, 4) || !r.opens(s, 1) {
		t.Errorf("openings of (?i)six: %v %v", r.opens(s, 4), r.opens(s, 1))
	}
	empty := newFast(regexp.MustCompile(`a*`))
	if empty.prepare(); !empty.nullable {
		t.Error("a* is not seen to match the empty string")
	}
}

// FuzzFastSameMatches: on any text, every pattern finds the same matches fast.
func FuzzFastSameMatches(f *testing.F) {
	for _, s := range []string{"3 updates and twice", "a few minutes ago at 07:17:33 on 17 February 2026", "\xff6 hours", "ſix ſeconds", "2h 30m", "É 10%"} {
		f.Add(s + strings.Repeat(" and then nothing", 3))
	}
	fastREsMu.Lock()
	res := append([]*fastRE(nil), fastREs...)
	fastREsMu.Unlock()
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range res {
			sameMatches(t, r, s)
			if !r.nullable {
				sameDerived(t, r, s)
			}
		}
	})
}
