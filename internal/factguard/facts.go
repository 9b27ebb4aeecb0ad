package factguard

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/redact"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

// Input is what a guard checks text against.
type Input struct {
	// Analysis holds the computed facts, findings, timeline and actions (required).
	// Its Stats, when set, add the SLA measures, gaps, waits and pauses.
	Analysis *analysis.Analysis
	// Ticket is the ticket analysed: its events are instants text may name, its
	// messages are what text may quote, its authors are people text must not blame.
	Ticket *ticket.Ticket
	// Settings give the directives text may cite; nil means none exist.
	Settings *analysis.Settings
	// Redactor knows the ticket's identifiers. With Redacted set, text that
	// contains any of them is a leak.
	Redactor *redact.Redactor
	// Redacted says the text is meant for a redacted report (or was written from
	// the redacted ticket), so no redaction term may appear in it.
	Redacted bool
	// Reader finds the acts of the ticket's messages that claims rest on
	// (cause, fix, estimate, confirmation); nil means AnalysisReader.
	Reader Reader
}

// Facts is an Input prepared for checking: every instant, duration, count and
// percentage the text may state, computed once. It is immutable and safe for
// concurrent use.
type Facts struct {
	loc      *time.Location
	zone     timefmt.Zone
	created  time.Time
	closed   time.Time
	instants []instant
	// named are the computed durations, by topic.
	named []span
	// counts are the computed counts by noun class.
	counts   map[string][]int
	percents []float64
	money    []int64
	currency string
	// numbers are the numbers the ticket and facts contain, which prose may repeat.
	numbers    map[int64]bool
	directives map[int]analysis.Directive
	// verdicts hold, per directive, whether its findings went well (+1), need
	// improving (-1) or both (0).
	verdicts map[int]int
	findings map[string]bool
	// dueOnly are the moments that are only deadlines (a target's due time, an
	// action's due date): no event happened then.
	dueOnly map[time.Time]bool
	// corpus is the ticket's text (and its redacted form), lower-cased with
	// whitespace collapsed, for recognising verbatim quotes.
	corpus  string
	persons []string
	// names are the ticket's own names that hold a digit (the team "24h
	// Emergency Desk", the customer "Unit 4 Joinery", the SLA policy): a
	// name carries no claim (maskNames).
	names []string
	// clocks are the times of day the ticket's text itself states, in minutes.
	clocks     map[int]bool
	people     *fastRE
	injections []string
	// allowedGrams are word 4-grams of computed text, which an echo of ticket
	// instructions may share without being one.
	allowedGrams map[string]bool
	redactor     *redact.Redactor
	redacted     bool
	terms        []string
	sla          slaTruth
	ground       grounding
}

// instant is a moment the facts contain.
type instant struct {
	t    time.Time
	what string
}

// span is a computed duration.
type span struct {
	d     time.Duration
	what  string
	topic topic
	// limit marks a target, grace or directive limit: what a duration is
	// measured against, never how long something took.
	limit bool
}

// topic is what a duration measures, so a claim about the first response is
// checked against first-response durations.
type topic uint16

const (
	topicOther topic = 1 << iota
	topicFirstResponse
	topicResolution
	topicUpdates
	topicWaits
	topicPauses
	topicImpact
	topicPriority
	topicCause
	topicEstimate
	// topicWhole is the ticket's whole life: "the whole ticket", "in total".
	topicWhole
)

// truth is a computed verdict: unknown, met or breached.
type truth int8

const (
	unknown truth = iota
	met
	breached
)

// slaTruth is what the findings say about each SLA clock.
type slaTruth struct {
	firstResponse, resolution, updates truth
}

// NewFacts prepares in for checking.
func NewFacts(in Input) (*Facts, error) {
	a := in.Analysis
	if a == nil {
		return nil, errors.New("factguard: no analysis")
	}
	f := &Facts{
		counts:     map[string][]int{},
		numbers:    map[int64]bool{},
		directives: map[int]analysis.Directive{},
		verdicts:   map[int]int{},
		findings:   map[string]bool{},
		redactor:   in.Redactor,
		redacted:   in.Redacted,
	}
	fc := &a.Facts
	f.loc = time.UTC
	switch {
	case a.Stats != nil && a.Stats.Policy != nil && a.Stats.Policy.Calendar != nil:
		f.loc = a.Stats.Policy.Calendar.Location()
	case fc.Timezone != "":
		if l, err := time.LoadLocation(fc.Timezone); err == nil {
			f.loc = l
		}
	}
	f.zone = timefmt.In(f.loc)
	f.created, f.closed = fc.CreatedAt, fc.ClosedAt
	f.collectInstants(in)
	f.collectDurations(a)
	f.collectCounts(in)
	f.collectPercents(a)
	f.collectText(in)
	if in.Settings != nil {
		for _, d := range in.Settings.Directives {
			f.directives[d.ID] = d
			f.numbers[int64(d.ID)] = true
		}
	}
	for _, fd := range a.Findings {
		f.findings[fd.Code] = true
		if fd.Directive == 0 {
			continue
		}
		v := 0
		switch fd.Kind {
		case analysis.WentWell:
			v = 1
		case analysis.ToImprove:
			v = -1
		}
		if old, ok := f.verdicts[fd.Directive]; ok && old != v {
			v = 0
		}
		f.verdicts[fd.Directive] = v
	}
	f.sla = slaTruth{
		firstResponse: verdictOf(f.findings, "first_response_within_sla", "first_response_breached", "first_response_missing"),
		resolution:    verdictOf(f.findings, "resolution_within_sla", "resolution_breached"),
		updates:       verdictOf(f.findings, "update_gaps_within_target", "update_gap_breached"),
	}
	if in.Redactor != nil {
		f.terms = in.Redactor.Terms()
		// The people the messages name without being authors ("started by Jean-Luc Martin").
	people:
		for _, p := range in.Redactor.People() {
			for _, q := range f.persons {
				if q == p {
					continue people
				}
			}
			if !startsUpper(p) {
				continue
			}
			f.persons = append(f.persons, p)
		}
	}
	f.people = f.personRE()
	f.collectGrounding(in)
	return f, nil
}

func verdictOf(found map[string]bool, good string, bad ...string) truth {
	for _, b := range bad {
		if found[b] {
			return breached
		}
	}
	if found[good] {
		return met
	}
	return unknown
}

func (f *Facts) addInstant(t time.Time, what string) {
	if !t.IsZero() {
		f.instants = append(f.instants, instant{t: t, what: what})
	}
}

func (f *Facts) collectInstants(in Input) {
	a := in.Analysis
	fc := &a.Facts
	f.addInstant(fc.CreatedAt, "the ticket was opened")
	f.addInstant(fc.ClosedAt, "the ticket closed")
	if t := in.Ticket; t != nil {
		for _, e := range t.Events {
			f.addInstant(e.At, "an event of the ticket")
		}
	}
	for _, e := range a.Timeline {
		f.addInstant(e.At, string(e.Kind))
	}
	for _, fd := range a.Findings {
		f.addInstant(fd.At, fd.Code)
	}
	for _, ac := range a.Actions {
		f.addInstant(ac.Due, "an action is due")
	}
	for _, c := range fc.Chases {
		f.addInstant(c.Quote.At, "the customer asked for news")
		f.addInstant(c.AnsweredAt, "the reply to a request for news")
	}
	for _, pc := range fc.PriorityChanges {
		f.addInstant(pc.At, "the priority changed")
	}
	f.addInstant(fc.Impact.End, "the end of the impact")
	if st := a.Stats; st != nil {
		f.addInstant(st.FirstResponse.At, "the first response")
		f.addInstant(st.FirstResponse.Due, "the first response was due")
		f.addInstant(st.Resolution.Due, "the resolution was due")
		for _, g := range st.Updates.Gaps {
			f.addInstant(g.From, "an update")
			f.addInstant(g.To, "an update")
		}
		for _, p := range st.Pauses {
			f.addInstant(p.Start, "a pause began")
			f.addInstant(p.End, "a pause ended")
		}
		for _, w := range st.Replies.Waits {
			f.addInstant(w.Asked, "the customer wrote")
			f.addInstant(w.Answered, "a reply")
		}
	}
	f.dueOnly = map[time.Time]bool{}
	for _, in := range f.instants {
		if strings.HasSuffix(in.what, " due") {
			if _, seen := f.dueOnly[in.t]; !seen {
				f.dueOnly[in.t] = true
			}
		} else {
			f.dueOnly[in.t] = false
		}
	}
	for _, in := range f.instants {
		lt := in.t.In(f.loc)
		f.numbers[int64(lt.Year())] = true
		f.numbers[int64(lt.Day())] = true
	}
}

func (f *Facts) addSpan(d time.Duration, what string, t topic) {
	if d >= 0 {
		f.named = append(f.named, span{d: d, what: what, topic: t})
	}
}

func (f *Facts) addLimit(d time.Duration, what string, t topic) {
	if d > 0 {
		f.named = append(f.named, span{d: d, what: what, topic: t, limit: true})
	}
}

func (f *Facts) collectDurations(a *analysis.Analysis) {
	fc := &a.Facts
	if !fc.ClosedAt.IsZero() {
		f.addSpan(fc.ClosedAt.Sub(fc.CreatedAt), "from opening to close", topicResolution|topicImpact|topicWhole)
	}
	f.addSpan(fc.Impact.Duration, "the duration of impact", topicImpact)
	for _, c := range fc.Chases {
		f.addSpan(c.Wait, "the wait after a request for news", topicWaits)
		f.addSpan(c.WaitBusiness, "the wait after a request for news (business time)", topicWaits)
	}
	for _, pc := range fc.PriorityChanges {
		f.addSpan(pc.At.Sub(fc.CreatedAt), "from opening to the priority change", topicPriority)
	}
	if !fc.Impact.End.IsZero() {
		f.addSpan(fc.Impact.End.Sub(fc.CreatedAt), "from opening to the restoration", topicImpact)
	}
	for _, q := range append(append([]analysis.Quote{}, fc.Causes...), fc.Fixes...) {
		f.addSpan(q.At.Sub(fc.CreatedAt), "from opening to a statement of cause or fix", topicCause|topicImpact)
	}
	st := a.Stats
	if st == nil {
		return
	}
	grace := st.Policy.Grace
	for _, m := range []struct {
		m     *sla.Measure
		name  string
		topic topic
	}{{&st.FirstResponse, "first response", topicFirstResponse}, {&st.Resolution, "resolution", topicResolution}} {
		whole := topic(0)
		if m.topic == topicResolution {
			whole = topicWhole
		}
		f.addSpan(m.m.Elapsed, "the "+m.name+" time", m.topic|whole)
		f.addSpan(m.m.Business, "the "+m.name+" time (business)", m.topic|whole)
		f.addLimit(m.m.Target, "the "+m.name+" target", m.topic)
		f.addLimit(m.m.Target+grace, "the "+m.name+" target plus grace", m.topic)
		if !m.m.Due.IsZero() {
			f.addLimit(m.m.Due.Sub(st.CreatedAt), "from opening to the "+m.name+" due time", m.topic)
		}
	}
	f.addLimit(grace, "the grace period", topicFirstResponse|topicResolution|topicUpdates)
	f.addLimit(st.Targets.Update, "the update target", topicUpdates)
	for _, g := range st.Updates.Gaps {
		f.addSpan(g.Elapsed, "a gap between updates", topicUpdates)
		f.addSpan(g.Business, "a gap between updates (business)", topicUpdates)
	}
	f.addSpan(st.SilenceBeforeClose.Elapsed, "from the last update to the close", topicUpdates|topicResolution)
	f.addSpan(st.SilenceBeforeClose.Business, "from the last update to the close (business)", topicUpdates|topicResolution)
	for _, w := range st.Replies.Waits {
		f.addSpan(w.Elapsed, "a wait for a reply", topicWaits)
		f.addSpan(w.Business, "a wait for a reply (business)", topicWaits)
	}
	for _, p := range st.Pauses {
		f.addSpan(p.End.Sub(p.Start), "a pause", topicPauses)
	}
	f.addSpan(st.Paused, "the time paused", topicPauses)
	f.addSpan(st.PausedBusiness, "the time paused (business)", topicPauses)
}

// directiveMax returns the directive limits that apply to update gaps.
func directiveMax(s *analysis.Settings) []time.Duration {
	var out []time.Duration
	if s == nil {
		return nil
	}
	for _, d := range s.Directives {
		if d.Check == "max_update_gap" && d.Max > 0 {
			out = append(out, d.Max)
		}
	}
	return out
}

func (f *Facts) addCount(class string, n ...int) {
	f.counts[class] = append(f.counts[class], n...)
	for _, v := range n {
		f.numbers[int64(v)] = true
	}
}

func (f *Facts) collectCounts(in Input) {
	a := in.Analysis
	fc := &a.Facts
	m := fc.Messages
	f.addCount("message", m.Customer, m.Agent, m.Internal, m.System, m.Customer+m.Agent, m.Customer+m.Agent+m.Internal,
		m.Customer+m.Agent+m.Internal+m.System, m.Agent+m.Internal)
	f.addCount("customer message", m.Customer, len(fc.Chases))
	f.addCount("note", m.Internal)
	f.addCount("agent message", m.Agent, m.Agent+m.Internal)
	f.addCount("chase", len(fc.Chases))
	unansweredChases := 0
	for _, c := range fc.Chases {
		if c.AnsweredAt.IsZero() {
			unansweredChases++
		}
	}
	f.addCount("chase", unansweredChases)
	f.addCount("cause", len(fc.Causes))
	f.addCount("fix", len(fc.Fixes))
	f.addCount("estimate", len(fc.Estimates))
	f.addCount("priority change", len(fc.PriorityChanges))
	raised := 0
	for _, pc := range fc.PriorityChanges {
		if pc.Raised {
			raised++
		}
	}
	f.addCount("escalation", raised, len(fc.PriorityChanges))
	f.addCount("factor", len(fc.Factors))
	f.addCount("internal ticket", len(fc.InternalLinks))
	f.addCount("action", len(a.Actions))
	corrective, preventive := 0, 0
	for _, ac := range a.Actions {
		if ac.Category == analysis.Corrective {
			corrective++
		} else {
			preventive++
		}
	}
	f.addCount("action", corrective, preventive)
	kinds := map[analysis.Kind]int{}
	directed := 0
	for _, fd := range a.Findings {
		kinds[fd.Kind]++
		if fd.Directive != 0 {
			directed++
		}
	}
	f.addCount("finding", len(a.Findings), kinds[analysis.WentWell], kinds[analysis.ToImprove], kinds[analysis.Note], len(fc.Causes))
	if in.Settings != nil {
		f.addCount("directive", len(in.Settings.Directives), directed)
	}
	f.addCount("directive", directed)
	f.addCount("breach", kinds[analysis.ToImprove])
	if st := a.Stats; st != nil {
		f.addCount("update", st.Updates.Count, m.Agent)
		f.addCount("reply", st.Updates.Count, m.Agent, st.Replies.Count, st.Replies.Unanswered)
		f.addCount("gap", len(st.Updates.Gaps), st.Updates.Breaches)
		for _, limit := range directiveMax(in.Settings) {
			n := 0
			for _, g := range st.Updates.Gaps {
				if g.Business > limit+st.Policy.Grace {
					n++
				}
			}
			f.addCount("gap", n)
			f.addLimit(limit, "the directive's update limit", topicUpdates)
		}
		f.addCount("breach", st.Updates.Breaches)
		f.addCount("pause", len(st.Pauses))
		f.addCount("customer message", st.Replies.Unanswered)
		f.addCount("reply", len(st.Replies.Waits))
		if st.Resolution.HasTarget() && !st.Resolution.Within && st.Resolution.Stopped() {
			f.addCount("breach", kinds[analysis.ToImprove])
		}
	} else {
		f.addCount("update", m.Agent)
		f.addCount("reply", m.Agent)
	}
	if fc.Impact.Cost > 0 {
		f.money = append(f.money, fc.Impact.Cost, fc.Impact.CostPerH)
		f.currency = fc.Impact.Currency
		f.numbers[fc.Impact.Cost] = true
		f.numbers[fc.Impact.CostPerH] = true
	}
}

func pct(a, b time.Duration) (float64, bool) {
	if b <= 0 {
		return 0, false
	}
	return 100 * float64(a) / float64(b), true
}

func (f *Facts) collectPercents(a *analysis.Analysis) {
	add := func(p float64, ok bool) {
		if ok {
			f.percents = append(f.percents, p)
		}
	}
	ratio := func(n, d int) {
		if d > 0 {
			f.percents = append(f.percents, 100*float64(n)/float64(d), 100*float64(d-n)/float64(d))
		}
	}
	fc := &a.Facts
	answered := 0
	for _, c := range fc.Chases {
		if !c.AnsweredAt.IsZero() {
			answered++
		}
	}
	ratio(answered, len(fc.Chases))
	good := 0
	for _, fd := range a.Findings {
		if fd.Kind == analysis.WentWell {
			good++
		}
	}
	ratio(good, len(a.Findings))
	st := a.Stats
	if st == nil {
		return
	}
	for _, m := range []*sla.Measure{&st.FirstResponse, &st.Resolution} {
		if !m.Stopped() {
			continue
		}
		p, ok := pct(m.Business, m.Target)
		add(p, ok)
		add(p-100, ok && p > 100)
		add(pct(m.Business, m.Elapsed))
	}
	for _, g := range st.Updates.Gaps {
		p, ok := pct(g.Business, st.Targets.Update)
		add(p, ok)
		add(p-100, ok && p > 100)
	}
	ratio(st.Updates.Breaches, len(st.Updates.Gaps))
	ratio(st.Replies.Count, len(st.Replies.Waits))
	if st.Resolution.Stopped() {
		add(pct(st.Paused, st.Resolution.Elapsed))
	}
}

// wordRE finds words for n-grams.
var wordRE = mustFast(`[\p{L}\p{N}']+`)

// numberRE finds numbers in ticket text, which prose may repeat.
var numberRE = mustFast(`\d+`)

// normalise lowers s, makes its apostrophes (reader.StraightApostrophes) and
// its double quotes straight and collapses its spaces, for comparing prose
// with the ticket's words.
func normalise(s string) string {
	s = straightDoubleQuotes.Replace(reader.StraightApostrophes(strings.ToLower(s)))
	return strings.Join(strings.Fields(s), " ")
}

// straightDoubleQuotes makes typographic double quotes straight. Only the
// fact guard folds them: it compares quotations in written prose, which may
// be typed with “ ” around or inside them, with the ticket's text; the
// reader's words and the analysis's fault words hold no double quote.
var straightDoubleQuotes = strings.NewReplacer("\u201c", "\"", "\u201d", "\"")

// verbatim reports whether q, the inside of a quotation, is the ticket's own
// words: each part of it, around any ellipsis or redaction placeholder,
// appears in the ticket. A placeholder stands for what was redacted.
func (f *Facts) verbatim(q string) bool {
	found := false
	var parts []string
	from := 0
	for _, m := range placeholderRE.FindAllStringIndex(q, -1) {
		parts = append(parts, q[from:m[0]])
		from = m[1]
	}
	parts = append(parts, q[from:])
	for _, part := range strings.Split(strings.Join(parts, "\u2026"), "\u2026") {
		part = strings.Trim(normalise(strings.TrimSpace(part)), "\".,;:!? ")
		if part == "" {
			continue
		}
		if !strings.Contains(f.corpus, part) {
			return false
		}
		found = true
	}
	return found
}

// injectionMarkers recognise ticket sentences that address a writer or a model
// rather than the helpdesk.
var injectionMarkers = mustFast(`(?i)\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|above|previous|prior)\b|` +
	`\b(?:system prompt|you are now|as an ai|language model|ai assistant|ai model|chatbot)\b|` +
	`\b(?:say|state|write|report|claim|declare|conclude|mark)\s+(?:that\s+)?(?:the\s+)?(?:sla|target|deadline|response|everything|all targets|no breach)`)

func (f *Facts) collectText(in Input) {
	var parts []string
	a := in.Analysis
	fc := &a.Facts
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	for _, n := range []string{fc.Customer, fc.Contact, fc.Team} {
		if strings.ContainsAny(n, "0123456789") {
			f.names = append(f.names, n)
		}
	}
	// A priority is a name too where it holds a word ("P4 - 10 days",
	// styles71 WO-321940: its "10 days" is the priority's label, not a
	// duration the review claims); a bare number ("2") or a short code
	// ("P1", which the identifiers pass reads) is not masked, as every "2"
	// of the text, or the "P1" of a "P10", would be.
	priorities := []string{fc.Priority}
	for _, pc := range fc.PriorityChanges {
		priorities = append(priorities, pc.From, pc.To)
	}
	for _, n := range priorities {
		if strings.ContainsAny(n, "0123456789") && len(n) > 3 && strings.IndexFunc(n, unicode.IsLetter) >= 0 && !slices.Contains(f.names, n) {
			f.names = append(f.names, n)
		}
	}
	if st := a.Stats; st != nil && st.Policy != nil {
		for _, n := range []string{st.Policy.Name, st.Policy.CalendarName} {
			if strings.ContainsAny(n, "0123456789") {
				f.names = append(f.names, n)
			}
		}
	}
	add(fc.Subject)
	add(fc.Customer)
	add(fc.Contact)
	add(fc.CloseReason)
	add(fc.Team)
	add(fc.Priority)
	add(fc.TicketID)
	add(fc.Timezone)
	add(strings.Join(fc.InternalLinks, " "))
	if st := a.Stats; st != nil && st.Policy != nil {
		add(st.Policy.Name)
		add(st.Policy.CalendarName)
	}
	texts := []string{fc.Subject}
	if t := in.Ticket; t != nil {
		for _, e := range t.Events {
			add(e.Body)
			texts = append(texts, e.Body)
		}
		f.persons = persons(t)
	}
	var computed []string
	for _, fd := range a.Findings {
		add(fd.Text)
		computed = append(computed, fd.Text)
	}
	for _, e := range a.Timeline {
		add(e.Summary)
	}
	for _, ac := range a.Actions {
		computed = append(computed, ac.Title)
	}
	if in.Settings != nil {
		for _, d := range in.Settings.Directives {
			computed = append(computed, d.Title, d.Text)
		}
	}
	if r := in.Redactor; r != nil {
		n := len(parts)
		for _, p := range parts[:n] {
			parts = append(parts, r.String(p))
		}
	}
	f.corpus = normalise(strings.Join(parts, "\n"))
	for _, m := range numberRE.FindAllString(strings.Join(parts, "\n"), 20000) {
		if n, err := strconv.ParseInt(m, 10, 64); err == nil {
			f.numbers[n] = true
		}
	}
	for _, w := range wordRE.FindAllString(f.corpus, -1) {
		if n, ok := numberWords[w]; ok {
			f.numbers[int64(n)] = true
		}
	}
	for _, body := range texts {
		for _, s := range splitSentences(body) {
			if injectionMarkers.MatchString(s) {
				f.injections = append(f.injections, s)
			}
		}
	}
	f.allowedGrams = map[string]bool{}
	for _, c := range computed {
		for _, g := range grams(c, 4) {
			f.allowedGrams[g] = true
		}
	}
	// A finding may quote the planted sentence itself; its words stay suspect.
	for _, inj := range f.injections {
		for _, g := range grams(inj, 4) {
			delete(f.allowedGrams, g)
		}
	}
	f.clocks = map[int]bool{}
	for _, m := range clockRE.FindAllStringSubmatch(strings.Join(parts, "\n"), 2000) {
		h, mi := atoi(m[1]), atoi(m[2])
		if m[4] != "" {
			h = to24(h, m[4])
		}
		f.clocks[h*60+mi] = true
	}
}

// persons returns the names of the people in t: the contact and the authors of
// customer and agent messages, with their name parts.
func persons(t *ticket.Ticket) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		out = append(out, name)
	}
	names := []string{t.Customer.Contact}
	for _, e := range t.Events {
		if e.Kind == ticket.KindMessage && (e.Role == ticket.RoleAgent || e.Role == ticket.RoleCustomer) {
			names = append(names, e.Author)
		}
	}
	for _, n := range names {
		if n == "" || !startsUpper(n) || strings.ContainsAny(n, "@0123456789") {
			continue
		}
		add(n)
		for _, part := range strings.Fields(n) {
			if len(part) >= 2 && startsUpper(part) && !commonWords[strings.ToLower(part)] {
				add(part)
			}
		}
	}
	return out
}

func startsUpper(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

// commonWords are name parts too common as words to stand for a person.
var commonWords = map[string]bool{
	"the": true, "support": true, "team": true, "helpdesk": true, "service": true, "desk": true, "admin": true,
	"system": true, "customer": true, "agent": true, "engineer": true, "user": true, "will": true, "may": true,
	"mark": true, "bill": true, "case": true, "ticket": true, "help": true, "info": true, "sales": true,
}

// grams returns the word n-grams of s, lower-cased.
func grams(s string, n int) []string {
	words := wordRE.FindAllString(strings.ToLower(s), -1)
	var out []string
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], " "))
	}
	return out
}
