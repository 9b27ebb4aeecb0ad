package ui

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/store"
)

func (u *UI) actionList(w http.ResponseWriter, r *http.Request, p *request) {
	q := r.URL.Query()
	status := q.Get("status")
	if status == "" {
		status = "open"
	}
	f := store.ActionFilter{Owner: q.Get("owner"), Customer: q.Get("customer"), Limit: 500}
	if status != "all" {
		f.Status = status
	}
	items, err := u.svc.Actions(r.Context(), p.caller, f)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	now := u.cfg.Clock()
	type row struct {
		Item    any
		Overdue bool
		Days    int
	}
	var rows []row
	overdue := 0
	for _, it := range items {
		o := it.Status == store.ActionOpen && !it.Due.IsZero() && it.Due.Before(now)
		d := 0
		if o {
			d = int(now.Sub(it.Due) / (24 * time.Hour))
			overdue++
		}
		rows = append(rows, row{Item: it, Overdue: o, Days: d})
	}
	data := map[string]any{"Status": status, "Owner": f.Owner, "Customer": f.Customer, "Rows": rows, "Overdue": overdue,
		"Back": r.URL.RequestURI(), "Statuses": []string{"open", "overdue", "done", "all"}}
	u.render(w, r, p, http.StatusOK, "actions", "Actions", data)
}

func (u *UI) changeAction(w http.ResponseWriter, r *http.Request, p *request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		u.fail(w, r, p, http.StatusNotFound, "There is nothing here, or nothing you may see.")
		return
	}
	ch := store.ActionChange{Who: p.who(), Note: strings.TrimSpace(r.PostFormValue("note")), Owner: strings.TrimSpace(r.PostFormValue("owner"))}
	switch r.PostFormValue("done") {
	case "1":
		b := true
		ch.Done = &b
	case "0":
		b := false
		ch.Done = &b
	}
	if due := r.PostFormValue("due"); due != "" {
		if ch.Due, err = time.ParseInLocation("2006-01-02", due, u.reporting()); err != nil {
			u.fail(w, r, p, http.StatusBadRequest, "The due date must be a date (YYYY-MM-DD).")
			return
		}
	}
	if _, err := u.svc.ChangeAction(r.Context(), p.caller, id, ch); err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	back := safeNext(r.PostFormValue("back"))
	if back == "/" {
		back = "/actions"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}
