package monthly

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/debriefhq/debrief/internal/export"
)

// Formats lists the formats a monthly report is written in.
var Formats = []string{"md", "json", "html", "pdf", "docx", "odt"}

// ExportFunc renders Markdown to a document format, resolving images with
// images (the engine's Export with the configuration's branding).
type ExportFunc func(ctx context.Context, w io.Writer, f export.Format, md []byte, images func(src string) ([]byte, error)) error

// WriteOptions say how a report is written.
type WriteOptions struct {
	RenderOptions
	// Export renders the document formats; required for html, pdf, docx and odt.
	Export ExportFunc
}

// chartScheme prefixes the image sources of charts in exported documents.
const chartScheme = "chart:"

// ChartImages resolves "chart:NAME.png" (and .svg) image sources to the
// report's charts.
func (r *Report) ChartImages(src string) ([]byte, error) {
	name, ok := strings.CutPrefix(src, chartScheme)
	if !ok {
		return nil, fmt.Errorf("monthly: image %q is not a chart", src)
	}
	if base, ok := strings.CutSuffix(name, ".svg"); ok {
		return r.Chart(base, SVG)
	}
	return r.Chart(strings.TrimSuffix(name, ".png"), PNG)
}

// Write writes the report in format: "json" (the figures), "md" (Markdown;
// charts as o.ChartSrc gives them), or a document format with the charts
// embedded.
func (r *Report) Write(ctx context.Context, w io.Writer, format string, o WriteOptions) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("monthly: write json: %w", err)
		}
		return nil
	case "md", "markdown", "":
		md, err := r.Markdown(o.RenderOptions)
		if err != nil {
			return err
		}
		_, err = w.Write(md)
		return err
	}
	f, err := export.ParseFormat(format)
	if err != nil {
		return fmt.Errorf("monthly: unknown format %q (valid: %s)", format, strings.Join(Formats, ", "))
	}
	if o.Export == nil {
		return fmt.Errorf("monthly: no exporter for %s", f)
	}
	ro := o.RenderOptions
	ro.ChartSrc = func(name string) string { return chartScheme + name + ".png" }
	md, err := r.Markdown(ro)
	if err != nil {
		return err
	}
	return o.Export(ctx, w, f, md, r.ChartImages)
}
