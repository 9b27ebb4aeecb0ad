package reader

import (
	"math"
	"math/bits"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// A statistical model of the weak acts, on top of the rules (docs/quality.md,
// "A statistical model"): a logistic regression per act that may add the act
// to a sentence the rules did not give it (modelAdd). Its features are the ones below: what the rules already compute for a
// sentence (its acts, which lexicons matched, the word classes of its words),
// its context (the author's role, where the sentence and its message stand in
// the ticket, the previous sentence's acts), cues of form (question mark,
// colon, length) and, optionally, its words and the pairs of its adjacent
// words (modelBigrams). They are meant to carry across
// helpdesks: none is a product name or a ticket's own wording except the words.

// Feature layout: binary features numbered from 0; words come last.
const (
	fBias    = 0
	fRuleAct = 1                 // + bit index of each act the rules gave
	fPrevAct = fRuleAct + 16     // + bit index of each act of the previous sentence of the message
	fNextAct = fPrevAct + 16     // + bit index of each act of the next sentence of the message
	fMsgAct  = fNextAct + 16     // + bit index of each act of the message's other sentences
	fClass   = fMsgAct + 16      // + bit index of each word class present
	fCtx     = fClass + 16       // context and form cues (ctx* below)
	fLex     = fCtx + ctxCount   // + lexicon id that matched
	fWordLen = 1 << 20           // words are hashed into this many slots after fWords()
	fMaxCtx  = fLex + 256        // room for the lexicons
	fWords   = fMaxCtx           // first word feature
	fAll     = fWords + fWordLen // number of features
)

// The context and form cues.
const (
	ctxCustomer = iota
	ctxAgent
	ctxSystem
	ctxPublic
	ctxOpening
	ctxEndQ
	ctxEndColon
	ctxHasQ
	ctxLen3
	ctxLen8
	ctxLen20
	ctxLenMore
	ctxFirstMsg
	ctxLastMsg
	ctxPos1 // first quarter of the ticket's messages
	ctxPos2
	ctxPos3
	ctxPos4
	ctxFirstSent
	ctxLastSent
	ctxPrevCustomer // the previous message is the customer's
	ctxDigit
	ctxNeg    // a negation in the sentence
	ctxHedge  // a hedge in the sentence
	ctxStaffQ // staff and a question
	ctxAfterRemedy
	ctxRemedyBefore
	ctxCount
)

// place is where a sentence stands in its ticket.
type place struct {
	msg, msgs     int // index of the message among the ticket's messages, and their number
	sent, sents   int // index of the sentence in its message, and their number
	prev          Act // the acts the rules gave the previous sentence of the message
	prevCustomer  bool
	words, bigram bool // emit word unigram and bigram features
}

// modelFeatures appends the feature numbers of one sentence to f.
func modelFeatures(f []int32, text string, sc *scan, c Context, acts Act, p place) []int32 {
	f = append(f, fBias)
	for a := uint16(acts); a != 0; a &= a - 1 {
		f = append(f, int32(fRuleAct+bits.TrailingZeros16(a)))
	}
	for a := uint16(p.prev); a != 0; a &= a - 1 {
		f = append(f, int32(fPrevAct+bits.TrailingZeros16(a)))
	}
	var cls uint16
	for _, c := range sc.cls {
		cls |= c
	}
	for a := cls; a != 0; a &= a - 1 {
		f = append(f, int32(fClass+bits.TrailingZeros16(a)))
	}
	ctx := func(k int) { f = append(f, int32(fCtx+k)) }
	switch c.Role {
	case ticket.RoleCustomer:
		ctx(ctxCustomer)
	case ticket.RoleSystem:
		ctx(ctxSystem)
	default:
		ctx(ctxAgent)
	}
	if c.Public {
		ctx(ctxPublic)
	}
	if c.Opening {
		ctx(ctxOpening)
	}
	t := strings.TrimSpace(text)
	switch {
	case strings.HasSuffix(t, "?"):
		ctx(ctxEndQ)
	case strings.HasSuffix(t, ":"):
		ctx(ctxEndColon)
	}
	if strings.IndexByte(t, '?') >= 0 {
		ctx(ctxHasQ)
	}
	switch n := len(sc.ts); {
	case n <= 3:
		ctx(ctxLen3)
	case n <= 8:
		ctx(ctxLen8)
	case n <= 20:
		ctx(ctxLen20)
	default:
		ctx(ctxLenMore)
	}
	if p.msg == 0 {
		ctx(ctxFirstMsg)
	}
	if p.msg == p.msgs-1 {
		ctx(ctxLastMsg)
	}
	if p.msgs > 0 {
		ctx(ctxPos1 + min(3, 4*p.msg/p.msgs))
	}
	if p.sent == 0 {
		ctx(ctxFirstSent)
	}
	if p.sent == p.sents-1 {
		ctx(ctxLastSent)
	}
	if p.prevCustomer {
		ctx(ctxPrevCustomer)
	}
	if c.AfterRemedy {
		ctx(ctxAfterRemedy)
	}
	if c.RemedyBefore {
		ctx(ctxRemedyBefore)
	}
	if hasDigit(t) {
		ctx(ctxDigit)
	}
	if negations.hasIn(sc) {
		ctx(ctxNeg)
	}
	if hedges.hasIn(sc) {
		ctx(ctxHedge)
	}
	if c.Role != ticket.RoleCustomer && acts&Question != 0 {
		ctx(ctxStaffQ)
	}
	for id, pos := range sc.pos {
		if pos >= 0 {
			f = append(f, int32(fLex+id))
		}
	}
	if p.words {
		prev := modelPairStart
		for _, w := range sc.ts {
			h := fnv32(w)
			f = append(f, int32(fWords+int(modelWordSlot(h))))
			if p.bigram {
				f = append(f, int32(fWords+int(modelPairSlot(prev, h))))
			}
			prev = h
		}
	}
	return f
}

// appendMessageContext appends to a sentence's features (modelFeatures) those
// of its message, which Read knows once the rules have read every sentence of
// it: the rules' acts of the next sentence and of all the others ("the file
// is rejected because the header changed", before "I've corrected the
// template": an explanation in the message that gives the fix).
func appendMessageContext(f []int32, next, others Act) []int32 {
	for a := uint16(next); a != 0; a &= a - 1 {
		f = append(f, int32(fNextAct+bits.TrailingZeros16(a)))
	}
	for a := uint16(others); a != 0; a &= a - 1 {
		f = append(f, int32(fMsgAct+bits.TrailingZeros16(a)))
	}
	return f
}

// hasDigit reports whether s has an ASCII digit, eight bytes at a time: in
// each byte with its high bit clear, adding 0x50 sets the high bit from '0'
// up and adding 0x46 from ':' up, with no carry into the next byte.
func hasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		y := x & 0x7f7f7f7f7f7f7f7f
		if (y+0x5050505050505050)&^(y+0x4646464646464646)&^x&0x8080808080808080 != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// fnv32 is the 32-bit FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// modelWordSlot is the feature slot (after fWords) of a word whose FNV hash
// (fnv32) is h.
func modelWordSlot(h uint32) uint32 { return h % fWordLen }

// modelPairStart stands for the word before a sentence's first: its first
// word's pair is (start, word).
const modelPairStart = uint32(0x9e3779b9)

// modelPairSlot is the feature slot (after fWords) of the word pair whose
// words have the FNV hashes prev and h (fnv32), in the words' slot space: the
// training's (mConfig.features) and Read's (modelAdd), computed from the hash
// of each word, so a pair costs no hashing of its own and no string. A pair
// and a word may share a slot, as they do in the training.
func modelPairSlot(prev, h uint32) uint32 { return (h*31 + prev) % fWordLen }

// modelWordTable finds a word or pair slot's index in modelWordSlots, plus
// one (zero is empty): open addressing on the slot's low bits, built once.
// Its size (modelTableBits) and the type of its entries (modelSlotIndex) are
// written with the weights: twice modelWordSlots at least
// (TestModelWordTable), and entries as small as their number allows.
var modelWordTable = func() *[1 << modelTableBits]modelSlotIndex {
	var t [1 << modelTableBits]modelSlotIndex
	const mask = 1<<modelTableBits - 1
	for i, s := range modelWordSlots {
		h := s & mask
		for t[h] != 0 {
			h = (h + 1) & mask
		}
		t[h] = modelSlotIndex(i + 1)
	}
	return &t
}()

// modelSlotWeights adds the weights of a word or pair slot, if it has any, to z.
func modelSlotWeights(z *[len(modelActs)]float64, slot uint32) {
	const mask = 1<<modelTableBits - 1
	for h := slot & mask; modelWordTable[h] != 0; h = (h + 1) & mask {
		if j := modelWordTable[h] - 1; modelWordSlots[j] == slot {
			for i := range modelActs {
				z[i] += modelWordWeights[j][i]
			}
			return
		}
	}
}

// modelLogits are modelThresholds as logits: a score far enough above (below)
// is in (out) without computing its probability.
var modelLogits = func() (z [len(modelActs)]float64) {
	for i, t := range modelThresholds {
		z[i] = math.Log(t / (1 - t))
	}
	return z
}()

// modelMask are modelActs as one set.
var modelMask = func() (m Act) {
	for _, a := range modelActs {
		m |= a
	}
	return m
}()

// modelAdd returns the acts the model adds to a sentence of a message that is
// not automatic: f are its features without words (modelFeatures), ts its
// words (and their pairs, with modelBigrams), skip the acts it may not add (the rules gave them, or modelVeto
// refuses them). An act of modelActs not in skip is added when its probability
// reaches the act's threshold; the weights and thresholds are trained on the
// labelled sets (model_weights.go). sure are the added acts the model is sure
// of: a restoration whose probability reaches modelSureRestored too, for
// which modelGuards' negation guard is waived.
func modelAdd(f []int32, ts []string, skip Act) (add, sure Act) {
	add, sure, _ = modelAddP(f, ts, skip)
	return add, sure
}

// modelAddP is modelAdd, with the probability of the cause where the model
// adds it (0 where it does not): Read tells how sure the model was of a
// cause it alone read (Sentence.CauseBy, cause_source.go).
func modelAddP(f []int32, ts []string, skip Act) (add, sure Act, causeP float64) {
	if skip&modelMask == modelMask {
		return 0, 0, 0
	}
	var z [len(modelActs)]float64
	for i, act := range modelActs {
		if skip&act != 0 {
			continue
		}
		for _, k := range f {
			z[i] += modelFixed[i][k]
		}
	}
	// Each word, and with modelBigrams (model_weights.go) each pair of
	// adjacent words, the first with modelPairStart: the training's
	// features (mConfig.features), hashed once per word.
	prev := modelPairStart
	for _, w := range ts {
		h := fnv32(w)
		modelSlotWeights(&z, modelWordSlot(h))
		if modelBigrams {
			modelSlotWeights(&z, modelPairSlot(prev, h))
			prev = h
		}
	}
	for i, act := range modelActs {
		if skip&act != 0 {
			continue
		}
		// The probability, as the training computes it, only near the threshold.
		if modelReaches(z[i], modelLogits[i], modelThresholds[i]) {
			add |= act
			if act == Restored && modelReaches(z[i], modelSureRestoredLogit, modelSureRestored) {
				sure |= act
			}
			if act == Cause {
				causeP = 1 / (1 + math.Exp(-z[i]))
			}
		}
	}
	return add, sure, causeP
}

// modelReaches reports whether the probability of the score z reaches the
// threshold t (whose logit is lt): computed, as the training computes it,
// only near the threshold.
func modelReaches(z, lt, t float64) bool {
	d := z - lt
	return d > 1e-6 || d >= -1e-6 && 1/(1+math.Exp(-z)) >= t
}

// modelSureRestored is the probability at or above which the model's
// restoration is read though the sentence has a negation or notYet word and
// no restoration phrase (modelGuards' waivable guards): a state told through
// a negation ("No misses on EXR-2 for two shifts now", "it hasn't gone above
// 61%") or beside a "will", "until" or "when" ("now shows LY11 ORA as taxed
// until 31 May 2028", round 181). A second threshold for restored, above modelThresholds', fixed by
// hand (docs/quality.md, "Round 160" and "Round 168"), not trained.
const modelSureRestored = 0.60

// modelSureRestoredLogit is modelSureRestored as a logit.
var modelSureRestoredLogit = math.Log(modelSureRestored / (1 - modelSureRestored))

// modelVeto returns the acts of modelActs the model may not add to a sentence
// the rules gave acts: the vetoes the rules apply before they give the act
// themselves (classify, isCause, isRestored), so that the model only adds an
// act the rules missed for want of a phrase, never one they refuse. A cause
// needs staff, no question, closing or automatic acknowledgement, not the
// opening message, no hedge, unknown cause, policy notice, self-question or
// denial, and a cause phrase, if any, not refused (negated, sought, ...). A
// restoration needs no question (unless stated, then asked), not the opening
// message, no estimate, no test environment, no hedge or condition, no future
// or partial state ("will", "once", "not yet"), none of the model's own
// guards (modelRefusesRestored: a fault left standing, a remainder working,
// a state to come, the past perfect, a step without its result), and no
// negation, or its phrase, if any, not refused (Read waives the negation
// guard and the notYet guard, each alone, and the test environment beside a
// result word, where the model is sure: modelGuards). Only the acts of are looked
// at (Read: the acts wired in).
func modelVeto(text string, sc *scan, c Context, acts, of Act) Act {
	veto, negated := modelGuards(text, sc, c, acts, of)
	return veto | negated
}

// modelGuards is modelVeto in two parts: veto, the acts its guards refuse
// whatever the model's probability, and negated, a restoration refused by the
// negation guard or the notYet guard alone (no restoration phrase, a
// negations or notYet word, no other guard; or a result word told in the
// test environment, round 228's restored_test_env_result.go), which Read
// waives where the model is sure of it (modelAdd's sure, modelSureRestored;
// round 168 for the negation, round 181 for notYet: "Tenants will see the fee
// gone from their portal balance now."). veto and negated are disjoint.
func modelGuards(text string, sc *scan, c Context, acts, of Act) (veto, negated Act) {
	switch {
	case of&Cause == 0:
	case c.Role == ticket.RoleCustomer || acts&AutoAck != 0 || acts&Closing != 0 && !thingClosed(sc.ts) || acts&Question != 0 && !chaseInStatement(text, sc, acts) /* round 224 */ || c.Opening ||
		hedges.hasIn(sc) && !conditionInMechanism(sc.ts) && !expectedByThing(sc.ts) /* round 224 */ || unknownCause.hasIn(sc) || policyNotice(sc) || selfQuestion.hasIn(sc) || denied(sc) || notCause(text, sc) || askedWorkings(c, sc) || askedFirstAnswer(c, sc.ts) /* round 235 */ || offlineRestated(c, sc.ts) || setAsideCause(c, sc.ts) || retractedAnswer(c) /* round 242 */ ||
		c.Role != ticket.RoleCustomer && (askedTerms(c, sc.ts) || onsetRestated(text, sc.ts)): // round 116: cause_asked_terms.go, cause_onset_restated.go
		veto |= Cause
	default:
		if i, n := causePhrase(sc); i >= 0 && causeRefused(sc, i, n) {
			veto |= Cause
		}
	}
	if of&Fix != 0 && (modelRefusesFix(sc, acts) || askedBeforeStep(text, sc.ts) || testFirst(sc.ts) || choiceOrWaitAsked(text, sc.ts) || chasedParty(sc.ts) || fixToCome(sc.ts) || askedToCheck(sc.ts) || openingTried(c, sc.ts) || c.Role != ticket.RoleCustomer && notStepTold(text, sc.ts, c)) {
		veto |= Fix
	}
	if of&Fix != 0 && (waitingOn(sc.ts) || closingNotice(sc.ts) || rollbackPlan(text, sc.ts) || evidenceAsked(sc.ts)) {
		veto |= Fix // round 107: fix_waiting_on.go, fix_closing_notice.go, fix_rollback_plan.go, fix_evidence_asked.go
	}
	if of&Fix != 0 && (sessionArranged(sc.ts) || escalatedOurs(sc.ts) || confirmationAsked(sc.ts) || workUnderway(sc.ts) || stepDoneAsked(sc.ts) || conditionalPlan(text, sc.ts) || releaseAsked(sc.ts)) {
		veto |= Fix // round 111: session_arranged.go, fix_escalated_ours.go, fix_confirmation_asked.go, work_underway.go, fix_step_done_asked.go, fix_conditional_plan.go, fix_release_asked.go
	}
	if of&Fix != 0 && (c.Role != ticket.RoleCustomer && noRemedyTold(text, sc.ts) || c.Role == ticket.RoleCustomer && customerChangeTold(sc.ts)) {
		veto |= Fix // round 110: fix_no_remedy_told.go, fix_customer_change.go
	}
	if of&Fix != 0 && (fixedBuildToCome(sc.ts) || findingAnnounced(text, sc.ts)) {
		veto |= Fix // round 222: fix_fixed_build_to_come.go, fix_finding_announced.go
	}
	if of&Fix != 0 && diagnosticStep(sc.ts) {
		veto |= Fix // round 244: fix_diagnostic_step.go
	}
	if of&Fix != 0 && hedgedOpening(sc.ts) {
		veto |= Fix // round 243: fix_hedged_opening.go
	}
	if of&Fix != 0 && apologyOpening(sc.ts) {
		veto |= Fix // round 255: fix_apology_opening.go
	}
	if of&Fix != 0 && preconditionOpening(sc.ts) {
		veto |= Fix // round 255: fix_precondition_opening.go
	}
	if of&Fix != 0 && sinceOpening(text, sc.ts) {
		veto |= Fix // round 255: fix_since_opening.go
	}
	if of&Fix != 0 && pastEventOpening(sc.ts) {
		veto |= Fix // round 255: fix_past_event_opening.go
	}
	if of&Fix != 0 && c.Role != ticket.RoleCustomer && checkRequested(sc.ts) {
		veto |= Fix // round 262: fix_check_requested.go
	}
	if of&Fix != 0 && c.Role != ticket.RoleCustomer && noteOfLimit(sc.ts) {
		veto |= Fix // round 262: fix_note_of_limit.go
	}
	if of&Fix != 0 && doneTheTrick(sc.ts) {
		veto |= Fix // round 238: fix_done_the_trick.go
	}
	if of&Fix != 0 && c.Role != ticket.RoleCustomer && (recordStamped(sc.ts) || raisedWithParty(sc.ts) || goodwillFronted(sc.ts)) {
		veto |= Fix // round 238: fix_record_stamped.go, fix_raised_with_party.go, fix_goodwill_fronted.go
	}
	if of&Restored == 0 {
		return veto, 0
	}
	if acts&Question != 0 && !statedThenAsked(text, sc) || c.Opening || acts&Estimate != 0 ||
		modelTestEnv(text, sc) && !testEnvResult(sc.ts) || modelHedged(sc, c) || modelRefusesRestored(sc.ts, acts) || notRestored(text, sc.ts, c, acts) ||
		c.Role != ticket.RoleCustomer && (staffPleasantry(sc.ts) || othersUnaffected(sc.ts)) {
		veto |= Restored
	} else if i, n := restoredWords.findIn(sc); i >= 0 {
		if restoredRefused(sc, i, n) || notYet.hasIn(sc) {
			veto |= Restored
		}
	} else if conditionToCome(sc.ts) {
		veto |= Restored // round 190: a condition still to come keeps the notYet veto where the model is sure (restored_condition_to_come.go)
	} else if negations.hasIn(sc) || notYet.hasIn(sc) {
		negated = Restored // round 181: a notYet word alone is waived where the model is sure too (restored_notyet_waiver_test.go)
	}
	if veto&Restored == 0 && modelTestEnv(text, sc) {
		negated = Restored // round 228: a result told in the test environment, waived where the model is sure (restored_test_env_result.go)
	}
	return veto, negated
}
