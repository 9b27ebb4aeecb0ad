package ui

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/service"
	"github.com/debriefhq/debrief/internal/store"
)

// pageSize is the number of tickets a list page shows.
const pageSize = 50

// listQuery is a ticket list's filters as they appear in the URL.
type listQuery struct {
	Customer, Priority, Team, CloseReason, Breached, Month, Text, Sort, Order string
	Page                                                                      int
}

func parseListQuery(q url.Values) listQuery {
	lq := listQuery{
		Customer: q.Get("customer"), Priority: q.Get("priority"), Team: q.Get("team"), CloseReason: q.Get("reason"),
		Breached: q.Get("breached"), Month: q.Get("month"), Text: q.Get("q"), Sort: q.Get("sort"), Order: q.Get("order"),
	}
	lq.Page, _ = strconv.Atoi(q.Get("page"))
	lq.Page = max(lq.Page, 1)
	if _, ok := store.TicketSorts[lq.Sort]; !ok {
		lq.Sort = "closed"
	}
	if lq.Order != "asc" {
		lq.Order = "desc"
	}
	return lq
}

// values is the query string of lq, without empty fields.
func (lq listQuery) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("customer", lq.Customer)
	set("priority", lq.Priority)
	set("team", lq.Team)
	set("reason", lq.CloseReason)
	set("breached", lq.Breached)
	set("month", lq.Month)
	set("q", lq.Text)
	if lq.Sort != "closed" {
		set("sort", lq.Sort)
	}
	if lq.Order != "desc" {
		set("order", lq.Order)
	}
	if lq.Page > 1 {
		set("page", strconv.Itoa(lq.Page))
	}
	return v
}

// With returns the list's URL with the page changed.
func (lq listQuery) PageURL(page int) string {
	lq.Page = page
	return "/tickets?" + lq.values().Encode()
}

// SortURL returns the list's URL sorted by column (toggling the order when
// it is sorted by it already), from its first page.
func (lq listQuery) SortURL(col string) string {
	if lq.Sort == col {
		lq.Order = map[string]string{"asc": "desc", "desc": "asc"}[lq.Order]
	} else {
		lq.Sort, lq.Order = col, "desc"
	}
	lq.Page = 1
	return "/tickets?" + lq.values().Encode()
}

// AriaSort is the aria-sort value of a column header.
func (lq listQuery) AriaSort(col string) string {
	if lq.Sort != col {
		return "none"
	}
	return map[string]string{"asc": "ascending", "desc": "descending"}[lq.Order]
}

// filter turns lq into a store filter in the reporting time zone.
func (lq listQuery) filter(loc *time.Location) (store.TicketFilter, error) {
	f := store.TicketFilter{Customer: lq.Customer, Priority: lq.Priority, Team: lq.Team, CloseReason: lq.CloseReason,
		Text: lq.Text, Sort: lq.Sort, Asc: lq.Order == "asc", Offset: (lq.Page - 1) * pageSize, Limit: pageSize}
	switch lq.Breached {
	case "yes":
		b := true
		f.Breached = &b
	case "no":
		b := false
		f.Breached = &b
	}
	if lq.Month != "" {
		m, err := time.ParseInLocation("2006-01", lq.Month, loc)
		if err != nil {
			return f, fmt.Errorf("month %q: want YYYY-MM", lq.Month)
		}
		f.From, f.To = m, m.AddDate(0, 1, 0)
	}
	return f, nil
}

func (u *UI) reporting() *time.Location {
	if loc := u.svc.Engine().Config().Reporting; loc != nil {
		return loc
	}
	return time.UTC
}

func (u *UI) ticketList(w http.ResponseWriter, r *http.Request, p *request) {
	lq := parseListQuery(r.URL.Query())
	f, err := lq.filter(u.reporting())
	if err != nil {
		u.fail(w, r, p, http.StatusBadRequest, err.Error())
		return
	}
	pg, err := u.svc.ListTickets(r.Context(), p.caller, f)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	data := map[string]any{"Q": lq, "Rows": pg.Rows, "More": pg.More, "Sorts": []string{"closed", "id", "customer", "priority", "team"}}
	u.render(w, r, p, http.StatusOK, "tickets", "Tickets", data)
}

// tab is one tab of the ticket page.
type tab struct {
	ID, Title string
	Body      any
}

// ticketHead is what the ticket page shows of the ticket itself.
type ticketHead struct {
	ID, Subject, Customer, Priority, Team, SLA, CloseReason string
	Created, Closed                                         time.Time
	IsClosed                                                bool
}

func (u *UI) ticketPage(w http.ResponseWriter, r *http.Request, p *request) {
	ctx, id := r.Context(), r.PathValue("id")
	version, _ := strconv.Atoi(r.URL.Query().Get("version"))
	pg, err := u.svc.TicketPage(ctx, p.caller, id, version)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	t := pg.Ticket
	head := ticketHead{ID: id, Subject: t.Subject, Priority: t.Priority, SLA: t.SLA, Created: t.CreatedAt, Closed: t.ClosedAt, IsClosed: t.Closed()}
	if !p.caller.CustomerBound() {
		head.Customer, head.Team, head.CloseReason = t.Customer.Name, t.Team, t.CloseReason
	}
	data := map[string]any{"T": head, "Versions": pg.Analyses, "Formats": downloadFormats, "Queued": r.URL.Query().Get("queued") == "1"}
	if pg.Analysis > 0 {
		data["Version"], data["Cited"] = pg.Analysis, pg.Cited
		data["Staff"] = p.caller.Role.Allows("agent") && !p.caller.CustomerBound()
		// The technical report is rendered once, and the statistics,
		// timeline, findings and actions tabs show its sections. Every tab
		// has its ids prefixed with its own, but for the Timeline tab, whose
		// rows the citations of every tab point to ("#timeline-3"), so that
		// ids are unique on the page.
		tech := renderMarkdown(ctx, pg.Technical, "technical-")
		ss := htmlSections(tech)
		section := func(tab string, titles ...string) template.HTML {
			to := tab + "-"
			if tab == "timeline" {
				to = ""
			}
			return pickHTML(ss, "technical-", to, titles...)
		}
		data["Tabs"] = []tab{
			{"statistics", "Statistics", section("statistics", "Performance statistics")},
			{"timeline", "Timeline", section("timeline", "Timeline")},
			{"technical", "Technical report", tech},
			{"executive", "Executive summary", renderMarkdown(ctx, pg.Executive, "executive-")},
			{"findings", "Findings", section("findings", "Support Directives", "What to Improve", "What Went Well", "Root Cause")},
			{"actions", "Actions", map[string]any{"Plan": section("actions", "Corrective"), "Items": pg.Actions}},
		}
	}
	u.render(w, r, p, http.StatusOK, "ticket", id+": "+t.Subject, data)
}

// downloadFormats are the report files offered for download.
var downloadFormats = []string{"pdf", "docx", "odt", "html", "md"}

func (u *UI) ticketFile(w http.ResponseWriter, r *http.Request, p *request) {
	id := r.PathValue("id")
	version, err := strconv.Atoi(r.PathValue("version"))
	if err != nil || version < 1 {
		u.fail(w, r, p, http.StatusNotFound, statusOf[service.CodeNotFound].msg)
		return
	}
	redacted := r.URL.Query().Get("redact") == "1"
	rep, err := u.svc.Report(r.Context(), p.caller, service.ReportRequest{Ticket: id, Version: version, File: r.PathValue("file"), Redact: redacted})
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	// The service names the file; a redacted report's name never carries
	// the ticket id its content hides. HTML, shown by the API, gets a name here.
	name := rep.Filename
	if name == "" {
		kind, _, _ := strings.Cut(r.PathValue("file"), ".")
		name = id + "-v" + strconv.Itoa(rep.AnalysisVersion) + "." + kind + ".html"
		if redacted || p.caller.CustomerBound() {
			name = "shared-report." + kind + ".html"
		}
	}
	download(w, rep.ContentType, name, rep.Body)
}

// fileName keeps the characters of s that are safe in a file name.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, s)
}

// download answers with a file to save, never shown in this origin.
func download(w http.ResponseWriter, contentType, name string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", `attachment; filename="`+fileName(name)+`"`)
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Cache-Control", "no-store")
	_, _ = w.Write(body)
}

func (u *UI) ticketDiff(w http.ResponseWriter, r *http.Request, p *request) {
	ctx, id, q := r.Context(), r.PathValue("id"), r.URL.Query()
	from, _ := strconv.Atoi(q.Get("from"))
	to, _ := strconv.Atoi(q.Get("to"))
	kind := q.Get("kind")
	if kind != service.Executive {
		kind = service.Technical
	}
	if from < 1 || to < 1 {
		u.fail(w, r, p, http.StatusBadRequest, "Choose two analysis versions to compare.")
		return
	}
	a, err := u.svc.Report(ctx, p.caller, service.ReportRequest{Ticket: id, Version: from, File: kind + ".md"})
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	b, err := u.svc.Report(ctx, p.caller, service.ReportRequest{Ticket: id, Version: to, File: kind + ".md"})
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	lines := diffLines(string(a.Body), string(b.Body))
	changed := 0
	for _, l := range lines {
		if l.Op != ' ' {
			changed++
		}
	}
	data := map[string]any{"ID": id, "From": from, "To": to, "Kind": kind, "Lines": lines, "Changed": changed}
	u.render(w, r, p, http.StatusOK, "diff", fmt.Sprintf("%s: %s report, version %d against %d", id, kind, to, from), data)
}

func (u *UI) reanalyse(w http.ResponseWriter, r *http.Request, p *request) {
	id := r.PathValue("id")
	if _, err := u.svc.Reanalyse(r.Context(), p.caller, id, "web: "+p.who()); err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/tickets/"+url.PathEscape(id)+"?queued=1", http.StatusSeeOther)
}
