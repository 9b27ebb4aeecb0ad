package ui

import (
	"cmp"
	"html/template"
	"net/http"
	"net/url"
	"slices"

	"github.com/debriefhq/debrief/internal/store"
)

// libraryShown is the number of hits a library page shows; facets count
// every hit of the search (at most the service's limit).
const (
	libraryShown  = 50
	librarySearch = 200
)

// facet is one dimension of the library's hits with its values' counts.
type facet struct {
	Key, Title string
	Values     []facetValue
}

type facetValue struct {
	Value    string
	Count    int
	Selected bool
	// URL toggles the value in the current search.
	URL string
}

type libraryHit struct {
	Ticket, Subject, Customer, Month, Priority string
	Version                                    int
	Snippet                                    template.HTML
}

// facetKeys are the library's facets, in order: URL key and title.
var facetKeys = []struct{ key, title string }{
	{"factor", "Contributing factor"}, {"customer", "Customer"}, {"team", "Team"}, {"month", "Month"}, {"priority", "Priority"},
}

func facetValues(key string, r store.TicketRow, monthOf func(store.TicketRow) string) []string {
	switch key {
	case "factor":
		return r.Factors
	case "customer":
		return []string{r.Customer}
	case "team":
		return []string{r.Team}
	case "month":
		return []string{monthOf(r)}
	case "priority":
		return []string{r.Priority}
	}
	return nil
}

func (u *UI) library(w http.ResponseWriter, r *http.Request, p *request) {
	q := r.URL.Query()
	text := q.Get("q")
	data := map[string]any{"Q": text}
	if text == "" {
		u.render(w, r, p, http.StatusOK, "library", "Learning library", data)
		return
	}
	res, err := u.svc.Search(r.Context(), p.caller, text, librarySearch)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.Ticket
	}
	rows, err := u.svc.TicketRows(r.Context(), p.caller, ids)
	if err != nil {
		u.serviceError(w, r, p, err)
		return
	}
	loc := u.reporting()
	monthOf := func(r store.TicketRow) string {
		if r.ClosedAt.IsZero() {
			return ""
		}
		return r.ClosedAt.In(loc).Format("2006-01")
	}
	keys := facetKeys
	if p.caller.CustomerBound() {
		keys = []struct{ key, title string }{{"month", "Month"}, {"priority", "Priority"}}
	}
	selected := func(key, v string) bool { return slices.Contains(q[key], v) }
	// A hit is kept when, for every facet with a selection, one of its
	// values is selected.
	keep := func(row store.TicketRow, ok bool, except string) bool {
		for _, k := range keys {
			if k.key == except || len(q[k.key]) == 0 {
				continue
			}
			if !ok || !slices.ContainsFunc(facetValues(k.key, row, monthOf), func(v string) bool { return selected(k.key, v) }) {
				return false
			}
		}
		return true
	}
	var facets []facet
	for _, k := range keys {
		counts := map[string]int{}
		for _, h := range res.Hits {
			row, ok := rows[h.Ticket]
			if !ok || !keep(row, ok, k.key) {
				continue
			}
			for _, v := range facetValues(k.key, row, monthOf) {
				if v != "" {
					counts[v]++
				}
			}
		}
		f := facet{Key: k.key, Title: k.title}
		for v, n := range counts {
			f.Values = append(f.Values, facetValue{Value: v, Count: n, Selected: selected(k.key, v), URL: toggle(q, k.key, v)})
		}
		slices.SortFunc(f.Values, func(a, b facetValue) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.Value, b.Value)) })
		if len(f.Values) > 0 {
			facets = append(facets, f)
		}
	}
	var hits []libraryHit
	total := 0
	for _, h := range res.Hits {
		row, ok := rows[h.Ticket]
		if !keep(row, ok, "") {
			continue
		}
		total++
		if len(hits) == libraryShown {
			continue
		}
		lh := libraryHit{Ticket: h.Ticket, Subject: h.Subject, Customer: h.Customer, Version: h.AnalysisVersion,
			Snippet: highlight(h.Snippet, store.SnippetOpen, store.SnippetClose)}
		if ok {
			lh.Month, lh.Priority = monthOf(row), row.Priority
		}
		hits = append(hits, lh)
	}
	data["Hits"], data["Total"], data["Facets"], data["Unindexed"] = hits, total, facets, res.Unindexed
	data["Capped"] = len(res.Hits) == librarySearch
	u.render(w, r, p, http.StatusOK, "library", "Learning library: "+text, data)
}

// toggle returns the library URL of q with value v of key added or removed.
func toggle(q url.Values, key, v string) string {
	n := url.Values{}
	for k, vs := range q {
		n[k] = slices.Clone(vs)
	}
	if i := slices.Index(n[key], v); i >= 0 {
		n[key] = slices.Delete(n[key], i, i+1)
	} else {
		n[key] = append(n[key], v)
	}
	return "/library?" + n.Encode()
}
