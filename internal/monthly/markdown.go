package monthly

import (
	"bytes"
	"embed"
	"fmt"
	"github.com/debriefhq/debrief/internal/figures"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/debriefhq/debrief/internal/analysis"
	"github.com/debriefhq/debrief/internal/report"
	"github.com/debriefhq/debrief/internal/timefmt"
)

//go:embed templates/monthly.md.tmpl
var templates embed.FS

// Render options.
type RenderOptions struct {
	// ChartSrc gives the Markdown image source of a chart; charts are left
	// out when nil.
	ChartSrc func(name string) string
	// Link gives the link to a ticket's analysis (version 0: the latest);
	// tickets are named without a link when nil.
	Link func(ticket string, version int) string
	// Generated is the time the report was made.
	Generated time.Time
}

var tmpl = template.Must(template.New("monthly.md.tmpl").Option("missingkey=error").Funcs(template.FuncMap{
	// link, links and date depend on the render options and are replaced per render.
	"link":   func(string, int) string { return "" },
	"links":  func([]string) string { return "" },
	"date":   func(time.Time) string { return "" },
	"inline": report.Inline,
	"join":   func(xs []string) string { return strings.Join(xs, ", ") },
	"pct": func(p *float64) string {
		if p == nil {
			return "n/a"
		}
		return strconv.FormatFloat(*p, 'f', 1, 64) + "%"
	},
	"num": func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) },
	"dur": func(s *int64) string {
		if s == nil {
			return "n/a"
		}
		return timefmt.Duration(time.Duration(*s) * time.Second)
	},
	"durs":   func(s int64) string { return timefmt.Duration(time.Duration(s) * time.Second) },
	"amount": timefmt.Amount,
	"clock":  clockName,
	"met": func(c figures.Clock) string {
		switch {
		case !c.HasTarget:
			return "no target"
		case c.Met:
			return "within SLA"
		}
		return "missed"
	},
	"burn": func(b BurnMonth) string {
		if b.Percent == nil {
			if b.Used > 0 {
				return fmt.Sprintf("%d (no budget)", b.Used)
			}
			return "n/a"
		}
		return strconv.FormatFloat(*b.Percent, 'f', 1, 64) + "%"
	},
	"worst": func(w Worst) string {
		if w.Why == "impact" {
			return "impact of " + timefmt.Duration(time.Duration(w.Seconds)*time.Second)
		}
		return clockName(strings.TrimPrefix(w.Why, "breach:")) + " target missed by " + timefmt.Duration(time.Duration(w.Seconds)*time.Second)
	},
}).ParseFS(templates, "templates/monthly.md.tmpl"))

func clockName(c string) string { return strings.ReplaceAll(c, "_", " ") }

type figureRow struct {
	Label  string
	Values []string
}

type chartRef struct{ Title, Src string }

type volume struct {
	Title  string
	Groups []Group
}

type paretoRow struct {
	Label      string
	Tickets    int
	Cumulative string
}

// Markdown renders the report.
func (r *Report) Markdown(o RenderOptions) ([]byte, error) {
	loc, err := time.LoadLocation(r.Timezone)
	if err != nil {
		return nil, fmt.Errorf("monthly: render: %w", err)
	}
	z := timefmt.In(loc)
	from, _ := time.Parse(time.RFC3339, r.From)
	to, _ := time.Parse(time.RFC3339, r.To)
	link := func(id string, v int) string {
		if o.Link == nil {
			return report.Inline(id)
		}
		return "[" + report.Inline(id) + "](" + o.Link(id, v) + ")"
	}
	data := map[string]any{
		"R":         r,
		"MonthName": from.In(loc).Format("January 2006"),
		"From":      z.Date(from),
		"To":        z.Date(to.Add(-time.Second)),
		"Now":       z.Date(to.Add(-time.Second)),
		"Narrative": report.Paragraphs(r.Narrative),
		"Rows":      r.figureRows(),
		"PreviousNewest": func() []MonthSummary {
			p := slices.Clone(r.Previous)
			slices.Reverse(p)
			return p
		}(),
		"Volumes": []volume{{"priority", r.ByPriority}, {"team", r.ByTeam}, {"SLA", r.BySLA},
			{"close reason", r.ByReason}, {"customer", r.ByCustomer}},
		"Pareto":    r.pareto(),
		"Generated": z.Stamp(o.Generated),
	}
	var charts []chartRef
	if o.ChartSrc != nil && r.Tickets > 0 {
		for _, c := range r.Charts() {
			charts = append(charts, chartRef{Title: c.Title, Src: o.ChartSrc(c.Name)})
		}
	}
	data["Charts"] = charts
	funcs := template.FuncMap{
		"link":  link,
		"links": func(ids []string) string { return linkList(ids, link) },
		"date": func(t time.Time) string {
			if t.IsZero() {
				return "none"
			}
			return z.Date(t)
		},
	}
	t, err := tmpl.Clone()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := t.Funcs(funcs).Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("monthly: render: %w", err)
	}
	return buf.Bytes(), nil
}

func linkList(ids []string, link func(string, int) string) string {
	const most = 5
	var parts []string
	for _, id := range ids[:min(most, len(ids))] {
		parts = append(parts, link(id, 0))
	}
	s := strings.Join(parts, ", ")
	if len(ids) > most {
		s += fmt.Sprintf(" and %d more", len(ids)-most)
	}
	return s
}

func (r *Report) figureRows() []figureRow {
	all := []Summary{r.Summary}
	for i := len(r.Previous) - 1; i >= 0; i-- { // newest first, beside this month
		all = append(all, r.Previous[i].Summary)
	}
	row := func(label string, f func(s *Summary) string) figureRow {
		fr := figureRow{Label: label}
		for i := range all {
			fr.Values = append(fr.Values, f(&all[i]))
		}
		return fr
	}
	pct := func(p *float64) string {
		if p == nil {
			return "n/a"
		}
		return strconv.FormatFloat(*p, 'f', 1, 64) + "%"
	}
	dur := func(s *int64) string {
		if s == nil {
			return "n/a"
		}
		return timefmt.Duration(time.Duration(*s) * time.Second)
	}
	rows := []figureRow{
		row("Tickets closed", func(s *Summary) string { return strconv.Itoa(s.Tickets) }),
		row("First response within SLA", func(s *Summary) string { return pct(s.FirstResponse.WithinSLAPercent) }),
		row("Resolution within SLA", func(s *Summary) string { return pct(s.Resolution.WithinSLAPercent) }),
		row("Update breaches", func(s *Summary) string { return strconv.Itoa(s.Updates.Breaches) }),
		row("Median first response (business)", func(s *Summary) string { return dur(s.FirstResponse.MedianBusiness) }),
		row("90th percentile first response (business)", func(s *Summary) string { return dur(s.FirstResponse.P90Business) }),
		row("Median first response (elapsed)", func(s *Summary) string { return dur(s.FirstResponse.MedianElapsed) }),
		row("90th percentile first response (elapsed)", func(s *Summary) string { return dur(s.FirstResponse.P90Elapsed) }),
		row("Median resolution (business)", func(s *Summary) string { return dur(s.Resolution.MedianBusiness) }),
		row("90th percentile resolution (business)", func(s *Summary) string { return dur(s.Resolution.P90Business) }),
		row("Median resolution (elapsed)", func(s *Summary) string { return dur(s.Resolution.MedianElapsed) }),
		row("90th percentile resolution (elapsed)", func(s *Summary) string { return dur(s.Resolution.P90Elapsed) }),
		row("Closed automatically for inactivity", func(s *Summary) string { return pct(s.AutoClosedPercent) }),
		row("Customers chasing for news", func(s *Summary) string { return pct(s.ChasedPercent) }),
	}
	if r.External {
		rows = rows[:3]
	}
	return rows
}

func (r *Report) pareto() []paretoRow {
	total := 0
	for _, c := range r.Factors {
		total += c.Tickets
	}
	var out []paretoRow
	run := 0
	for _, c := range r.Factors {
		run += c.Tickets
		out = append(out, paretoRow{Label: factorLabel(c.Key), Tickets: c.Tickets,
			Cumulative: strconv.FormatFloat(float64(run)*100/float64(max(total, 1)), 'f', 1, 64) + "%"})
	}
	return out
}

func factorLabel(k string) string { return analysis.FactorCategory(k).Label() }
