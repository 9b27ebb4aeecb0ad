package factguard

import (
	"strconv"
	"strings"
	"time"
)

// numberWords are the number words prose uses for counts and durations.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// numberWordPattern matches a number in digits or words ("25", "1.5", "twenty-five", "an").
const numberWordPattern = `(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+few|several|half\s+an?|an?)`

// parseNumber reads a number in digits or words. vague is set for "a few",
// "several" and "a couple of", whose value is a range lo..hi.
func parseNumber(s string) (v, lo, hi float64, decimals int, ok bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch s {
	case "a", "an":
		return 1, 1, 1, 0, true
	case "half a", "half an":
		return 0.5, 0.5, 0.5, 1, true
	case "a couple of":
		return 2, 2, 3, 0, true
	case "a few":
		return 3, 2, 5, 0, true
	case "several":
		return 4, 3, 9, 0, true
	}
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, 0, 0, 0, false
		}
		if i := strings.IndexByte(s, '.'); i >= 0 {
			decimals = len(s) - i - 1
		}
		return f, f, f, decimals, true
	}
	total := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' }) {
		n, ok := numberWords[w]
		if !ok {
			return 0, 0, 0, 0, false
		}
		total += n
	}
	return float64(total), float64(total), float64(total), 0, true
}

// units maps a duration unit as written to its length.
func unitOf(s string) (time.Duration, bool) {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "week"):
		return 7 * 24 * time.Hour, true
	case strings.HasPrefix(s, "day"), s == "d":
		return 24 * time.Hour, true
	case strings.HasPrefix(s, "hour"), strings.HasPrefix(s, "hr"), s == "h":
		return time.Hour, true
	case strings.HasPrefix(s, "min"), s == "m":
		return time.Minute, true
	case strings.HasPrefix(s, "sec"), s == "s":
		return time.Second, true
	}
	return 0, false
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// monthOf recognises a month name, its abbreviation or a near misspelling
// ("Feburary"); prose writes months with a capital.
func monthOf(w string) (time.Month, bool) {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	if l == "sept" {
		return time.September, true
	}
	for i, m := range monthNames {
		switch {
		case l == m, l == m[:3]:
			return time.Month(i + 1), true
		case len(l) >= 4 && strings.HasPrefix(m, l):
			return time.Month(i + 1), true
		case len(l) >= 6 && l[:3] == m[:3] && editDistance(l, m) <= 2:
			return time.Month(i + 1), true
		}
	}
	return 0, false
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// splitSentences splits text into sentences at a full stop, question or
// exclamation mark followed by a space, and at line breaks.
func splitSentences(s string) []string {
	var out []string
	for _, sp := range sentenceSpans(s) {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

// sentenceSpans returns the byte spans of the sentences of s.
func sentenceSpans(s string) [][2]int {
	var out [][2]int
	start := 0
	flush := func(end int) {
		if strings.TrimSpace(s[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			flush(i + 1)
		case '.', '!', '?':
			if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t') {
				// Not after a one-letter abbreviation such as "e.g." or an initial.
				if c == '.' && i >= 2 && s[i-2] == '.' {
					continue
				}
				j := i + 1
				for j < len(s) && s[j] == ' ' {
					j++
				}
				if j < len(s) && isLower(s[j]) {
					continue
				}
				flush(i + 1)
			}
		}
	}
	flush(len(s))
	return out
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
