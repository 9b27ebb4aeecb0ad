package export

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// The document model every renderer works from. It is built once per
// Render from the goldmark tree; all text in it is plain (unescaped),
// valid UTF-8 and free of XML-illegal characters.

type style uint8

const (
	stBold style = 1 << iota
	stItalic
	stCode
	stStrike
)

type inlineKind uint8

const (
	inText  inlineKind = iota // a run of text
	inBreak                   // a hard line break
	inImage                   // an image (img is set)
)

// inline is one run of text with one style, a hard break or an image.
type inline struct {
	kind  inlineKind
	text  string
	style style
	href  string // sanitized link target, "" when not a link
	// title is the link's title: for a citation, the sources it names.
	title string
	img   *picture
}

type blockKind uint8

const (
	blParagraph blockKind = iota
	blHeading
	blCode
	blList
	blQuote
	blTable
	blRule
)

// block is one block-level element; which fields are used depends on kind.
type block struct {
	kind     blockKind
	level    int      // heading level 1..6
	inl      []inline // paragraph and heading content
	code     string   // code block text, lines separated by \n
	ordered  bool     // list
	start    int      // first number of an ordered list
	tight    bool     // list without blank lines between items
	items    [][]block
	children []block // block quote content
	table    *table
	title    bool // the first level-1 heading, styled as the document title
}

type align uint8

const (
	alignNone align = iota
	alignLeft
	alignCenter
	alignRight
)

// table is a table whose first row is the header row. Every row has
// exactly len(align) cells.
type table struct {
	align []align
	rows  [][][]inline
}

type pictureKind uint8

const (
	picPNG pictureKind = iota + 1
	picJPEG
	picSVG
)

// picture is a resolved image with its intrinsic size in CSS pixels.
type picture struct {
	id   int // 1-based, unique within the document
	kind pictureKind
	data []byte
	w, h float64
	alt  string
}

func (p *picture) ext() string {
	switch p.kind {
	case picPNG:
		return "png"
	case picJPEG:
		return "jpeg"
	}
	return "svg"
}

func (p *picture) mime() string {
	switch p.kind {
	case picPNG:
		return "image/png"
	case picJPEG:
		return "image/jpeg"
	}
	return "image/svg+xml"
}

type pageSize struct {
	name string
	w, h float64 // points
}

var (
	pageA4     = pageSize{name: "A4", w: 595.28, h: 841.89}
	pageLetter = pageSize{name: "Letter", w: 612, h: 792}
)

func parsePageSize(s string) (pageSize, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "a4":
		return pageA4, nil
	case "letter":
		return pageLetter, nil
	}
	return pageSize{}, fmt.Errorf("export: unknown page size %q (valid: A4, Letter)", s)
}

// document is the parsed report plus the export options it needs.
type document struct {
	blocks   []block
	pictures []*picture // every resolved image, in order of appearance
	title    string
	ticket   string
	company  string
	date     time.Time
	logo     *picture
	page     pageSize
}

func buildDocument(ctx context.Context, markdown []byte, opts Options) (*document, error) {
	page, err := parsePageSize(opts.PageSize)
	if err != nil {
		return nil, err
	}
	doc := &document{
		title:   cleanText(oneLine(opts.Title)),
		ticket:  cleanText(oneLine(opts.Ticket)),
		company: cleanText(oneLine(opts.Company)),
		date:    opts.Date,
		page:    page,
	}
	if opts.Logo != nil {
		logo, err := newPicture(opts.Logo, "logo")
		if err != nil {
			return nil, fmt.Errorf("export: logo: %w", err)
		}
		doc.logo = logo
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify))
	source := markdown
	root := md.Parser().Parse(text.NewReader(source))
	b := &builder{ctx: ctx, source: source, images: opts.Images, doc: doc, esc: ghtml.NewWriter()}
	doc.blocks = b.blocks(root)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	if doc.title == "" {
		doc.title = b.firstHeading
	}
	for i := range doc.blocks {
		if doc.blocks[i].kind == blHeading && doc.blocks[i].level == 1 {
			doc.blocks[i].title = true
			break
		}
		if doc.blocks[i].kind != blRule {
			break
		}
	}
	return doc, nil
}

type builder struct {
	ctx          context.Context
	source       []byte
	images       func(string) ([]byte, error)
	doc          *document
	esc          ghtml.Writer
	firstHeading string
	resolved     map[string]*picture // by source: each image is read once
	buf          bytes.Buffer
	depth        int
}

// maxDepth bounds nesting of lists and quotes so hostile input cannot
// produce unbounded recursion in the renderers.
const maxDepth = 24

func (b *builder) blocks(parent ast.Node) []block {
	var out []block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if b.ctx.Err() != nil {
			return out
		}
		out = b.appendBlock(out, n)
	}
	return out
}

func (b *builder) appendBlock(out []block, n ast.Node) []block {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		inl := b.inlines(n, 0, "")
		if len(inl) == 0 {
			return out
		}
		return append(out, block{kind: blParagraph, inl: inl})
	case *ast.Heading:
		inl := b.inlines(n, 0, "")
		if b.firstHeading == "" {
			b.firstHeading = oneLine(plainText(inl))
		}
		return append(out, block{kind: blHeading, level: min(max(n.Level, 1), 6), inl: inl})
	case *ast.ThematicBreak:
		return append(out, block{kind: blRule})
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return append(out, block{kind: blCode, code: b.lines(n)})
	case *ast.HTMLBlock:
		// Raw HTML is never passed through: keep it as literal text.
		code := b.lines(n)
		if n.HasClosure() {
			code = strings.TrimSuffix(code+"\n"+cleanText(string(n.ClosureLine.Value(b.source))), "\n")
		}
		var inl []inline
		for i, line := range strings.Split(code, "\n") {
			if i > 0 {
				inl = append(inl, inline{kind: inBreak})
			}
			if line != "" {
				inl = append(inl, inline{kind: inText, text: line})
			}
		}
		if len(inl) == 0 {
			return out
		}
		return append(out, block{kind: blParagraph, inl: inl})
	case *ast.Blockquote:
		if b.depth >= maxDepth {
			return append(out, b.flatten(n)...)
		}
		b.depth++
		children := b.blocks(n)
		b.depth--
		return append(out, block{kind: blQuote, children: children})
	case *ast.List:
		if b.depth >= maxDepth {
			return append(out, b.flatten(n)...)
		}
		b.depth++
		l := block{kind: blList, ordered: n.IsOrdered(), start: n.Start, tight: n.IsTight}
		if l.ordered && l.start < 0 {
			l.start = 0
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.items = append(l.items, b.blocks(item))
		}
		b.depth--
		return append(out, l)
	case *east.Table:
		return append(out, b.table(n))
	}
	// Unknown block: keep whatever it contains.
	if n.Type() == ast.TypeBlock && n.HasChildren() {
		if n.FirstChild().Type() == ast.TypeInline {
			if inl := b.inlines(n, 0, ""); len(inl) > 0 {
				return append(out, block{kind: blParagraph, inl: inl})
			}
			return out
		}
		return append(out, b.blocks(n)...)
	}
	return out
}

// flatten turns an over-deep container into plain paragraphs.
func (b *builder) flatten(n ast.Node) []block {
	var out []block
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			if inl := b.inlines(c, 0, ""); len(inl) > 0 {
				out = append(out, block{kind: blParagraph, inl: inl})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			out = append(out, block{kind: blCode, code: b.lines(c)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

func (b *builder) table(n *east.Table) block {
	t := &table{}
	for _, a := range n.Alignments {
		switch a {
		case east.AlignLeft:
			t.align = append(t.align, alignLeft)
		case east.AlignCenter:
			t.align = append(t.align, alignCenter)
		case east.AlignRight:
			t.align = append(t.align, alignRight)
		default:
			t.align = append(t.align, alignNone)
		}
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells [][]inline
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, b.inlines(cell, 0, ""))
		}
		if len(t.align) == 0 {
			t.align = make([]align, len(cells))
		}
		for len(cells) < len(t.align) {
			cells = append(cells, nil)
		}
		t.rows = append(t.rows, cells[:len(t.align)])
	}
	if len(t.align) == 0 || len(t.rows) == 0 {
		return block{kind: blParagraph}
	}
	return block{kind: blTable, table: t}
}

// lines returns the raw lines of a code or HTML block, without the final
// newline.
func (b *builder) lines(n ast.Node) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		sb.Write(seg.Value(b.source))
	}
	return cleanText(strings.TrimRight(sb.String(), "\n"))
}

// unescape turns a Markdown text segment into plain text: backslash
// escapes and entity references are resolved exactly as goldmark's HTML
// renderer does, then the HTML escaping it adds is undone.
func (b *builder) unescape(raw []byte) string {
	if !bytes.ContainsAny(raw, "\\&\x00") {
		return cleanText(string(raw))
	}
	b.buf.Reset()
	w := bufio.NewWriter(&b.buf)
	b.esc.Write(w, raw)
	_ = w.Flush()
	return cleanText(html.UnescapeString(b.buf.String()))
}

func (b *builder) inlines(parent ast.Node, st style, href string) []inline {
	var out []inline
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		out = b.appendInline(out, n, st, href)
	}
	return mergeText(out)
}

func (b *builder) appendInline(out []inline, n ast.Node, st style, href string) []inline {
	switch n := n.(type) {
	case *ast.Text:
		if n.IsRaw() {
			out = appendText(out, cleanText(string(n.Value(b.source))), st, href)
		} else {
			out = appendText(out, b.unescape(n.Value(b.source)), st, href)
		}
		switch {
		case n.HardLineBreak():
			out = append(out, inline{kind: inBreak})
		case n.SoftLineBreak():
			out = appendText(out, " ", st, href)
		}
	case *ast.String:
		out = appendText(out, cleanText(string(n.Value)), st, href)
	case *ast.CodeSpan:
		var sb strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				sb.Write(t.Value(b.source))
			} else if s, ok := c.(*ast.String); ok {
				sb.Write(s.Value)
			}
		}
		code := strings.ReplaceAll(sb.String(), "\n", " ")
		out = appendText(out, cleanText(code), st|stCode, href)
	case *ast.Emphasis:
		s := st | stItalic
		if n.Level >= 2 {
			s = st | stBold
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, s, href)
		}
	case *east.Strikethrough:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st|stStrike, href)
		}
	case *ast.Link:
		target := safeHref(b.unescape(n.Destination))
		if href != "" {
			target = href // no nested links
		}
		first := len(out)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st, target)
		}
		if title := cleanText(oneLine(string(n.Title))); title != "" && target != "" {
			for k := first; k < len(out); k++ {
				out[k].title = title
			}
		}
	case *ast.AutoLink:
		label := cleanText(string(n.Label(b.source)))
		target := cleanText(string(n.URL(b.source)))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(target), "mailto:") {
			target = "mailto:" + target
		} else if n.AutoLinkType == ast.AutoLinkURL && !hasScheme(target) {
			target = "http://" + target // linkify of "www.example.com"
		}
		if href == "" {
			href = safeHref(target)
		}
		out = appendText(out, label, st, href)
	case *ast.Image:
		alt := oneLine(plainText(b.inlines(n, 0, "")))
		src := b.unescape(n.Destination)
		pic := b.resolve(src, alt)
		if pic == nil {
			if alt == "" {
				alt = "[image]"
			}
			out = appendText(out, alt, st, href)
		} else {
			out = append(out, inline{kind: inImage, img: pic, href: href})
		}
	case *ast.RawHTML:
		// Never passed through: inline HTML is kept as the literal text.
		var sb strings.Builder
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			sb.Write(seg.Value(b.source))
		}
		out = appendText(out, cleanText(strings.ReplaceAll(sb.String(), "\n", " ")), st, href)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st, href)
		}
	}
	return out
}

func (b *builder) resolve(src, alt string) *picture {
	if b.images == nil || src == "" {
		return nil
	}
	if p, ok := b.resolved[src]; ok {
		if p == nil || p.alt == alt {
			return p
		}
		c := *p // same image, other alt text
		c.alt = alt
		return &c
	}
	if b.resolved == nil {
		b.resolved = map[string]*picture{}
	}
	b.resolved[src] = nil
	data, err := b.images(src)
	if err != nil || len(data) == 0 {
		return nil
	}
	pic, err := newPicture(data, alt)
	if err != nil {
		return nil
	}
	pic.id = len(b.doc.pictures) + 1
	b.doc.pictures = append(b.doc.pictures, pic)
	b.resolved[src] = pic
	return pic
}

func appendText(out []inline, s string, st style, href string) []inline {
	if s == "" {
		return out
	}
	return append(out, inline{kind: inText, text: s, style: st, href: href})
}

// mergeText joins neighbouring text runs of identical style and link.
func mergeText(in []inline) []inline {
	out := in[:0]
	for _, x := range in {
		if n := len(out); n > 0 && x.kind == inText && out[n-1].kind == inText &&
			out[n-1].style == x.style && out[n-1].href == x.href && out[n-1].title == x.title {
			out[n-1].text += x.text
			continue
		}
		out = append(out, x)
	}
	return out
}

// plainText returns the text of inlines, images as their alt text.
func plainText(inl []inline) string {
	var sb strings.Builder
	for _, x := range inl {
		switch x.kind {
		case inText:
			sb.WriteString(x.text)
		case inBreak:
			sb.WriteByte(' ')
		case inImage:
			sb.WriteString(x.img.alt)
		}
	}
	return sb.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cleanText makes s valid UTF-8 and drops characters that XML 1.0 does not
// allow (C0 controls other than tab, newline and carriage return, lone
// surrogates, U+FFFE and U+FFFF). Carriage returns become newlines.
func cleanText(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for _, r := range s {
			if !xmlChar(r) || r == '\r' {
				ok = false
				break
			}
		}
	}
	if ok {
		return s
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if xmlChar(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			return i > 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return false
}

// safeHref returns a link target that is safe to put in a document, or ""
// when it must be dropped. Only http, https and mailto URLs and relative
// references (including fragments) are kept. Control characters are
// removed first, as browsers do when they read a scheme.
func safeHref(s string) string {
	var sb strings.Builder
	for _, r := range strings.TrimSpace(s) {
		if r < ' ' || r == 0x7f || r == '\uFEFF' {
			continue // as browsers drop tabs and newlines inside URLs
		}
		sb.WriteRune(r)
	}
	clean := sb.String()
	if clean == "" || strings.ContainsRune(clean, '\\') {
		return "" // browsers read backslashes as slashes: ambiguous
	}
	u, err := url.Parse(clean)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String()
	case "":
		if hasScheme(clean) {
			return ""
		}
		return u.String()
	}
	return ""
}
