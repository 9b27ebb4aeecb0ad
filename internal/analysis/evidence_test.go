package analysis

import (
	"testing"
)

// TestClosedHow: an automatic close names its reason where the reason says
// more than "automatic" (styles57 RC-FSS-5540 read "closed automatically
// (auto\_close)", HB-SD-70401 "closed automatically (auto)").
func TestClosedHow(t *testing.T) {
	for _, c := range []struct {
		auto   bool
		reason string
		want   string
	}{
		{true, "auto_close", " automatically"},
		{true, "auto", " automatically"},
		{true, "Auto-closed", " automatically"},
		{true, "inactivity", " automatically (inactivity)"},
		{false, "resolved", " (resolved)"},
		{false, "", ""},
	} {
		if got := ClosedHow(&Facts{AutoClosed: c.auto, CloseReason: c.reason}); got != c.want {
			t.Errorf("ClosedHow(%v, %q) = %q, want %q", c.auto, c.reason, got, c.want)
		}
	}
}
