package reader

// Round 234: a check staff ran told with the step it led to in a later
// clause: "Checked the other 11 tills: 3 more had the default size, set them
// back before they noticed." (styles118), "Checked the other 3 parks -
// Skelby and Hallow Beck sync accounts were due to expire in Aug, set both to
// non-expiring." (styles72), "I have checked the weekend settings for every
// line and set recording to \"All calls\" on each, ..." (styles68). The same
// note with a step of the fix words ("..., corrected.", "..., moved.",
// "updated both and re-sent ...") is read already (styles16, 49, 110, 111,
// 113: labelled fix); "set" is no fix word (it tells a state as often: "AFI
// set to \"issued\"", "is set to UTC"), and remedyDone reads it only opening
// a terse note ("Set both to non-expiring."), so these three were read as
// the check alone (Investigation).
//
// A staff sentence after the opening, not a question, that opens with the
// writer's check ("checked", "I've / I have / we've / we have / I / we
// checked"), and a later clause of it (after ", ", ": ", "; ", " - " or "
// and ") that opens, after at most "and", "both", "also" or "then", with a
// step's participle (clsRemedyPast, not "fixed" or the other outcome words,
// which tell a result) followed by a word: the step the check found needed.
// "and" counts only in the check's own clause (its subject is the writer),
// not after a finding ("the job failed at 02:10 and restarted at 02:15").
// Not a finding alone ("Checked the other lines: L1/L2/L4 PLC certs run
// until Mar-Apr 2027.") nor a cause found ("... BR07 and BR30 also had the
// service flipped to Manual by the same update ...": the participle follows
// its subject, no mark before it).

// checkThenLead may stand between the clause mark and the step.
var checkThenLead = wordSetOf("and", "both", "also", "then")

// checkThenStep reports whether a staff sentence tells a check and then the
// step it led to (above).
func checkThenStep(text string, sc *scan, c Context, staff bool) bool {
	ts := sc.ts
	if !staff || c.Opening || len(ts) < 6 || endsQuestion(text) {
		return false
	}
	k := 0
	switch ts[0] {
	case "i've", "we've", "i", "we":
		k = 1
		if ts[1] == "have" {
			k = 2
		}
	}
	if ts[k] != "checked" {
		return false
	}
	var buf [32]string
	first := len(ts) // where the first clause after the check opens
	for i := 1; i+1 < len(text); i++ {
		switch ch := text[i]; {
		case (ch == ',' || ch == ':' || ch == ';') && isSpaceByte(text[i+1]):
		case ch == '-' && isSpaceByte(text[i-1]) && isSpaceByte(text[i+1]):
		default:
			continue
		}
		// the clause's first word in ts (a mark splits no word)
		j := len(lowerTokens(text[:i], buf[:0]))
		first = min(first, j)
		if j > k+1 && checkThenStepAt(ts, sc.cls, j) {
			return formHit("fix:checkthen", text)
		}
	}
	for j := k + 2; j < first; j++ {
		if ts[j-1] == "and" && checkThenStepAt(ts, sc.cls, j) {
			return formHit("fix:checkthen", text) // the check's own clause: "... and set recording to ..."
		}
	}
	return false
}

// checkThenStepAt reports whether the clause that opens at ts[j] opens, after
// checkThenLead's words, with a step's participle and a word after it.
func checkThenStepAt(ts []string, cls []uint16, j int) bool {
	for j < len(ts)-1 && checkThenLead.has(ts[j]) {
		j++
	}
	return j+1 < len(ts) && cls[j]&clsRemedyPast != 0 && cls[j]&clsOutcome == 0
}

// isSpaceByte reports a blank between words: a space, a tab or a line break
// (a hard-wrapped e-mail).
func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
