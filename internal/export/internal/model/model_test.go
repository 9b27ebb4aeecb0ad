package model

import "testing"

func TestSafeHref(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a b", "https://example.com/a%20b"},
		{"HTTP://EXAMPLE.COM", "http://EXAMPLE.COM"},
		{" https://example.com/\tx ", "https://example.com/x"},
		{"mailto:x@example.com", "mailto:x@example.com"},
		{"../a/b.md#c", "../a/b.md#c"},
		{"#frag", "#frag"},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"java\nscript:alert(1)", ""},
		{"java\x00script:alert(1)", ""},
		{"data:text/html,x", ""},
		{"file:///etc/passwd", ""},
		{"ftp://example.com", ""},
		{"\\\\evil\\share", ""},
		{"/\\evil.com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := SafeHref(tt.in); got != tt.want {
			t.Errorf("safeHref(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain Zoë 東京", "plain Zoë 東京"},
		{"a\x00b\x01c\x1fd", "abcd"},
		{"tab\tnl\ncr\r\nx", "tab\tnl\ncr\nx"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"nonchar \uFFFE\uFFFF end", "nonchar  end"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSVGSize(t *testing.T) {
	tests := []struct {
		svg  string
		w, h float64
	}{
		{`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"/>`, 200, 100},
		{`<?xml version="1.0"?><svg viewBox="0 0 40 30"></svg>`, 40, 30},
		{`<svg width="300" viewBox="0 0 40 30"></svg>`, 300, 225},
		{`<svg width="2in" height="1in"></svg>`, 192, 96},
		{`<svg width="50%"></svg>`, 400, 300},
	}
	for _, tt := range tests {
		w, h, err := SVGSize([]byte(tt.svg))
		if err != nil || w != tt.w || h != tt.h {
			t.Errorf("svgSize(%s) = %v, %v, %v; want %v, %v", tt.svg, w, h, err, tt.w, tt.h)
		}
	}
	for _, bad := range []string{"", "not xml", "<html></html>", "GIF89a"} {
		if _, err := NewPicture([]byte(bad), ""); err == nil {
			t.Errorf("newPicture(%q) accepted a non-image", bad)
		}
	}
}
