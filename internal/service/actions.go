package service

import (
	"context"
	"errors"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/figures"
	"github.com/debriefhq/debrief/internal/store"
)

// ActionStore is the part of the store that keeps corrective and preventive
// actions with their life (status, owner, due date, who changed them).
type ActionStore interface {
	ListActions(ctx context.Context, f store.ActionFilter) ([]figures.ActionItem, error)
	ActionItem(ctx context.Context, id int64) (figures.ActionItem, error)
	ActionEvents(ctx context.Context, id int64) ([]store.ActionEvent, error)
	ChangeAction(ctx context.Context, id int64, ch store.ActionChange) (figures.ActionItem, error)
}

// staffOnly refuses callers below the agent role: actions name internal
// owners and are followed up by staff.
func staffOnly(c *auth.Caller) error {
	if !c.Role.Allows(auth.RoleAgent) || c.CustomerBound() {
		return fail(CodeForbidden, nil, "actions are for agents and admins")
	}
	return nil
}

// Actions lists the actions matching f (status open, done or overdue; owner;
// customer), most urgent first.
func (s *Service) Actions(ctx context.Context, c *auth.Caller, f store.ActionFilter) ([]figures.ActionItem, error) {
	if err := staffOnly(c); err != nil {
		return nil, err
	}
	if f.Now.IsZero() {
		f.Now = s.now()
	}
	items, err := s.store.ListActions(ctx, f)
	switch {
	case errors.Is(err, store.ErrBadStatus):
		return nil, fail(CodeInvalid, nil, "unknown action status %q (want open, done or overdue)", f.Status)
	case err != nil:
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	return items, nil
}

// ChangeAction marks an action done (or open again), reassigns it or moves
// its due date, recording who did it and when. ch.Who defaults to the
// caller's token.
func (s *Service) ChangeAction(ctx context.Context, c *auth.Caller, id int64, ch store.ActionChange) (figures.ActionItem, error) {
	if err := staffOnly(c); err != nil {
		return figures.ActionItem{}, err
	}
	if ch.Done == nil && ch.Owner == "" && ch.Due.IsZero() {
		return figures.ActionItem{}, fail(CodeInvalid, nil, "nothing to change: mark it done, or give an owner or a due date")
	}
	if ch.Who == "" {
		return figures.ActionItem{}, fail(CodeInvalid, nil, "a change needs who made it")
	}
	it, err := s.store.ChangeAction(ctx, id, ch)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return it, fail(CodeNotFound, nil, "no action %d", id)
	case err != nil:
		return it, fail(CodeStore, err, "the store is unavailable")
	}
	s.log.Info("action changed", "action", id, "who", ch.Who, "status", it.Status, "owner", it.Owner)
	return it, nil
}

// ActionEvents lists who changed an action and when, oldest first.
func (s *Service) ActionEvents(ctx context.Context, c *auth.Caller, id int64) ([]store.ActionEvent, error) {
	if err := staffOnly(c); err != nil {
		return nil, err
	}
	if _, err := s.store.ActionItem(ctx, id); errors.Is(err, store.ErrNotFound) {
		return nil, fail(CodeNotFound, nil, "no action %d", id)
	} else if err != nil {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	ev, err := s.store.ActionEvents(ctx, id)
	if err != nil {
		return nil, fail(CodeStore, err, "the store is unavailable")
	}
	return ev, nil
}
