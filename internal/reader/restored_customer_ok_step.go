package reader

// The customer's "ok" and their own next step after staff's instruction
// (round 139, docs/quality.md "Round 139"): "Ok, I change the config now.",
// "Ok I ask Dr Menon, thank you", "ok doing that now, ta". The labelling
// protocol's border ("a customer's 'ok, doing that now' after an
// instruction": nothing; the instruction is the fix) gives them no act; the
// model read them as the thing working now. Round 94's customerStepNow takes
// a step whose clause ends on "now" with its verbs; this one takes the step
// right after the "ok", with no word of a result after it. Tuning rows,
// labelled none and read as restored before (-styleserrorstp, every tuning
// set):
//
//   - "Ok, I change the config now." (styles93 09);
//   - "ok doing that now, ta" (styles97 14);
//   - "Ok I ask Dr Menon, thank you" (styles99 14).
//
// 3 rows in 3 sets, no true row of the shape. Kept as restorations: a
// result after the "ok" ("ok I see 86 now.", "ok I am in.", "ok I can see
// them going to Sent now.", "ok i take two 10 and it work.", "ok I changed it
// and now I can see many online times.", true rows): a verb of seeing or
// having, a past verb, or a word of a result ends the shape.

// okStepVerbs are the plain verbs of the customer's own next step.
var okStepVerbs = newWordSet(map[string]bool{"change": true, "ask": true, "try": true, "do": true, "call": true,
	"phone": true, "ring": true, "email": true, "send": true, "check": true, "contact": true, "tell": true,
	"speak": true, "talk": true, "restart": true, "reboot": true, "update": true, "install": true,
	"report": true, "apply": true, "write": true, "inform": true, "book": true, "order": true, "wait": true})

// okStepIng are the -ing forms of the step after a bare "ok".
var okStepIng = newWordSet(map[string]bool{"doing": true, "trying": true, "changing": true, "asking": true,
	"calling": true, "checking": true, "sending": true, "restarting": true, "updating": true})

// okStepResult are words of a result that end the shape.
var okStepResult = newWordSet(map[string]bool{"and": true, "is": true, "are": true, "it's": true, "its": true,
	"work": true, "works": true, "worked": true, "working": true, "fine": true, "ok": true, "okay": true,
	"back": true, "again": true, "see": true, "can": true, "shows": true, "done": true, "in": true,
	"good": true, "right": true, "fixed": true, "through": true})

// customerOkStep reports the customer's "ok" and their next step (see
// above); ts is the sentence's tokens.
func customerOkStep(ts []string) bool {
	if len(ts) < 3 || len(ts) > 10 || ts[0] != "ok" && ts[0] != "okay" {
		return false
	}
	k := 1
	switch {
	case (ts[1] == "i" || ts[1] == "we") && okStepVerbs.has(ts[2]):
		k = 3
	case okStepIng.has(ts[1]) && (ts[2] == "that" || ts[2] == "it" || ts[2] == "this"):
		k = 3
	default:
		return false
	}
	for _, t := range ts[k:] {
		if okStepResult.has(t) {
			return false
		}
	}
	return true
}
