package reader

// A step that reached only part of what it had to, and a remedy that held
// only until something undid it. Staff name the fault as the part a change
// left out ("Limit was only raised on portal-web-1.", "my fix yesterday
// only reached part of our network", "Yesterday I only remapped the
// standard rate.") or as the event that undid an earlier remedy ("The
// bounce only helped until the queue built up again behind that limit",
// "Yesterday's removal only lasted until the nightly sync at 03:00").
// Round 40 (docs/quality.md).

// partialVerbs are the changes in the simple past that "only" before them
// makes partial.
var partialVerbs = newWordSet(map[string]bool{"raised": true, "remapped": true, "applied": true, "changed": true,
	"updated": true, "copied": true, "covered": true, "reached": true, "added": true, "moved": true,
	"migrated": true, "deployed": true, "installed": true, "pushed": true, "synced": true, "mapped": true,
	"renewed": true, "enabled": true, "configured": true, "rolled": true, "set": true, "lowered": true,
	"increased": true, "whitelisted": true, "allowlisted": true})

// holdVerbs are what an earlier remedy did before something undid it.
var holdVerbs = newWordSet(map[string]bool{"helped": true, "lasted": true, "worked": true, "held": true, "stuck": true})

// partialStep reports whether a staff sentence tells a step that reached
// only part of what it should: "only" and a change in the simple past
// (partialVerbs), or "only" and a remedy's holding (holdVerbs) followed by
// "until" ("only helped until the queue built up again"). Not a step told
// as recent ("he was only added to the MIS today"), not negated, hedged, a
// condition or a plan ("it is only refunded if you give up the berth").
func partialStep(sc *scan) bool {
	ts := sc.ts
	for k := 0; k+1 < len(ts); k++ {
		if ts[k] != "only" {
			continue
		}
		v := ts[k+1]
		switch {
		case partialVerbs.has(v):
			if k+2 < len(ts) {
				switch ts[k+2] {
				case "today", "yesterday", "recently", "now", "just", "this", "last", "when", "once", "if", "where":
					return false
				}
			}
		case holdVerbs.has(v):
			if k+2 >= len(ts) || ts[k+2] != "until" {
				return false
			}
		default:
			continue
		}
		if negAt(ts, 0, k) || hedges.hasIn(sc) || fixFuture.hasIn(sc) || promise.hasIn(sc) || policyNotice(sc) {
			return false
		}
		for _, w := range ts {
			switch w {
			case "if", "unless", "will", "would", "should", "please", "we'll", "i'll", "you'll", "need", "needs":
				return false
			}
		}
		return true
	}
	return false
}
