package reader

import "strings"

// Round 110: a plan under its header. Staff lay out the steps of a change
// still to come behind "Plan:" ("Plan: change sender in ScaffTrak > Settings
// > Notifications, Wed 22/04 after 17:00 ..."): a step of the change request,
// not a remedy taken. The steps' verbs ("set up", "change", "stop") make the
// rules read an instruction. Round 104 refuses the writer's plan told as "I'll"
// or "we'll" (fix_writer_plan.go), round 107 a rollback plan
// (fix_rollback_plan.go); this is the plan as a header. Counted over every
// tuning set (styles to styles94, -styleserrorstp): 3 false fix rows in 3
// sets, no true one:
//   - styles20 10/2: "Plan: 06:00 stop services, 06:15 DB upgrade, 07:30
//     application upgrade, 08:30 smoke test with your key users, go/no-go at
//     11:30."
//   - styles53 08/1: "Plan: set up the centre and its hours on Friday but
//     keep it hidden, create Claire's login, then unhide it first thing Monday
//     and send the agency bulletin."
//   - styles85 08/2: "Plan: change sender in ScaffTrak > Settings >
//     Notifications, Wed 22/04 after 17:00 (reports go out 06:00 so quiet
//     evening)."
// No tuning sentence headed so is labelled a fix. Left: a plan told done
// ("Plan went ahead: ...", no colon after "plan"), "the plan is to ..." (no
// header).

// planHeader reports whether a sentence opens on a plan's header (above):
// "plan", perhaps after "the", "our", "my", "change" or "proposed", then a
// colon.
func planHeader(text string, ts []string) bool {
	if len(ts) < 2 {
		return false
	}
	k := 0
	if ts[0] == "the" || ts[0] == "our" || ts[0] == "my" || ts[0] == "change" || ts[0] == "proposed" {
		k++
	}
	if ts[k] != "plan" {
		return false
	}
	low := strings.ToLower(text)
	i := strings.Index(low, "plan")
	return i >= 0 && i+4 < len(low) && low[i+4] == ':'
}
