package analysis

import "strings"

// impactInUse reports whether l, a lowered sentence of the customer's opening
// that the reader gave the impact act, uses one of its impact words for what
// the fault costs. The reader's words are wider than their use: "business",
// "live", "nobody" and "no one" name other things too. "business" before a
// noun names a product or an account ("our Barclays business account feed",
// "in Business Online", "a business line"); "live" is an adjective or a verb
// ("no live data", "they live local", "ideally live from Monday") except for
// the live environment ("very risky in live environment", "on the live
// site"); "nobody" told, knew, noticed or is present ("nobody told us",
// "Nobody is on site at that time") is no one kept from their work, while
// "nobody can log in" and "nobody got a text" are. Any other impact word of
// the reader's counts as before.
func impactInUse(l string) bool {
	ws := strings.Fields(l)
	word := func(i int) string {
		if i < 0 || i >= len(ws) {
			return ""
		}
		return strings.Trim(ws[i], ".,;:!?()\"'“”‘’")
	}
	weak := false // a weak word seen, in none of its impact uses
	needed := false
	for i := range ws {
		if w := word(i); w == "need" || w == "needs" {
			needed = true // "I need them live today", "cards need to be live before then"
		}
	}
	for i := range ws {
		w := word(i)
		switch {
		case w == "business" || w == "business's":
			if businessUse[word(i+1)] {
				return true
			}
			weak = true
		case strings.HasPrefix(w, "business-critical"):
			return true
		case w == "live":
			if liveBefore[word(i-1)] || liveNoun[word(i+1)] || goLive[word(i-1)] || needed {
				return true
			}
			weak = true
		case w == "nobody" || w == "no" && word(i+1) == "one":
			next := i + 1
			if w == "no" {
				next++
			}
			n, n2 := word(next), word(next+1)
			if nobodyNot[n] || presence[n] && presenceWhere[n2] {
				weak = true
				continue
			}
			return true
		}
	}
	if !weak {
		return true // the reader's impact came from a word of one use only
	}
	// A weak word out of use: the sentence states an impact only with one of
	// the reader's other impact words.
	_, ok := strongImpact.find(l)
	return ok
}

// businessUse follow "business" where it is what the fault touches: "our
// business is at a standstill", "the business can't trade".
var businessUse = map[string]bool{"": true, "is": true, "was": true, "has": true, "had": true, "can't": true,
	"cannot": true, "can": true, "could": true, "will": true, "won't": true, "critical": true, "impact": true,
	"continuity": true, "operations": true, "at": true, "to": true}

// liveBefore and liveNoun place "live" as the live environment; goLive
// before it is a go-live, a date the customer works to ("sponsor read goes
// live today", "since the new rounds went live on Monday").
var (
	goLive     = map[string]bool{"go": true, "goes": true, "going": true, "went": true, "gone": true}
	liveBefore = map[string]bool{"in": true, "on": true, "into": true}
	liveNoun   = map[string]bool{"environment": true, "system": true, "systems": true, "site": true, "service": true,
		"services": true, "production": true, "traffic": true, "platform": true, "server": true, "servers": true}
)

// nobodyNot follow "nobody" where it tells who knew or said something, not
// who is kept from their work.
var nobodyNot = map[string]bool{"told": true, "tell": true, "tells": true, "knew": true, "know": true, "knows": true,
	"noticed": true, "mentioned": true, "said": true, "asked": true, "informed": true, "warned": true,
	"explained": true, "here": true, "else": true}

// presence and presenceWhere: "nobody is on site", "no one will be there".
var (
	presence      = map[string]bool{"is": true, "was": true, "will": true, "be": true, "'s": true}
	presenceWhere = map[string]bool{"on": true, "in": true, "there": true, "around": true, "here": true, "at": true,
		"available": true, "be": true}
)

// strongImpact are the reader's impact words of one use: what the fault
// costs the business or who it keeps from their work.
var strongImpact = newMatcher([]string{"revenue", "loss", "losing", "customers", "clients", "production",
	"all users", "all systems", "no systems", "everyone", "operations", "risk", "risky", "impact*", "affecting",
	"affected", "deadline", "money", "sales", "orders", "payments", "payroll", "stopped", "blocking", "blocked",
	"cannot work", "can't work"})
