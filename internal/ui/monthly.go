package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// monthlyFormats are the downloads of a monthly report.
var monthlyFormats = []string{"pdf", "docx", "odt", "html", "md", "json"}

// monthlyRequest reads the month, customer and team of a monthly page; the
// month defaults to the last one.
func (u *UI) monthlyRequest(r *http.Request) service.MonthlyRequest {
	q := r.URL.Query()
	req := service.MonthlyRequest{Month: q.Get("month"), Customer: q.Get("customer"), Team: q.Get("team")}
	if req.Month == "" {
		req.Month = u.svc.LastMonth()
	}
	return req
}

// monthlyQuery is the query string of req.
func monthlyQuery(req service.MonthlyRequest) string {
	v := url.Values{"month": {req.Month}}
	if req.Customer != "" {
		v.Set("customer", req.Customer)
	}
	if req.Team != "" {
		v.Set("team", req.Team)
	}
	return v.Encode()
}

// ticketLink is the page of a ticket's analysis.
func ticketLink(id string, version int) string {
	l := "/tickets/" + url.PathEscape(id)
	if version > 0 {
		l += "?version=" + itoa(int64(version))
	}
	return l
}

func (u *UI) monthlyPage(w http.ResponseWriter, r *http.Request, p *request) {
	req := u.monthlyRequest(r)
	qs := monthlyQuery(req)
	req.Link = ticketLink
	// A month that is over is read from its archived report, unless the
	// page is asked to build it from the current figures (live=1).
	var view service.MonthlyView
	var err error
	if r.URL.Query().Get("live") == "1" {
		view.Report, err = u.svc.Monthly(r.Context(), p.caller, req)
	} else {
		view, err = u.svc.MonthlyArchived(r.Context(), p.caller, req)
	}
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	rep, chartQuery := view.Report, qs
	if view.Archived != nil {
		chartQuery += "&archived=1"
	}
	// The report's text without its charts, which the page shows as SVG
	// images of their own.
	md, err := view.Markdown(monthly.RenderOptions{Link: req.Link, Generated: u.cfg.Clock()})
	if err != nil {
		u.serviceError(w, r, p, &service.Error{Code: service.CodeInternal, Msg: "render", Err: err})
		return
	}
	type chart struct{ Title, Src string }
	var charts []chart
	for _, c := range rep.Charts() {
		charts = append(charts, chart{Title: c.Title, Src: "/monthly/charts/" + url.PathEscape(c.Name) + ".svg?" + chartQuery})
	}
	// The months of the trend with tickets, newest first, to move between.
	var months []map[string]string
	for i := len(rep.Trend) - 1; i >= 0; i-- {
		if m := rep.Trend[i]; m.Tickets > 0 {
			r := req
			r.Month = m.Month
			months = append(months, map[string]string{"Month": m.Month, "URL": "/monthly?" + monthlyQuery(r), "Tickets": itoa(int64(m.Tickets))})
		}
	}
	data := map[string]any{"Req": req, "Query": qs, "Report": rep, "Body": renderMarkdown(r.Context(), string(md), ""), "Charts": charts,
		"Formats": monthlyFormats, "Bound": p.caller.CustomerBound(), "Months": months, "Archived": view.Archived}
	title := "Monthly report " + rep.Month
	if rep.External {
		title += " (external)"
	}
	u.render(w, r, p, http.StatusOK, "monthly", title, data)
}

func (u *UI) monthlyChart(w http.ResponseWriter, r *http.Request, p *request) {
	name, ok := strings.CutSuffix(r.PathValue("chart"), ".svg")
	if !ok {
		u.fail(w, r, p, http.StatusNotFound, statusOf[service.CodeNotFound].msg)
		return
	}
	req := u.monthlyRequest(r)
	req.Archived = r.URL.Query().Get("archived") == "1"
	b, err := u.svc.MonthlyChart(r.Context(), p.caller, req, name, monthly.SVG)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	// The chart is an image: its own styles, no script, nothing else.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
	h.Set("Cache-Control", "private, max-age=300")
	_, _ = w.Write(b)
}

func (u *UI) monthlyFile(w http.ResponseWriter, r *http.Request, p *request) {
	format := r.PathValue("format")
	if !slices.Contains(monthlyFormats, format) {
		u.fail(w, r, p, http.StatusNotFound, statusOf[service.CodeNotFound].msg)
		return
	}
	req := u.monthlyRequest(r)
	req.Link = func(id string, v int) string { return ticketLink(id, v) }
	rep, err := u.svc.MonthlyFile(r.Context(), p.caller, req, format)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	name := "monthly-" + req.Month
	if p.caller.CustomerBound() || req.Customer != "" {
		name += "-external"
	}
	download(w, rep.ContentType, name+"."+format, rep.Body)
}

func (u *UI) dashboard(w http.ResponseWriter, r *http.Request, p *request) {
	ctx := r.Context()
	// The month so far, built at most once a minute (its figures may be a
	// minute old), without the paragraph the dashboard does not show.
	rep, err := u.svc.MonthSoFar(ctx, p.caller)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	latest, err := u.svc.ListTickets(ctx, p.caller, store.TicketFilter{Limit: 8})
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	themes := rep.Themes
	if len(themes) > 6 {
		themes = themes[:6]
	}
	data := map[string]any{"Month": rep.Month, "Report": rep, "Latest": latest.Rows, "Themes": themes}
	u.render(w, r, p, http.StatusOK, "dashboard", "Dashboard", data)
}
