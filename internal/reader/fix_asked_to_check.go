package reader

// Round 95: someone asked to check. Staff open on having asked a person or a
// party to check, look at, investigate, review or test something: the look is
// handed to them, no remedy is taken, and the sentence takes no fix. Counted
// over every tuning set (styles to styles86, -styleserrorstp): 5 false fix
// rows in 5 sets, no true one:
//   - styles49 10: a vendor asked to check a setting on every site's servers
//   - styles74 10: "I've also asked <a team> to check other rooms ..."
//   - styles77 05: an engineer asked to run a motor test
//   - styles80 15: a manufacturer asked to look at the unit's settings
//   - styles81 03: "I've also asked our developers to look at it properly ..."
// Left: a step asked of someone ("asked him to switch the isolator off and
// on", "asked Stripe to resend ...": 20 true fixes in 18 sets against 19
// false, split), and the asking after a step of the writer's own ("Resent to
// both, and I've asked IT to check why ...", styles29, a true fix; "X
// replaced ..., so I've asked them to check ...", styles47, false): only the
// writer's opening words ("I've also asked ...") may come before "asked".
// Refused among classify's refusals for any writer and in modelVeto's fix
// guard.

// askedLead may come before "asked" at the sentence's start.
var askedLead = newWordSet(map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "have": true, "also": true,
	"and": true, "just": true, "already": true})

// askedCheckVerbs are the looks asked for, the first word after "to" (or
// "to have a look", "to run a ... test").
var askedCheckVerbs = newWordSet(map[string]bool{"check": true, "look": true, "investigate": true, "review": true,
	"test": true, "examine": true, "inspect": true, "diagnose": true})

// askedToCheck reports whether a sentence opens on someone asked to check
// (see above).
func askedToCheck(ts []string) bool {
	k := 0
	for k < len(ts) && k < 3 && askedLead.has(ts[k]) {
		k++
	}
	if k >= len(ts) || ts[k] != "asked" {
		return false
	}
	for j := k + 2; j < len(ts) && j <= k+6; j++ {
		if ts[j] != "to" || j+1 >= len(ts) {
			continue
		}
		v := ts[j+1]
		if askedCheckVerbs.has(v) {
			return true
		}
		if v == "have" || v == "take" || v == "run" || v == "do" {
			for m := j + 2; m < len(ts) && m <= j+5; m++ {
				if ts[m] == "look" || ts[m] == "test" || ts[m] == "check" || ts[m] == "tests" || ts[m] == "checks" {
					return true
				}
			}
		}
		return false
	}
	return false
}
