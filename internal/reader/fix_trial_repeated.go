package reader

// Round 140: the writer's trial repeated and fine every time. Staff tell that
// they tried the reported thing again and again and it worked each time ("I've
// loaded the Weymouth page a dozen times this morning ... and it has shown the
// curve every time", "I've sent test pages to 31-04, 31-07 and 31-11 three
// times this morning and their owners say all three went off each time.",
// "Tomasz - I ran the export with your filters ... and got all 63 rows both
// times, so I can't make it fail."): a check that could not reproduce the
// fault, no step taken. The borders table (docs/labelling.md) labels "works
// each time" while the fault recurs nothing. Counted over every tuning set
// (styles to styles102, the rows read as fix): 4 false in 4 sets (styles63,
// 93, 95, 102), no true one. The true rows with "every time" or "both times"
// tell a change first ("I have now set the proper UK time zone ... and I
// restarted the screen twice from here: the times were right both times.",
// styles90) or someone else's run ("Crew did three ignition off/on cycles
// ...", styles54), and stay.

// trialVerbs are the verbs of a trial: the reported thing done again, not a
// change made.
var trialVerbs = newWordSet(map[string]bool{"loaded": true, "reloaded": true, "sent": true, "ran": true, "re-ran": true,
	"tried": true, "opened": true, "called": true, "rang": true, "tested": true, "placed": true, "printed": true,
	"made": true, "submitted": true, "booked": true, "refreshed": true, "replayed": true, "dialled": true,
	"scanned": true, "played": true})

// trialRepeated reports whether a sentence opens (after a name addressed at
// most) on the writer's trial ("I ran", "I've sent", "We tried", "Ran") and
// says it went so every time, each time or both times.
func trialRepeated(ts []string) bool {
	every := false
	for i := 0; i+1 < len(ts); i++ {
		switch ts[i] {
		case "every", "each":
			every = every || ts[i+1] == "time"
		case "both", "all":
			every = every || ts[i+1] == "times"
		}
	}
	if !every {
		return false
	}
	for s := 0; s < 2 && s < len(ts); s++ {
		k := s
		switch ts[k] {
		case "i", "we":
			k++
			if k < len(ts) && ts[k] == "have" {
				k++
			}
		case "i've", "we've":
			k++
		default:
			if s == 0 && trialVerbs.has(ts[0]) {
				return true
			}
			continue
		}
		for k < len(ts) && (ts[k] == "also" || ts[k] == "just") {
			k++
		}
		return k < len(ts) && trialVerbs.has(ts[k])
	}
	return false
}
