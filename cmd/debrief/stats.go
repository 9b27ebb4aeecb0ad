package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/sla"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/timefmt"
)

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stats", "TICKET.json|FOLDER ...")
	cfgPath := configFlag(fs, "")
	asJSON := fs.Bool("json", false, "print the JSON contract, one object per line (JSON Lines)")
	logLevel := logLevelFlag(fs, "warn")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no ticket file or folder given"}
	}
	batchGC()
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, config: true, configPath: *cfgPath, writer: "deterministic"})
	if err != nil {
		return err
	}
	defer a.Close()
	cfg := a.cfg
	files, err := ticket.Inputs(paths)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	failed := 0
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		st, err := statsFile(cfg, f, e.stderr)
		if err != nil {
			fmt.Fprintf(e.stderr, "debrief stats: %v\n", err)
			failed++
			continue
		}
		if *asJSON {
			if err := enc.Encode(st.Report()); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(out)
		}
		writeStatsTable(out, st)
	}
	if failed > 0 {
		out.Flush()
		fmt.Fprintf(e.stderr, "debrief stats: %d of %d tickets failed\n", failed, len(files))
		return exitError{1}
	}
	return nil
}

// statsFile reads one ticket and computes its statistics, reporting warnings on stderr.
func statsFile(cfg *config.Config, path string, stderr io.Writer) (*sla.Stats, error) {
	t, warns, err := ticket.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "debrief stats: warning: %v\n", &w)
	}
	p, err := cfg.PolicyFor(t)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sla.Compute(t, p), nil
}

func writeStatsTable(w io.Writer, s *sla.Stats) {
	z := timefmt.In(s.Policy.Calendar.Location())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	defer tw.Flush()
	row := func(k, v string) { fmt.Fprintf(tw, "%s\t%s\n", k, v) }
	row("Ticket", s.Ticket)
	row("SLA", fmt.Sprintf("%s (calendar %s, grace %s)", s.Policy.Name, s.Policy.CalendarName, timefmt.Duration(s.Policy.Grace)))
	row("Times in", z.Name())
	row("Created", z.Stamp(s.CreatedAt))
	clock := func(name string, m *sla.Measure) {
		if m.Stopped() {
			row(name, z.Stamp(m.At))
			row("  business", timefmt.DurationExact(m.Business))
			row("  elapsed", timefmt.DurationExact(m.Elapsed))
		} else {
			row(name, "none")
		}
		if m.HasTarget() {
			due := "never (the calendar has no business time left)"
			if !m.Due.IsZero() {
				due = z.Stamp(m.Due)
			}
			row("  target", timefmt.Duration(m.Target)+", due "+due)
			row("  within SLA", yesNo(m.Within))
		} else {
			row("  target", "none")
		}
	}
	clock("First response", &s.FirstResponse)
	clock("Resolution", &s.Resolution)
	paused := "none"
	if n := len(s.Pauses); n > 0 {
		paused = timefmt.DurationExact(s.Paused) + fmt.Sprintf(", %d stretch", n)
		if n > 1 {
			paused += "es"
		}
	}
	row("Paused", paused)
	upd := fmt.Sprintf("%d", s.Updates.Count)
	if s.Updates.Max >= 0 {
		g := s.Updates.Gaps[s.Updates.Max]
		upd += fmt.Sprintf(", longest gap %s (business), %d over target", timefmt.DurationExact(g.Business), s.Updates.Breaches)
	}
	row("Updates", upd)
	rep := fmt.Sprintf("%d answered, %d unanswered", s.Replies.Count, s.Replies.Unanswered)
	if s.Replies.Max >= 0 {
		rep += ", longest wait " + timefmt.DurationExact(s.Replies.Waits[s.Replies.Max].Business)
	}
	row("Replies", rep)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
