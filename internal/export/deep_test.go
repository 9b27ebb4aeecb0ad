package export

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestRenderDeepMarkdown: Markdown nested far past what any report holds
// (quotes, lists, emphasis, links, HTML) renders or fails, but never ends the
// process; nesting beyond the renderers' bound is flattened, so the text is kept.
func TestRenderDeepMarkdown(t *testing.T) {
	const n = 20_000
	docs := map[string]string{
		"quotes":   strings.Repeat(">", n) + " deep text",
		"lists":    deepList(300) + "deep text",
		"emphasis": strings.Repeat("*", n) + "deep text" + strings.Repeat("*", n),
		"links":    strings.Repeat("[", n) + "deep text" + strings.Repeat("](x)", n),
		"brackets": strings.Repeat("![", n) + "deep text",
		"html":     strings.Repeat("<div>", n) + "deep text",
		"code":     "x " + strings.Repeat("`", n) + "deep text",
	}
	for name, md := range docs {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			if err := Render(context.Background(), &out, HTML, []byte(md), Options{}); err != nil {
				return // a refusal is fine; a crash is not
			}
			if !strings.Contains(out.String(), "deep text") {
				t.Errorf("rendered without the text (%d bytes)", out.Len())
			}
		})
	}
}

func deepList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- item\n")
	}
	b.WriteString(strings.Repeat("  ", depth))
	return b.String()
}
