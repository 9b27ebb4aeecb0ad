// Package reader reads a ticket's messages the way a person would: it splits
// each body into the sentences its author wrote (hard-wrapped lines joined,
// quoted replies and signatures dropped) and classifies every sentence into the
// acts a post-incident review needs: an automatic acknowledgement, a question or
// request for information, a step or finding of the investigation, a statement
// of the cause, a fix or workaround, a restoration or the customer's
// confirmation, an estimate, a chase for news, a closing notice, and the
// customer's statement of the problem and of its business impact.
//
// Reading is rule-based, deterministic and offline: the same ticket always
// reads the same way. Its accuracy is measured on labelled real tickets
// (docs/quality.md). The API:
//
//   - Sentences(body) splits one body into Spans (text and byte offsets).
//   - Classify(text, Context) returns the Acts of one sentence.
//   - Read(ticket, Options) reads every message of a ticket: its sentences with
//     their acts and whether the message is automatic (by author, text, repetition
//     across tickets or timing). Reading.Find lists the sentences of an act.
//   - Canned collects texts repeated across tickets; InferType guesses a ticket's
//     type from its opening.
package reader

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/ticket"
)

// Act is what a sentence does; a sentence may do several (a fix that restores
// the service), so Act is a set of bits.
type Act uint16

// The acts.
const (
	// AutoAck is an automatic acknowledgement or notice: not a response.
	AutoAck Act = 1 << iota
	// Question is a question or a request for information.
	Question
	// Investigation is a step or finding of the investigation.
	Investigation
	// Cause is staff asserting the cause (not asking, denying, guessing, or a
	// policy or closing notice).
	Cause
	// Fix is a fix or workaround, applied or given.
	Fix
	// Restored says the service works again or the request is fulfilled, or is
	// the customer's confirmation of it.
	Restored
	// Estimate gives a time by which something will be done.
	Estimate
	// Chase asks for news.
	Chase
	// Closing announces or asks for the ticket's close.
	Closing
	// Problem is the customer stating what is wrong.
	Problem
	// Impact is the customer stating what the problem does to their business.
	Impact
)

// Acts lists every act, in order.
var Acts = []Act{AutoAck, Question, Investigation, Cause, Fix, Restored, Estimate, Chase, Closing, Problem, Impact}

var actNames = map[Act]string{
	AutoAck: "auto_ack", Question: "question", Investigation: "investigation", Cause: "cause", Fix: "fix",
	Restored: "restored", Estimate: "estimate", Chase: "chase", Closing: "closing", Problem: "problem", Impact: "impact",
}

// Has reports whether a includes every act of b.
func (a Act) Has(b Act) bool { return b != 0 && a&b == b }

// String names the acts, joined by '+' ("fix+restored"); "" for none.
func (a Act) String() string {
	if a&(a-1) == 0 { // none or one act: no list to join
		return actNames[a]
	}
	var buf [96]byte
	b := buf[:0]
	for _, x := range Acts {
		if a&x != 0 {
			if len(b) > 0 {
				b = append(b, '+')
			}
			b = append(b, actNames[x]...)
		}
	}
	return string(b)
}

// ParseActs reads what String writes; "" and "-" are no act.
func ParseActs(s string) (Act, error) {
	var a Act
	if s == "" || s == "-" {
		return 0, nil
	}
	for _, p := range strings.Split(s, "+") {
		found := false
		for x, n := range actNames {
			if n == strings.TrimSpace(p) {
				a |= x
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("reader: unknown act %q", p)
		}
	}
	return a, nil
}

// Sentence is one classified sentence of a message.
type Sentence struct {
	Span
	Acts Act
	// CauseBy is how the cause act was read, where Acts has it: by a named
	// rule, from a working note's terse state, or by the model alone (round
	// 231, cause_source.go). It changes no act; the analysis ranks the causes
	// it may quote by it.
	CauseBy CauseSource
}

// Message is how one message event of a ticket reads.
type Message struct {
	// Event is the index of the message in the ticket's Events.
	Event int
	// Automatic is true for a message no person wrote in answer to the ticket;
	// Why says how it was recognised: "system", "author", "text", "repeated" or "timing".
	Automatic bool
	Why       string
	Sentences []Sentence
}

// Reading is how a ticket's messages read.
type Reading struct {
	Messages []Message
	// Opening is the index in Messages of the customer's first public message; -1 if none.
	Opening int
}

// Found is one sentence of an act, with its message.
type Found struct {
	Message *Message
	Sentence
}

// Find returns the sentences that have act, in ticket order.
func (r *Reading) Find(act Act) []Found {
	var out []Found
	for i := range r.Messages {
		m := &r.Messages[i]
		for _, s := range m.Sentences {
			if s.Acts&act != 0 {
				out = append(out, Found{Message: m, Sentence: s})
			}
		}
	}
	return out
}

// Automatic reports whether the message at event index i is automatic.
func (r *Reading) Automatic(i int) bool {
	for k := range r.Messages {
		if r.Messages[k].Event == i {
			return r.Messages[k].Automatic
		}
	}
	return false
}

// DefaultAutomaticWithin is how soon after a customer's message a staff message
// must come to be taken as automatic by its timing (see Read).
const DefaultAutomaticWithin = time.Minute

// Options tune how a ticket is read. The zero value applies the defaults.
type Options struct {
	// AutomaticAuthors are authors whose messages are automatic (a helpdesk's
	// robot account), matched case-insensitively.
	AutomaticAuthors []string
	// Canned holds texts repeated across tickets; nil for none.
	Canned *Canned
	// AutomaticWithin overrides DefaultAutomaticWithin; negative disables the timing rule.
	AutomaticWithin time.Duration
	// rulesOnly leaves out the model's acts (modelAdd): the rules' reading,
	// which the model is trained on.
	rulesOnly bool
	// why, when set, is told which rules read a cause and a restoration in
	// each sentence (by event and index in its message), before the model.
	why func(event, sentence int, names actRuleNames)
	// sawContext, when set, is told each sentence's Context (the model's
	// training, readSentences, takes Context.AskedToKnow from it).
	sawContext func(event, sentence int, c Context)
	// sawLate, when set, is told each sentence Read reads restored after
	// the model's pass (lateRestored, round 106): the training's check that
	// Read is the trained model leaves those out.
	sawLate func(event, sentence int)
	// sawSure, when set, is told each sentence the model reads restored
	// only because it is sure (modelSureRestored waives the negation guard,
	// round 168): the errors listing names those rows apart.
	sawSure func(event, sentence int)
}

// Read reads every message of t. A staff message is automatic when its author
// is a system or listed in o.AutomaticAuthors; when every sentence of it is an
// automatic acknowledgement by its text ("we have received your request");
// when it came within o.AutomaticWithin of a customer's message and its text is
// in o.Canned (repeated across tickets); or when it came within
// o.AutomaticWithin of the ticket's creation and its author wrote nothing later
// in the ticket (a robot answers at once and then falls silent). The sentences of
// an automatic message are all AutoAck and nothing else.
func Read(t *ticket.Ticket, o *Options) *Reading {
	if o == nil {
		o = &Options{}
	}
	within := o.AutomaticWithin
	if within == 0 {
		within = DefaultAutomaticWithin
	}
	r := &Reading{Opening: -1}
	// Split every message first, so that the sentences of all of them, and
	// their lower-cased text, are each made at once.
	n := 0
	for i := range t.Events {
		if t.Events[i].Kind == ticket.KindMessage {
			n++
		}
	}
	r.Messages = make([]Message, 0, n)
	var spans []Span
	var buf [64]string
	buf0 := buf[:0]
	ends := make([]int, 0, n)
	for i := range t.Events {
		if e := &t.Events[i]; e.Kind == ticket.KindMessage {
			spans = sentences(e.Body, spans)
			ends = append(ends, len(spans))
		}
	}
	aside := setAsideLater(t, spans, ends, buf0[:0])      // Context.SetAside (round 173)
	retracted := retractedLater(t, spans, ends, buf0[:0]) // Context.Retracted (round 242)
	ascii := make([]bool, len(spans))
	lower := lowerASCII(spans, ascii)
	all := make([]Sentence, len(spans))
	var sc scan
	var lastCustomer time.Time
	request := subjectRequest(t.Subject)
	// The subject's and the opening's type votes, as InferType casts them
	// before staff reply, and whether they ask a way and tell nothing seen:
	// Context.AskedToKnow from the message after the opening on (round 83).
	votes := subjectVotes(t.Subject, buf[:0], &sc, true)
	sts := tokens(t.Subject, buf[:0])
	asksWay, showsState := openingAsksWay(sts), openingShowsState(sts)
	// Whether the subject or the opening's messages report a thing offline,
	// and their words once one does: Context.OfflineReported (round 92).
	offlineSaid, _ := offlineWord(sts)
	offlineTexts := [3]string{t.Subject} // the subject, the first message and the opening
	nOffline := 1
	var offlineReported []string
	opened := false // the message the ticket was opened with was voted (openedWith)
	askedToKnow := false
	answered := false // a staff message, not automatic, after the message that asked (Context.FirstAnswer, round 235)
	var feats []int32
	var words []string
	var pending []pendingSentence
	var rules []Act
	var scratch []int32
	prevCustomer := false
	remedied := false     // staff's last message reported a fix or restoration
	remedyPublic := false // and the customer could read it
	otherOpened := false  // the ticket's first message is not the customer's: an alert or a logged call
	custRestored := false // the last message is the customer's and reads a step or a restoration
	custQuiet := false    // or reads no problem, question or chase
	stepped := false      // staff's last message asked for a step or sent something (stepAsked)
	remedyEver := false   // the rules read a fix or a restoration in an earlier message
	remedyRead := false   // staff's last message has a fix or restoration, the model's acts included (round 106)
	var late []int        // the message's sentences read restored after the model's pass (lateRestored)
	var bareDone []int    // the customer's bare "done" sentences and staff's "asked <someone> to", whose fix is left out after the model's pass (customerDoneBare, askedPartyTo)
	var doneRead []int    // the sentences customerDone read a fix in, whose fix is left out after the model's pass where read restored (doneRestored)
	causeEver := false    // the rules read a cause earlier in the ticket (Context.CauseBefore, round 137)
	from := 0
	for i := range t.Events {
		e := &t.Events[i]
		if e.Kind != ticket.KindMessage {
			continue
		}
		m := Message{Event: i}
		opening := r.Opening < 0 && e.IsPublicCustomerMessage()
		if opening {
			r.Opening = len(r.Messages)
		}
		// The ticket's first message states the problem whoever typed it: an
		// agent logging a call or pasting a chat, or an alert.
		first := len(r.Messages) == 0
		if first {
			otherOpened = !e.IsPublicCustomerMessage()
		}
		faultStated := false // a sentence of the first message names a fault
		// A customer's first message after staff's public message reported a
		// remedy (a ticket logged by phone, the customer writing for the
		// first time to confirm) answers the remedy; it opens nothing
		// (round 18). After a private note it may still be the report,
		// unless an alert or a logged call already opened the ticket and the
		// message names no fault: the customer then writes after the problem
		// was stated and worked on (round 38; a fault named after a planned
		// change's note is the report: "Mic live light in Studio 1 not
		// coming on").
		answers := remedied && remedyPublic
		if opening && remedied && !remedyPublic && otherOpened {
			answers = !statesProblem(spans[from:ends[len(r.Messages)]], buf[:0], &sc)
		}
		ctx := Context{Role: e.Role, Public: e.Public, Opening: opening && !answers || first, Request: request, AskedToKnow: askedToKnow,
			FirstAnswer:      askedToKnow && !answered && e.Role != ticket.RoleCustomer,
			AfterRemedy:      remedied || stepped && e.Role == ticket.RoleCustomer,
			CustomerRestored: custRestored && e.Role == ticket.RoleAgent, CustomerQuiet: custQuiet && e.Role == ticket.RoleAgent,
			RemedyInTicket: remedyEver, OfflineReported: offlineReported, SetAside: setAsideAt(aside, len(r.Messages)),
			Retracted:         retractedAt(retracted, len(r.Messages)),
			OpenedAfterRemedy: opening && otherOpened && !answers && remedyEver, // round 97, restored_opened_after_remedy.go
			ModelRemedy:       remedyRead && e.Role == ticket.RoleCustomer}      // round 106, restored_model_remedy.go
		end := ends[len(r.Messages)]
		m.Sentences = all[from:end:end]
		allAck := end > from
		remedy := false // the rules read a fix or restoration in this message
		step := false   // a staff sentence asks for a step or sends something
		var prev Act
		late, bareDone, doneRead = late[:0], bareDone[:0], doneRead[:0]
		for k, sp := range spans[from:end] {
			var ts []string
			if ascii[from+k] {
				ts = lowerTokens(lower[:len(sp.Text)], buf[:0])
				lower = lower[len(sp.Text):]
			} else {
				ts = tokens(sp.Text, buf[:0])
			}
			scn := newScan(ts, &sc)
			ctx.RemedyBefore = remedy
			ctx.CauseBefore = causeEver
			var why actRuleNames
			a := classifyWhy(sp.Text, scn, ctx, &why)
			if carried, name := carryCause(a, prev, ctx, sp.Text, ts); carried != a {
				a = carried // rounds 119 and 137, cause_arrow_after_cause.go: the cause told before carried on
				why.cause = name
			}
			causeEver = causeEver || a&Cause != 0
			if o.why != nil {
				o.why(m.Event, k, why)
			}
			if o.sawContext != nil {
				o.sawContext(m.Event, k, ctx)
			}
			if ctx.ModelRemedy && !ctx.AfterRemedy {
				if name := lateRestored(sp.Text, scn, ctx, a); name != "" {
					late = append(late, k) // round 106, restored_model_remedy.go
					if o.why != nil {
						o.why(m.Event, k, actRuleNames{cause: why.cause, restored: name})
					}
				}
			}
			if e.Role == ticket.RoleCustomer && !ctx.Opening && customerDoneBare(ts) || e.Role != ticket.RoleCustomer && askedPartyTo(ts) {
				bareDone = append(bareDone, k) // round 230, fix_customer_done_bare.go; round 243, fix_asked_party.go
			}
			if a&(Fix|Restored) == Fix|Restored && why.fix == customerDoneRule {
				doneRead = append(doneRead, k) // round 238, fix_customer_done_restored.go
			}
			if ctx.OpenedAfterRemedy && openingFaultTold(scn) {
				ctx.OpenedAfterRemedy = false // round 97: a fault told, the rest of the message belongs to that report
			}
			if first && (problemWords.hasIn(scn) || alertFault(scn)) {
				faultStated = true
			}
			if (first || opening) && offlineSaid < 0 {
				offlineSaid, _ = offlineWord(ts)
			}
			m.Sentences[k] = Sentence{Span: sp, Acts: a, CauseBy: rulesCauseSource(a, why)}
			remedy = remedy || a&(Fix|Restored) != 0
			step = step || e.Role != ticket.RoleCustomer && !step && stepAsked(sp.Text, ts)
			if opening && !request {
				request = requestAsked(ts)
			}
			if a&AutoAck == 0 && !courtesy(ts) {
				allAck = false
			}
			if !o.rulesOnly {
				// The model's acts, scored only where the rules left one
				// of them out, once the rules have read the whole message
				// (pending) and it is known not to be an automatic one;
				// the rules' guards (modelVeto) are asked only about the
				// acts the model would add, which are few.
				if skip := a & modelMask; skip != modelMask {
					p := place{msg: len(r.Messages), msgs: n, sent: k, sents: end - from, prev: prev, prevCustomer: prevCustomer}
					f0 := len(feats)
					feats = modelFeatures(feats, sp.Text, scn, ctx, a, p)
					t0 := len(words)
					words = append(words, ts...)
					pending = append(pending, pendingSentence{k: k, skip: skip, acts: a, ctx: ctx, feats: [2]int{f0, len(feats)}, words: [2]int{t0, len(words)}})
				}
			}
			prev = a
		}
		prevCustomer = e.Role == ticket.RoleCustomer
		if e.Role != ticket.RoleCustomer {
			m.Automatic, m.Why = automatic(t, i, o, within, lastCustomer, allAck && anyAck(m.Sentences))
		}
		// A first message is no response, automatic or not (an alert, or a
		// call logged at the ticket's creation by an agent who never writes
		// again), but its sentences state the problem and keep their acts,
		// unless one reads as a notice ("You're now chatting with support"),
		// or it is the system's and names no fault (a chat widget's
		// "Welcome to our chat. An advisor will join in a moment.").
		keep := first && !anyAck(m.Sentences) && (m.Why != "system" || faultStated)
		if len(pending) > 0 && !(m.Automatic && !keep) { // an automatic message's acts are replaced below
			// The message's context, from the rules' acts (before the
			// model adds any): the next sentence's and the others'.
			rules = rules[:0]
			for k := range m.Sentences {
				rules = append(rules, m.Sentences[k].Acts)
			}
			for _, ps := range pending {
				next, others := messageContext(rules, ps.k)
				scratch = appendMessageContext(append(scratch[:0], feats[ps.feats[0]:ps.feats[1]]...), next, others)
				ws := words[ps.words[0]:ps.words[1]]
				if add, sure, causeP := modelAddP(scratch, ws, ps.skip); add != 0 {
					scn := newScan(ws, &sc)
					veto, negated := modelGuards(m.Sentences[ps.k].Text, scn, ps.ctx, ps.acts, add)
					add &^= veto | negated&^sure // rounds 168, 181: the negation or notYet guard alone waived where the model is sure (modelSureRestored)
					if o.sawSure != nil && add&negated&sure&Restored != 0 {
						o.sawSure(m.Event, ps.k)
					}
					m.Sentences[ps.k].Acts |= add
					if add&Cause != 0 {
						m.Sentences[ps.k].CauseBy = modelCauseSource(causeP) // round 231: the model alone, and how sure
					}
					if a := m.Sentences[ps.k].Acts; add&(Cause|Fix) != 0 && a&(Cause|Fix) == Cause|Fix && !remedyBesideCause(m.Sentences[ps.k].Text, scn) {
						m.Sentences[ps.k].Acts &^= Fix // round 33, as classify: a cause told with its breaking change is no remedy
					}
				}
			}
		}
		feats, words, pending = feats[:0], words[:0], pending[:0]
		if m.Automatic && !keep {
			recovered := false // an earlier line of the notice read as a recovery
			for k := range m.Sentences {
				m.Sentences[k].Acts, m.Sentences[k].CauseBy = AutoAck, CauseByRule
				if monitorRecovered(m.Sentences[k].Text) {
					if !recovered || !recoveryStamp(tokens(m.Sentences[k].Text, nil)) {
						m.Sentences[k].Acts |= Restored // a monitor's recovery notice (round 18), not its time stamp after the recovery line (round 230)
					}
					recovered = true
				} else if recovered && monitorDetailFlowing(m.Sentences[k].Text, tokens(m.Sentences[k].Text, nil)) {
					m.Sentences[k].Acts |= Restored // its detail line: "Channels ... updating." (round 156)
				}
			}
		}
		for _, k := range late {
			m.Sentences[k].Acts |= Restored // after the model's pass: the rules' acts it read stay the rules' alone
			if o.sawLate != nil {
				o.sawLate(m.Event, k)
			}
		}
		for _, k := range bareDone {
			m.Sentences[k].Acts &^= Fix // after the model's pass: the rules' fix and the context it gave stay, the act is the instruction's
		}
		for _, k := range doneRead {
			if doneRestored(customerDoneRule, m.Sentences[k].Acts) {
				m.Sentences[k].Acts &^= Fix // after the model's pass (round 238): the customer's "done" with a working state is the restoration
			}
		}
		if e.Role == ticket.RoleCustomer {
			lastCustomer = e.At
			var any Act
			for k := range m.Sentences {
				any |= m.Sentences[k].Acts
			}
			custRestored, custQuiet = any&(Fix|Restored) != 0, any&(Problem|Question|Chase) == 0
		} else if !m.Automatic {
			custRestored, custQuiet = false, false
			remedied, remedyPublic, stepped = remedy, e.Public, step
			remedyRead = anyRemedy(m.Sentences)
		}
		remedyEver = remedyEver || remedy // the rules' acts, not the model's: the model is trained on what the rules read
		if (first || opening) && nOffline < len(offlineTexts) {
			offlineTexts[nOffline] = e.Body
			nOffline++
			if offlineSaid >= 0 {
				offlineReported = offlineReportedWords(offlineTexts[:nOffline], buf[:0])
			}
		}

		// The ticket's opener and the customer's opening cast their votes
		// (ticketVotes): the first message with a sentence that is no
		// acknowledgement, before the opening, and the opening.
		voted := false
		if opening || !opened && r.Opening < 0 && !allAcks(m.Sentences) {
			voted = true
			opened = opened || !allAcks(m.Sentences)
			for k := range m.Sentences {
				s := &m.Sentences[k]
				ts := tokens(s.Text, buf[:0])
				asksWay = asksWay || openingAsksWay(ts)
				// a thing seen asked about as normal or a worry
				// (worryAsked) is a symptom, whose explanation is a cause
				showsState = showsState || openingShowsState(ts) || worryAsked(ts)
				votes.vote(s.Text, s.Acts&Problem != 0, buf[:0], &sc)
			}
			// an ask to be told how to (howToTold, round 163) types the
			// ticket but is no part of the Context the model was trained on
			known := votes
			known.howToTold = false
			askedToKnow = asksWay && !showsState && known.decide(staffSays{}) == ticket.TypeQuestion
		}
		if e.Role != ticket.RoleCustomer && !m.Automatic && !voted {
			answered = true
		}
		r.Messages = append(r.Messages, m)
		from = end
	}
	return r
}

// allAcks reports whether every sentence of ss is an automatic
// acknowledgement (none is, of none).
func allAcks(ss []Sentence) bool {
	for _, s := range ss {
		if s.Acts&AutoAck == 0 {
			return false
		}
	}
	return true
}

// statesProblem reports whether a sentence of spans names a fault (the
// customer's problem words) or a negation ("not coming on").
func statesProblem(spans []Span, buf []string, sc *scan) bool {
	for _, sp := range spans {
		if scn := newScan(tokens(sp.Text, buf), sc); problemWords.hasIn(scn) || negations.hasIn(scn) {
			return true
		}
	}
	return false
}

// pendingSentence is a sentence of the message being read that the model
// scores once the rules have read the whole message: its index, the acts the
// model may not add, what modelVeto needs to refuse what it would add, and
// where its features and words are in Read's buffers.
type pendingSentence struct {
	k            int
	skip, acts   Act     // the acts the model may not add (the rules'), and the rules' acts
	ctx          Context // the sentence's context, for modelVeto
	feats, words [2]int
}

// messageContext returns the acts of the sentence after k and the union of
// the acts of every sentence but k, from the acts of a message's sentences.
func messageContext(acts []Act, k int) (next, others Act) {
	if k+1 < len(acts) {
		next = acts[k+1]
	}
	for j, a := range acts {
		if j != k {
			others |= a
		}
	}
	return next, others
}

// lowerASCII returns the ASCII texts of spans, lower-cased and joined, in one
// string (the others are lower-cased one by one as they are read), and sets
// ascii[i] for the spans that are ASCII.
func lowerASCII(spans []Span, ascii []bool) string {
	n := 0
	for i, sp := range spans {
		if ascii[i] = isASCII(sp.Text); ascii[i] {
			n += len(sp.Text)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, sp := range spans {
		if !ascii[i] {
			continue
		}
		// Runs without a capital are copied whole.
		s := sp.Text
		from := 0
		for j := 0; j < len(s); j++ {
			if c := s[j]; 'A' <= c && c <= 'Z' {
				b.WriteString(s[from:j])
				b.WriteByte(c + 'a' - 'A')
				from = j + 1
			}
		}
		b.WriteString(s[from:])
	}
	return b.String()
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// automatic decides whether the staff message at index i is automatic (see
// Read); ackText says every sentence of it reads as an automatic acknowledgement.
func automatic(t *ticket.Ticket, i int, o *Options, within time.Duration, lastCustomer time.Time, ackText bool) (bool, string) {
	e := &t.Events[i]
	switch {
	case e.Role == ticket.RoleSystem:
		return true, "system"
	case listed(o.AutomaticAuthors, e.Author):
		return true, "author"
	case ackText:
		return true, "text"
	case within > 0 && !lastCustomer.IsZero() && e.At.Sub(lastCustomer) <= within && o.Canned.Has(e.Body):
		return true, "repeated"
	case within > 0 && e.At.Sub(t.CreatedAt) <= within && silentAfter(t, i, e.Author, e.At.Add(within)):
		return true, "timing"
	}
	return false, ""
}

// IsAutomatic reports whether the message at index i of t is automatic, and
// why, by the rules of Read, reading only that message: what an SLA clock needs
// to skip acknowledgements without reading the whole ticket.
func IsAutomatic(t *ticket.Ticket, i int, o *Options) (bool, string) {
	e := &t.Events[i]
	if e.Kind != ticket.KindMessage || e.Role == ticket.RoleCustomer {
		return false, ""
	}
	if o == nil {
		o = &Options{}
	}
	within := o.AutomaticWithin
	if within == 0 {
		within = DefaultAutomaticWithin
	}
	var lastCustomer time.Time
	for j := 0; j < i; j++ {
		if p := &t.Events[j]; p.Kind == ticket.KindMessage && p.Role == ticket.RoleCustomer {
			lastCustomer = p.At
		}
	}
	var buf [64]string
	var sc scan
	ack, allAck := false, true
	ctx := Context{Role: e.Role, Public: e.Public}
	spans := Sentences(e.Body)
	for _, sp := range spans {
		ts := tokens(sp.Text, buf[:0])
		a := classify(sp.Text, newScan(ts, &sc), ctx)
		ack = ack || a&AutoAck != 0
		if a&AutoAck == 0 && !courtesy(ts) {
			allAck = false
		}
	}
	return automatic(t, i, o, within, lastCustomer, ack && allAck && len(spans) > 0)
}

func anyAck(ss []Sentence) bool {
	for _, s := range ss {
		if s.Acts&AutoAck != 0 {
			return true
		}
	}
	return false
}

// courtesy reports whether a sentence is only a courtesy ("thank you", "best
// regards, the team"): it does not make a message a person's answer.
func courtesy(ts []string) bool {
	if len(ts) > 6 {
		return false
	}
	for _, t := range ts {
		switch t {
		case "thank", "thanks", "you", "regards", "best", "kind", "team", "support", "the", "service", "desk", "helpdesk", "dear", "customer", "greetings":
		default:
			return false
		}
	}
	return true
}

// Listed reports whether author a is one of authors, compared case-insensitively
// and without surrounding spaces: the cheap test of Options.AutomaticAuthors.
func Listed(authors []string, a string) bool { return listed(authors, a) }

func listed(authors []string, a string) bool {
	a = strings.TrimSpace(a)
	if a == "" {
		return false
	}
	for _, x := range authors {
		if strings.EqualFold(strings.TrimSpace(x), a) {
			return true
		}
	}
	return false
}

// silentAfter reports whether author wrote no message in t after the event at
// index i that is later than until.
func silentAfter(t *ticket.Ticket, i int, author string, until time.Time) bool {
	if author == "" {
		return false
	}
	for j := i + 1; j < len(t.Events); j++ {
		e := &t.Events[j]
		if e.Kind == ticket.KindMessage && e.Author == author && e.At.After(until) {
			return false
		}
	}
	return true
}
