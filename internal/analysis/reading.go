package analysis

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
)

// reading is a ticket's reading indexed by event, so that the timeline and the
// facts reuse the reader's sentences instead of splitting a message again.
type reading struct {
	*reader.Reading
	msg []int // msg[i] is the index in Messages of event i, -1 for none
}

func newReading(t *ticket.Ticket, rd *reader.Reading) *reading {
	r := &reading{Reading: rd, msg: make([]int, len(t.Events))}
	for i := range r.msg {
		r.msg[i] = -1
	}
	for k := range rd.Messages {
		r.msg[rd.Messages[k].Event] = k
	}
	return r
}

// message returns how event i reads, nil for no message.
func (r *reading) message(i int) *reader.Message {
	if i < 0 || i >= len(r.msg) || r.msg[i] < 0 {
		return nil
	}
	return &r.Messages[r.msg[i]]
}

// automatic reports whether the message at event index i is automatic.
func (r *reading) automatic(i int) bool {
	m := r.message(i)
	return m != nil && m.Automatic
}

// sentences returns the sentences of body, the body of event i, as
// sentences(limitBody(body)) would: the reader's, which split the same text
// when the body is within the limit.
func (r *reading) sentences(i int, body string) []string {
	m := r.message(i)
	if m == nil || len(body) > maxReadBody {
		return sentences(limitBody(body))
	}
	out := make([]string, len(m.Sentences))
	for k, sn := range m.Sentences {
		out[k] = sn.Text
	}
	return out
}

// firstSentence returns firstSentence(body) for body, the body of event i: the
// reader's first sentence when the body is short enough that firstSentence
// would split all of it.
func (r *reading) firstSentence(i int, body string) string {
	m := r.message(i)
	if m == nil || len(body) > firstSentenceBody {
		if s := firstSentence(body); s != "" {
			return s
		}
		return firstLine(body)
	}
	if len(m.Sentences) == 0 {
		// The reader kept no sentence of the author's ("cheers", "Thank
		// you", "Many thanks, Hannah - all looks right from our end." above
		// a signature): the row quoted “” (styles6 EB-21044, styles26
		// WP-230301, styles33 RTPI-3392, styles38 RDS-6614, styles49
		// RCH-4471). The text's first line stands in.
		return firstLine(body)
	}
	k := 0
	for k+1 < len(m.Sentences) && (salutation(m.Sentences[k].Text) || (courtesy(m.Sentences[k].Text) || introduction(m.Sentences[k].Text)) && saysMore(m.Sentences[k+1].Text)) {
		k++
	}
	return clip(joinWrapped(body, len(m.Sentences), func(j int) reader.Span { return m.Sentences[j].Span }, k))
}

// joinWrapped returns the text of sentence k of body (of n, span(j) the j-th)
// with the sentences that follow it where the splitter ended it at a
// hard-wrapped line break in mid-sentence: the sentence ends without a stop,
// colon, bracket or quote, only a line break lies between the two, and the
// next begins with a lower-case letter or a digit. A timeline row quoted the
// cut line as all the message said, without the words that carried its
// meaning: 44 rows in 30 sets, e.g. styles32 RAD "… all connected" (then
// "straight away. Thanks …"), styles17 "… we did the pull-down together -
// the book" ("is there and she's back reading"), styles34 "… and the refund"
// ("came through this morning"), styles56 "… along with two I'd forgotten"
// ("about."), styles15 "… no complaints from the depot and I" ("listened in
// …"). A line ending with ':' or ']' ("[Chat started from the Help
// portal]", "Two checks before we schedule this:" above "1) …") ends its
// sentence, and so does a blank line.
func joinWrapped(body string, n int, span func(int) reader.Span, k int) string {
	sp := span(k)
	text := sp.Text
	for k+1 < n {
		next := span(k + 1)
		if !cutMidSentence(text) || !wrapBetween(body, sp.End, next.Start) || !lowerStart(next.Text) {
			break
		}
		text += " " + next.Text
		sp, k = next, k+1
	}
	return text
}

// cutMidSentence reports whether s ends as no sentence does: on a word or a
// comma, not on a stop, a colon, a bracket or a quote.
func cutMidSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// wrapBetween reports whether body[end:start] is one line break with, at
// most, spaces about it.
func wrapBetween(body string, end, start int) bool {
	if end < 0 || start > len(body) || end > start {
		return false
	}
	gap := strings.Trim(body[end:start], " \t\r")
	return gap == "\n"
}

// lowerStart reports whether s begins with a lower-case letter or a digit.
func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// salutation reports whether sentence s is only a letter's salutation, which
// the splitter leaves as a sentence of its own at its line break: up to three
// words ending in a comma ("Morning,", "Hola Javier,", "dears ph_user ,", "or
// Madam,"). A timeline row quoted it as what the message said: 50 rows in
// the styles sets (styles17 "Jordan,", styles34 "Morning Leah,", styles51
// "Morning,", styles53 "Jo,") and 167 in the Mendeley sample ("dears,").
func salutation(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ",") && len(strings.Fields(s)) <= 3 || greetingOnly(s)
}

// greetingOnly reports whether s is a greeting without its comma, alone or
// with whom it greets: "Morning" (styles3 HB-4502, styles23 NWR-4470, styles49
// PB-IT-3379, each quoted as what the customer wrote), "dears", "dears ph_user
// ph_user", "good day" (the Mendeley sample's creation rows, about 20). What
// follows the greeting word must be a name (capitalised), a placeholder or a
// word for the readers ("all", "team"): "Morning shift failed" is no greeting.
func greetingOnly(s string) bool {
	if n := fieldCount(s, 4); n == 0 || n > 3 {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	raw := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for i := range f {
		f[i] = strings.Trim(f[i], ".!:;")
	}
	rest := 1
	switch f[0] {
	case "dears", "dear", "hi", "hello", "hey", "greetings", "morning", "afternoon", "evening":
	case "good":
		if len(f) < 2 || (f[1] != "morning" && f[1] != "day" && f[1] != "afternoon" && f[1] != "evening") {
			return false
		}
		rest = 2
	default:
		return false
	}
	for i := rest; i < len(f); i++ {
		w := f[i]
		switch {
		case w == "all" || w == "team" || w == "everyone" || w == "there" || w == "sir" || w == "madam":
		case strings.HasPrefix(w, "ph_") || strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
		case raw[i][0] >= 'A' && raw[i][0] <= 'Z':
		default:
			return false
		}
	}
	return true
}

// courtesy reports whether sentence s is only thanks or an apology, with at
// most a name and an intensifier ("Thank you.", "Thanks Rob!", "Sorry about
// that.", "Thank you [PERSON-2]"): a timeline row quoted it as what the
// message said when the message went on to say what happened (styles53 a
// customer's "Thank you." before the new problem she reported and staff's
// "Sorry about that." before what the queue did; styles41 "Thank you
// Hannah." before the members rung; styles47 "Thank you very much!!" before
// the approval; 137 technical reviews in 50 sets). Thanks for something
// ("Thanks for the logs"), or with what follows ("Thanks, works now"), is
// kept, and so is a courtesy followed only by a signature (saysMore).
func courtesy(s string) bool {
	if fieldCount(s, 6) > 5 {
		return false // two thanks words and three more at most
	}
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	for i := range f {
		f[i] = strings.Trim(f[i], ".,!;:")
	}
	switch {
	case len(f) >= 2 && (f[0] == "thank" && f[1] == "you" || f[0] == "many" && f[1] == "thanks"):
		f = f[2:]
	case len(f) >= 1 && (f[0] == "thanks" || f[0] == "sorry" || f[0] == "apologies" || f[0] == "cheers"):
		f = f[1:]
	default:
		return false
	}
	if len(f) > 3 {
		return false
	}
	name := false
	for i, w := range f {
		switch w {
		case "very", "much", "so", "again", "all", "about", "that", "this":
			continue
		}
		// One name, last: "Thanks Rob", "Thank you [PERSON-2]".
		if i != len(f)-1 || name || !courtesyName(s, w) {
			return false
		}
		name = true
	}
	return true
}

// introduction reports whether sentence s only introduces the writer or the
// message: "<Name> here" ("Priya here", "Tom here", "Deansgate here"), "it's
// <Name>", "this is <Name>", "quick one", "quick question", "quick q". A
// timeline row quoted it as what the message said: 38 rows in 30 sets, the
// staff's first response in chats (styles3 "Priya here", styles15 "Sam here",
// styles35 "Owen here", styles54 "Tom here", styles56 "Mo here") and the
// customer's opening (styles21 "quick one", styles30 "Quick question",
// styles55 "Quick one", styles57 "quick one"). Like a courtesy, it is skipped
// only for a sentence that says more; a word that is no name stays ("Working
// here", "GPA.3391-2284 here").
func introduction(s string) bool {
	if n := fieldCount(s, 4); n != 2 && n != 3 {
		return false
	}
	raw := strings.Fields(strings.TrimSpace(s))
	f := make([]string, len(raw))
	for i, w := range raw {
		f[i] = strings.Trim(strings.ToLower(w), ".,!:;\\")
		raw[i] = strings.Trim(w, ".,!:;\\")
	}
	switch {
	case len(f) == 2 && f[0] == "quick" && (f[1] == "one" || f[1] == "question" || f[1] == "q"):
		return true
	case len(f) == 2 && f[1] == "here":
		return introName(raw[0])
	case len(f) == 2 && (f[0] == "it's" || f[0] == "it’s"):
		return introName(raw[1])
	case len(f) == 3 && f[0] == "this" && f[1] == "is":
		return introName(raw[2])
	}
	return false
}

// fieldCount returns len(strings.Fields(s)), or limit when it is that or more: a
// cheap test before the words are split and lowered. Lowering changes no
// rune into a space or out of one, so that it counts the lowered words too.
func fieldCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		space := r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r)
		switch {
		case space:
			in = false
		case !in:
			in = true
			if n++; n >= limit {
				return limit
			}
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// introName reports whether w is written as a name: capitalised letters, not
// a verb's -ing form ("Working here" says something works).
func introName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.HasSuffix(strings.ToLower(w), "ing") {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// saysMore reports whether sentence s, which follows a courtesy, says more
// than a signature: three words or more ("Thanks Dev." above "Gareth Pryce"
// keeps the thanks).
func saysMore(s string) bool {
	return len(strings.Fields(s)) >= 3
}

// courtesyName reports whether the lower-cased word w is written in s as a
// name: capitalised, or a redaction placeholder ("[person-2]").
func courtesyName(s, w string) bool {
	if strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]") {
		return true
	}
	fs := strings.Fields(s)
	last := strings.Trim(fs[len(fs)-1], ".,!;:")
	return len(last) > 1 && last[0] >= 'A' && last[0] <= 'Z' && strings.ToLower(last) == w
}

// callPrefaces open staff's note of a call.
var callPrefaces = []string{"call from ", "call to ", "phone call", "inbound call", "called ", "rang ", "phoned "}

// callReport reports whether s is staff's note of a call that tells what the
// other party said or found, after a colon or a dash that ends the call's
// preface ("Call from H. Kloss 11:40: all 41 completed the exam, no further
// lockouts.", styles10 PRX-88412; "Rang Jo back: OK to cancel ADJ-7731 and
// rerun it after the last wave tonight.", styles13 SP-44105; "Called Tariq
// back 16:41 - he says the barrier started opening for members again",
// styles29 CW-55930; "Phone call to Joanne Pike: paging restored on Ward 7
// from 03:03", styles9 NC-30581): news, a permission or a status, which
// the review listed among the remedial steps. A call in which staff did the
// step ("Talked her through a hard power cycle"), and one whose preface runs
// on with a comma to what the other party did at staff's request ("Called
// Dunstable 0251, pharmacist returned the item to Spine"), stay.
func callReport(s string) bool {
	l := lower(strings.TrimSpace(s))
	for _, p := range callPrefaces {
		if !strings.HasPrefix(l, p) {
			continue
		}
		head := l
		if len(head) > 70 {
			head = head[:70]
		}
		i := strings.Index(head, ": ")
		if j := strings.Index(head, " - "); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		return i > 0 && len(strings.Fields(l[:i])) <= 8 && !strings.Contains(l[:i], " through")
	}
	return callerFirst(l)
}

// callerFirst reports whether the lower-cased sentence l opens with a clause
// of up to six words in which someone else "rang", "called" or "phoned",
// with at most "back", "in" or a time after the verb, before a comma, a
// colon or a dash: "Ops rang 05:15, first wave from 05:40, three flights
// allocated to SRT-2 chutes." (styles58 BHS-24117), "Diane Hartley rang,
// quite upset" (styles29 CS-7781), "Practice manager Grace O'Neill called
// 10:12" (styles19 DF-58120): what follows is what the caller said.
func callerFirst(l string) bool {
	end := strings.IndexAny(l, ",:")
	if j := strings.Index(l, " - "); j >= 0 && (end < 0 || j < end) {
		end = j
	}
	if end < 0 {
		return false
	}
	ws := strings.Fields(parensToSpaces.Replace(l[:end]))
	if len(ws) > 6 {
		return false
	}
	for k := 1; k < len(ws); k++ {
		if ws[k] != "rang" && ws[k] != "called" && ws[k] != "phoned" {
			continue
		}
		for _, w := range ws[k+1:] {
			if w != "back" && w != "in" && !strings.ContainsAny(w, "0123456789") {
				return false
			}
		}
		return true
	}
	return false
}

// parensToSpaces opens "(" and ")" to spaces for callerFirst; built once, as
// it runs on every sentence with a comma or colon.
var parensToSpaces = strings.NewReplacer("(", " ", ")", " ")

// read fills the facts that come from reading the messages (package reader):
// the causes, fixes and estimates staff stated, the first restoration, the
// customer's chases, and the customer's own statement of the problem and of
// its business impact. Automatic messages say nothing here.
func (f *Facts) read(t *ticket.Ticket, rd *reader.Reading, st *sla.Stats) {
	f.problem(t, rd)
	var early *Quote   // staff's note before any fix (staffNoteBeforeFix): the restoration only if none follows
	var waiting *Quote // the customer's words with no word of the service back (customerWordsWait)
	waitingMsg := -1
	var step *Quote // staff's step read as a restoration too (stepWaits): the restoration only if none surer follows
	stepMsg := -1
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if m.Automatic || (t.Closed() && e.At.After(t.ClosedAt)) {
			continue
		}
		staff := e.Role == ticket.RoleAgent
		chased := false
		if f.Restored == nil && waiting != nil && mi != waitingMsg && faultAgain(e, m) {
			// The customer tells a fault after their words: those words stand
			// as the restoration, and the fault is the later problem's.
			f.Restored = waiting
			f.Impact.Restored = true
			f.Impact.End = waiting.At
		}
		for si, sn := range m.Sentences {
			if sn.Acts == 0 {
				continue // no act: nothing to quote
			}
			q := Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(sn.Text), Match: sn.Acts.String(), Event: EventID(m.Event)}
			if staff && sn.Acts&reader.Cause != 0 && len(f.Causes) < maxQuotesPerList {
				c := q
				c.Text = clip(withWhatFollows(e.Body, m.Sentences, si))
				c.CauseBy = causeSourceOf(sn.CauseBy)
				f.Causes = append(f.Causes, c)
			}
			// A fix promised for later ("we expect a fix by 12:00") is an estimate, not a step taken.
			if staff && sn.Acts&reader.Fix != 0 && sn.Acts&reader.Estimate == 0 && !callReport(sn.Text) && len(f.Fixes) < maxQuotesPerList {
				f.Fixes = append(f.Fixes, q)
			}
			if staff && e.Public && sn.Acts&reader.Estimate != 0 && len(f.Estimates) < maxQuotesPerList {
				f.Estimates = append(f.Estimates, q)
			}
			if f.Restored == nil && mi != stepMsg && restoration(e, sn, mi, rd, len(f.Fixes) > 0) {
				r := q
				if k := firmerRestoration(e, m, si, mi, rd, len(f.Fixes) > 0); k != si {
					r.Text, r.Match = clip(m.Sentences[k].Text), m.Sentences[k].Acts.String()
				}
				switch {
				case waiting != nil && (mi == waitingMsg || closingNote(e.Role, sn)):
					f.Restored = waiting
					f.Impact.Restored = true
					f.Impact.End = waiting.At
				case customerWordsWait(e.Role, sn.Text):
					if waiting == nil {
						waiting, waitingMsg = &r, mi
					}
				case staffNoteBeforeFix(staff, len(f.Fixes) > 0, sn.Text):
					if early == nil {
						early = &r
					}
				case stepWaits(staff, sn, r):
					if step == nil {
						step, stepMsg = &r, mi
					}
				default:
					f.Restored = &r
					f.Impact.Restored = true
					f.Impact.End = e.At
				}
			}
			if e.Role == ticket.RoleCustomer && e.Public && mi == rd.Opening {
				if sn.Acts&reader.Impact != 0 && f.BusinessImpact == nil && impactStatement(sn.Text) {
					p := q
					if _, value, ok := field(strings.TrimSpace(sn.Text)); ok && !bareValue(value) {
						// A form's value, without its label, as the problem is quoted; a
						// rating, a count or codes alone ("3 - Moderate", "1") say
						// nothing without it, so the field is quoted whole.
						p.Text = clip(value)
					}
					f.BusinessImpact = &p
				}
			}
			if e.Role == ticket.RoleCustomer && e.Public && mi != rd.Opening && sn.Acts&reader.Chase != 0 && !chased && !justAnswered(t, m.Event) {
				chased = true
				f.addChase(t, m.Event, q, sn, st, slices.ContainsFunc(m.Sentences, func(s reader.Sentence) bool { return askedWhen(s.Text) }))
			}
		}
	}
	switch {
	case f.Restored != nil:
	case step != nil:
		early = step
	case waiting != nil:
		early = waiting
	case early != nil && noteOvertaken(early, f.Fixes):
		// Staff's note before any fix, a step read after it: no
		// restoration told after the step (restored_note_overtaken.go).
		early = nil
	}
	if f.Restored == nil && early != nil {
		f.Restored = early
		f.Impact.Restored = true
		f.Impact.End = early.At
	}
	f.laterProblem(t, rd)
}

// withWhatFollows is sentence si of a message whose body is body, with the
// next sentence when si ends in a colon: "The reason is the update released
// last week:" says what the reason is only with what follows it.
func withWhatFollows(body string, sns []reader.Sentence, si int) string {
	sn := sns[si]
	if strings.Count(sn.Text, "\"")%2 == 1 {
		// A message quoted inside the cause was cut at its own full stop:
		// 'app pool throwing "Timeout expired' (styles62 CLP-118420); the
		// quote goes on to its closing mark, up to two sentences on.
		for k := si + 1; k < len(sns) && k <= si+2; k++ {
			if sns[k].Start < sns[k-1].End || sns[k].End > len(body) {
				break
			}
			if strings.Count(sns[k].Text, "\"")%2 == 1 {
				return strings.Join(strings.Fields(body[sn.Start:sns[k].End]), " ")
			}
		}
		return sn.Text
	}
	if !strings.HasSuffix(strings.TrimSpace(sn.Text), ":") || si+1 >= len(sns) || sns[si+1].End > len(body) || sns[si+1].Start < sn.End {
		return sn.Text
	}
	return strings.Join(strings.Fields(body[sn.Start:sns[si+1].End]), " ")
}

// impactStatement reports whether text, read as the customer's statement of
// the business impact, is one: not a question, not a line of a signature ("Site Manager,
// Operations Centre": every word capitalised, no verb), and a form's field
// only when its label names the impact ("Business impact: all tills down") or
// its value states a fault; "Live from: Thursday 16 October" is a date the
// work is wanted by, "Description: Please load the new fares…" the request.
func impactStatement(text string) bool {
	text = strings.TrimSpace(text)
	if titleLine(text) || strings.HasSuffix(text, "?") {
		return false // a signature line; a question, which states nothing
	}
	label, value, ok := field(text)
	if !ok {
		l := lower(text)
		return !asksOnly(l) && !allWell(l) && impactInUse(l)
	}
	l := strings.TrimRight(lower(label), "?")
	if deniesImpact(value) {
		return false // "Bookings affected: none that I know of" states that there is none
	}
	if affectedSystem.MatchString(l) {
		return false // "Affected system: VerifyPoint document check" names what broke, not what it costs
	}
	return strings.Contains(l, "impact") || strings.Contains(l, "affect") || strings.Contains(l, "urgen") ||
		strings.Contains(l, "severity") || faultRank(lower(value)) == faultScore
}

// affectedSystem is a form's label for the system at fault ("Affected
// system:", styles63 63-09; "Affected service:", styles46 SWP-1190): its value
// names what broke, which the problem tells; the form's "Impact:" field, if
// any, tells what it costs.
var affectedSystem = regexp.MustCompile(`^(?:affected|impacted) (?:system|service|application|app|product|platform|tool|module|component)s?$`)

// requestOpeners open a sentence that asks for something to be done: "Please
// add them to the account", "Please can you set our account so that ...", "I
// want this money back and the date fixed" (styles44, styles48, styles45).
var requestOpeners = newMatcher([]string{"please", "pls", "kindly", "can you", "could you", "would you", "can we",
	"could we", "can u", "could u", "i want", "we want", "i would like", "we would like", "i'd like", "we'd like", "i need you to",
	"we need you to", "i'd be grateful", "we'd be grateful"})

// consequenceWords tell what the fault costs or why it matters: with one, a
// request states an impact too ("Please fix it today as payroll runs
// tomorrow", "could you look urgently, we are losing orders").
var consequenceWords = newMatcher([]string{" as ", "because", "since", "otherwise", "or else", "before", "losing",
	"lost", "affect*", "urgent*", "asap", "deadline", "can't", "cannot", "unable", "customers", "staff", "patients",
	"students", "users", "everyone", "nobody", "no one", "down"})

// asksOnly reports whether l, a lowered sentence, asks for work and states no
// impact: a request opening it, and no word of a consequence or a fault
// stated in words. What the customer wants done is the request, not what the
// fault costs them.
func asksOnly(l string) bool {
	if !requestOpeners.startsWith(l) {
		return false
	}
	if _, ok := consequenceWords.find(l); ok {
		return false
	}
	return faultRank(l) < faultScore
}

// allWell reports whether l, a lowered sentence, says that nothing is wrong:
// something works in every clause and no fault is set against it ("Our login
// still works in the browser", styles45; "Live values OK, plant running
// normally", styles4), or the fault has not happened since a time
// ("nobody has had one since about 12:15", styles50; "no errors since the
// restart"). A reporter says so to narrow the fault down or to report it gone,
// not to say what it costs.
func allWell(l string) bool {
	if _, ok := notSinceWords.find(l); ok {
		return true
	}
	for _, clause := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' }) {
		_, works := fineWords.find(clause)
		_, normal := normalWords.find(clause)
		if !works && !normal {
			return false // "the stream shows the slate since 19:02, broadcast output is fine"
		}
	}
	if _, contrast := contrastWords.find(l); contrast {
		return false
	}
	if _, neg := negations.find(l); neg {
		return false // "nothing works", "it's not working"
	}
	return faultRank(strings.ReplaceAll(l, "still", "")) == 0 && !strings.Contains(l, "only")
}

// normalWords say that something runs as it should.
var normalWords = newMatcher([]string{"normally", "as normal", "as usual", "as expected"})

// notSinceWords deny that the fault happened since a time.
var notSinceWords = newMatcher([]string{"nobody has had", "no one has had", "none since", "nothing since",
	"not had one since", "not had any since", "haven't had one since", "haven't had any since", "hasn't happened since",
	"not happened since", "hasn't come back", "no problems since", "no issues since", "no errors since",
	"no complaints since"})

// ratingWords grade an impact without stating one.
var ratingWords = map[string]bool{"low": true, "medium": true, "moderate": true, "high": true, "critical": true,
	"minor": true, "major": true, "severe": true, "urgent": true, "normal": true, "significant": true,
	"sev": true, "severity": true, "level": true, "priority": true}

// bareValue reports whether a form's value holds no word that says
// something: only numbers, codes with digits and ratings ("3 - Moderate",
// "1", "AV301, AV302, AV305").
func bareValue(value string) bool {
	for _, w := range strings.Fields(lower(value)) {
		w = strings.Trim(w, ".,;:()/-–")
		if w == "" || w == "and" || w == "or" || strings.ContainsAny(w, "0123456789") || ratingWords[w] {
			continue
		}
		if utf8.RuneCountInString(w) >= 3 {
			return false
		}
	}
	return true
}

// deniesImpact reports whether a form's value says nothing is affected
// ("none that I know of", "No", "N/A"); "No one can log in" states one.
func deniesImpact(value string) bool {
	l := strings.Trim(lower(strings.TrimSpace(value)), ".!")
	switch l {
	case "no", "none", "nil", "n/a", "na", "unknown", "not known", "-":
		return true
	}
	return strings.HasPrefix(l, "none ") || strings.HasPrefix(l, "none,") || strings.HasPrefix(l, "not that")
}

// titleLine reports whether text is a name or a title, as in a signature:
// two to six words, each capitalised or a joining word, no sentence end.
func titleLine(text string) bool {
	if strings.Contains(text, "|") {
		// "Karen Lowe | Operations Director | Calder Recruitment": a
		// signature's parts on one line, each a name or a title.
		parts := strings.Split(text, "|")
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" && !titleWords(p, 1) {
				return false
			}
		}
		return len(parts) > 1
	}
	return titleWords(text, 2)
}

// titleWords reports whether text is min to six words, each capitalised or a
// joining word, with no sentence end.
func titleWords(text string, min int) bool {
	words := strings.Fields(text)
	if len(words) < min || len(words) > 6 || strings.ContainsAny(text, ".!?:") {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",;()&-")
		switch w {
		case "", "of", "and", "for", "the", "de", "du", "von":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// restoration reports whether sentence sn of message mi, of event e, states
// the service restored in a way the facts may take as the end of the impact:
// read as a restoration, not in the customer's opening unless it answers a
// step (openingPassed), public or staff's, and staff's
// own, after a fix (fixed), or the customer's confirmation in words; not
// read as a cause and no step (see causeOnly), not staff's check found fine
// before any fix while the fault stands (see checkFineFaultElsewhere), and
// not about the others (see aboutOthers).
func restoration(e *ticket.Event, sn reader.Sentence, mi int, rd *reader.Reading, fixed bool) bool {
	staff := e.Role == ticket.RoleAgent
	return sn.Acts&reader.Restored != 0 && (e.Public || staff) && openingPassed(mi, rd, fixed) && (staff || fixed || confirms(sn.Text)) &&
		!causeOnly(sn) &&
		!(staff && !fixed && checkFineFaultElsewhere(sn.Text)) &&
		!aboutOthers(sn.Text)
}

// othersSubjects open a sentence about the rest of the estate, not the
// service of the ticket: "Other 11 terminals settled fine", "The rest are
// booking normally", "Everyone else can log in".
var othersSubjects = []string{"other ", "others ", "the other ", "the others ", "all other ", "all the other ",
	"the rest ", "the rest of ", "everyone else ", "everybody else ", "every other "}

// aboutOthers reports whether text states something of others than the
// ticket's own service: its subject is the others ("Other 36 families
// refunded in bulk"). Such a restoration is someone else's; it does not end
// this ticket's impact.
func aboutOthers(text string) bool {
	l := lower(strings.TrimSpace(text)) + " "
	for _, p := range othersSubjects {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// restoredAfterLater moves the end of the impact past a later problem: where
// the customer (or staff, during requested work) stated a fault after the
// first restoration ("first one working … bar one still says not
// available"), the service was back only when a restoration after that
// statement says so. Without one the first restoration stands: a later
// problem is not always the fault come back (a remainder, a new question).
//
// An automatic alert that states the same fault again after the first
// restoration (see refired) moves it the same way: the monitoring says the
// fault is back, so the service was back only at a restoration after it,
// one that states no fault itself: staff's notes on a fault come back read
// as a restoration as often as not ("the job goes back on the queue and takes
// down the next one").
//
// Staff's note after the fault came back, before any step since, is a
// finding and not the restoration ("Window still clean."; see
// findingAfterAgain). Staff's step since, read as a restoration too, waits
// for a restoration in a later message, as in read (stepWaits).
func (f *Facts) restoredAfterLater(t *ticket.Ticket, rd *reader.Reading) {
	if f.Restored == nil {
		return
	}
	var again time.Time
	if lp := f.LaterProblem; lp != nil && !lp.At.Before(f.Restored.At) {
		again = lp.At
	}
	alert := false // the fault came back by an alert: see below
	if at, ok := f.refired(t, rd); ok && (again.IsZero() || at.Before(again)) {
		again, alert = at, true
	}
	if again.IsZero() {
		return
	}
	var step *Quote // staff's step since the fault came back: quoted only where no restoration follows (stepWaits)
	found := func(q *Quote) {
		f.Restored = q
		f.Impact.End = q.At
		if alert {
			// The monitoring says the same fault came back: the
			// steps before it did not hold. A customer's later
			// problem is as often a remainder the first fix left
			// ("my phone still says …"), so it does not count here.
			f.Impact.Returned = again
		}
	}
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if m.Automatic || !e.At.After(again) || t.Closed() && e.At.After(t.ClosedAt) {
			continue
		}
		fixed := slices.ContainsFunc(f.Fixes, func(q Quote) bool { return !q.At.After(e.At) })
		fixedAgain := slices.ContainsFunc(f.Fixes, func(q Quote) bool { return q.At.After(again) && !q.At.After(e.At) })
		for si, sn := range m.Sentences {
			if restoration(e, sn, mi, rd, fixed) && !(alert && laterFault(lower(sn.Text), false)) &&
				!findingAfterAgain(e.Role == ticket.RoleAgent, fixedAgain, sn.Text) {
				k := m.Sentences[firmerRestoration(e, m, si, mi, rd, fixed)]
				q := &Quote{At: e.At, Role: e.Role, Public: e.Public, Text: clip(k.Text), Match: k.Acts.String(), Event: EventID(m.Event)}
				if stepWaits(e.Role == ticket.RoleAgent, sn, *q) {
					if step == nil {
						step = q
					}
					break // the rest of the step's message waits with it, as in read
				}
				found(q)
				return
			}
		}
	}
	if step != nil {
		found(step)
	}
}

// sentenceQuote quotes the best-ranked sentence of message mi (see
// bestProblem), a form's copy of the subject left out and the sentence that
// says the subject again ranked as rank says; nil where none ranks min or
// above, or the message came after the close. A restatement that only sets
// the scene (contextOnly) gives way to the first later sentence that states
// the fault (faultAfter), or else to the statement after it (sceneAfter).
func sentenceQuote(t *ticket.Ticket, rd *reader.Reading, mi int, rank func(reader.Sentence, bool) (candidate, bool), min int) *Quote {
	m := &rd.Messages[mi]
	e := &t.Events[m.Event]
	if t.Closed() && e.At.After(t.ClosedAt) {
		return nil
	}
	again := restatement(m, t.Subject, m.Automatic)
	ranked := func(sn reader.Sentence) (candidate, bool) {
		if !m.Automatic && (echoes(sn.Text, t.Subject) || headsSubject(sn.Text, t.Subject)) {
			return candidate{}, false // a form's copy of the subject, quoted already
		}
		return rank(sn, again != "" && sn.Text == again)
	}
	c, sn, ok := bestProblem(m, ranked)
	if !ok || c.score < min {
		return nil
	}
	if !m.Automatic && again != "" && sn.Text == again && contextOnly(sn, c.text) {
		// The restatement only sets the scene (see contextOnly): the fault
		// a later sentence states is the problem.
		if i := slices.IndexFunc(m.Sentences, func(s reader.Sentence) bool { return s.Start == sn.Start }); i >= 0 {
			if c2, sn2, ok := faultAfter(m, i, ranked); ok {
				c, sn = c2, sn2
			} else if c2, sn2, ok := sceneAfter(m, i, ranked, c.text); ok {
				c, sn = c2, sn2
			}
		}
	}
	text := clip(unwrapped(m, sn, c.text, e.Body))
	return &Quote{At: e.At, Role: e.Role, Public: e.Public, Text: text, Match: sn.Acts.String(), Event: EventID(m.Event), Ask: reader.Asks(text, sn.Acts)}
}

// problem sets f.Problem to the reporter's statement of what is wrong: the
// fault stated by the automatic message that opened the ticket (see
// machineOpened and alertRank) when the customer's opening states none, or else the best-ranked sentence (see
// rankProblem) of the note in which staff opened the ticket for the customer,
// or else of the customer's opening message; and
// f.Opening to what the opening message is about when it states no fault (see
// openingRank). Without a statement of a fault, a staff note's opening
// statement stands as the problem: the customer's first message is then a reply.
func (f *Facts) problem(t *ticket.Ticket, rd *reader.Reading) {
	quote := func(mi int, rank func(reader.Sentence, bool) (candidate, bool), min int) *Quote {
		return sentenceQuote(t, rd, mi, rank, min)
	}
	if mi := machineOpened(t, rd); mi >= 0 {
		// The customer's own statement of a fault, where they wrote one,
		// comes before the machine's.
		// A customer who writes only after staff answers them.
		own := rd.Opening >= 0 && !rd.Messages[rd.Opening].Automatic && !staffWroteBefore(t, rd, rd.Opening) && quote(rd.Opening, rankStatement, faultScore) != nil
		if alert := quote(mi, alertRank, faultScore); alert != nil && !own {
			f.Problem = alert
			return
		}
	}
	if mi := staffOpened(t, rd); mi >= 0 {
		f.Problem = quote(mi, staffNoteRank, 1)
		if f.Problem == nil && !rd.Messages[mi].Automatic {
			f.Problem = quote(mi, staffNoteOpening, 0)
		}
		if f.Problem != nil {
			return
		}
	}
	if mi := rd.Opening; mi >= 0 && !rd.Messages[mi].Automatic {
		f.Problem = quote(mi, rankStatement, 1)
		f.Opening = quote(mi, openingRank, 0)
	}
}

// requestOpening sets f.Opening, of a request, a change or a question the
// customer opened, to the sentence of the opening that asks (a question or a
// request, see reader.Asks), where the problem or the opening quoted asks
// nothing: "Could you switch the whole farm to manual updates until after 5
// December please?" (styles56 FL-2026-11960), not the context before it ("We
// run 12 Core X1s on a Forgeline Farm account …"), nor a form's field
// ("Lending mandate: up to £500,000 / 85% LTV", styles62 EBS-MS-7815). The
// writer quotes it before such a problem, which it quotes after as context.
// It runs once f.Type is known.
func (f *Facts) requestOpening(t *ticket.Ticket, rd *reader.Reading) {
	switch f.Type {
	case ticket.TypeServiceRequest, ticket.TypeChange, ticket.TypeQuestion:
	default:
		return
	}
	mi := rd.Opening
	if mi < 0 || rd.Messages[mi].Automatic || f.Problem != nil && f.Problem.Event != EventID(rd.Messages[mi].Event) {
		return // an alert or staff's note gave the problem
	}
	if p := f.Problem; p == nil || p.Ask != reader.AskNone || StatesFault(p.Text) {
		// A problem that asks or states a fault tells the request; where
		// none is quoted, the opening is what the message is about first
		// ("I published episode 57 yesterday and only just noticed …"),
		// not a later ask ("Can the tablet be sent to the harbour office
		// in Buckie?").
		return
	}
	if o := f.Opening; o != nil && o.Ask != reader.AskNone {
		return
	}
	if q := sentenceQuote(t, rd, mi, askRank, 0); q != nil {
		f.Opening = q
	}
}

// followUp opens an ask that follows on from the request rather than making
// it: "Please let me know if anything needs clarifying, and confirm once the
// increase has been applied", "Can you confirm once it's in?".
var followUp = regexp.MustCompile(`^(?:please |pls |can you |could you |would you )*(?:let (?:me|us) know|confirm|advise|get back|keep (?:me|us) (?:posted|updated))\b`)

// askRank ranks as openingRank does the sentences that ask, and no other:
// not a form's field ("Request type: Freeze membership"), an ask that
// introduces a list ("… for it, with:") or one too short to say what it asks
// ("Can you do it please?", "Please could you"), nor a second ask ("Also
// please confirm if PITR stays enabled after the move") or a follow-up
// (followUp).
func askRank(sn reader.Sentence, restates bool) (candidate, bool) {
	c, ok := openingRank(sn, restates)
	if !ok || reader.Asks(c.text, sn.Acts) == reader.AskNone {
		return candidate{}, false
	}
	text := strings.TrimSpace(c.text)
	words := strings.Fields(lower(text))
	if _, _, isField := field(text); isField || strings.HasSuffix(text, ":") || len(words) < 6 || slices.Contains(words[:3], "also") ||
		followUp.MatchString(lower(text)) {
		return candidate{}, false
	}
	return c, true
}

// StatesFault reports whether text states a fault in words (a failure named
// or a function negated), as a statement of a problem does.
func StatesFault(text string) bool { return faultRank(lower(text)) >= faultScore }

// staffNoteRank ranks as rankStatement does a sentence of the note in which
// staff opened the ticket (see staffNoteSentence), and staffNoteOpening as
// openingRank does.
func staffNoteRank(sn reader.Sentence, restates bool) (candidate, bool) {
	sn, ok := staffNoteSentence(sn)
	if !ok {
		return candidate{}, false
	}
	return rankStatement(sn, restates)
}

func staffNoteOpening(sn reader.Sentence, restates bool) (candidate, bool) {
	sn, ok := staffNoteSentence(sn)
	if !ok {
		return candidate{}, false
	}
	return openingRank(sn, restates)
}

// staffNoteSentence returns a sentence of staff's note of a call as the
// caller's words: without the channel's label ("Phone: Mrs Adeyemi asked
// whether …", styles12 RT-558622), and not at all (ok false) where it is
// staff's report of what they told, advised or asked the caller ("Told her
// to keep the wrong pack sealed, we'll send a prepaid envelope", styles61
// BD-2026-0171; "Explained concessions are only on the physical card …"),
// which is staff's answer, not the problem, whatever fault words ("wrong") it
// repeats, or the call's header ("Inbound call 10:14 - Mrs …, parent, …,
// order 558271").
func staffNoteSentence(sn reader.Sentence) (reader.Sentence, bool) {
	text := strings.TrimSpace(sn.Text)
	if label, value, ok := field(text); ok && channelLabels[lower(label)] {
		sn.Text = value
		text = value
	}
	l := lower(text)
	if staffTold.MatchString(l) || (callHeader.MatchString(l) || namedCallHeader.MatchString(l)) && !strings.Contains(l, ": ") {
		return sn, false
	}
	return sn, true
}

// channelLabels label a note of a call or a visit by its channel.
var channelLabels = map[string]bool{"phone": true, "call": true, "phone call": true, "inbound call": true,
	"telephone": true, "walk-in": true, "voicemail": true}

// staffTold opens staff's report of their own word to the caller: "told
// her", "advised him", "asked them to", "explained that"; not the caller's
// "asked how …", which is their question.
var staffTold = regexp.MustCompile(`^(?:i |we |(?:and|so|then) )?(?:(?:told|advised|asked|instructed|informed|reassured|promised|assured|offered|reminded|warned) (?:her|him|them|the caller|the customer|the client|the parent|the user)\b|explained\b|recommended\b|suggested (?:she|he|they|that)\b)`)

// callHeader opens the header of staff's note of a call: who called, when,
// and about which order. A header followed by a colon tells the call's
// substance after it ("Call from Redline Monitoring (alarm receiving
// centre): unit C114 at Swindon triggered door-open alarms …", styles23
// SR-118290) and stays.
var callHeader = regexp.MustCompile(`^(?:(?:inbound|incoming|outbound) (?:phone )?call|(?:phone )?call from|phoned in by|caller)\b`)

// unwrapped returns text, the chosen part of sentence sn of m, with the line
// before it where the two are one sentence wrapped at a width: the line before
// ends in a letter or a digit, no punctuation, and a single line break
// separates it from sn, which begins in lower case or with a quotation mark or
// a bracket ("Every time I press Submit on the last page I get" and then
// "\"Error 500 - something went wrong\" and have to start again."). A
// sentence quoted from its middle would misquote the writer.
func unwrapped(m *reader.Message, sn reader.Sentence, text, body string) string {
	if text != strings.TrimSpace(sn.Text) {
		return text // a form's value, without its label
	}
	for k := 1; k < len(m.Sentences); k++ {
		prev, cur := m.Sentences[k-1], m.Sentences[k]
		if cur.Start != sn.Start || cur.Text != sn.Text {
			continue
		}
		if prev.End > cur.Start || cur.Start > len(body) || strings.Count(body[prev.End:cur.Start], "\n") != 1 {
			return text
		}
		p := strings.TrimSpace(prev.Text)
		r, _ := utf8.DecodeLastRuneInString(p)
		f, _ := utf8.DecodeRuneInString(text)
		if p == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) || !(unicode.IsLower(f) || strings.ContainsRune("\"“'(", f)) {
			return text
		}
		if _, _, isField := field(p); isField || opener(p) {
			return text
		}
		return p + " " + text
	}
	return text
}

// staffWroteBefore reports whether a public message of staff's, not an
// automatic one, comes before message mi.
func staffWroteBefore(t *ticket.Ticket, rd *reader.Reading, mi int) bool {
	for k := range mi {
		m := &rd.Messages[k]
		if e := &t.Events[m.Event]; e.Role == ticket.RoleAgent && e.Public && !m.Automatic {
			return true
		}
	}
	return false
}

// chaseQuiet is how long after staff's last customer-visible message a
// customer's question can be a chase for news: sooner, it is the next turn of
// a conversation ("ok sent the request. how long it takes?" 5 minutes after
// staff's instructions in a chat, styles60 SL-5547, which the review told as
// "The customer had to ask for news once" and answered with "Send proactive
// updates at the agreed cadence").
const chaseQuiet = 15 * time.Minute

// justAnswered reports whether staff wrote to the customer less than
// chaseQuiet before event i.
func justAnswered(t *ticket.Ticket, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if e := &t.Events[j]; e.IsPublicAgentMessage() {
			return t.Events[i].At.Sub(e.At) < chaseQuiet
		}
	}
	return false
}

// addChase records a customer's request for news and how long it waited.
func (f *Facts) addChase(t *ticket.Ticket, i int, q Quote, sn reader.Sentence, st *sla.Stats, whenAsked bool) {
	e := &t.Events[i]
	c := Chase{Quote: q}
	c.AskedWhen = whenAsked || askedWhen(sn.Text)
	for j := i + 1; j < len(t.Events); j++ {
		if n := &t.Events[j]; n.IsPublicAgentMessage() && (!t.Closed() || !n.At.After(t.ClosedAt)) {
			c.AnsweredAt = n.At
			break
		}
	}
	until := c.AnsweredAt
	if until.IsZero() {
		until = t.ClosedAt
	}
	if !until.IsZero() {
		c.Wait = until.Sub(e.At)
		c.WaitBusiness = sla.NewClock(st.Policy.Calendar, st.Pauses).Between(e.At, until)
	}
	f.Chases = append(f.Chases, c)
}

// confirms reports whether a customer's sentence confirms a restoration in
// itself ("it works now", "fixed, thanks"), rather than answering a question
// about what still works ("web access works fine").
func confirms(s string) bool {
	_, ok := confirmWords.find(lower(s))
	return ok
}

var confirmWords = newMatcher([]string{"now", "again", "fixed", "resolved", "solved", "back", "thank*", "thanks", "confirm*"})

var askWhen = newMatcher([]string{"when will", "when can", "how long", "eta", "what time", "by when", "estimate", "expected date"})

func askedWhen(s string) bool {
	_, ok := askWhen.find(lower(s))
	return ok
}

// refired returns when an automatic message by a system (a monitoring
// alert) stated the ticket's fault again after the first restoration: the
// first such message after f.Restored, before the close, with a sentence that
// states a fault in words, and that repeats a sentence of the alert that
// opened the ticket ("Service reports are not being generated.") or says the
// subject again (see restatement: "[FIRING] report-render: queue depth 960 >
// 500"). A recovery notice
// ("[RESOLVED] … queue depth 38 < 500") states no fault; a customer's or
// staff's later words are the later problem's, not this.
func (f *Facts) refired(t *ticket.Ticket, rd *reader.Reading) (time.Time, bool) {
	opening := map[string]bool{}
	if len(rd.Messages) > 0 && t.Events[rd.Messages[0].Event].Role == ticket.RoleSystem {
		for _, sn := range rd.Messages[0].Sentences {
			opening[strings.TrimSpace(sn.Text)] = true
		}
	}
	for mi := range rd.Messages {
		m := &rd.Messages[mi]
		e := &t.Events[m.Event]
		if t.Closed() && e.At.After(t.ClosedAt) {
			break
		}
		if mi == 0 || !m.Automatic || e.Role != ticket.RoleSystem || !e.At.After(f.Restored.At) {
			continue
		}
		if _, ok := recoveryWords.find(lower(e.Body)); ok {
			continue // "RECOVERY - Access gates online … Offline duration: 43 min."
		}
		fault, same := false, false
		for _, sn := range m.Sentences {
			if sn.Acts&reader.Restored != 0 {
				continue
			}
			text := strings.TrimSpace(sn.Text)
			fault = fault || faultRank(lower(text)) >= faultScore
			same = same || opening[text] || echoes(text, t.Subject)
		}
		if fault && (same || restatement(m, t.Subject, true) != "") {
			return e.At, true
		}
	}
	return time.Time{}, false
}

// recoveryWords mark a monitor's notice that the fault cleared.
var recoveryWords = newMatcher([]string{"recovery", "recovered", "resolved", "restored", "cleared", "is ok", "is up",
	"back online", "back up"})

// firstLine is the first non-empty line of body, clipped: what a row quotes
// of a message the splitter keeps no sentence of (a closing "cheers").
func firstLine(body string) string {
	for _, l := range strings.Split(body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return clip(l)
		}
	}
	return ""
}
