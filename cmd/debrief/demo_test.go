package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeDemo: serve --demo analyses the examples, prints a link that
// signs in once as an admin, and stops cleanly.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--demo", "--listen", "127.0.0.1:0", "--log-level", "warn"}, strings.NewReader(""), pw, t.Output())
		pw.Close()
	}()
	links := make(chan string, 1)
	go func() {
		linkRe := regexp.MustCompile(`sign in once at (http://\S+)`)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := linkRe.FindStringSubmatch(sc.Text()); m != nil {
				links <- m[1]
			}
		}
	}()
	var link string
	select {
	case link = <-links:
	case code := <-done:
		t.Fatalf("serve --demo exited %d before printing a link", code)
	case <-time.After(2 * time.Minute):
		t.Fatal("no sign-in link")
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	get := func(url string) (int, string) {
		t.Helper()
		res, err := c.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	code, body := get(link)
	if code != http.StatusOK || !strings.Contains(body, "demo admin (admin)") {
		t.Fatalf("the sign-in link: %d", code)
	}
	base := link[:strings.Index(link, "/signin")]
	if code, body := get(base + "/tickets"); code != 200 || !strings.Contains(body, "G204-117") {
		t.Errorf("the demo's tickets: %d", code)
	}
	// The link works once.
	c.Jar, _ = cookiejar.New(nil)
	if code, _ := get(link); code != http.StatusUnauthorized {
		t.Errorf("the sign-in link used twice: %d", code)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve --demo exited %d", code)
		}
	case <-time.After(time.Minute):
		t.Fatal("serve --demo did not stop")
	}
}
