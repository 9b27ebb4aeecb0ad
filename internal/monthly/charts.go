package monthly

import (
	"bytes"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart names, in the order the report shows them.
const (
	ChartTrend    = "sla-trend"
	ChartPriority = "volume-by-priority"
	ChartPareto   = "root-cause-pareto"
	ChartReplies  = "first-response-distribution"
	ChartBurn     = "error-budget-burn"
)

// ChartInfo names a chart and says what it shows.
type ChartInfo struct {
	Name  string
	Title string
}

// Charts lists the charts a report has data for.
func (r *Report) Charts() []ChartInfo {
	var out []ChartInfo
	add := func(ok bool, name, title string) {
		if ok {
			out = append(out, ChartInfo{name, title})
		}
	}
	add(len(r.Trend) > 0, ChartTrend, "SLA achievement over twelve months")
	add(len(r.ByPriority) > 0, ChartPriority, "Tickets by priority")
	add(len(r.Factors) > 0, ChartPareto, "Contributing factors (Pareto)")
	add(len(r.FirstReplies) > 0, ChartReplies, "Business time to first response")
	add(len(r.Objectives) > 0 && !r.External, ChartBurn, "Error-budget burn over six months")
	return out
}

// ChartFormat is "png" or "svg".
type ChartFormat string

// Chart formats.
const (
	PNG ChartFormat = "png"
	SVG ChartFormat = "svg"
)

var palette = []color.Color{
	color.RGBA{0x1f, 0x4e, 0x79, 0xff}, color.RGBA{0xc5, 0x5a, 0x11, 0xff}, color.RGBA{0x38, 0x76, 0x1d, 0xff},
	color.RGBA{0x7f, 0x3f, 0x98, 0xff}, color.RGBA{0x99, 0x99, 0x99, 0xff},
}

// Chart renders the named chart of the report.
func (r *Report) Chart(name string, f ChartFormat) ([]byte, error) {
	p := plot.New()
	p.Title.TextStyle.Font.Size = vg.Points(12)
	var err error
	switch name {
	case ChartTrend:
		err = r.trendChart(p)
	case ChartPriority:
		labels, values := []string{}, plotter.Values{}
		for _, g := range r.ByPriority {
			labels, values = append(labels, g.Key), append(values, float64(g.Tickets))
		}
		err = barChart(p, "Tickets by priority", "tickets", labels, values)
	case ChartPareto:
		// Bars in falling order: the Pareto; the report's table gives the cumulative shares.
		labels, values := []string{}, plotter.Values{}
		for _, c := range r.Factors {
			labels, values = append(labels, factorLabel(c.Key)), append(values, float64(c.Tickets))
		}
		err = barChart(p, "Contributing factors", "tickets", labels, values)
	case ChartReplies:
		err = r.repliesChart(p)
	case ChartBurn:
		err = r.burnChart(p)
	default:
		return nil, fmt.Errorf("monthly: no chart %q", name)
	}
	if err != nil {
		return nil, fmt.Errorf("monthly: chart %s: %w", name, err)
	}
	return encode(p, f)
}

func encode(p *plot.Plot, f ChartFormat) ([]byte, error) {
	w, h := 16*vg.Centimeter, 8*vg.Centimeter
	var buf bytes.Buffer
	switch f {
	case SVG:
		c := vgsvg.New(w, h)
		p.Draw(draw.New(c))
		if _, err := c.WriteTo(&buf); err != nil {
			return nil, err
		}
	default:
		c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(144))}
		p.Draw(draw.New(c))
		if _, err := c.WriteTo(&buf); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

func (r *Report) trendChart(p *plot.Plot) error {
	p.Title.Text = "SLA achievement, last twelve months"
	p.Y.Label.Text = "% within SLA"
	p.Y.Min, p.Y.Max = 0, 100
	var labels []string
	for i, series := range []func(TrendMonth) *float64{
		func(t TrendMonth) *float64 { return t.FirstResponse },
		func(t TrendMonth) *float64 { return t.Resolution },
	} {
		var pts plotter.XYs
		for j, t := range r.Trend {
			if i == 0 {
				labels = append(labels, t.Month[2:])
			}
			if v := series(t); v != nil {
				pts = append(pts, plotter.XY{X: float64(j), Y: *v})
			}
		}
		if len(pts) == 0 {
			continue
		}
		l, s, err := plotter.NewLinePoints(pts)
		if err != nil {
			return err
		}
		l.Color, s.Color = palette[i], palette[i]
		p.Add(l, s)
		p.Legend.Add([]string{"first response", "resolution"}[i], l, s)
	}
	p.NominalX(labels...)
	p.X.Min, p.X.Max = -0.5, float64(len(labels))-0.5
	return nil
}

func barChart(p *plot.Plot, title, ylabel string, labels []string, values plotter.Values) error {
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	if len(values) == 0 {
		return nil
	}
	bars, err := plotter.NewBarChart(values, vg.Points(22))
	if err != nil {
		return err
	}
	bars.Color = palette[0]
	bars.LineStyle.Width = 0
	p.Add(bars)
	p.NominalX(labels...)
	p.Y.Min = 0
	return nil
}

// repliesChart is a histogram of business minutes to first response.
func (r *Report) repliesChart(p *plot.Plot) error {
	p.Title.Text = "Business time to first response"
	p.X.Label.Text = "minutes (business time)"
	p.Y.Label.Text = "tickets"
	vals := make(plotter.Values, len(r.FirstReplies))
	hi := 0.0
	for i, s := range r.FirstReplies {
		vals[i] = float64(s) / 60
		hi = math.Max(hi, vals[i])
	}
	bins := 20
	if hi == 0 {
		bins = 1
	}
	h, err := plotter.NewHist(vals, bins)
	if err != nil {
		return err
	}
	h.FillColor = palette[0]
	h.LineStyle.Width = 0
	p.Add(h)
	return nil
}

func (r *Report) burnChart(p *plot.Plot) error {
	p.Title.Text = "Error-budget burn, last six months"
	p.Y.Label.Text = "% of budget used"
	p.Y.Min = 0
	var labels []string
	for i, b := range r.Objectives {
		var pts plotter.XYs
		for j, m := range b.Burn {
			if i == 0 {
				labels = append(labels, m.Month[2:])
			}
			if m.Percent != nil {
				pts = append(pts, plotter.XY{X: float64(j), Y: *m.Percent})
			}
		}
		if len(pts) == 0 {
			continue
		}
		l, s, err := plotter.NewLinePoints(pts)
		if err != nil {
			return err
		}
		c := palette[i%len(palette)]
		l.Color, s.Color = c, c
		p.Add(l, s)
		p.Legend.Add(b.Name, l)
	}
	limit, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 100}, {X: 5, Y: 100}})
	if err != nil {
		return err
	}
	limit.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	limit.Color = color.Gray{Y: 0x80}
	p.Add(limit)
	p.Legend.Add("budget", limit)
	p.Legend.Top = true
	p.NominalX(labels...)
	p.X.Min, p.X.Max = -0.5, float64(len(labels))-0.5
	return nil
}
