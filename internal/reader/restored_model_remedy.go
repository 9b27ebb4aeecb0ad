package reader

import "github.com/debriefhq/debrief/internal/ticket"

// Round 106: the customer's reply after staff's fix that only the model read.
//
// Context.AfterRemedy, which the older restored rules of the customer's
// reply need ("after a remedy", "confirmed", "customer sees", "clean
// verdict", "customer has it", "in a clause"), is set from the rules' acts
// of staff's last message: the model's are not known when the rules read a
// message, and the model is trained on the rules' reading. Where staff's
// fix is worded in a way no fix rule reads ("In the print dialog choose
// \"Change printer\", then search for the ward name", "I've pushed your
// membership through to the gates by hand - can you try your app code
// now?"), the model reads it, but the customer's "Found it and it printed on
// Ward 3, thank you." then stood before no remedy the rules knew. Read sets
// Context.ModelRemedy for the customer's message after staff's message whose
// reading, the model's acts included, has a fix or a restoration; where the
// restored rules read the reply with AfterRemedy set (lateRestored), Read
// adds the restoration after the model's pass over the message, so that the
// rules' acts the model reads (its features, and the message context of
// the sentences beside it) stay those it was trained on, and the training's
// check that Read is the trained model (TestModelWeights) counts these
// sentences as Read's own (Options.sawLate).
//
// Tuning misses read (customer's replies labelled restored where the rules
// read no remedy in staff's last message but the model did, 32 rows; 12 of
// them have a wording a restored rule reads after a remedy): styles2 05
// ("Found it and it printed on Ward 3, thank you."), styles12 12 ("yep that
// runs, thx"), styles25 05 ("ok it open now, I am inside."), styles27 10
// ("thats it, published."), styles29 13 ("Looks right on the app too."),
// styles42 12 ("I found the report, thank you."), styles46 01 ("The new test
// pressings are here, side B is clean now, no crackle."), styles54 02,
// styles56 08 ("It did 2 hours 10 yesterday on a full clean."), styles86 04
// x2 ("found it, text sent.", "he says it came through"), styles89 12 ("Got
// them, thanks Sam - perfect."): 12 rows in 11 sets. False rows added: 8 in
// 8 sets, the splits those rules have after any remedy: a bare "got it." or
// "ok found it." after an instruction in a question ticket (styles57 04,
// 60 17, 65 04, labelled none, as round 84 found), the customer's own step
// (styles56 08 "Battery arrived and I put it in ...", labelled fix), a thing
// come "too" (styles67 11), an answer (styles8 11, styles83 13) and a part
// right in a message that reports a fault (styles36 18).
//
// Measured and not taken (each a widening of the same gates): the customer's
// reply after a fix anywhere earlier in the ticket (RemedyInTicket, round
// 84's measure again: +8 / +6), after the model's fix anywhere earlier (+1 /
// 0), after the customer's own remedy in their message before (+1 / 0);
// staff's sentences after staff's model-read fix (+4 / +7, one true lost)
// or after a fix anywhere in the ticket (+10 / +7, styles90's floor); the
// restored rules run in a call logged by staff once an earlier sentence of
// it reads a fix (+2 / 0, styles30 06 and 59 04: two sets, round 101's
// measure; both are read by restored_call_result.go's shape now).

// anyRemedy reports whether a message's reading has a fix or a restoration.
func anyRemedy(ss []Sentence) bool {
	for k := range ss {
		if ss[k].Acts&(Fix|Restored) != 0 {
			return true
		}
	}
	return false
}

// lateRestored returns the restored rule that reads the customer's sentence
// once staff's model-read remedy stands for AfterRemedy
// (Context.ModelRemedy), where the rules' acts (acts) have no restoration;
// "" otherwise. Read adds the act after the model has read the message, so
// that the rules' acts the model sees, and was trained on, stay the same.
func lateRestored(text string, sc *scan, c Context, acts Act) string {
	if !c.ModelRemedy || c.AfterRemedy || acts&Restored != 0 || c.Role != ticket.RoleCustomer {
		return ""
	}
	c.AfterRemedy = true
	var why actRuleNames
	if classifyWhy(text, sc, c, &why)&Restored == 0 {
		return ""
	}
	return why.restored
}
