package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/export"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "REPORT.md ...")
	format := fs.String("format", "", "html, pdf, docx or odt (required)")
	out := fs.String("o", "", "output file (default: beside the input, same name, new extension; one input only)")
	cfgPath := configFlag(fs, ", for branding")
	logLevel := logLevelFlag(fs, "warn")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *format == "" {
		return usageError{"--format is required (html, pdf, docx or odt)"}
	}
	formats, err := parseFormats(*format)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(paths) == 0 {
		return usageError{"no report given"}
	}
	if *out != "" && (len(paths) > 1 || len(formats) > 1) {
		return usageError{"-o names one output: give one report and one format"}
	}
	a, err := openApp(ctx, e.stderr, appOptions{logLevel: *logLevel, config: true, configPath: *cfgPath, writer: "deterministic"})
	if err != nil {
		return err
	}
	defer a.Close()
	failed := 0
	for _, p := range paths {
		md, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "debrief export: %v\n", err)
			failed++
			continue
		}
		for _, f := range formats {
			dst := *out
			if dst == "" {
				dst = strings.TrimSuffix(p, filepath.Ext(p)) + f.Ext()
			}
			if err := a.eng.ExportFile(ctx, md, f, dst, engine.ExportMeta{Images: export.FileImages(filepath.Dir(p))}); err != nil {
				fmt.Fprintf(e.stderr, "debrief export: %s: %v\n", p, err)
				failed++
				continue
			}
			fmt.Fprintf(e.stderr, "debrief export: wrote %s\n", dst)
		}
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

func parseFormats(s string) ([]export.Format, error) {
	var out []export.Format
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		f, err := export.ParseFormat(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}
