package service

import (
	"context"
	"errors"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
	"github.com/debriefhq/debrief/internal/ticket"
)

// Hit is one search result.
type Hit struct {
	Ticket   string
	Subject  string
	Customer string
	// AnalysisVersion is the latest analysis version, 0 if none yet.
	AnalysisVersion int
	Snippet         string
	Rank            float64
}

// SearchResult is the answer to a search.
type SearchResult struct {
	Hits []Hit
	// Unindexed counts the tickets the index did not hold yet: the newest
	// may be missing from Hits.
	Unindexed int64
}

// maxSearchLimit is the most hits one search returns.
const maxSearchLimit = 200

// Search runs a full-text query (web-search syntax) for caller c, best hits
// first, at most limit (1 to 200). A customer-bound caller gets only its
// customer's tickets whose text as that customer sees it (no internal note,
// redacted, reports aside) matches, with the subject redacted like the
// ticket and no snippet.
func (s *Service) Search(ctx context.Context, c *auth.Caller, query string, limit int) (SearchResult, error) {
	limit = min(max(limit, 1), maxSearchLimit)
	fetch, storeQuery := limit, query
	if c.CustomerBound() {
		// The index holds text the caller may not see: it proposes hits
		// (more than asked, as some match only in that text) and Matches
		// decides over the caller's view. Exclusions apply to the view only,
		// else a hidden word would tell by excluding its ticket.
		fetch, storeQuery = min(4*limit, maxSearchLimit), store.WithoutExclusions(query)
	}
	hits, err := s.store.Search(ctx, storeQuery, store.SearchOptions{Customer: c.Customer, Limit: fetch})
	if err != nil {
		return SearchResult{}, fail(CodeStore, err, "search is unavailable")
	}
	var res SearchResult
	if n, err := s.store.Unindexed(ctx); err == nil {
		res.Unindexed = n
	}
	res.Hits = make([]Hit, 0, min(len(hits), limit))
	for _, h := range hits {
		if len(res.Hits) == limit {
			break
		}
		hit := Hit{Ticket: h.TicketID, Subject: h.Subject, Customer: h.Customer, AnalysisVersion: h.Version, Snippet: h.MarkedSnippet(), Rank: h.Rank}
		if c.CustomerBound() {
			shown, err := s.shownForSearch(ctx, c, h.TicketID)
			if err != nil {
				return SearchResult{}, err
			}
			if shown == nil || !store.Matches(query, text(shown)) {
				continue
			}
			hit.Subject, hit.Customer, hit.Snippet = shown.Subject, "", ""
		}
		res.Hits = append(res.Hits, hit)
	}
	return res, nil
}

// shownForSearch is the latest version of ticket id as caller c sees it,
// nil if c may not see it (or it is gone, or unreadable).
func (s *Service) shownForSearch(ctx context.Context, c *auth.Caller, id string) (*ticket.Ticket, error) {
	tv, err := s.visible(ctx, c, id)
	if ErrorCode(err) == CodeNotFound {
		return nil, nil
	} else if err != nil {
		return nil, fail(CodeStore, errors.Unwrap(err), "search is unavailable")
	}
	t, _, err := s.parse(tv.Raw, "ticket "+tv.TicketID)
	if err != nil {
		s.log.Warn("search: stored ticket does not parse", "ticket", tv.TicketID, "version", tv.Version, "err", err)
		return nil, nil
	}
	return s.see(c, t, true).ticket(), nil
}
