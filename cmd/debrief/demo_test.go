package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer written by the command and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDemo: serve --demo analyses the examples, prints a link that
// signs in once as an admin, and stops cleanly.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve", "--demo", "--listen", "127.0.0.1:0", "--log-level", "warn"}, strings.NewReader(""), &out, &errb) }()
	linkRe := regexp.MustCompile(`sign in once at (http://\S+)`)
	var link string
	for deadline := time.Now().Add(2 * time.Minute); link == ""; {
		if m := linkRe.FindStringSubmatch(out.String()); m != nil {
			link = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve --demo exited %d: %s", code, errb.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no sign-in link; stderr: %s", errb.String())
		}
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
			t.Errorf("serve --demo exited %d: %s", code, errb.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("serve --demo did not stop")
	}
}
