package analysis

import (
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/reader"
	"github.com/debriefhq/debrief/internal/ticket"
)

// TestComponentChanged: a cause that tells a change made to a component,
// and no failure, names the component changed (styles59 KAE-24203, whose
// actions quoted the whole cause sentence twice); a phrase that is no thing's
// name gives none. The sentences are written for the test.
func TestComponentChanged(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"Windows Update put the Zebra 10.x driver on PACK-PC02 Tue 09:40 - the new driver resets darkness to 10", "the Zebra 10.x driver"},
		{"Windows update KB5035845 on Sunday replaced the Epson USB driver with generic 'USB Serial Device'", "the Epson USB driver"},
		{"they renewed the SFTP gateway's TLS certificate on Tue 24/03 and the new one chains to a CA", "the SFTP gateway's TLS certificate"},
		{"pool c took NVIDIA driver 570.144 in tonight's rollout wave", "the NVIDIA driver"},
		{"The courier, Swiftline, changed its signing certificate yesterday at 5pm", "the signing certificate"},
		// near misses: no name after the verb, or a noun "reset"
		{"The night shift took over the queue at 22:00", ""},
		{"so the tablets took 4.2 overnight", ""},
		{"The reset put your reader back on old software, and that version has a bug", ""},
		{"The failure was caused by an automatic driver update on 24 December that installed a generic driver", ""},
		{"On first sync after a reset 5.9.1 uploads an empty file", ""},
		{"Someone changed how the export names its files", ""},
		{"Monday's update changed the port number the tracer talks through", "the port number"},
		{"New number was on the form but nobody updated the record.", ""},
	} {
		f := &Facts{Causes: []Quote{{Text: c.cause}}}
		if got := component(f); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}

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

// TestRankLaterApology: a customer's apology for their own late answer is no
// later problem (styles59 BCIT-31571: "After the first fix, the customer
// reported “sorry for late answer”"); a fault told beside one still is.
func TestRankLaterApology(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Hello, sorry for late answer.", false},
		{"Apologies for the slow reply.", false},
		{"Sorry for the delay in getting back to you.", false},
		{"Sorry for the late reply, the scanner is still failing every morning.", true},
		{"The deliveries are late again this morning.", true},
	} {
		if _, got := rankLater(reader.Sentence{Span: reader.Span{Text: c.text}}); got != c.want {
			t.Errorf("rankLater(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOpeningAnnouncement: a sentence that only announces a question is not
// what the opening is about (styles60 SL-5547: "FV Willem Jacob UK161 wrote
// “I have question”"); the question that follows is.
func TestOpeningAnnouncement(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"hello, I have question.", false},
		{"Quick question:", false},
		{"Hi, I need some help please.", false},
		{"How I can change it now, it is already sent?", true},
		{"I have a question about the invoice for March.", true},
	} {
		if _, got := openingRank(reader.Sentence{Span: reader.Span{Text: c.text}}, false); got != c.want {
			t.Errorf("openingRank(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestChaseInConversation: a customer's question minutes after staff wrote is
// the next turn of a conversation, not a chase for news (styles60 SL-5547);
// one after a quiet hour is a chase.
func TestChaseInConversation(t *testing.T) {
	at := time.Date(2026, 3, 30, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		after time.Duration
		want  bool
	}{
		{5 * time.Minute, true},
		{2 * time.Hour, false},
	} {
		tk := &ticket.Ticket{Events: []ticket.Event{
			{At: at, Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "How do I correct a sent declaration?"},
			{At: at.Add(time.Minute), Kind: ticket.KindMessage, Role: ticket.RoleAgent, Public: true, Body: "Tap Request correction."},
			{At: at.Add(time.Minute + c.after), Kind: ticket.KindMessage, Role: ticket.RoleCustomer, Public: true, Body: "Any update?"},
		}}
		if got := justAnswered(tk, 2); got != c.want {
			t.Errorf("%v after staff: justAnswered %v, want %v", c.after, got, c.want)
		}
	}
}

// TestFaultRankWaitIdiom: "hang on" asks someone to wait (styles61 MW-55298:
// "After the first fix, the customer reported “ok hang on, customer just come
// in”"); a system that hangs is a fault.
func TestFaultRankWaitIdiom(t *testing.T) {
	for _, c := range []struct {
		text  string
		fault bool
	}{
		{"ok hang on, customer just come in", false},
		{"hang tight, checking now", false},
		{"the till hangs on the payment screen", true},
		{"ok hang on, the printer is still blank", true},
	} {
		if got := faultRank(c.text) >= faultScore; got != c.fault {
			t.Errorf("faultRank(%q) fault %v, want %v", c.text, got, c.fault)
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

// TestComponentQuantity: a quantity of what failed names no component
// (styles62 BB-VC-40402: "Verify the permanent fix for the about a third of
// policy checks"); a determiner's "all" still does.
func TestComponentQuantity(t *testing.T) {
	for _, c := range []struct{ cause, want string }{
		{"A release at 13:02 broke the date parser, so about a third of policy checks failed.", ""},
		{"Nearly half the overnight jobs failed.", ""},
		{"The nightly import job failed.", "the nightly import job"},
	} {
		f := &Facts{Causes: []Quote{{Text: c.cause}}}
		if got := component(f); got != c.want {
			t.Errorf("%q: component %q, want %q", c.cause, got, c.want)
		}
	}
}

// TestWithWhatFollowsQuote: a cause cut inside a quoted message goes on to the
// quote's end (styles62 CLP-118420: “App servers up, app pool throwing
// "Timeout expired”); a cause with its quotes closed stays as it is.
func TestWithWhatFollowsQuote(t *testing.T) {
	body := `Web servers up, pool throwing "Timeout expired. The timeout period elapsed." DB CPU 98%.`
	split := func(parts ...string) []reader.Sentence {
		var out []reader.Sentence
		at := 0
		for _, p := range parts {
			i := strings.Index(body[at:], p) + at
			out = append(out, reader.Sentence{Span: reader.Span{Text: p, Start: i, End: i + len(p)}})
			at = i + len(p)
		}
		return out
	}
	sns := split(`Web servers up, pool throwing "Timeout expired.`, `The timeout period elapsed."`, `DB CPU 98%.`)
	if got, want := withWhatFollows(body, sns, 0), `Web servers up, pool throwing "Timeout expired. The timeout period elapsed."`; got != want {
		t.Errorf("withWhatFollows = %q, want %q", got, want)
	}
	if got := withWhatFollows(body, sns, 2); got != "DB CPU 98%." {
		t.Errorf("withWhatFollows(closed) = %q", got)
	}
}
