package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/debriefhq/debrief/internal/auth"
	"github.com/debriefhq/debrief/internal/config"
	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/monthly"
	"github.com/debriefhq/debrief/internal/service"
)

// monthlyService opens the archive and the service the report and actions
// commands share; close releases them.
func monthlyService(ctx context.Context, e *env, db, cfgPath string) (svc *service.Service, close func(), err error) {
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: "warn", config: true, configPath: cfgPath, database: db})
	if err != nil {
		return nil, nil, err
	}
	svc, err = service.New(service.Config{Store: a.st, Engine: a.eng, Logger: a.log})
	if err != nil {
		a.Close()
		return nil, nil, err
	}
	return svc, func() { a.Close() }, nil
}

func runReport(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "monthly" {
		return usageError{"the only report is monthly: debrief report monthly --month 2026-02"}
	}
	fs := newFlags(e, "report monthly", "")
	db := databaseFlag(fs)
	cfgPath := fs.String("config", "", "configuration file (default ./"+config.DefaultFile+" if present, else built-in)")
	month := fs.String("month", "", "the month, YYYY-MM in the reporting time zone (default: last month)")
	customer := fs.String("customer", "", "the external version for this customer")
	team := fs.String("team", "", "only this team's tickets (internal version)")
	format := fs.String("format", "", "md, json, html, pdf, docx or odt (default: from -o's extension, else md)")
	out := fs.String("o", "", "write to this file (default: stdout)")
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", pos[0])}
	}
	if *customer != "" && *team != "" {
		return usageError{"--customer makes the customer's external report, which is not split by team: give one of them"}
	}
	if *format == "" {
		*format = strings.TrimPrefix(filepath.Ext(*out), ".")
		if *format == "markdown" || *format == "" {
			*format = "md"
		}
	}
	svc, closeAll, err := monthlyService(ctx, e, *db, *cfgPath)
	if err != nil {
		return err
	}
	defer closeAll()
	req := service.MonthlyRequest{Month: *month, Customer: *customer, Team: *team}
	if req.Month == "" {
		req.Month = svc.LastMonth()
	}
	// Markdown written to a file gets its charts as PNG files beside it,
	// drawn from the report it shows (built once).
	mdFile := *format == "md" && *out != ""
	if mdFile {
		base := strings.TrimSuffix(filepath.Base(*out), filepath.Ext(*out))
		req.ChartSrc = func(name string) string { return base + "." + name + ".png" }
	}
	r, err := svc.Monthly(ctx, auth.Staff, req)
	if err != nil {
		return err
	}
	rep, err := svc.RenderMonthly(ctx, r, req, *format)
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = e.stdout.Write(rep.Body)
		return err
	}
	if err := engine.WriteFileAtomic(*out, rep.Body); err != nil {
		return err
	}
	if mdFile && r.Tickets > 0 {
		dir, base := filepath.Dir(*out), strings.TrimSuffix(filepath.Base(*out), filepath.Ext(*out))
		for _, c := range r.Charts() {
			b, err := r.Chart(c.Name, monthly.PNG)
			if err != nil {
				return err
			}
			if err := engine.WriteFileAtomic(filepath.Join(dir, base+"."+c.Name+".png"), b); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(e.stderr, "debrief report monthly: %s written\n", *out)
	return nil
}
