// Command debrief turns closed helpdesk tickets into post-incident analyses.
//
// Run `debrief help` for the commands. main only wires: flags are parsed here and
// the work is done by the internal packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"syscall"
	_ "time/tzdata" // business calendars need IANA zones even where the system has none
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

var commands = map[string]command{
	"stats":     {"compute a ticket's SLA statistics", runStats},
	"analyze":   {"write the technical and executive analyses of closed tickets", runAnalyze},
	"serve":     {"run the service: API, webhooks and analysis workers", runServe},
	"export":    {"convert a Markdown report to HTML, PDF, DOCX or ODT", runExport},
	"import":    {"backfill the archive from folders, JSON Lines or CSV exports", runImport},
	"token":     {"create, list or delete API tokens", runToken},
	"search":    {"search the learning library", runSearch},
	"reanalyse": {"queue new analyses of archived tickets", runReanalyse},
	"report":    {"write the monthly collective report (report monthly)", runReport},
	"actions":   {"follow up corrective and preventive actions (list, done, assign)", runActions},
}

// exitError carries an exit status for a command that has already reported its problems.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a mistake in the command line: it is reported with the usage hint.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(stdout, "debrief", version)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "debrief: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	err := cmd.run(ctx, e, args[1:])
	var ee exitError
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "debrief %s: %s (see 'debrief %s -h')\n", args[0], ue.msg, args[0])
		return 2
	default:
		fmt.Fprintf(stderr, "debrief %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, "debrief turns closed helpdesk tickets into post-incident analyses.\n\nUsage: debrief <command> [flags] [args]\n\nCommands:\n")
	for _, n := range slices.Sorted(maps.Keys(commands)) {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, "\nRun 'debrief <command> -h' for a command's flags.\n")
}

// newFlags returns a flag set that reports its errors through the command's stderr.
func newFlags(e *env, name, argsUsage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: debrief %s [flags] %s\n\nFlags:\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterleaved parses flags that may stand before, between or after the
// positional arguments ("debrief stats ticket.json --json") and returns the positionals.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// batchGC trades memory for speed in batch commands, whose heap stays small and
// flat (tickets are streamed): the collector runs a quarter as often. A GOGC
// set in the environment wins.
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}
