package main

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/store"
)

func runToken(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"token needs a subcommand: create, list or delete"}
	}
	switch args[0] {
	case "create":
		return tokenCreate(ctx, e, args[1:])
	case "list":
		return tokenList(ctx, e, args[1:])
	case "delete":
		return tokenDelete(ctx, e, args[1:])
	}
	return usageError{fmt.Sprintf("unknown token subcommand %q (want create, list or delete)", args[0])}
}

func tokenCreate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token create", "")
	db := databaseFlag(fs)
	logLevel := logLevelFlag(fs, "warn")
	role := fs.String("role", "", "admin, agent or viewer (required)")
	customer := fs.String("customer", "", "bind a viewer to one customer: it sees only that customer's tickets, redacted")
	name := fs.String("name", "", "a note saying who or what uses the token")
	if _, err := parseInterleaved(fs, args); err != nil {
		return err
	}
	r, err := auth.ParseRole(*role)
	if err != nil {
		return usageError{err.Error()}
	}
	if *customer != "" && r != auth.RoleViewer {
		return usageError{"--customer binds viewer tokens only"}
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, database: *db})
	if err != nil {
		return err
	}
	defer a.Close()
	st := a.st
	secret, hash, err := auth.NewToken()
	if err != nil {
		return err
	}
	id, err := st.CreateToken(ctx, store.Token{Hash: hash, Role: string(r), Customer: *customer, Name: *name})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "Created %s token %d. It is shown once; only its hash is stored.\n", r, id)
	fmt.Fprintln(e.stdout, secret)
	return nil
}

func tokenList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token list", "")
	db := databaseFlag(fs)
	logLevel := logLevelFlag(fs, "warn")
	if _, err := parseInterleaved(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, database: *db})
	if err != nil {
		return err
	}
	defer a.Close()
	st := a.st
	ts, err := st.Tokens(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tROLE\tCUSTOMER\tNAME\tCREATED")
	for _, t := range ts {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", t.ID, t.Role, t.Customer, t.Name, t.CreatedAt.UTC().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func tokenDelete(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token delete", "ID")
	db := databaseFlag(fs)
	logLevel := logLevelFlag(fs, "warn")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"give the id of the token to delete (see debrief token list)"}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil {
		return usageError{fmt.Sprintf("%q is not a token id", pos[0])}
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, database: *db})
	if err != nil {
		return err
	}
	defer a.Close()
	st := a.st
	if err := st.DeleteToken(ctx, id); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "Deleted token %d.\n", id)
	return nil
}
