package ui

// Internals the tests reach.
var (
	RenderMarkdown = renderMarkdown
	DiffLines      = diffLines
	Highlight      = highlight
	HTMLSections   = htmlSections
	PickHTML       = pickHTML
)
