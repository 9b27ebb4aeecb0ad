package reader

import "strings"

// Round 104: fix precision. Staff's sentences that tell no step taken, read as
// fixes by the rules or the model for a remedial verb or an instruction's
// form in them. Each shape is in a file of its own, with the rows it was
// counted on (every tuning set, styles to styles90, -styleserrorstp); this is
// their one wiring, among classify's refusals for staff and in modelVeto's
// fix guard:
//   - a "Yes, you can ..." answer (fix_yes_answer.go)
//   - a retention or time limit (fix_retention.go)
//   - a requirement or rule ("has to be approved by", fix_requirement.go)
//   - a notice the person will get ("They'll each get an email ...",
//     fix_notice_to_come.go)
//   - a thing that stays as it is (fix_stays.go)
//   - a third party's step under way, due later (fix_party_underway.go)
//   - the writer's plan or offer ("We'll ...", "I can ...", fix_writer_plan.go)
//   - the customer asked to try the same thing again (fix_retry_asked.go)
//   - what the writer can see ("I can see ...", fix_writer_sees.go)
//   - how the product works, told after a question how it works
//     (fix_asked_workings.go)
// Rounds 128 and 140 added theirs below, each in its file.

// notStepTold reports whether a staff sentence read as a fix tells no step
// taken (above).
func notStepTold(text string, ts []string, c Context) bool {
	return yesAnswer(text, ts) ||
		retentionTold(text, ts) ||
		requirementTold(ts) ||
		noticeToCome(text, ts) ||
		staysAsIs(text, ts) ||
		partyUnderway(ts) ||
		writerPlan(text, ts) ||
		retryAsked(text, ts) ||
		writerSees(ts) ||
		askedWorkingsAnswer(text, ts, c) ||
		auxQuestion(text, ts) || // round 128: staff's diagnostic question (fix_aux_question.go)
		raisedWith(ts) || // round 128: the case raised with a party (fix_raised_with.go)
		writerLooking(ts) || // round 128: the writer's look under way (fix_writer_looking.go)
		testRunTold(text, ts) || // round 128: a run in a test place told with its result (fix_test_run_told.go)
		trialRepeated(ts) || // round 140: the writer's trial fine every time (fix_trial_repeated.go)
		recordClosed(text, ts) || // round 140: the change or ticket closed (fix_record_closed.go)
		viewToCome(text, ts) || // round 140: what the people will see (fix_view_to_come.go)
		keepAsked(ts) || // round 140: a thing asked to be kept as it is (fix_keep_asked.go)
		settingWasChanged(ts) || // round 154: a setting told as it was found (fix_setting_was_changed.go)
		rebootForUpdates(ts) || // round 158: a machine's reboot for its updates (fix_reboot_for_updates.go)
		partySaysNoRemedy(text, ts) || // round 158: a party's word relayed with no remedy done (fix_party_says.go)
		deliveryToCome(text, ts) || // round 171: a delivery still to come (fix_delivery_to_come.go)
		assuranceNoStep(text, ts) || // round 171: an assurance with no step told (fix_assurance_no_step.go)
		passiveDated(ts) // round 176: a thing done to, told in the passive with a calendar date (fix_passive_dated.go)
}

// clauseImperatives open an instruction after a clause break ("...; after
// that, sign in to the app", "..., then press OK").
var clauseImperatives = newWordSet(map[string]bool{"sign": true, "log": true, "open": true, "go": true, "click": true,
	"tap": true, "tick": true, "choose": true, "select": true, "press": true, "use": true, "enter": true,
	"type": true, "pick": true, "download": true, "upload": true, "install": true, "restart": true,
	"reboot": true, "refresh": true, "clear": true, "delete": true, "remove": true, "add": true, "ask": true,
	"call": true, "ring": true, "email": true, "send": true, "contact": true, "check": true, "try": true,
	"follow": true, "fill": true, "submit": true, "register": true, "link": true, "run": true, "update": true,
	"leave": true, "keep": true, "hold": true, "draw": true, "mark": true, "bring": true, "put": true, "set": true,
	"turn": true, "switch": true, "plug": true, "unplug": true, "save": true, "print": true, "share": true,
	"export": true, "attach": true, "reply": true, "visit": true, "book": true, "pay": true, "wait": true,
	"start": true, "stop": true, "swap": true, "move": true, "change": true, "scan": true, "copy": true,
	"paste": true, "tell": true, "give": true, "note": true, "avoid": true, "confirm": true, "complete": true,
	"request": true, "make": true, "create": true, "apply": true, "drop": true, "take": true, "search": true,
	"edit": true, "find": true, "do": true, "just": true, "don't": true, "please": true})

// instructionAfterBreak reports whether text gives an instruction after a
// comma, a colon, a semicolon or a dash: the break, a space and one of
// clauseImperatives.
func instructionAfterBreak(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		switch text[i] {
		case ',', ';', ':', '-':
		default:
			continue
		}
		if text[i+1] != ' ' {
			continue
		}
		j := i + 2
		k := j
		for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
			k++
		}
		if k > j && clauseImperatives.has(strings.ToLower(text[j:k])) {
			return true
		}
	}
	return false
}
