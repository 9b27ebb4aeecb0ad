package export

import (
	"bufio"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// htmlEscaper escapes text for HTML element content and quoted attributes.
var htmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;",
)

const htmlCSS = `:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1f2328;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
.page{max-width:860px;margin:24px auto;background:#fff;padding:32px 48px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.brand{display:flex;align-items:center;gap:12px;border-bottom:2px solid #2f5496;padding-bottom:10px;margin-bottom:24px;color:#2f5496;font-weight:600}
.brand img{max-height:40px;width:auto}
.brand .doc-title{margin-left:auto;color:#57606a;font-weight:400;font-size:13px}
footer{border-top:1px solid #d0d7de;margin-top:32px;padding-top:8px;color:#57606a;font-size:12px}
h1,h2,h3,h4,h5,h6{color:#1f3864;line-height:1.25;margin:1.4em 0 .5em}
h1{font-size:1.9em}h2{font-size:1.45em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}h3{font-size:1.2em}h4,h5,h6{font-size:1.05em}
h1.title{margin-top:0}
p{margin:.6em 0}
a{color:#0550ae}
code,pre{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
code{background:#f0f2f4;border-radius:3px;padding:.1em .3em;overflow-wrap:anywhere}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:10px 12px;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
pre code{background:none;padding:0}
blockquote{margin:.8em 0;padding:.4em 1em;border-left:4px solid #8c959f;background:#f6f8fa;color:#3d444d}
table{border-collapse:collapse;margin:.8em 0;width:100%}
th,td{border:1px solid #d0d7de;padding:5px 9px;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#dde5f0;font-weight:600}
tbody tr:nth-child(even){background:#f8f9fb}
img{max-width:100%;height:auto}
hr{border:0;border-top:1px solid #d0d7de;margin:1.5em 0}
li{margin:.15em 0}
a.cite{position:relative;font-size:.8em;vertical-align:super;text-decoration:none}
a.cite .tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;width:28em;max-width:80vw;padding:6px 9px;background:#1f2328;color:#fff;font-size:12px;line-height:1.4;border-radius:4px;white-space:normal}
a.cite:hover .tip,a.cite:focus .tip,a.cite:focus-visible .tip{display:block}
p,li,td,th{overflow-wrap:break-word}
@media print{
body{background:#fff;font-size:11pt}
.page{max-width:none;margin:0;padding:0;box-shadow:none}
a{color:inherit;text-decoration:underline}
pre,blockquote,tr,img{break-inside:avoid}
h1,h2,h3,h4,h5,h6{break-after:avoid}
thead{display:table-header-group}
}
`

// renderHTML writes one self-contained HTML page: inline CSS, images as
// data: URIs and a Content-Security-Policy that forbids any request or
// script.
func renderHTML(ctx context.Context, out io.Writer, doc *document) error {
	w := bufio.NewWriter(out)
	h := &htmlWriter{w: w}
	title := doc.title
	if title == "" {
		title = "Report"
	}
	h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	h.raw(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">` + "\n")
	h.raw(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	h.raw(`<meta name="referrer" content="no-referrer">` + "\n")
	h.raw("<title>")
	h.text(title)
	h.raw("</title>\n")
	h.meta("generator", "debrief")
	h.meta("subject", doc.ticket)
	h.meta("author", doc.company)
	if !doc.date.IsZero() {
		h.meta("date", doc.date.Format("2006-01-02"))
	}
	h.raw("<style>\n")
	h.raw(htmlCSS)
	fmt.Fprintf(w, "@page{size:%s;margin:20mm 18mm}\n", doc.page.name)
	h.raw("</style>\n</head>\n<body>\n<div class=\"page\">\n")
	if doc.company != "" || doc.logo != nil {
		h.raw(`<header class="brand">`)
		if doc.logo != nil {
			h.image(doc.logo, doc.company+" logo")
		}
		if doc.company != "" {
			h.raw(`<span class="company">`)
			h.text(doc.company)
			h.raw(`</span>`)
		}
		if doc.title != "" {
			h.raw(`<span class="doc-title">`)
			h.text(doc.title)
			h.raw(`</span>`)
		}
		h.raw("</header>\n")
	}
	h.raw("<main>\n")
	for i := range doc.blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("export: html: %w", err)
		}
		h.block(&doc.blocks[i])
	}
	h.raw("</main>\n")
	var foot []string
	if doc.company != "" {
		foot = append(foot, doc.company)
	}
	if doc.ticket != "" {
		foot = append(foot, "Ticket "+doc.ticket)
	}
	if !doc.date.IsZero() {
		foot = append(foot, doc.date.Format("2006-01-02"))
	}
	if len(foot) > 0 {
		h.raw("<footer>")
		h.text(strings.Join(foot, " · "))
		h.raw("</footer>\n")
	}
	h.raw("</div>\n</body>\n</html>\n")
	if err := w.Flush(); err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	return nil
}

type htmlWriter struct {
	w *bufio.Writer
	// cites counts the citations, whose tooltips need ids; ids are the heading ids given.
	cites int
	ids   map[string]bool
	// section is the id of the last heading: a table's rows are named after it
	// ("timeline-3"), so a citation can point to one row.
	section string
}

func (h *htmlWriter) raw(s string) { _, _ = h.w.WriteString(s) }

func (h *htmlWriter) text(s string) { _, _ = htmlEscaper.WriteString(h.w, s) }

func (h *htmlWriter) meta(name, content string) {
	if content == "" {
		return
	}
	h.raw(`<meta name="` + name + `" content="`)
	h.text(content)
	h.raw("\">\n")
}

func (h *htmlWriter) image(p *picture, alt string) {
	h.raw(`<img src="data:` + p.mime() + ";base64,")
	enc := base64.NewEncoder(base64.StdEncoding, h.w)
	_, _ = enc.Write(p.data)
	_ = enc.Close()
	h.raw(`" alt="`)
	h.text(alt)
	h.raw(`" width="` + strconv.Itoa(int(p.w+0.5)) + `" height="` + strconv.Itoa(int(p.h+0.5)) + `">`)
}

func (h *htmlWriter) block(b *block) {
	switch b.kind {
	case blParagraph:
		h.raw("<p>")
		h.inlines(b.inl)
		h.raw("</p>\n")
	case blHeading:
		tag := "h" + strconv.Itoa(b.level)
		id := h.headingID(plainText(b.inl))
		if b.title {
			h.raw("<" + tag + id + ` class="title">`)
		} else {
			h.raw("<" + tag + id + ">")
		}
		h.inlines(b.inl)
		h.raw("</" + tag + ">\n")
	case blRule:
		h.raw("<hr>\n")
	case blCode:
		h.raw("<pre><code>")
		h.text(b.code)
		h.raw("</code></pre>\n")
	case blQuote:
		h.raw("<blockquote>\n")
		for i := range b.children {
			h.block(&b.children[i])
		}
		h.raw("</blockquote>\n")
	case blList:
		if b.ordered {
			if b.start != 1 {
				h.raw(`<ol start="` + strconv.Itoa(b.start) + `">` + "\n")
			} else {
				h.raw("<ol>\n")
			}
		} else {
			h.raw("<ul>\n")
		}
		for _, item := range b.items {
			h.raw("<li>")
			for i := range item {
				if b.tight && item[i].kind == blParagraph {
					h.inlines(item[i].inl)
					if i+1 < len(item) {
						h.raw("\n")
					}
					continue
				}
				h.block(&item[i])
			}
			h.raw("</li>\n")
		}
		if b.ordered {
			h.raw("</ol>\n")
		} else {
			h.raw("</ul>\n")
		}
	case blTable:
		h.table(b.table)
	}
}

func (h *htmlWriter) table(t *table) {
	h.raw("<table>\n<thead>\n<tr>")
	for c, cell := range t.rows[0] {
		h.raw("<th" + htmlAlign(t.align[c]) + ">")
		h.inlines(cell)
		h.raw("</th>")
	}
	h.raw("</tr>\n</thead>\n")
	if len(t.rows) > 1 {
		h.raw("<tbody>\n")
		for i, row := range t.rows[1:] {
			if id := h.section + "-" + strconv.Itoa(i+1); h.section != "" && !h.ids[id] {
				h.ids[id] = true
				h.raw(`<tr id="` + id + `">`)
			} else {
				h.raw("<tr>")
			}
			for c, cell := range row {
				h.raw("<td" + htmlAlign(t.align[c]) + ">")
				h.inlines(cell)
				h.raw("</td>")
			}
			h.raw("</tr>\n")
		}
		h.raw("</tbody>\n")
	}
	h.raw("</table>\n")
}

func htmlAlign(a align) string {
	switch a {
	case alignLeft:
		return ` style="text-align:left"`
	case alignCenter:
		return ` style="text-align:center"`
	case alignRight:
		return ` style="text-align:right"`
	}
	return ""
}

func (h *htmlWriter) inlines(inl []inline) {
	for i := 0; i < len(inl); {
		href := inl[i].href
		j := i + 1
		for j < len(inl) && inl[j].href == href && inl[j].kind != inBreak {
			j++
		}
		if href != "" && inl[i].kind != inBreak && inl[i].title != "" && strings.HasPrefix(href, "#") {
			// A citation: its sources show on hover and on keyboard focus,
			// and following it leads to the part of the report it points to.
			h.cites++
			id := "cite-" + strconv.Itoa(h.cites)
			h.raw(`<a class="cite" href="`)
			h.text(href)
			h.raw(`" aria-describedby="` + id + `">`)
			for _, x := range inl[i:j] {
				h.inline(x)
			}
			h.raw(`<span class="tip" role="tooltip" id="` + id + `">`)
			h.text(inl[i].title)
			h.raw("</span></a>")
		} else if href != "" && inl[i].kind != inBreak {
			h.raw(`<a href="`)
			h.text(href)
			h.raw(`" rel="noopener noreferrer">`)
			for _, x := range inl[i:j] {
				h.inline(x)
			}
			h.raw("</a>")
		} else {
			for _, x := range inl[i:j] {
				h.inline(x)
			}
		}
		i = j
	}
}

func (h *htmlWriter) inline(x inline) {
	switch x.kind {
	case inBreak:
		h.raw("<br>\n")
		return
	case inImage:
		h.image(x.img, x.img.alt)
		return
	}
	var open, close string
	if x.style&stBold != 0 {
		open, close = open+"<strong>", "</strong>"+close
	}
	if x.style&stItalic != 0 {
		open, close = open+"<em>", "</em>"+close
	}
	if x.style&stStrike != 0 {
		open, close = open+"<del>", "</del>"+close
	}
	if x.style&stCode != 0 {
		open, close = open+"<code>", "</code>"+close
	}
	h.raw(open)
	h.text(x.text)
	h.raw(close)
}

// headingID is the id attribute of a heading: its slug, made unique.
func (h *htmlWriter) headingID(text string) string {
	base := slug(text)
	if base == "" {
		return ""
	}
	if h.ids == nil {
		h.ids = map[string]bool{}
	}
	id := base
	for n := 2; h.ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	h.ids[id] = true
	h.section = id
	return ` id="` + id + `"`
}

// slug is a heading's anchor: "Root Cause and Contributing Factors" is
// "root-cause-and-contributing-factors".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
