//go:build ignore

// gen writes the embedded word lists of package redact from the npm packages
// named in gazetteer/NOTICE, unpacked with `npm pack NAME && tar xzf NAME-*.tgz`:
//
//	go run gazetteer/gen.go -female F/names.txt -male M/names.txt \
//	    -people P/people-names.txt -popular W/words.js -dictionary D/words.txt
//
// given.txt: the given names (stdlib, PDDL/CC0); names.txt: given names and
// surnames from many cultures (cspell, MIT) that are not in given.txt;
// common.txt: the 20,000 most frequent English words of Wikipedia
// (popular-english-words, ISC) that a dictionary (word-list, MIT) knows (Will,
// Mark, May, Hunter, Lock), less the names of pure_names.txt, a list reviewed by
// hand of given names that are no ordinary words (John, Maria, Morgan).
// Every list is lower case, one word a line, sorted.
package main

import (
	"flag"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"
)

func main() {
	female := flag.String("female", "", "")
	male := flag.String("male", "", "")
	people := flag.String("people", "", "")
	popular := flag.String("popular", "", "")
	dictionary := flag.String("dictionary", "", "")
	top := flag.Int("top", 20000, "")
	pure := flag.String("pure", "gazetteer/pure_names.txt", "")
	flag.Parse()
	given := map[string]bool{}
	for _, f := range []string{*female, *male} {
		for _, w := range lines(f) {
			given[w] = true
		}
	}
	names := map[string]bool{}
	for _, w := range lines(*people) {
		if !given[w] && !strings.ContainsAny(w, " .") {
			names[w] = true
		}
	}
	pureNames := map[string]bool{}
	for _, l := range lines(*pure) {
		for _, w := range strings.Fields(l) {
			pureNames[w] = true
		}
	}
	dict := map[string]bool{}
	for _, w := range lines(*dictionary) {
		dict[w] = true
	}
	src, err := os.ReadFile(*popular)
	if err != nil {
		log.Fatal(err)
	}
	common := map[string]bool{}
	for i, m := range regexp.MustCompile(`'([^']*)'`).FindAllStringSubmatch(string(src), -1) {
		if i >= *top {
			break
		}
		if dict[m[1]] && !pureNames[m[1]] {
			common[m[1]] = true
		}
	}
	write("gazetteer/given.txt", given)
	write("gazetteer/names.txt", names)
	write("gazetteer/common.txt", common)
}

func lines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.ToLower(strings.TrimSpace(l))
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func write(path string, set map[string]bool) {
	var ws []string
	for w := range set {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	if err := os.WriteFile(path, []byte(strings.Join(ws, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}
