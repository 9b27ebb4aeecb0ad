package reader

import (
	"math/bits"
	"strings"

	"github.com/debriefhq/debrief/internal/ticket"
)

// A statistical model of the three weak acts (cause, fix, restored) was tried
// in December 2026 on top of the rules (docs/quality.md, "A statistical model").
// Its features are the ones below: what the rules already compute for a
// sentence (its acts, which lexicons matched, the word classes of its words),
// its context (the author's role, where the sentence and its message stand in
// the ticket, the previous sentence's acts), cues of form (question mark,
// colon, length) and, optionally, its words. They are meant to carry across
// helpdesks: none is a product name or a ticket's own wording except the words.

// Feature layout: binary features numbered from 0; words come last.
const (
	fBias    = 0
	fRuleAct = 1                 // + bit index of each act the rules gave
	fPrevAct = fRuleAct + 16     // + bit index of each act of the previous sentence of the message
	fClass   = fPrevAct + 16     // + bit index of each word class present
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
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			ctx(ctxDigit)
			break
		}
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
		prev := uint32(0x9e3779b9)
		for _, w := range sc.ts {
			h := fnv32(w)
			f = append(f, int32(fWords+int(h%fWordLen)))
			if p.bigram {
				f = append(f, int32(fWords+int((h*31+prev)%fWordLen)))
			}
			prev = h
		}
	}
	return f
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
