package analysis

import (
	"strings"
	"testing"
)

// TestBriefCauseRef: where no component is named, the two technical actions
// quote the cause's opening words only, not 120 bytes of it each.
func TestBriefCauseRef(t *testing.T) {
	cause := "Client doesn't surface the error, keeps playing from local copy until the session ends, then next session pulls the stale list"
	f := &Facts{Causes: []Quote{{Text: cause}}, Factors: []Factor{{Category: FactorTechnical, Evidence: &Quote{Text: cause}}}}
	for _, tpl := range []actionTemplate{factorActions[FactorTechnical], factorActions[factorMonitorTechnical]} {
		title := tpl.title(f)
		q := title[strings.Index(title, "\u201c"):strings.Index(title, "\u201d")]
		if len(q) > briefRefLen+8 || !strings.HasSuffix(q, "\u2026") {
			t.Errorf("%s: quotes %q, want at most %d bytes, cut", tpl.code, q, briefRefLen)
		}
	}
}

// TestBriefen: a brief quote's cut leaves no preposition, article or figure
// hanging (G205-344 "an automatic driver update on 24 …").
func TestBriefen(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The failure was caused by an automatic driver update on 24 December that installed a generic driver", "The failure was caused by an automatic driver update \u2026"},
		{"Client doesn't surface the error, keeps playing from local copy until the session ends", "Client doesn't surface the error, keeps playing from local copy \u2026"},
		{"Short enough to stay whole", "Short enough to stay whole"},
		// styles62 CLP-118420: not into the quoted message
		{`App servers up, app pool throwing "Timeout expired. The timeout period elapsed prior to obtaining a connection."`, "App servers up, app pool throwing \u2026"},
	} {
		if got := briefen(c.in, briefRefLen); got != c.want {
			t.Errorf("briefen(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPrioOr: the first-response action names the ticket's priority, and no
// priority where it has none ("high-priority tickets" of a ticket with no
// priority, styles61 MW-RQ-9031).
func TestPrioOr(t *testing.T) {
	if got := prioOr(&Facts{Priority: "P3"}); got != "P3 tickets" {
		t.Errorf("prioOr(P3) = %q", got)
	}
	if got := prioOr(&Facts{}); got != "new tickets" {
		t.Errorf("prioOr() = %q", got)
	}
}

// TestSuppliersPart: where the component the technical actions name is told
// in the statement of a third party's part, the fix is asked of the supplier,
// not of the team (styles57 RC-FSS-5540 "Verify the permanent fix for a
// migration on their side"); a component of our own keeps the team's action.
func TestSuppliersPart(t *testing.T) {
	windows := "Device Manager shows the NLW2 as 'USB Input Device' with the generic Microsoft HID driver - the weekend Windows update (optional driver update) replaced the Noahlink driver."
	supplier := "It's at Amex's end: a migration on their side on the 5th stopped the daily transaction files for several of their corporate clients, us included."
	own := "The import service failed after the disk filled up."
	for _, c := range []struct {
		causes  []string
		factors []Factor
		want    string
	}{
		{[]string{supplier}, []Factor{{Category: FactorThirdParty, Evidence: &Quote{Text: supplier}}}, "Ask the supplier to confirm the permanent fix for "},
		{[]string{windows}, []Factor{{Category: FactorTechnical, Evidence: &Quote{Text: windows}}, {Category: FactorThirdParty, Evidence: &Quote{Text: windows}}}, "Verify the permanent fix for "},
		{[]string{own}, []Factor{{Category: FactorTechnical, Evidence: &Quote{Text: own}}, {Category: FactorThirdParty, Evidence: &Quote{Text: supplier}}}, "Verify the permanent fix for "},
	} {
		var qs []Quote
		for _, s := range c.causes {
			qs = append(qs, Quote{Text: s})
		}
		f := &Facts{Causes: qs, Factors: c.factors}
		if component(f) == "" {
			t.Fatalf("%q: no component, the case tests nothing", c.causes[0])
		}
		if got := factorActions[FactorTechnical].title(f); !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: corrective %q, want it to open %q", c.causes[0], got, c.want)
		}
		mon := factorActions[factorMonitorTechnical].title(f)
		if strings.HasPrefix(c.want, "Ask") != strings.Contains(mon, "the supplier's") {
			t.Errorf("%q: monitoring %q", c.causes[0], mon)
		}
	}
}
