// Package office is what the DOCX and ODT renderers share: deterministic
// zip packaging, XML escaping, the static XML parts as templates (parts/),
// estimated text widths, table column widths, the one-line page header
// and ids and dates kept whole.
package office

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/debriefhq/debrief/internal/export/internal/model"
)

// xmlEscaper escapes text for XML element content and quoted attributes.
// Text reaching it has been through cleanText, so it holds no character
// that XML forbids.
// xmlHeader starts every XML part.
const XMLHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

var XMLEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;",
)

func XMLText(s string) string { return XMLEscaper.Replace(model.CleanText(s)) }

// zipper writes a deterministic zip archive: fixed entry order, a fixed
// timestamp and no extra fields, stored or deflated entries.
type zipper struct {
	zw  *zip.Writer
	err error
}

func NewZipper(w io.Writer) *zipper { return &zipper{zw: zip.NewWriter(w)} }

// File adds one entry and calls fill to write its content.
func (z *zipper) File(name string, store bool, fill func(w *bufio.Writer)) {
	z.FileErr(name, store, func(w *bufio.Writer) error { fill(w); return nil })
}

// Part adds one entry rendered from the named template under parts/.
func (z *zipper) Part(name, part string, data any) {
	z.FileErr(name, false, func(w *bufio.Writer) error {
		w.WriteString(XMLHeader)
		return Parts.ExecuteTemplate(w, part, data)
	})
}

// FileErr is file for a fill that can fail.
func (z *zipper) FileErr(name string, store bool, fill func(w *bufio.Writer) error) {
	if z.err != nil {
		return
	}
	method := zip.Deflate
	if store {
		method = zip.Store
	}
	hdr := &zip.FileHeader{Name: name, Method: method}
	// 1980-01-01 00:00, the zip epoch, set through the MS-DOS fields:
	// setting Modified would add an extended-timestamp extra field, which
	// ODF forbids on the mimetype entry.
	//lint:ignore SA1019 the legacy field is the only way to a fixed date without an extra field
	hdr.ModifiedDate = 1<<5 | 1
	fw, err := z.zw.CreateHeader(hdr)
	if err != nil {
		z.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	bw := bufio.NewWriterSize(fw, 32<<10)
	if err := fill(bw); err != nil {
		z.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	if err := bw.Flush(); err != nil {
		z.err = fmt.Errorf("%s: %w", name, err)
	}
}

// Bytes adds one entry with the given content.
func (z *zipper) Bytes(name string, store bool, data []byte) {
	z.File(name, store, func(w *bufio.Writer) { _, _ = w.Write(data) })
}

func (z *zipper) Close() error {
	if z.err != nil {
		return z.err
	}
	return z.zw.Close()
}
