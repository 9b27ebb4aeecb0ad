package export

import (
	"bytes"
	"context"
	"errors"
	"html/template"
	"strings"
	"testing"
)

// pageMain returns what the HTML export has between <main> and </main>.
func pageMain(t testing.TB, page []byte) string {
	t.Helper()
	_, rest, ok := strings.Cut(string(page), "<main>\n")
	body, _, ok2 := strings.Cut(rest, "</main>\n")
	if !ok || !ok2 {
		t.Fatalf("page has no <main> element:\n%s", page)
	}
	return body
}

func fragment(t testing.TB, md string, opts Options) template.HTML {
	t.Helper()
	frag, err := HTMLFragment(context.Background(), []byte(md), opts)
	if err != nil {
		t.Fatal(err)
	}
	return frag
}

// TestHTMLFragmentIsPageBody checks that the fragment is exactly the body
// of the HTML export, without page, header or footer.
func TestHTMLFragmentIsPageBody(t *testing.T) {
	tests := []struct {
		name string
		md   string
	}{
		{"fixture", string(mustRead(t, "report.md"))},
		{"hostile", hostile},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := fixtureOptions(t)
			frag := string(fragment(t, tt.md, opts))
			if want := pageMain(t, render(t, HTML, []byte(tt.md), opts)); frag != want {
				t.Errorf("fragment differs from the page body:\n got %.300q\nwant %.300q", frag, want)
			}
			for _, bad := range []string{"<html", "<head", "<body", "<style", "<header", "<footer", "<main"} {
				if strings.Contains(frag, bad) {
					t.Errorf("fragment contains %s", bad)
				}
			}
		})
	}
}

// TestHTMLFragmentInPage embeds a fragment of hostile ticket text in a web
// page template, as the web interface will: the page keeps its own
// structure and no markup or script of the ticket survives.
func TestHTMLFragmentInPage(t *testing.T) {
	page := template.Must(template.New("p").Parse(
		`<!DOCTYPE html><html><head><title>{{.Title}}</title></head><body><nav>menu</nav><article>{{.Report}}</article><p id="after">end</p></body></html>`))
	frag := fragment(t, hostile+"\n\n![x](chart.png)\n", Options{Images: func(src string) ([]byte, error) {
		if src == "chart.png" {
			return mustRead(t, "chart.png"), nil
		}
		return nil, errors.New("no")
	}})
	var buf bytes.Buffer
	if err := page.Execute(&buf, map[string]any{"Title": "</title><script>alert(0)</script>", "Report": frag}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	lower := strings.ToLower(out)
	for _, bad := range []string{"<script", "onerror=\"", "<img src=x", "<div onclick", "<style>", `href="javascript`, `href="java`, `href="data:`, `href="vbscript`} {
		if strings.Contains(lower, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{
		`<article><h1 id="report" class="title">Report</h1>`,
		`&lt;/table&gt; # heading &lt;script&gt;alert(1)&lt;/script&gt;`,
		`<td>&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(12)&lt;/script&gt;</td>`,
		`<img src="data:image/png;base64,`,
		`</article><p id="after">end</p></body></html>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Count(out, "<table>") != strings.Count(out, "</table>") {
		t.Error("the fragment left a table open or closed one it did not open")
	}
}

func TestHTMLFragmentCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := HTMLFragment(ctx, []byte("# x"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestHTMLTitleLength(t *testing.T) {
	long := "Post-incident review: the checkout API of the Frankfurt region failed for Zoë Łukasiewicz and every other customer (G204-117)"
	page := string(render(t, HTML, []byte("# "+long+"\n\nBody.\n"), Options{}))
	_, rest, _ := strings.Cut(page, "<title>")
	title, _, _ := strings.Cut(rest, "</title>")
	if n := len([]rune(title)); n > htmlTitleMax || n < 40 {
		t.Errorf("<title> has %d characters, want 40..%d: %q", n, htmlTitleMax, title)
	}
	if !strings.HasSuffix(title, "…") || !strings.HasPrefix(long, strings.TrimSuffix(title, "…")) {
		t.Errorf("<title> %q is not a prefix of the heading ending in …", title)
	}
	if !strings.Contains(page, `class="title">`+long+`</h1>`) {
		t.Error("the heading lost the full title")
	}
	short := "Outage (G204-117)"
	if page := string(render(t, HTML, []byte("# "+short+"\n"), Options{})); !strings.Contains(page, "<title>"+short+"</title>") {
		t.Error("a short title was changed")
	}
}

// TestHTMLFragmentIDPrefix: with a prefix every id a fragment gives starts
// with it (so two fragments can share a page), and links keep their target.
func TestHTMLFragmentIDPrefix(t *testing.T) {
	md := "## Timeline\n\n| At | What |\n|---|---|\n| 09:00 | opened |\n\n## Overview\n\nIt broke. [\\[1\\]](#timeline-1 \"e1, 09:00, customer\")\n"
	plain := string(fragment(t, md, Options{}))
	got := string(fragment(t, md, Options{IDPrefix: "technical-"}))
	for _, want := range []string{`<h2 id="technical-timeline">`, `<tr id="technical-timeline-1">`, `aria-describedby="technical-cite-1"`,
		`id="technical-cite-1"`, `href="#timeline-1"`} {
		if !strings.Contains(got, want) {
			t.Errorf("prefixed fragment lacks %s:\n%s", want, got)
		}
	}
	for _, want := range []string{`<h2 id="timeline">`, `<tr id="timeline-1">`, `id="cite-1"`} {
		if !strings.Contains(plain, want) {
			t.Errorf("fragment lacks %s:\n%s", want, plain)
		}
	}
}
