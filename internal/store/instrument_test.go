package store_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/debriefhq/debrief/internal/metrics"
	"github.com/debriefhq/debrief/internal/store"
)

func TestInstrument(t *testing.T) {
	analyse := func(_ context.Context, tv store.TicketVersion) (store.Analysis, error) {
		switch tv.TicketID {
		case "bad":
			return store.Analysis{}, errors.New("model unreachable")
		case "fell":
			return store.Analysis{Fallback: true, PromptTokens: 10}, nil
		}
		return store.Analysis{PromptTokens: 100, CompletionTokens: 40}, nil
	}
	reg := &metrics.Registry{}
	var logs bytes.Buffer
	measured := store.Instrument(analyse, reg, slog.New(slog.NewTextHandler(&logs, nil)))
	for _, id := range []string{"ok1", "ok2", "fell", "bad"} {
		a, err := measured(t.Context(), store.TicketVersion{TicketID: id, Version: 3})
		if (err != nil) != (id == "bad") || (id == "fell") != a.Fallback {
			t.Errorf("%s: the wrapped result changed: %+v, %v", id, a, err)
		}
	}
	var out bytes.Buffer
	if err := reg.Write(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`debrief_analyses_total{outcome="ok"} 2`,
		`debrief_analyses_total{outcome="fallback"} 1`,
		`debrief_analyses_total{outcome="failed"} 1`,
		`debrief_analysis_seconds_count 4`,
		`debrief_llm_tokens_total{kind="prompt"} 210`,
		`debrief_llm_tokens_total{kind="completion"} 80`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("metrics lack %s:\n%s", want, out.String())
		}
	}
	if l := logs.String(); !strings.Contains(l, "analysis failed") || !strings.Contains(l, "ticket=bad") || !strings.Contains(l, "model unreachable") {
		t.Errorf("the failure is not logged: %q", l)
	}
}
