package reader

// Round 110: fix precision. Staff's sentences that tell the diagnosis or the
// change process around a fault, no remedy taken, read as fixes by the rules
// or the model for a step's verb in them. Each shape is in a file of its own,
// with the rows it was counted on (every tuning set, styles to styles94,
// -styleserrorstp); this is their one wiring, among classify's refusals for
// staff and in modelVeto's fix guard:
//   - a log or audit line under its header ("Audit log: changed by ...",
//     fix_log_header.go)
//   - a follow-up record raised or tracked ("Raised defect LCDEV-2290 so
//     ...", fix_record_raised.go)
//   - the cause not found ("No idea yet why these 37 were dropped.",
//     fix_why_unknown.go)
//   - a diagnostic check told with what it found ("Compared files: ...",
//     fix_check_told.go)
//   - a miss owned ("We should have moved off it before then and didn't",
//     fix_should_have.go)
//   - a plan under its header ("Plan: change sender in ...",
//     fix_plan_header.go)
// Round 110 also widens round 39's step that failed (fix_step_failed.go,
// wired already).

// noRemedyTold reports whether a staff sentence read as a fix tells the
// diagnosis or the change process, no remedy taken (above).
func noRemedyTold(text string, ts []string) bool {
	return logHeaderLine(text) ||
		recordRaised(ts) ||
		whyUnknown(ts) ||
		checkTold(ts) ||
		shouldHaveMissed(ts) ||
		planHeader(text, ts)
}
