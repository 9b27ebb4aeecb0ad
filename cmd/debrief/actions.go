package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os/user"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/debriefhq/debrief/internal/api"
	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/store"
)

func runActions(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"give a subcommand: list, done or assign"}
	}
	sub, args := args[0], args[1:]
	fs := newFlags(e, "actions "+sub, map[string]string{"list": "", "done": "ID", "assign": "ID"}[sub])
	db := databaseFlag(fs)
	cfgPath := fs.String("config", "", "configuration file (default ./"+config.DefaultFile+" if present, else built-in)")
	var (
		status, owner, customer, due, note *string
		asJSON                             *bool
		limit                              *int
	)
	switch sub {
	case "list":
		status = fs.String("status", "", "open, done or overdue (default: all)")
		owner = fs.String("owner", "", "only this owner's actions")
		customer = fs.String("customer", "", "only this customer's actions")
		asJSON = fs.Bool("json", false, "print JSON Lines")
		limit = fs.Int("limit", 200, "most actions listed (1-1000)")
	case "done":
		note = fs.String("note", "", "what was done")
	case "assign":
		owner = fs.String("owner", "", "the new owner")
		due = fs.String("due", "", "the new due date (2026-03-31)")
		note = fs.String("note", "", "why")
	default:
		return usageError{fmt.Sprintf("unknown subcommand %q (list, done or assign)", sub)}
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	svc, closeAll, err := monthlyService(ctx, e, *db, *cfgPath)
	if err != nil {
		return err
	}
	defer closeAll()
	caller := &auth.Caller{Role: auth.RoleAdmin, Name: osUser()}
	if sub == "list" {
		if len(pos) > 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", pos[0])}
		}
		now := time.Now()
		items, err := svc.Actions(ctx, caller, store.ActionFilter{Status: *status, Owner: *owner, Customer: *customer, Limit: *limit, Now: now})
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			for _, it := range items {
				if err := enc.Encode(it); err != nil {
					return err
				}
			}
			return nil
		}
		w := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tSTATUS\tDUE\tOWNER\tTICKET\tTITLE")
		for _, it := range items {
			st := it.Status
			if st == store.ActionOpen && !it.Due.IsZero() && it.Due.Before(now) {
				st = "OVERDUE"
			}
			d := "-"
			if !it.Due.IsZero() {
				d = it.Due.Format(time.DateOnly)
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", it.ID, st, d, it.Owner, it.TicketID, it.Title)
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if len(items) == 0 {
			fmt.Fprintln(e.stderr, "no actions")
		}
		return nil
	}
	if len(pos) != 1 {
		return usageError{"give one action id"}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("action id %q is not a positive number", pos[0])}
	}
	ch := store.ActionChange{Who: caller.Name, Note: *note}
	if sub == "done" {
		done := true
		ch.Done = &done
	} else {
		ch.Owner = *owner
		if *due != "" {
			if ch.Due, err = api.ParseDue(*due); err != nil {
				return usageError{err.Error()}
			}
		}
		if ch.Owner == "" && ch.Due.IsZero() {
			return usageError{"give --owner, --due or both"}
		}
	}
	it, err := svc.ChangeAction(ctx, caller, id, ch)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "action %d (%s): %s, owner %s, by %s\n", it.ID, it.TicketID, it.Status, it.Owner, caller.Name)
	return nil
}

// osUser names the person running the CLI, for the record of their changes.
func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "cli"
}
