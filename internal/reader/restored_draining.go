package reader

// stepThenDraining reports staff's step and a queue still draining in one
// sentence, read as the step alone (round 35): "Restarted channel, queue
// draining." (styles37), "Restarted it with more memory, queue draining."
// (styles47), "They put the 50/s window back on both binds at 04:24, queue
// draining." (styles42). The writers label such a sentence a fix and the
// restoration later, when the queue is empty; a queue draining on its own
// ("38 runners up, queue draining", "Queue draining at ~120/min") and one
// drained after the step ("Restarted the sync worker, queue drained in 2
// min") stay restorations.
func stepThenDraining(v *sentenceView) bool {
	if !v.staff || (v.acts&Fix == 0 || v.noteFix) && !stepLead(v.sc.ts) {
		return false
	}
	for _, t := range v.sc.ts {
		if t == "draining" || t == "clearing" || t == "emptying" || t == "flushing" {
			return true
		}
	}
	return false
}

// stepLead reports a sentence that opens with a step in the past, with or
// without its doer: "Restarted ...", "They put ... back".
func stepLead(ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	w := ts[0]
	switch w {
	case "i", "we", "they", "i've", "we've", "they've":
		w = ts[1]
	}
	return len(w) > 3 && w[len(w)-2:] == "ed" || pastStep.has(w)
}
