package llmwriter

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// HTTPDoer sends HTTP requests; *http.Client implements it.
type HTTPDoer interface {
	Do(*http.Request) (*http.Response, error)
}

// Clock tells the time and waits; tests replace it to retry without waiting.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx ends, returning ctx's error in that case.
	Sleep(ctx context.Context, d time.Duration) error
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Backoff bounds: the first retry waits about baseBackoff, doubling up to
// maxBackoff, with jitter; a server's Retry-After is honoured up to maxRetryAfter.
const (
	baseBackoff   = 500 * time.Millisecond
	maxBackoff    = 30 * time.Second
	maxRetryAfter = 2 * time.Minute
)

// attempt records what the transport saw of one HTTP exchange.
type attempt struct {
	status     int
	retryAfter string
}

type attemptKey struct{}

// recordingDoer notes each response's status and Retry-After header in the
// request context's attempt, which go-openai's errors do not carry.
type recordingDoer struct{ inner HTTPDoer }

func (d recordingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.inner.Do(req)
	if resp == nil {
		return resp, err
	}
	if a, ok := req.Context().Value(attemptKey{}).(*attempt); ok {
		a.status = resp.StatusCode
		a.retryAfter = resp.Header.Get("Retry-After")
	}
	// A misbehaving server must not make the writer read without end.
	resp.Body = limitedBody{Reader: io.LimitReader(resp.Body, maxBody), Closer: resp.Body}
	return resp, err
}

// maxBody bounds a response: ten sections of prose are a few kilobytes.
const maxBody = 4 << 20

type limitedBody struct {
	io.Reader
	io.Closer
}

// complete sends one chat completion, retrying rate limits, server errors,
// timeouts and connection failures up to the configured number of retries.
// At most Concurrency requests of this writer are in flight at once; the slot
// is held only while a request is, never while waiting to retry.
func (w *Writer) complete(ctx context.Context, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error) {
	var last error
	var wait time.Duration
	for try := 0; try <= w.retries; try++ {
		if try > 0 {
			w.log.Warn("llm request failed; retrying", "attempt", try, "wait", wait, "err", last)
			if err := w.clock.Sleep(ctx, wait); err != nil {
				return openai.ChatCompletionResponse{}, err
			}
		}
		resp, a, err := w.once(ctx, req)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return openai.ChatCompletionResponse{}, ctx.Err()
		}
		last = err
		if !retryable(err, a) {
			return openai.ChatCompletionResponse{}, fmt.Errorf("llmwriter: %w", err)
		}
		wait = w.backoff(try + 1)
		if a.status == http.StatusTooManyRequests || a.status == http.StatusServiceUnavailable {
			if ra, ok := retryAfter(a.retryAfter, w.clock.Now()); ok {
				wait = ra
			}
		}
	}
	return openai.ChatCompletionResponse{}, fmt.Errorf("llmwriter: model unavailable after %d attempts: %w", w.retries+1, last)
}

// once sends one request in a concurrency slot, under the per-request timeout.
func (w *Writer) once(ctx context.Context, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, *attempt, error) {
	a := &attempt{}
	select {
	case w.sem <- struct{}{}:
	case <-ctx.Done():
		return openai.ChatCompletionResponse{}, a, ctx.Err()
	}
	defer func() { <-w.sem }()
	rctx, cancel := context.WithTimeout(context.WithValue(ctx, attemptKey{}, a), w.timeout)
	defer cancel()
	resp, err := w.client.CreateChatCompletion(rctx, req)
	if err == nil && rctx.Err() != nil {
		err = rctx.Err()
	}
	return resp, a, err
}

// retryable reports whether a failed request may succeed if sent again.
func retryable(err error, a *attempt) bool {
	status := a.status
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode != 0 {
		status = apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode != 0 {
		status = reqErr.HTTPStatusCode
	}
	// 429, 408 and 5xx may pass on another try; other 4xx will not. Without an
	// HTTP error status the request failed on the way (connection refused or
	// reset, a timeout, a truncated or unreadable body): worth another try too.
	switch {
	case status == http.StatusTooManyRequests, status == http.StatusRequestTimeout, status >= 500:
		return true
	case status >= 400:
		return false
	}
	return true
}

// backoff returns the wait before retry n (1-based): exponential with full jitter
// in its upper half, so concurrent writers do not retry in step.
func (w *Writer) backoff(n int) time.Duration {
	d := baseBackoff << min(n-1, 10)
	d = min(d, maxBackoff)
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) (time.Duration, bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(h, 64); err == nil && s >= 0 {
		return min(time.Duration(s*float64(time.Second)), maxRetryAfter), true
	}
	if t, err := http.ParseTime(h); err == nil {
		return min(max(t.Sub(now), 0), maxRetryAfter), true
	}
	return 0, false
}
