// Package model is the document every export format renders from: the
// report's Markdown parsed once (goldmark) into blocks, inlines, tables and
// resolved pictures, with the export's title, ticket, company, logo and
// page size. All text in it is plain, valid UTF-8 and free of
// XML-illegal characters.
package model

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
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

type Style uint8

const (
	StBold Style = 1 << iota
	StItalic
	StCode
	StStrike
)

type inlineKind uint8

const (
	InText  inlineKind = iota // a run of text
	InBreak                   // a hard line break
	InImage                   // an image (img is set)
)

// Inline is one run of text with one style, a hard break or an image.
type Inline struct {
	Kind  inlineKind
	Text  string
	Style Style
	Href  string // sanitized link target, "" when not a link
	// Title is the link's title: for a citation, the sources it names.
	Title string
	Img   *Picture
}

type blockKind uint8

const (
	BlParagraph blockKind = iota
	BlHeading
	BlCode
	BlList
	BlQuote
	BlTable
	BlRule
)

// Block is one block-level element; which fields are used depends on kind.
type Block struct {
	Kind     blockKind
	Level    int      // heading level 1..6
	Inl      []Inline // paragraph and heading content
	Code     string   // code block text, lines separated by \n
	Ordered  bool     // list
	Start    int      // first number of an ordered list
	Tight    bool     // list without blank lines between items
	Items    [][]Block
	Children []Block // block quote content
	Table    *Table
	Title    bool // the first level-1 heading, styled as the document title
}

type Align uint8

const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Table is a table whose first row is the header row. Every row has
// exactly len(align) cells.
type Table struct {
	Align []Align
	Rows  [][][]Inline
}

type pictureKind uint8

const (
	picPNG pictureKind = iota + 1
	PicJPEG
	PicSVG
)

// Picture is a resolved image with its intrinsic size in CSS pixels.
type Picture struct {
	ID   int // 1-based, unique within the document
	Kind pictureKind
	Data []byte
	W, H float64
	Alt  string
}

func (p *Picture) Ext() string {
	switch p.Kind {
	case picPNG:
		return "png"
	case PicJPEG:
		return "jpeg"
	}
	return "svg"
}

// FileName is the picture's file name inside a DOCX or ODT package.
func (p *Picture) FileName() string { return "image" + strconv.Itoa(p.ID) + "." + p.Ext() }

func (p *Picture) Mime() string {
	switch p.Kind {
	case picPNG:
		return "image/png"
	case PicJPEG:
		return "image/jpeg"
	}
	return "image/svg+xml"
}

// RGB is a colour.
type RGB struct{ R, G, B int }

// Breakable reports whether a line may break before or after r
// without a space: CJK ideographs, kana, Hangul and CJK punctuation.
func Breakable(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF))
}

type PageSize struct {
	Name string
	W, H float64 // points
}

var (
	pageA4     = PageSize{Name: "A4", W: 595.28, H: 841.89}
	PageLetter = PageSize{Name: "Letter", W: 612, H: 792}
)

func parsePageSize(s string) (PageSize, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "a4":
		return pageA4, nil
	case "letter":
		return PageLetter, nil
	}
	return PageSize{}, fmt.Errorf("export: unknown page size %q (valid: A4, Letter)", s)
}

// Document is the parsed report plus the export options it needs.
type Document struct {
	Blocks   []Block
	Pictures []*Picture // every resolved image, in order of appearance
	Title    string
	Ticket   string
	Company  string
	Date     time.Time
	Logo     *Picture
	Page     PageSize
}

// Meta is what a document needs besides its Markdown (see Options).
type Meta struct {
	Title, Ticket, Company string
	Date                   time.Time
	Logo                   []byte
	PageSize               string
	Images                 func(src string) ([]byte, error)
}

func Build(ctx context.Context, markdown []byte, opts Meta) (*Document, error) {
	page, err := parsePageSize(opts.PageSize)
	if err != nil {
		return nil, err
	}
	doc := &Document{
		Title:   CleanText(OneLine(opts.Title)),
		Ticket:  CleanText(OneLine(opts.Ticket)),
		Company: CleanText(OneLine(opts.Company)),
		Date:    opts.Date,
		Page:    page,
	}
	if opts.Logo != nil {
		logo, err := NewPicture(opts.Logo, "logo")
		if err != nil {
			return nil, fmt.Errorf("export: logo: %w", err)
		}
		doc.Logo = logo
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify))
	source := markdown
	root := md.Parser().Parse(text.NewReader(source))
	b := &builder{ctx: ctx, source: source, images: opts.Images, doc: doc, esc: ghtml.NewWriter()}
	doc.Blocks = b.blocks(root)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	if doc.Title == "" {
		doc.Title = b.firstHeading
	}
	for i := range doc.Blocks {
		if doc.Blocks[i].Kind == BlHeading && doc.Blocks[i].Level == 1 {
			doc.Blocks[i].Title = true
			break
		}
		if doc.Blocks[i].Kind != BlRule {
			break
		}
	}
	return doc, nil
}

type builder struct {
	ctx          context.Context
	source       []byte
	images       func(string) ([]byte, error)
	doc          *Document
	esc          ghtml.Writer
	firstHeading string
	resolved     map[string]*Picture // by source: each image is read once
	buf          bytes.Buffer
	depth        int
}

// maxDepth bounds nesting of lists and quotes so hostile input cannot
// produce unbounded recursion in the renderers.
const MaxDepth = 24

func (b *builder) blocks(parent ast.Node) []Block {
	var out []Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if b.ctx.Err() != nil {
			return out
		}
		out = b.appendBlock(out, n)
	}
	return out
}

func (b *builder) appendBlock(out []Block, n ast.Node) []Block {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		inl := b.inlines(n, 0, "")
		if len(inl) == 0 {
			return out
		}
		return append(out, Block{Kind: BlParagraph, Inl: inl})
	case *ast.Heading:
		inl := b.inlines(n, 0, "")
		if b.firstHeading == "" {
			b.firstHeading = OneLine(plainText(inl))
		}
		return append(out, Block{Kind: BlHeading, Level: min(max(n.Level, 1), 6), Inl: inl})
	case *ast.ThematicBreak:
		return append(out, Block{Kind: BlRule})
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return append(out, Block{Kind: BlCode, Code: b.lines(n)})
	case *ast.HTMLBlock:
		// Raw HTML is never passed through: keep it as literal text.
		code := b.lines(n)
		if n.HasClosure() {
			code = strings.TrimSuffix(code+"\n"+CleanText(string(n.ClosureLine.Value(b.source))), "\n")
		}
		var inl []Inline
		for i, line := range strings.Split(code, "\n") {
			if i > 0 {
				inl = append(inl, Inline{Kind: InBreak})
			}
			if line != "" {
				inl = append(inl, Inline{Kind: InText, Text: line})
			}
		}
		if len(inl) == 0 {
			return out
		}
		return append(out, Block{Kind: BlParagraph, Inl: inl})
	case *ast.Blockquote:
		if b.depth >= MaxDepth {
			return append(out, b.flatten(n)...)
		}
		b.depth++
		children := b.blocks(n)
		b.depth--
		return append(out, Block{Kind: BlQuote, Children: children})
	case *ast.List:
		if b.depth >= MaxDepth {
			return append(out, b.flatten(n)...)
		}
		b.depth++
		l := Block{Kind: BlList, Ordered: n.IsOrdered(), Start: n.Start, Tight: n.IsTight}
		if l.Ordered && l.Start < 0 {
			l.Start = 0
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			l.Items = append(l.Items, b.blocks(item))
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
				return append(out, Block{Kind: BlParagraph, Inl: inl})
			}
			return out
		}
		return append(out, b.blocks(n)...)
	}
	return out
}

// flatten turns an over-deep container into plain paragraphs.
func (b *builder) flatten(n ast.Node) []Block {
	var out []Block
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			if inl := b.inlines(c, 0, ""); len(inl) > 0 {
				out = append(out, Block{Kind: BlParagraph, Inl: inl})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			out = append(out, Block{Kind: BlCode, Code: b.lines(c)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

func (b *builder) table(n *east.Table) Block {
	t := &Table{}
	for _, a := range n.Alignments {
		switch a {
		case east.AlignLeft:
			t.Align = append(t.Align, AlignLeft)
		case east.AlignCenter:
			t.Align = append(t.Align, AlignCenter)
		case east.AlignRight:
			t.Align = append(t.Align, AlignRight)
		default:
			t.Align = append(t.Align, AlignNone)
		}
	}
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells [][]Inline
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, b.inlines(cell, 0, ""))
		}
		if len(t.Align) == 0 {
			t.Align = make([]Align, len(cells))
		}
		for len(cells) < len(t.Align) {
			cells = append(cells, nil)
		}
		t.Rows = append(t.Rows, cells[:len(t.Align)])
	}
	if len(t.Align) == 0 || len(t.Rows) == 0 {
		return Block{Kind: BlParagraph}
	}
	return Block{Kind: BlTable, Table: t}
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
	return CleanText(strings.TrimRight(sb.String(), "\n"))
}

// unescape turns a Markdown text segment into plain text: backslash
// escapes and entity references are resolved exactly as goldmark's HTML
// renderer does, then the HTML escaping it adds is undone.
func (b *builder) unescape(raw []byte) string {
	if !bytes.ContainsAny(raw, "\\&\x00") {
		return CleanText(string(raw))
	}
	b.buf.Reset()
	w := bufio.NewWriter(&b.buf)
	b.esc.Write(w, raw)
	_ = w.Flush()
	return CleanText(html.UnescapeString(b.buf.String()))
}

func (b *builder) inlines(parent ast.Node, st Style, href string) []Inline {
	var out []Inline
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		out = b.appendInline(out, n, st, href)
	}
	return mergeText(out)
}

func (b *builder) appendInline(out []Inline, n ast.Node, st Style, href string) []Inline {
	switch n := n.(type) {
	case *ast.Text:
		if n.IsRaw() {
			out = appendText(out, CleanText(string(n.Value(b.source))), st, href)
		} else {
			out = appendText(out, b.unescape(n.Value(b.source)), st, href)
		}
		switch {
		case n.HardLineBreak():
			out = append(out, Inline{Kind: InBreak})
		case n.SoftLineBreak():
			out = appendText(out, " ", st, href)
		}
	case *ast.String:
		out = appendText(out, CleanText(string(n.Value)), st, href)
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
		out = appendText(out, CleanText(code), st|StCode, href)
	case *ast.Emphasis:
		s := st | StItalic
		if n.Level >= 2 {
			s = st | StBold
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, s, href)
		}
	case *east.Strikethrough:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st|StStrike, href)
		}
	case *ast.Link:
		target := SafeHref(b.unescape(n.Destination))
		if href != "" {
			target = href // no nested links
		}
		first := len(out)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st, target)
		}
		if title := CleanText(OneLine(string(n.Title))); title != "" && target != "" {
			for k := first; k < len(out); k++ {
				out[k].Title = title
			}
		}
	case *ast.AutoLink:
		label := CleanText(string(n.Label(b.source)))
		target := CleanText(string(n.URL(b.source)))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(target), "mailto:") {
			target = "mailto:" + target
		} else if n.AutoLinkType == ast.AutoLinkURL && !HasScheme(target) {
			target = "http://" + target // linkify of "www.example.com"
		}
		if href == "" {
			href = SafeHref(target)
		}
		out = appendText(out, label, st, href)
	case *ast.Image:
		alt := OneLine(plainText(b.inlines(n, 0, "")))
		src := b.unescape(n.Destination)
		pic := b.resolve(src, alt)
		if pic == nil {
			if alt == "" {
				alt = "[image]"
			}
			out = appendText(out, alt, st, href)
		} else {
			out = append(out, Inline{Kind: InImage, Img: pic, Href: href})
		}
	case *ast.RawHTML:
		// Never passed through: inline HTML is kept as the literal text.
		var sb strings.Builder
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			sb.Write(seg.Value(b.source))
		}
		out = appendText(out, CleanText(strings.ReplaceAll(sb.String(), "\n", " ")), st, href)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			out = b.appendInline(out, c, st, href)
		}
	}
	return out
}

func (b *builder) resolve(src, alt string) *Picture {
	if b.images == nil || src == "" {
		return nil
	}
	if p, ok := b.resolved[src]; ok {
		if p == nil || p.Alt == alt {
			return p
		}
		c := *p // same image, other alt text
		c.Alt = alt
		return &c
	}
	if b.resolved == nil {
		b.resolved = map[string]*Picture{}
	}
	b.resolved[src] = nil
	data, err := b.images(src)
	if err != nil || len(data) == 0 {
		return nil
	}
	pic, err := NewPicture(data, alt)
	if err != nil {
		return nil
	}
	pic.ID = len(b.doc.Pictures) + 1
	b.doc.Pictures = append(b.doc.Pictures, pic)
	b.resolved[src] = pic
	return pic
}

func appendText(out []Inline, s string, st Style, href string) []Inline {
	if s == "" {
		return out
	}
	return append(out, Inline{Kind: InText, Text: s, Style: st, Href: href})
}

// mergeText joins neighbouring text runs of identical style and link.
func mergeText(in []Inline) []Inline {
	out := in[:0]
	for _, x := range in {
		if n := len(out); n > 0 && x.Kind == InText && out[n-1].Kind == InText &&
			out[n-1].Style == x.Style && out[n-1].Href == x.Href && out[n-1].Title == x.Title {
			out[n-1].Text += x.Text
			continue
		}
		out = append(out, x)
	}
	return out
}

// plainText returns the text of inlines, images as their alt text.
func plainText(inl []Inline) string {
	var sb strings.Builder
	for _, x := range inl {
		switch x.Kind {
		case InText:
			sb.WriteString(x.Text)
		case InBreak:
			sb.WriteByte(' ')
		case InImage:
			sb.WriteString(x.Img.Alt)
		}
	}
	return sb.String()
}

func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// CleanText makes s valid UTF-8 and drops characters that XML 1.0 does not
// allow (C0 controls other than tab, newline and carriage return, lone
// surrogates, U+FFFE and U+FFFF). Carriage returns become newlines.
func CleanText(s string) string {
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

func HasScheme(s string) bool {
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

// SafeHref returns a link target that is safe to put in a document, or ""
// when it must be dropped. Only http, https and mailto URLs and relative
// references (including fragments) are kept. Control characters are
// removed first, as browsers do when they read a scheme.
func SafeHref(s string) string {
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
		if HasScheme(clean) {
			return ""
		}
		return u.String()
	}
	return ""
}

// PlainText returns the text of inlines on one line, images as their alt text.
func PlainText(inl []Inline) string { return OneLine(plainText(inl)) }
