package store

import (
	"context"
	"log/slog"
	"time"

	"github.com/debriefhq/debrief/internal/metrics"
)

// Instrument wraps analyse so that every analysis is measured in reg:
// debrief_analyses_total by outcome (ok, fallback, failed),
// debrief_analysis_seconds and debrief_llm_tokens_total by kind (prompt,
// completion). A failed analysis is also logged as a warning on log (nil:
// slog.Default). Call it once per registry: it registers the metrics.
func Instrument(analyse AnalyseFunc, reg *metrics.Registry, log *slog.Logger) AnalyseFunc {
	if log == nil {
		log = slog.Default()
	}
	analysed := reg.NewCounter("debrief_analyses_total", "Analyses stored, by writer outcome (ok, fallback) or failed.", "outcome")
	latency := reg.NewHistogram("debrief_analysis_seconds", "Time to analyse one ticket, in seconds.", []float64{0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120})
	tokens := reg.NewCounter("debrief_llm_tokens_total", "Model tokens used, by kind (prompt, completion).", "kind")
	return func(ctx context.Context, tv TicketVersion) (Analysis, error) {
		start := time.Now()
		a, err := analyse(ctx, tv)
		latency.Observe(time.Since(start).Seconds())
		switch {
		case err != nil:
			analysed.Inc("failed")
			log.Warn("analysis failed", "ticket", tv.TicketID, "version", tv.Version, "err", err)
		case a.Fallback:
			analysed.Inc("fallback")
		default:
			analysed.Inc("ok")
		}
		tokens.Add("prompt", uint64(a.PromptTokens))
		tokens.Add("completion", uint64(a.CompletionTokens))
		return a, err
	}
}
