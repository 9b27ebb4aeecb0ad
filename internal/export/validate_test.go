package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// validate checks that data is a structurally valid file of format f:
//   - HTML: only the tags and attributes the renderer emits, no script, no
//     event handler attributes, links limited to safe schemes, images only
//     as data: URIs;
//   - PDF: %PDF header, cross-reference table and %%EOF marker;
//   - DOCX and ODT: a zip whose required parts exist and whose XML parts
//     all parse; ODT starts with the stored mimetype entry; every
//     relationship or picture referenced exists.
func validate(f Format, data []byte) error {
	switch f {
	case HTML:
		return validateHTML(data)
	case PDF:
		return validatePDF(data)
	case DOCX:
		return validateDOCX(data)
	case ODT:
		return validateODT(data)
	}
	return fmt.Errorf("unknown format %q", f)
}

var catalogRE = regexp.MustCompile(`/Type\s*/Catalog\b`)

func validatePDF(data []byte) error {
	if !bytes.HasPrefix(data, []byte("%PDF-1.")) {
		return errors.New("pdf: missing %PDF header")
	}
	tail := bytes.TrimRight(data, "\r\n ")
	if !bytes.HasSuffix(tail, []byte("%%EOF")) {
		return errors.New("pdf: missing %%EOF marker")
	}
	if !bytes.Contains(data, []byte("\nxref\n")) || !bytes.Contains(data, []byte("trailer")) {
		return errors.New("pdf: missing xref table or trailer")
	}
	// fpdf writes "/Type /Catalog", LibreOffice "/Type/Catalog".
	if !catalogRE.Match(data) {
		return errors.New("pdf: missing catalog")
	}
	return nil
}

var (
	htmlTags = map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
		"div": true, "header": true, "span": true, "img": true, "main": true, "footer": true,
		"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"hr": true, "pre": true, "code": true, "blockquote": true, "ol": true, "ul": true,
		"li": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true,
		"td": true, "a": true, "strong": true, "em": true, "del": true, "br": true,
	}
	htmlAttrs = map[string]bool{
		"charset": true, "http-equiv": true, "content": true, "name": true, "lang": true,
		"class": true, "src": true, "alt": true, "width": true, "height": true, "href": true,
		"rel": true, "start": true, "style": true, "id": true, "role": true, "aria-describedby": true,
	}
	htmlTagRE  = regexp.MustCompile(`^<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>`)
	htmlAttrRE = regexp.MustCompile(`([a-z-]+)="([^"]*)"`)
)

// validateHTML is a strict scanner for the renderer's own HTML: anything
// outside the small vocabulary it writes (a <script>, an onerror=, an
// unquoted attribute, a javascript: link) is an error.
func validateHTML(data []byte) error {
	s := string(data)
	if !strings.HasPrefix(s, "<!DOCTYPE html>\n") || !strings.HasSuffix(s, "</html>\n") {
		return errors.New("html: not a complete document")
	}
	s = strings.TrimPrefix(s, "<!DOCTYPE html>\n")
	csp := false
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		s = s[i:]
		m := htmlTagRE.FindStringSubmatch(s)
		if m == nil {
			end := min(len(s), 60)
			return fmt.Errorf("html: unexpected markup %q", s[:end])
		}
		tag := strings.ToLower(m[2])
		if !htmlTags[tag] {
			return fmt.Errorf("html: unexpected tag <%s>", tag)
		}
		for _, a := range htmlAttrRE.FindAllStringSubmatch(m[3], -1) {
			name, value := a[1], a[2]
			if !htmlAttrs[name] {
				return fmt.Errorf("html: unexpected attribute %s on <%s>", name, tag)
			}
			switch name {
			case "href":
				if !safeLinkValue(value) {
					return fmt.Errorf("html: unsafe href %q", value)
				}
			case "src":
				if !strings.HasPrefix(value, "data:image/png;base64,") && !strings.HasPrefix(value, "data:image/jpeg;base64,") &&
					!strings.HasPrefix(value, "data:image/svg+xml;base64,") {
					return fmt.Errorf("html: image not a data: URI: %.40q", value)
				}
			case "http-equiv":
				if value == "Content-Security-Policy" {
					csp = true
				}
			case "style":
				if tag != "style" && !strings.HasPrefix(value, "text-align:") {
					return fmt.Errorf("html: unexpected inline style %q", value)
				}
			}
		}
		s = s[len(m[0]):]
		if tag == "style" && m[1] == "" {
			end := strings.Index(s, "</style>")
			if end < 0 {
				return errors.New("html: unterminated <style>")
			}
			if strings.Contains(s[:end], "url(") || strings.Contains(s[:end], "@import") {
				return errors.New("html: stylesheet loads a resource")
			}
			s = s[end:]
		}
	}
	if !csp {
		return errors.New("html: no Content-Security-Policy")
	}
	return nil
}

func safeLinkValue(v string) bool {
	l := strings.ToLower(v)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:") {
		return true
	}
	// Relative: no scheme before the first / ? #.
	if i := strings.IndexAny(l, ":/?#"); i >= 0 && l[i] == ':' {
		return false
	}
	return !strings.Contains(l, "script")
}

// zipParts reads every entry of a zip archive, in order.
func zipParts(data []byte) ([]*zip.File, map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		if _, dup := parts[f.Name]; dup {
			return nil, nil, fmt.Errorf("duplicate entry %s", f.Name)
		}
		parts[f.Name] = b
	}
	return zr.File, parts, nil
}

// checkXML parses a whole XML document.
func checkXML(name string, b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		return fmt.Errorf("%s: not one well-formed root element", name)
	}
	return nil
}

func checkXMLParts(parts map[string][]byte) error {
	for name, b := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			if err := checkXML(name, b); err != nil {
				return err
			}
		}
	}
	return nil
}

var (
	relIDRE    = regexp.MustCompile(`r:(?:id|embed)="([^"]+)"`)
	relEntryRE = regexp.MustCompile(`<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]*)"( TargetMode="External")?/>`)
)

func validateDOCX(data []byte) error {
	_, parts, err := zipParts(data)
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "word/header1.xml", "word/footer1.xml"} {
		if parts[name] == nil {
			return fmt.Errorf("docx: missing %s", name)
		}
	}
	if err := checkXMLParts(parts); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	for _, pair := range [][2]string{{"word/document.xml", "word/_rels/document.xml.rels"}, {"word/header1.xml", "word/_rels/header1.xml.rels"}} {
		rels := map[string]bool{}
		for _, m := range relEntryRE.FindAllStringSubmatch(string(parts[pair[1]]), -1) {
			rels[m[1]] = true
			if m[3] == "" && parts["word/"+m[2]] == nil {
				return fmt.Errorf("docx: %s targets missing part %s", pair[1], m[2])
			}
		}
		for _, m := range relIDRE.FindAllStringSubmatch(string(parts[pair[0]]), -1) {
			if !rels[m[1]] {
				return fmt.Errorf("docx: %s uses undefined relationship %s", pair[0], m[1])
			}
		}
	}
	return nil
}

var odtHrefRE = regexp.MustCompile(`draw:image xlink:href="([^"]+)"`)

func validateODT(data []byte) error {
	files, parts, err := zipParts(data)
	if err != nil {
		return fmt.Errorf("odt: %w", err)
	}
	if len(files) == 0 || files[0].Name != "mimetype" {
		return errors.New("odt: first entry is not mimetype")
	}
	if files[0].Method != zip.Store || len(files[0].Extra) != 0 {
		return errors.New("odt: mimetype entry is compressed or has an extra field")
	}
	if string(parts["mimetype"]) != ODT.ContentType() {
		return fmt.Errorf("odt: mimetype is %q", parts["mimetype"])
	}
	want := []string{"mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"}
	for i, name := range want {
		if i >= len(files) || files[i].Name != name {
			return fmt.Errorf("odt: entry %d is not %s", i, name)
		}
	}
	if err := checkXMLParts(parts); err != nil {
		return fmt.Errorf("odt: %w", err)
	}
	manifest := string(parts["META-INF/manifest.xml"])
	for _, part := range []string{"content.xml", "styles.xml"} {
		for _, m := range odtHrefRE.FindAllStringSubmatch(string(parts[part]), -1) {
			if parts[m[1]] == nil {
				return fmt.Errorf("odt: %s references missing %s", part, m[1])
			}
			if !strings.Contains(manifest, `manifest:full-path="`+m[1]+`"`) {
				return fmt.Errorf("odt: %s not in manifest", m[1])
			}
		}
	}
	return nil
}
