// Package export turns one Markdown report into a self-contained HTML page,
// a PDF, a Word document (DOCX) or an OpenDocument text (ODT).
//
// The Markdown is parsed once with goldmark into a small document model
// that every format renders from, so headings, lists, tables, quotes,
// links and images look the same everywhere. Everything runs in-process:
// no external converter, font or network access is needed at run time.
// Raw HTML in the Markdown is always treated as text, because reports
// quote customer messages verbatim.
//
// Output is byte-for-byte deterministic for the same input and Options.
package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debriefhq/debrief/internal/export/internal/docx"
	"github.com/debriefhq/debrief/internal/export/internal/model"
	"github.com/debriefhq/debrief/internal/export/internal/odt"
	"github.com/debriefhq/debrief/internal/export/internal/pdf"
)

// Format is an export file format.
type Format string

// The supported formats.
const (
	HTML Format = "html"
	PDF  Format = "pdf"
	DOCX Format = "docx"
	ODT  Format = "odt"
)

// Formats lists every supported format, in a stable order.
func Formats() []Format { return []Format{HTML, PDF, DOCX, ODT} }

// ParseFormat parses a format name such as "pdf" or "DOCX" (case-insensitive,
// a leading dot is accepted).
func ParseFormat(s string) (Format, error) {
	name := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), ".")
	for _, f := range Formats() {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("export: unknown format %q (valid formats: html, pdf, docx, odt)", s)
}

// String returns the format name.
func (f Format) String() string { return string(f) }

// Ext returns the file name extension for the format, with the dot
// (".html", ".pdf", ".docx", ".odt"), or "" for an unknown format.
func (f Format) Ext() string {
	switch f {
	case HTML, PDF, DOCX, ODT:
		return "." + string(f)
	}
	return ""
}

// ContentType returns the MIME type to send the format with over HTTP,
// or "application/octet-stream" for an unknown format.
func (f Format) ContentType() string {
	switch f {
	case HTML:
		return "text/html; charset=utf-8"
	case PDF:
		return "application/pdf"
	case DOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ODT:
		return "application/vnd.oasis.opendocument.text"
	}
	return "application/octet-stream"
}

// Options control one export. The zero value is usable.
type Options struct {
	// Title is the document title, shown in the PDF page header, the
	// document properties and the HTML <title>. Default: the text of the
	// first heading.
	Title string
	// Ticket is the ticket id, stored in the document properties (subject).
	Ticket string
	// Date is the document date stored in the document properties. The zero
	// value omits it (PDF, which always carries a date, then gets the Unix
	// epoch so that output stays deterministic).
	Date time.Time
	// Company is the company name shown in the header of every export.
	Company string
	// Logo is a PNG, JPEG or SVG logo shown in the header of every export;
	// nil means none.
	Logo []byte
	// PageSize is "A4" (the default) or "Letter" (case-insensitive). It
	// applies to PDF, DOCX and ODT, and to the HTML print stylesheet.
	PageSize string
	// Images resolves Markdown image sources (charts) to PNG, JPEG or SVG
	// bytes. When nil, or when it fails for a source, the image is rendered
	// as its alt text. See FileImages.
	Images func(src string) ([]byte, error)
	// IDPrefix is put before every id HTMLFragment gives (headings, table
	// rows, citations' tooltips), so that several fragments can share one
	// page; links are left as written.
	IDPrefix string
}

// meta returns the options as the document model takes them.
func (o Options) meta() model.Meta {
	return model.Meta{Title: o.Title, Ticket: o.Ticket, Company: o.Company, Date: o.Date, Logo: o.Logo, PageSize: o.PageSize, Images: o.Images}
}

// Render parses markdown and writes it to w in format f.
//
// Nothing is written to w unless rendering succeeds. Render stops early
// with the context's error when ctx is cancelled.
func Render(ctx context.Context, w io.Writer, f Format, markdown []byte, opts Options) error {
	if f.Ext() == "" {
		_, err := ParseFormat(string(f))
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	doc, err := model.Build(ctx, markdown, opts.meta())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch f {
	case HTML:
		err = renderHTML(ctx, &buf, doc)
	case PDF:
		err = pdf.Render(ctx, &buf, doc)
	case DOCX:
		err = docx.Render(ctx, &buf, doc)
	case ODT:
		err = odt.Render(ctx, &buf, doc)
	}
	if err != nil {
		return err
	}
	if _, err := buf.WriteTo(w); err != nil {
		return fmt.Errorf("export: write: %w", err)
	}
	return nil
}

// maxImageBytes caps the size of one image read by FileImages.
const maxImageBytes = 32 << 20

// ErrImageOutsideDir is returned by the resolver of FileImages for a source
// that is absolute, has a URL scheme, or leads outside the directory.
var ErrImageOutsideDir = errors.New("image source outside the report directory")

// FileImages returns an image resolver for Options.Images that reads image
// files inside dir only. Sources are taken as slash-separated paths relative
// to dir (percent-escapes are decoded); absolute paths, URLs, ".." escapes
// and symbolic links leading outside dir are refused.
func FileImages(dir string) func(src string) ([]byte, error) {
	return func(src string) ([]byte, error) {
		name := src
		if i := strings.IndexAny(name, "?#"); i >= 0 {
			name = name[:i]
		}
		if u, err := url.PathUnescape(name); err == nil {
			name = u
		}
		if name == "" || strings.Contains(name, ":") || strings.Contains(name, "\\") ||
			strings.HasPrefix(name, "/") {
			return nil, fmt.Errorf("export: image %q: %w", src, ErrImageOutsideDir)
		}
		name = filepath.FromSlash(name)
		if !filepath.IsLocal(name) {
			return nil, fmt.Errorf("export: image %q: %w", src, ErrImageOutsideDir)
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, fmt.Errorf("export: image %q: %w", src, err)
		}
		defer root.Close()
		file, err := root.Open(name)
		if err != nil {
			return nil, fmt.Errorf("export: image %q: %w", src, err)
		}
		defer file.Close()
		data, err := io.ReadAll(io.LimitReader(file, maxImageBytes+1))
		if err != nil {
			return nil, fmt.Errorf("export: image %q: %w", src, err)
		}
		if len(data) > maxImageBytes {
			return nil, fmt.Errorf("export: image %q: larger than %d bytes", src, maxImageBytes)
		}
		return data, nil
	}
}
