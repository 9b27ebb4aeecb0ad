package redact_test

import (
	"context"
	"testing"

	"github.com/debriefhq/debrief/internal/engine"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

// BenchmarkRedactReports200 is what redaction costs an analysis: learning the
// identifiers of a 200-message ticket and redacting both of its reports
// (target: under 1 ms more than before the variants of issue 13).
func BenchmarkRedactReports200(b *testing.B) {
	cfg, e := exampleEngine(b)
	tk := tickettest.Synthetic(1, 200)
	res, err := e.Analyze(context.Background(), tk, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	tech, exec := string(res.Technical), string(res.Executive)
	b.SetBytes(int64(len(tech) + len(exec)))
	b.ReportAllocs()
	for b.Loop() {
		r := engine.NewRedactor(cfg, tk)
		_ = r.String(tech)
		_ = r.String(exec)
	}
}
