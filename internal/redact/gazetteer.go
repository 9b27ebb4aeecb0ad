package redact

import (
	_ "embed"
	"strings"
	"sync"
)

// The embedded word lists (gazetteer/NOTICE gives their sources and licences):
// given names, names of people from many cultures, and common English words.
var (
	//go:embed gazetteer/given.txt
	givenList string
	//go:embed gazetteer/names.txt
	namesList string
	//go:embed gazetteer/common.txt
	commonList string
)

// Word classes of the gazetteer, as bits.
const (
	wGiven  uint8 = 1 << iota // a given name (English-speaking countries)
	wName                     // a part of a person's name from another list (given or surname, any culture)
	wCommon                   // one of the 20,000 commonest English words
)

var (
	gazOnce sync.Once
	gaz     map[string]uint8
)

// wordClass returns the gazetteer classes of w, folded (lower case, no diacritics).
func wordClass(w string) uint8 {
	gazOnce.Do(func() {
		gaz = make(map[string]uint8, 60000)
		for _, l := range []struct {
			list string
			bit  uint8
		}{{givenList, wGiven}, {namesList, wName}, {commonList, wCommon}} {
			for _, x := range strings.Split(l.list, "\n") {
				if x != "" {
					gaz[foldKey(x)] |= l.bit
				}
			}
		}
		for w := range commonExtra {
			gaz[w] |= wCommon
		}
		for w := range notNames {
			gaz[w] |= wCommon
		}
	})
	return gaz[foldKey(w)]
}

// isCommonWord reports whether w is an ordinary English word (in any case), so that
// a name it also spells is matched only where it reads as the name.
func isCommonWord(w string) bool { return wordClass(w)&wCommon != 0 }

// isNameWord reports whether w is a known given name or part of a name and not a
// common English word.
func isNameWord(w string) bool {
	c := wordClass(w)
	return c&(wGiven|wName) != 0 && c&wCommon == 0
}

// commonExtra are ordinary words the frequency list ranks too low, or words that
// the ordinary use makes risky as names on their own.
var commonExtra = setOf("sandy", "rusty", "dusty", "sunny", "penny", "ginger", "buddy", "chip",
	"chuck", "hank", "lance", "pat", "sue", "bob", "ray", "gene", "guy", "max", "win", "will",
	"may", "mark", "bill", "grace", "hope", "faith", "joy", "dawn", "rose", "june", "april",
	"august", "frank", "rich", "art", "jack", "miles", "chase", "drew", "grant", "earl",
	"holly", "ivy", "iris", "ruby", "amber", "crystal", "olive", "violet", "lily", "daisy", "pearl",
	"sky", "storm", "river", "summer", "autumn", "angel", "king", "prince", "duke", "major", "bond",
	"patch", "nick", "rob", "don", "dean", "bud", "cliff", "glen", "dale", "gale", "heath", "reed",
	"wade", "lane", "ward", "ash", "bay", "jean", "kit", "sterling", "sage", "dell", "mac", "easter",
	"christmas", "noel", "harmony", "melody", "destiny", "trinity", "liberty", "justice", "unity",
	"page", "case", "teams", "word", "access", "project", "cisco", "siemens", "bosch", "apple",
	"azure", "slack", "norton", "paris", "london", "berlin", "phoenix",
	"denver", "houston", "florida", "india", "china",
	"america", "europe", "africa", "asia", "israel", "kent", "devon", "essex", "surrey", "lincoln",
	"windsor", "oxford", "cambridge", "boston", "dublin", "york", "jersey", "victoria",
	"adobe", "oracle", "linux", "ubuntu", "debian", "chrome", "firefox", "safari", "edge", "opera",
	"windows", "outlook", "excel", "intel", "amazon", "google", "android", "nova", "sonic", "mercury",
	"jupiter", "saturn", "mars", "venus", "juno", "atlas", "titan", "orion", "apollo", "athena",
	"hermes", "zeus", "thor", "odin", "loki", "aurora", "sierra", "alpha", "delta", "echo", "oscar",
	"kilo", "lima", "tango", "zulu", "hotel", "golf", "bravo",
	"foxtrot", "india", "papa", "quebec", "uniform", "whiskey", "yankee", "xray")
