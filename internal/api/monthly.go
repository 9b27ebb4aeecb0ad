package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// monthlyRequest reads ?month=&customer=&team= (month defaults to last month).
func (a *API) monthlyRequest(r *http.Request) service.MonthlyRequest {
	q := r.URL.Query()
	req := service.MonthlyRequest{Month: q.Get("month"), Customer: q.Get("customer"), Team: q.Get("team")}
	if req.Month == "" {
		req.Month = a.svc.LastMonth()
	}
	base := url.Values{"month": {req.Month}}
	if req.Customer != "" {
		base.Set("customer", req.Customer)
	}
	if req.Team != "" {
		base.Set("team", req.Team)
	}
	req.ChartSrc = func(name string) string { return "monthly/charts/" + name + "?" + base.Encode() }
	req.Link = func(id string, v int) string {
		ver := "latest"
		if v > 0 {
			ver = strconv.Itoa(v)
		}
		return "../tickets/" + url.PathEscape(id) + "/analyses/" + ver + "/technical.md"
	}
	return req
}

func (a *API) monthlyReport(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	// /reports/monthly, or /reports/monthly.pdf and the other formats.
	format := ""
	if file := r.PathValue("file"); file != "" {
		ext, ok := strings.CutPrefix(file, "monthly.")
		if !ok {
			WriteError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no report %q (monthly, or monthly.md, .json, .html, .pdf, .docx, .odt)", file))
			return
		}
		format = ext
	}
	if f := r.URL.Query().Get("format"); f != "" {
		format = f
	}
	if format == "" {
		format = "md"
	}
	req := a.monthlyRequest(r)
	if format != "md" { // documents embed their charts; links are relative to the API
		req.ChartSrc = nil
	}
	rep, err := a.svc.MonthlyFile(r.Context(), c, req, format)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Type", rep.ContentType)
	if rep.Filename != "" {
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", rep.Filename))
	}
	w.Write(rep.Body)
}

func (a *API) monthlyChart(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	name, f := r.PathValue("chart"), monthly.SVG
	if base, ok := strings.CutSuffix(name, ".png"); ok {
		name, f = base, monthly.PNG
	}
	name = strings.TrimSuffix(name, ".svg")
	b, err := a.svc.MonthlyChart(r.Context(), c, a.monthlyRequest(r), name, f)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Type", map[monthly.ChartFormat]string{monthly.SVG: "image/svg+xml", monthly.PNG: "image/png"}[f])
	w.Write(b)
}

// Action is an action item in the API.
type Action struct {
	ID       int64     `json:"id"`
	Ticket   string    `json:"ticket"`
	Customer string    `json:"customer"`
	Code     string    `json:"code"`
	Title    string    `json:"title"`
	Owner    string    `json:"owner"`
	Category string    `json:"category"`
	Due      time.Time `json:"due,omitzero"`
	Status   string    `json:"status"`
	Overdue  bool      `json:"overdue"`
	OpenedAt time.Time `json:"opened_at"`
	DoneAt   time.Time `json:"done_at,omitzero"`
}

func (a *API) listActions(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	q := r.URL.Query()
	f := store.ActionFilter{Status: q.Get("status"), Owner: q.Get("owner"), Customer: q.Get("customer"), TicketID: q.Get("ticket"), Now: a.cfg.Clock()}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n <= 0 {
			WriteError(w, http.StatusBadRequest, "bad_limit", fmt.Sprintf("limit %q is not a positive number", l))
			return
		}
		f.Limit = n
	}
	items, err := a.svc.Actions(r.Context(), c, f)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	out := make([]Action, 0, len(items))
	for _, it := range items {
		out = append(out, actionOf(it, f.Now))
	}
	WriteJSON(w, http.StatusOK, map[string]any{"actions": out})
}

func (a *API) actionID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		WriteError(w, http.StatusBadRequest, "bad_id", fmt.Sprintf("action id %q is not a positive number", r.PathValue("id")))
		return 0, false
	}
	return id, true
}

// actionChangeBody is the JSON body of /done and /assign (all optional for done).
type actionChangeBody struct {
	Note  string `json:"note"`
	Owner string `json:"owner"`
	// Due is a date (2026-03-31) or an RFC 3339 time.
	Due string `json:"due"`
}

func (a *API) readChange(w http.ResponseWriter, r *http.Request, c *auth.Caller) (store.ActionChange, bool) {
	var body actionChangeBody
	if r.ContentLength != 0 {
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil {
			WriteError(w, http.StatusBadRequest, "bad_json", "the body is not a JSON object with note, owner and due: "+err.Error())
			return store.ActionChange{}, false
		}
	}
	ch := store.ActionChange{Who: c.Who(), Note: body.Note, Owner: strings.TrimSpace(body.Owner)}
	if body.Due != "" {
		due, err := ParseDue(body.Due)
		if err != nil {
			WriteError(w, http.StatusBadRequest, "bad_due", err.Error())
			return ch, false
		}
		ch.Due = due
	}
	return ch, true
}

// ParseDue reads a due date: 2026-03-31 (the end of that day, UTC) or an RFC 3339 time.
func ParseDue(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Add(24*time.Hour - time.Second), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("due %q is not a date (2026-03-31) or an RFC 3339 time", s)
}

func (a *API) actionDone(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	id, ok := a.actionID(w, r)
	if !ok {
		return
	}
	ch, ok := a.readChange(w, r, c)
	if !ok {
		return
	}
	done := true
	ch.Done, ch.Owner, ch.Due = &done, "", time.Time{}
	a.answerAction(w, r, c, id, ch)
}

func (a *API) actionAssign(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	id, ok := a.actionID(w, r)
	if !ok {
		return
	}
	ch, ok := a.readChange(w, r, c)
	if !ok {
		return
	}
	if ch.Owner == "" && ch.Due.IsZero() {
		WriteError(w, http.StatusBadRequest, "bad_change", "give an owner, a due date or both")
		return
	}
	a.answerAction(w, r, c, id, ch)
}

func (a *API) answerAction(w http.ResponseWriter, r *http.Request, c *auth.Caller, id int64, ch store.ActionChange) {
	it, err := a.svc.ChangeAction(r.Context(), c, id, ch)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, actionOf(it, a.cfg.Clock()))
}

// actionOf is an action item as the API shows it at now.
func actionOf(it figures.ActionItem, now time.Time) Action {
	return Action{ID: it.ID, Ticket: it.TicketID, Customer: it.Customer, Code: it.Code, Title: it.Title,
		Owner: it.Owner, Category: it.Category, Due: it.Due, Status: it.Status,
		Overdue: it.Status == store.ActionOpen && !it.Due.IsZero() && it.Due.Before(now), OpenedAt: it.OpenedAt, DoneAt: it.DoneAt}
}

func (a *API) actionEvents(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	id, ok := a.actionID(w, r)
	if !ok {
		return
	}
	ev, err := a.svc.ActionEvents(r.Context(), c, id)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	type event struct {
		At    time.Time `json:"at"`
		Who   string    `json:"who"`
		Kind  string    `json:"kind"`
		Owner string    `json:"owner"`
		Due   time.Time `json:"due,omitzero"`
		Note  string    `json:"note,omitempty"`
	}
	out := make([]event, 0, len(ev))
	for _, e := range ev {
		out = append(out, event{e.At, e.Who, e.Kind, e.Owner, e.Due, e.Note})
	}
	WriteJSON(w, http.StatusOK, map[string]any{"events": out})
}

// ArchivedMonthly describes an archived monthly report.
type ArchivedMonthly struct {
	Month     string    `json:"month"`
	Customer  string    `json:"customer,omitempty"`
	Version   int       `json:"version"`
	CreatedAt time.Time `json:"created_at"`
	Reason    string    `json:"reason"`
}

func (a *API) monthlyArchive(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	list, err := a.svc.ArchivedMonthly(r.Context(), c, r.URL.Query().Get("month"))
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	out := make([]ArchivedMonthly, 0, len(list))
	for _, m := range list {
		out = append(out, ArchivedMonthly{Month: m.Month, Customer: strings.TrimPrefix(m.Scope, "customer:"),
			Version: m.Version, CreatedAt: m.CreatedAt, Reason: m.Reason})
	}
	WriteJSON(w, http.StatusOK, map[string]any{"reports": out})
}

func (a *API) monthlyArchived(w http.ResponseWriter, r *http.Request, c *auth.Caller) {
	q := r.URL.Query()
	version := 0
	if v := r.PathValue("version"); v != "latest" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			WriteError(w, http.StatusBadRequest, "bad_version", fmt.Sprintf("version %q is not a positive number or latest", v))
			return
		}
		version = n
	}
	month := q.Get("month")
	if month == "" {
		month = a.svc.LastMonth()
	}
	rec, err := a.svc.ArchivedMonthlyReport(r.Context(), c, month, q.Get("customer"), version)
	if err != nil {
		a.serviceError(w, r, err)
		return
	}
	w.Header().Set("X-Report-Version", strconv.Itoa(rec.Version))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if q.Get("format") == "json" {
		w.Header().Set("Content-Type", "application/json")
		w.Write(rec.Figures)
		return
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	w.Write([]byte(rec.Markdown))
}
