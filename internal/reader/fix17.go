package reader

// Round 17: fixes in forms that writers of several sets use, each kept only
// when it read true rows in at least two sets written by different people
// (docs/quality.md, "Round 17").

// hadPersons are who staff had take a step: a pronoun or a role.
var hadPersons = map[string]bool{"him": true, "her": true, "them": true, "the": true, "someone": true,
	"somebody": true}

// fix17 reports whether a staff sentence states a fix in one of round 17's
// forms: a step staff had the reader take ("Had her hold the reset button
// for ten seconds", "Had them power the router off and on"). Not a thing
// someone had ("had her laptop with her", "had them in the queue"), nor a
// past perfect ("had restarted it", read by the other rules).
func fix17(text string, sc *scan, staff bool) bool {
	ts := sc.ts
	if !staff || len(ts) < 4 || ts[0] != "had" || !hadPersons[ts[1]] {
		return false
	}
	k := 2
	if ts[1] == "the" {
		k = 3 // "had the customer ...", "had the site manager ..."
		if k < len(ts) && !remedyBase[ts[k]] && !uiVerbs[ts[k]] {
			k++
		}
	}
	if k >= len(ts)-1 {
		return false
	}
	v := ts[k]
	if (remedyBase[v] || uiVerbs[v] || v == "hold" || v == "power") && !infoVerbs[v] && !askedBack[v] {
		if trace17fix != nil {
			trace17fix("fix:had", text)
		}
		return true
	}
	return false
}
