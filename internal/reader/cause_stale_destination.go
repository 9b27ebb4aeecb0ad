package reader

// A message sent to a stale destination: a reminder, notice or code that
// went to an old mailbox, contact or number, so nobody who needed it got it
// ("Renewal reminder went to their old warranty admin mailbox and
// bounced.", "Our reminder to review it went to the renal unit's old shared
// mailbox four weeks ago, and it bounced.", "Abdi, the code was going to
// your old number."). staleReference (forms.go) reads a component pointing
// at a stale target after an auxiliary; this reads what was delivered
// there. Round 40 (docs/quality.md).

// staleDestination reports whether a staff sentence says something went or
// was sent to a stale target: "went", "goes", "going" or, after an
// auxiliary, "sent", "routed", "delivered" or "forwarded", then "to", and
// within five words an old, previous, former or wrong target
// (staleTargets). Not the writer's own sending ("I've sent it to your old
// address as well"), not denied, hedged, asked for or planned.
func staleDestination(sc *scan) bool {
	ts := sc.ts
	for k := 1; k+2 < len(ts); k++ {
		switch ts[k] {
		case "went", "goes", "going":
		case "sent", "routed", "delivered", "forwarded":
			if !pointAux.has(ts[k-1]) {
				continue
			}
		default:
			continue
		}
		if ts[k+1] != "to" {
			continue
		}
		for j := k + 2; j < len(ts) && j <= k+6; j++ {
			if !staleTargets.has(ts[j]) {
				continue
			}
			if denialAt(ts, max(0, k-3), j) || hedges.hasIn(sc) || instructed(ts, k) || fixFuture.hasIn(sc) {
				return false
			}
			for _, w := range ts[:k] {
				switch w {
				case "i", "we", "i've", "we've", "i'll", "we'll", "if", "will", "should", "please":
					return false
				}
			}
			return true
		}
	}
	return false
}
