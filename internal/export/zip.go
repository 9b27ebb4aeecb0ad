package export

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strings"
)

// xmlEscaper escapes text for XML element content and quoted attributes.
// Text reaching it has been through cleanText, so it holds no character
// that XML forbids.
// xmlHeader starts every XML part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

var xmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;",
)

func xmlText(s string) string { return xmlEscaper.Replace(cleanText(s)) }

// zipper writes a deterministic zip archive: fixed entry order, a fixed
// timestamp and no extra fields, stored or deflated entries.
type zipper struct {
	zw  *zip.Writer
	err error
}

func newZipper(w io.Writer) *zipper { return &zipper{zw: zip.NewWriter(w)} }

// file adds one entry and calls fill to write its content.
func (z *zipper) file(name string, store bool, fill func(w *bufio.Writer)) {
	z.fileErr(name, store, func(w *bufio.Writer) error { fill(w); return nil })
}

// part adds one entry rendered from the named template under parts/.
func (z *zipper) part(name, part string, data any) {
	z.fileErr(name, false, func(w *bufio.Writer) error {
		w.WriteString(xmlHeader)
		return parts.ExecuteTemplate(w, part, data)
	})
}

// fileErr is file for a fill that can fail.
func (z *zipper) fileErr(name string, store bool, fill func(w *bufio.Writer) error) {
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

// bytes adds one entry with the given content.
func (z *zipper) bytes(name string, store bool, data []byte) {
	z.file(name, store, func(w *bufio.Writer) { _, _ = w.Write(data) })
}

func (z *zipper) close() error {
	if z.err != nil {
		return z.err
	}
	return z.zw.Close()
}
