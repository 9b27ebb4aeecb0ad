// Package report renders an analysis as the two Markdown reports: the technical
// performance review and the executive summary. The reports' structure lives in
// templates embedded in the binary (overridable from a folder); every figure and
// table is formatted here from the computed facts, and every piece of text from a
// ticket or a writer is escaped so it cannot break the Markdown.
package report

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/timefmt"
)

//go:embed templates/*.md.tmpl
var embedded embed.FS

// The template files. A folder given to New may replace any of them.
const (
	TechnicalTemplate = "technical.md.tmpl"
	ExecutiveTemplate = "executive.md.tmpl"
	StatsTemplate     = "stats.md.tmpl"
)

// Renderer renders reports from parsed templates; it is safe for concurrent use.
type Renderer struct {
	technical, executive *template.Template
}

// New parses the embedded templates, replacing each with the file of the same
// name in dir when dir is not empty and has one.
func New(dir string) (*Renderer, error) {
	load := func(name string) (string, error) {
		if dir != "" {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err == nil {
				return string(b), nil
			}
			if !errors.Is(err, fs.ErrNotExist) {
				return "", fmt.Errorf("report: template %s: %w", name, err)
			}
		}
		b, err := embedded.ReadFile("templates/" + name)
		if err != nil {
			return "", fmt.Errorf("report: embedded template %s: %w", name, err)
		}
		return string(b), nil
	}
	stats, err := load(StatsTemplate)
	if err != nil {
		return nil, err
	}
	parse := func(name string) (*template.Template, error) {
		body, err := load(name)
		if err != nil {
			return nil, err
		}
		t := template.New(name).Option("missingkey=error")
		if _, err := t.Parse(stats); err != nil {
			return nil, fmt.Errorf("report: parse %s: %w", StatsTemplate, err)
		}
		if _, err := t.Parse(body); err != nil {
			return nil, fmt.Errorf("report: parse %s: %w", name, err)
		}
		return t, nil
	}
	r := &Renderer{}
	if r.technical, err = parse(TechnicalTemplate); err != nil {
		return nil, err
	}
	if r.executive, err = parse(ExecutiveTemplate); err != nil {
		return nil, err
	}
	return r, nil
}

// Footer is the line at the end of each report; Generated says which writer
// produced the narrative.
type Footer struct {
	Writer string
	// Sources adds a footnote reference after each narrative sentence and a
	// "Sources" section naming the events and facts each rests on.
	Sources bool
}

// Technical writes the technical performance review of a.
func (r *Renderer) Technical(w io.Writer, a *analysis.Analysis, f Footer) error {
	return r.render(w, r.technical, a, f)
}

// Executive writes the executive summary of a.
func (r *Renderer) Executive(w io.Writer, a *analysis.Analysis, f Footer) error {
	return r.render(w, r.executive, a, f)
}

// Both renders the technical review and the executive summary of a, formatting
// the shared figures once.
func (r *Renderer) Both(a *analysis.Analysis, f Footer) (technical, executive []byte, err error) {
	v := newView(a, f)
	if technical, err = r.execute(r.technical, v); err != nil {
		return nil, nil, err
	}
	v.size = v.executiveSizeHint()
	if executive, err = r.execute(r.executive, v); err != nil {
		return nil, nil, err
	}
	return technical, executive, nil
}

func (r *Renderer) render(w io.Writer, t *template.Template, a *analysis.Analysis, f Footer) error {
	b, err := r.execute(t, newView(a, f))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (r *Renderer) execute(t *template.Template, v *view) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(v.size)
	if err := t.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("report: %s: %w", t.Name(), err)
	}
	buf.WriteString(sourcesSection(v.refs, buf.Bytes()))
	return buf.Bytes(), nil
}

// view is what the templates see: the analysis, and every figure, table and
// section already formatted and escaped (computed once per report: templates
// read fields, which is much cheaper than calling methods).
type view struct {
	A *analysis.Analysis
	// N holds the narrative sections, escaped, with "Nothing to report." for empty ones.
	N analysis.Narrative

	Title, Zone, Footer                         string
	FirstResponseBusiness, FirstResponseElapsed string
	Solution, SLA                               string
	FirstResponseDue, FirstResponseWithin       string
	ResolutionDue, ResolutionWithin             string
	Updates, Replies, Paused                    string

	Gaps     []GapRow
	Timeline []TimelineRow
	// TimelineRows is Timeline as the rows of a Markdown table, each
	// preceded by a line break: the built-in template writes it whole, as
	// ranging over a 200-row timeline was a tenth of a report's rendering
	// (a folder of templates may still range over Timeline).
	TimelineRows string
	Factors      []FactorRow
	WentWell     []string
	ToImprove    []string
	Directives   []DirectiveRow
	Actions      []ActionRow

	z      timefmt.Zone
	footer Footer
	size   int // sizeHint
	// refs are the footnotes of the narrative's sentences, with Footer.Sources.
	refs []sourceRef
}

func newView(a *analysis.Analysis, f Footer) *view {
	v := &view{A: a, z: timefmt.In(a.Stats.Policy.Calendar.Location()), footer: f}
	n := a.Narrative
	v.N = analysis.Narrative{
		Overview: v.text(n.Overview), Triage: v.text(n.Triage), Investigations: v.text(n.Investigations),
		TechnicalQuality: v.text(n.TechnicalQuality), Communication: v.text(n.Communication), RiskHandling: v.text(n.RiskHandling),
		RootCause: v.text(n.RootCause), ExecutiveSummary: v.text(n.ExecutiveSummary), BusinessImpact: v.text(n.BusinessImpact),
		Outcome: v.text(n.Outcome),
	}
	if f.Sources {
		v.refs = v.citeSections()
	}
	v.Title, v.Zone, v.Footer = v.title(), v.z.Name(), v.footerLine()
	v.FirstResponseBusiness, v.FirstResponseElapsed = v.firstResponseBusiness(), v.firstResponseElapsed()
	v.Solution, v.SLA = v.solution(), v.sla()
	v.FirstResponseDue, v.FirstResponseWithin = v.due(&a.Stats.FirstResponse), v.within(&a.Stats.FirstResponse)
	v.ResolutionDue, v.ResolutionWithin = v.resolutionDue(), v.within(&a.Stats.Resolution)
	v.Updates, v.Replies, v.Paused = v.updates(), v.replies(), v.paused()
	v.Gaps, v.Timeline, v.Factors = v.gaps(), v.timeline(), v.factors()
	v.TimelineRows = v.timelineRows()
	v.WentWell, v.ToImprove = v.findings(analysis.WentWell), v.findings(analysis.ToImprove)
	v.Directives, v.Actions = v.directives(), v.actions()
	v.size = v.sizeHint()
	return v
}

// sizeHint guesses how long a report of v is, so that its buffer is made once:
// the layout, the narrative and the timeline, which make most of a long one.
func (v *view) sizeHint() int {
	n := 6 << 10
	for _, s := range []string{v.N.Overview, v.N.Triage, v.N.Investigations, v.N.TechnicalQuality, v.N.Communication,
		v.N.RiskHandling, v.N.RootCause, v.N.ExecutiveSummary, v.N.BusinessImpact, v.N.Outcome} {
		n += len(s)
	}
	for _, r := range v.Timeline {
		n += len(r.At) + len(r.Offset) + len(r.Summary) + 16
	}
	return n
}

// executiveSizeHint is sizeHint for the executive summary, which has the
// statistics, three sections and the actions but no timeline: a buffer the
// size of the technical review was most of it unused.
func (v *view) executiveSizeHint() int {
	n := 3<<10 + len(v.N.ExecutiveSummary) + len(v.N.BusinessImpact) + len(v.N.Outcome)
	for _, a := range v.Actions {
		n += len(a.Title) + len(a.Owner) + 64
	}
	return n
}

// Text escapes a section for templates that format their own text.
func (v *view) Text(s string) string { return v.text(s) }

// Title is "ID - Subject", escaped.
func (v *view) title() string {
	f := &v.A.Facts
	if f.Subject == "" {
		return Inline(f.TicketID)
	}
	return Inline(f.TicketID + " - " + f.Subject)
}

// text renders a narrative section as escaped paragraphs.
func (v *view) text(s string) string {
	if strings.TrimSpace(s) == "" {
		return "Nothing to report."
	}
	return Paragraphs(s)
}

func (v *view) stats() *sla.Stats { return v.A.Stats }

func (v *view) firstResponseBusiness() string {
	fr := &v.stats().FirstResponse
	if !fr.Stopped() {
		return "none (no customer-visible response)"
	}
	return timefmt.DurationExact(fr.Business)
}

func (v *view) firstResponseElapsed() string {
	fr := &v.stats().FirstResponse
	if !fr.Stopped() {
		return "none (no customer-visible response)"
	}
	return timefmt.DurationExact(fr.Elapsed)
}

func (v *view) solution() string {
	st := v.stats()
	if !st.Resolution.Stopped() {
		return "not closed"
	}
	s := timefmt.DurationExact(st.Resolution.Elapsed)
	return s + closeWords(&v.A.Facts) + ", closed " + v.z.Stamp(st.Resolution.At)
}

// closeWords says how the ticket was closed, in words: ", automatic close
// (inactivity)", ", closed (resolved)", and ", automatic close" where the
// reason is the helpdesk's state name saying only that ("auto_close"), as
// the writer says "closed automatically" (styles57 RC-FSS-5540).
func closeWords(f *analysis.Facts) string {
	switch {
	case f.AutoClosed && analysis.OnlyAutomatic(f.CloseReason):
		return ", automatic close"
	case f.AutoClosed:
		return fmt.Sprintf(", automatic close (%s)", Inline(f.CloseReason))
	case f.CloseReason != "":
		return fmt.Sprintf(", closed (%s)", Inline(f.CloseReason))
	}
	return ""
}

func (v *view) sla() string {
	p := v.stats().Policy
	return fmt.Sprintf("%s (grace %s)", Inline(p.Name), timefmt.Duration(p.Grace))
}

// resolutionDue is empty when there is no resolution target.
func (v *view) resolutionDue() string {
	r := &v.stats().Resolution
	if !r.HasTarget() {
		return ""
	}
	return v.due(r)
}

func (v *view) due(m *sla.Measure) string {
	switch {
	case !m.HasTarget():
		return "no target"
	case m.Due.IsZero():
		return "never (the calendar has no business time left)"
	}
	return v.z.Stamp(m.Due)
}

func (v *view) within(m *sla.Measure) string {
	switch {
	case !m.HasTarget():
		return "n/a (no target)"
	case m.Within:
		return "Yes"
	}
	return "No"
}

func (v *view) updates() string {
	st := v.stats()
	u := &st.Updates
	s := fmt.Sprint(u.Count)
	if u.Max >= 0 {
		s += "; longest gap " + timefmt.DurationExact(u.Gaps[u.Max].Business) + " (business time)"
	}
	if t := st.Targets.Update; t > 0 {
		s += fmt.Sprintf("; update target %s: %d over target", timefmt.Duration(t), u.Breaches)
	}
	return s
}

func (v *view) replies() string {
	r := &v.stats().Replies
	s := fmt.Sprintf("%d answered", r.Count)
	if r.Max >= 0 {
		s += ", longest " + timefmt.DurationExact(r.Waits[r.Max].Business) + " (business time)"
	}
	return s + fmt.Sprintf("; %d unanswered", r.Unanswered)
}

func (v *view) paused() string {
	st := v.stats()
	if len(st.Pauses) == 0 {
		return "none"
	}
	return timefmt.DurationExact(st.Paused)
}

// GapRow is one row of the update-gap table.
type GapRow struct{ From, To, Business, Elapsed, Over string }

// maxGapRows is how many gaps the table lists beyond those over target: the
// longest; a last row counts the others.
const maxGapRows = 5

func (v *view) gaps() []GapRow {
	st := v.stats()
	var rows []GapRow
	// Keep every gap over target and the longest few, in time order.
	keep := make([]bool, len(st.Updates.Gaps))
	order := make([]int, len(st.Updates.Gaps))
	for i, g := range st.Updates.Gaps {
		order[i] = i
		keep[i] = g.Breach
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(st.Updates.Gaps[b].Business, st.Updates.Gaps[a].Business) })
	for _, i := range order[:min(maxGapRows, len(order))] {
		keep[i] = true
	}
	others := 0
	for i, g := range st.Updates.Gaps {
		if !keep[i] {
			others++
			continue
		}
		over := "no"
		if st.Targets.Update == 0 {
			over = "n/a"
		} else if g.Breach {
			over = "yes"
		}
		rows = append(rows, GapRow{v.z.Stamp(g.From), v.z.Stamp(g.To), timefmt.DurationExact(g.Business), timefmt.DurationExact(g.Elapsed), over})
	}
	if others > 0 {
		rows = append(rows, GapRow{From: fmt.Sprintf("%d shorter gaps within target", others), To: "", Business: "", Elapsed: "", Over: "no"})
	}
	return rows
}

// TimelineRow is one row of the timeline table.
type TimelineRow struct{ At, Offset, Summary string }

func (v *view) timeline() []TimelineRow {
	rows := make([]TimelineRow, 0, len(v.A.Timeline))
	for _, e := range v.A.Timeline {
		rows = append(rows, TimelineRow{v.z.Stamp(e.At), timefmt.Offset(v.A.Facts.CreatedAt, e.At), Cell(e.Summary)})
	}
	return rows
}

func (v *view) timelineRows() string {
	n := 0
	for _, r := range v.Timeline {
		n += len(r.At) + len(r.Offset) + len(r.Summary) + 12
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range v.Timeline {
		b.WriteString("\n| ")
		b.WriteString(r.At)
		b.WriteString(" | ")
		b.WriteString(r.Offset)
		b.WriteString(" | ")
		b.WriteString(r.Summary)
		b.WriteString(" |")
	}
	return b.String()
}

// FactorRow is one row of the contributing-factor table.
type FactorRow struct{ Category, Evidence string }

func (v *view) factors() []FactorRow {
	var rows []FactorRow
	for _, f := range v.A.Facts.Factors {
		ev := "No cause that debrief could identify in the messages"
		if f.Evidence != nil {
			ev = fmt.Sprintf("\u201c%s\u201d (%s)", f.Evidence.Text, v.z.Stamp(f.Evidence.At))
		}
		rows = append(rows, FactorRow{f.Category.Label(), Cell(ev)})
	}
	return rows
}

func (v *view) findings(k analysis.Kind) []string {
	var out []string
	for _, f := range v.A.Findings {
		if f.Kind == k {
			out = append(out, Inline(f.Text))
		}
	}
	return out
}

// DirectiveRow is one row of the directive table.
type DirectiveRow struct {
	ID            int
	Title, Result string
}

// directives lists the findings that cite a directive.
func (v *view) directives() []DirectiveRow {
	var rows []DirectiveRow
	for _, f := range v.A.Findings {
		if f.Directive == 0 {
			continue
		}
		res := "met"
		switch f.Kind {
		case analysis.ToImprove:
			res = "not met"
		case analysis.Note:
			// A note judges nothing: a ticket staff opened, or an alert no
			// customer wrote in, has no first response to hold to the SLA;
			// "met" read as a verdict the finding does not give.
			res = "not judged"
		}
		rows = append(rows, DirectiveRow{f.Directive, Cell(f.DirectiveTitle), Cell(res + ": " + f.Text)})
	}
	slices.SortStableFunc(rows, func(a, b DirectiveRow) int { return a.ID - b.ID })
	return rows
}

// ActionRow is one corrective or preventive action. Status says what
// became of it since an earlier analysis proposed it ("proposed" otherwise).
type ActionRow struct{ Title, Owner, Due, Category, Status string }

func (v *view) actions() []ActionRow {
	var rows []ActionRow
	for _, a := range v.A.Actions {
		status := "proposed"
		switch {
		case a.Status == "done" && !a.DoneAt.IsZero():
			status = "done " + v.z.Date(a.DoneAt)
			if a.DoneBy != "" {
				status += " by " + a.DoneBy
			}
			status = Cell(status)
		case a.Status != "":
			status = Cell(a.Status)
		}
		rows = append(rows, ActionRow{Cell(a.Title), Cell(a.Owner), a.Due.Format(time.DateOnly), string(a.Category), status})
	}
	return rows
}

func (v *view) footerLine() string {
	return Inline(fmt.Sprintf("Generated by debrief from the ticket's events; narrative by the %s writer. Every figure is computed from the ticket.", cmp.Or(v.footer.Writer, "deterministic")))
}
